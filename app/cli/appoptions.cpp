#include "app/cli/appoptions.h"

#include <stdexcept>

#include "engine/demo/registry.h"
#include "engine/validation/errorstyle.h"

bool AppOptions::parse(const std::vector<std::string> &args, std::vector<std::string> &rest,
                       std::string &error)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const auto value = [&](const std::string &flag) -> std::optional<std::string> {
            if (a.rfind(flag + "=", 0) == 0)
                return a.substr(flag.size() + 1);
            if (a == flag) {
                if (i + 1 >= args.size()) {
                    error = flag + " " + trs("needs a value");
                    return std::nullopt;
                }
                return args[++i];
            }
            return std::nullopt;
        };
        if (a == "--app" || a.rfind("--app=", 0) == 0) {
            auto v = value("--app");
            if (!v)
                return false;
            app = *v;
        } else if (a == "--error-style" || a.rfind("--error-style=", 0) == 0) {
            auto v = value("--error-style");
            if (!v)
                return false;
            if (!Engine::Validation::parseErrorStyle(*v)) {
                error = trs("--error-style must be v1 or v2, not") + " '" + *v + "'";
                return false;
            }
            errorStyle = *v;
        } else if (a == "--override" || a.rfind("--override=", 0) == 0) {
            auto v = value("--override");
            if (!v)
                return false;
            const auto eq = v->find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == v->size()) {
                error = trs("--override takes DEP=DOUBLE, not") + " '" + *v + "'";
                return false;
            }
            overrides.emplace_back(v->substr(0, eq), v->substr(eq + 1));
        } else if (a == "--db" || a.rfind("--db=", 0) == 0) {
            auto v = value("--db");
            if (!v)
                return false;
            databasePath = *v;
        } else if (a == "--debug") {
            debug = true;
        } else {
            rest.push_back(a);
        }
    }
    return true;
}

std::unique_ptr<Engine::Demo::ForgeApp> AppOptions::build(const std::string &temporaryDb) const
{
    Engine::Demo::ForgeOptions fo;
    fo.databasePath = databasePath.empty() ? temporaryDb : databasePath;
    fo.durable = !databasePath.empty(); // a temporary database needs no durability
    auto app = Engine::Demo::makeApp(this->app, fo);
    app->config().debug = debug;
    app->config().errorStyle = *Engine::Validation::parseErrorStyle(errorStyle);
    for (const auto &[dep, dbl] : overrides) {
        app->dependencies().checkOverride(dep, dbl);
        app->overrides().set(dep, dbl, "CLI");
    }
    return app;
}

std::string AppOptions::helpText()
{
    return trs("  --app NAME              the built-in app to load (forge)\n"
               "  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or\n"
               "                          FastAPI 0.132+/Pydantic 2 (v2, the default)\n"
               "  --override DEP=DOUBLE   swap a dependency for a double (repeatable)\n"
               "  --debug                 the app's debug flag: 500 bodies carry the traceback\n"
               "  --db PATH               the app's database file (default: a fresh\n"
               "                          temporary file for this run)\n");
}
