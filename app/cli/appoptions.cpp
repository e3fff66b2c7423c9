#include "app/cli/appoptions.h"

#include <algorithm>
#include <ostream>
#include <stdexcept>

#include "engine/demo/registry.h"
#include "engine/validation/errorstyle.h"

using Kind = Engine::Catalog::TargetSpec::Kind;

namespace {
// The options a kind of target refuses, and why (shared/design/targets.md).
std::string refusal(Kind kind, const std::string &option)
{
    if (kind == Kind::Live
        && (option == "--override" || option == "--error-style" || option == "--debug"
            || option == "--no-lifespan" || option == "--db"))
        return option + " "
               + AppOptions::trs("needs an app in this process; a running server "
                                 "(--base-url) is answered as it is");
    if (kind != Kind::OpenApi && option == "--fastapi")
        return AppOptions::trs("--fastapi is for an OpenAPI document (--openapi FILE): a "
                               "built-in app follows --error-style, and your own app or "
                               "server runs its own FastAPI");
    if (kind == Kind::Asgi && option == "--error-style")
        return AppOptions::trs("--error-style is not for --asgi: the app's own FastAPI and "
                               "Pydantic decide the wording of its 422 bodies");
    if (kind == Kind::Asgi && option == "--db")
        return AppOptions::trs("--db is for the built-in apps; your app opens its own database");
    if (kind == Kind::OpenApi && option == "--db")
        return AppOptions::trs("--db is for the built-in apps; an OpenAPI document has no "
                               "database");
    if ((option == "--app-dir" || option == "--python" || option == "--doubles")
        && kind != Kind::Asgi)
        return option + " " + AppOptions::trs("is for a Python app (--asgi MODULE:ATTR)");
    if ((option == "--header" || option == "--insecure") && kind != Kind::Live)
        return option + " " + AppOptions::trs("is for a running server (--base-url URL)");
    return {};
}
} // namespace

std::vector<std::string> AppOptions::parse(const std::vector<std::string> &args)
{
    std::vector<std::string> rest;
    std::vector<std::string> given; // the target settings, checked against the kind at the end
    std::string targetFlag;
    const auto chooseKind = [&](Kind kind, const std::string &flag) {
        // --base-url with --openapi FILE: the server, its routes from the file.
        const bool serverWithDocument = (targetFlag == "--base-url" && flag == "--openapi")
                                        || (targetFlag == "--openapi" && flag == "--base-url");
        if (serverWithDocument) {
            targetFlag = "--base-url";
            spec.kind = Kind::Live;
            return;
        }
        if (!targetFlag.empty() && targetFlag != flag) {
            throw UsageError(trs("choose one target; these were both given:") + " " + targetFlag
                             + ", " + flag);
        }
        targetFlag = flag;
        spec.kind = kind;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        std::string flag = a.substr(0, a.find('='));
        const auto value = [&]() -> std::string {
            if (a.size() > flag.size())
                return a.substr(flag.size() + 1);
            if (i + 1 >= args.size())
                throw UsageError(flag + " " + trs("needs a value"));
            return args[++i];
        };
        if (flag == "--app" || flag == "--openapi" || flag == "--asgi" || flag == "--base-url") {
            const std::string v = value();
            if (v.empty()) {
                throw UsageError(flag + " " + trs("needs a value"));
            }
            if (flag == "--app") {
                chooseKind(Kind::App, flag);
                spec.app = v;
            } else if (flag == "--openapi") {
                chooseKind(Kind::OpenApi, flag);
                spec.openapiFile = v;
            } else if (flag == "--asgi") {
                chooseKind(Kind::Asgi, flag);
                const auto colon = v.find(':');
                if (colon == std::string::npos || colon == 0 || colon + 1 == v.size()) {
                    throw UsageError(trs("--asgi takes MODULE:ATTR (as uvicorn does), not") + " '"
                                     + v + "'");
                }
                spec.asgi = v;
            } else {
                chooseKind(Kind::Live, flag);
                if (v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0) {
                    throw UsageError(trs("--base-url must start with http:// or https://, not")
                                     + " '" + v + "'");
                }
                spec.baseUrl = v;
            }
        } else if (flag == "--error-style") {
            const std::string v = value();
            spec.errorStyle = Engine::Validation::parseErrorStyle(v);
            if (!spec.errorStyle) {
                throw UsageError(trs("--error-style must be v1 or v2, not") + " '" + v + "'");
            }
            given.push_back(flag);
        } else if (flag == "--fastapi") {
            const std::string v = value();
            spec.fastapi = Engine::Validation::parseFastApiRelease(v);
            if (!spec.fastapi) {
                throw UsageError(trs("--fastapi takes a FastAPI release such as 0.115 or "
                                     "0.92.0, not")
                                 + " '" + v + "'");
            }
            given.push_back(flag);
        } else if (flag == "--override") {
            const std::string v = value();
            const auto eq = v.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == v.size()) {
                throw UsageError(trs("--override takes DEP=DOUBLE, not") + " '" + v + "'");
            }
            spec.overrides.emplace_back(v.substr(0, eq), v.substr(eq + 1));
            given.push_back(flag);
        } else if (flag == "--db" || flag == "--app-dir" || flag == "--python"
                   || flag == "--doubles" || flag == "--header") {
            const std::string v = value();
            if (flag == "--db")
                spec.databasePath = v;
            else if (flag == "--app-dir")
                spec.appDir = v;
            else if (flag == "--python")
                spec.python = v;
            else if (flag == "--doubles")
                spec.doublesModules.push_back(v);
            else {
                const auto colon = v.find(':');
                if (colon == std::string::npos || colon == 0) {
                    throw UsageError(trs("--header takes 'Name: value', not") + " '" + v + "'");
                }
                spec.headers.push_back(v);
            }
            given.push_back(flag);
        } else if (a == "--debug" || a == "--insecure") {
            if (a == "--debug")
                spec.debug = true;
            else
                spec.insecure = true;
            given.push_back(a);
        } else if (flag == "--timeout") {
            const std::string v = value();
            std::size_t used = 0;
            double seconds = 0;
            try {
                seconds = std::stod(v, &used);
            } catch (const std::exception &) {
                used = 0;
            }
            if (used != v.size() || !(seconds > 0) || seconds > 86400) {
                throw UsageError(
                    trs("--timeout takes seconds (a number above 0, at most 86400), not") + " '" + v
                    + "'");
            }
            spec.timeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
            timeoutGiven = true;
        } else {
            if (a == "--no-lifespan")
                given.push_back(a);
            rest.push_back(a);
        }
    }
    for (const auto &option : given)
        if (const std::string why = refusal(spec.kind, option); !why.empty())
            throw UsageError(why);
    return rest;
}

bool AppOptions::isTargetOption(const std::string &flag, bool &takesValue)
{
    static const std::vector<std::string> withValue{
        "--app",    "--openapi", "--asgi",   "--base-url", "--app-dir",
        "--python", "--doubles", "--header", "--override", "--error-style",
        "--db",     "--timeout", "--fastapi"};
    takesValue = std::find(withValue.begin(), withValue.end(), flag) != withValue.end();
    return takesValue || flag == "--debug" || flag == "--insecure";
}

std::unique_ptr<Engine::Target::Target> AppOptions::open(std::ostream *warnings) const
{
    Engine::Catalog::TargetSpec s = spec;
    if (s.kind == Kind::App && !s.errorStyle)
        s.errorStyle = Engine::Validation::ErrorStyle::V2;
    auto target = Engine::Catalog::open(s);
    if (warnings)
        for (const auto &notice : target->notices())
            *warnings << "api-replay: " << trs("warning:") << " " << notice << "\n";
    return target;
}

std::string AppOptions::helpText()
{
    std::string apps;
    for (const auto &app : Engine::Demo::builtinApps())
        apps += "                          " + app.name + ": " + app.description + "\n";
    return trs("Target (one of):\n"
               "  --app NAME              a built-in app:\n")
           + apps
           + trs("  --openapi FILE          an app built from an OpenAPI document\n"
                 "  --asgi MODULE:ATTR      your FastAPI app, through its real TestClient\n"
                 "    --app-dir DIR         put DIR first on sys.path (as uvicorn does)\n"
                 "    --python EXE          the interpreter (default: DIR/.venv/bin/python,\n"
                 "                          else python3)\n"
                 "    --doubles MODULE      more DOUBLES dicts (repeatable)\n"
                 "  --base-url URL          a running server, over HTTP\n"
                 "    --header 'Name: value'  sent with every request (repeatable)\n"
                 "    --insecure            do not verify TLS certificates\n"
                 "Settings:\n"
                 "  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or\n"
                 "                          FastAPI 0.132+/Pydantic 2 (v2, the default)\n"
                 "  --fastapi RELEASE       the FastAPI that wrote an OpenAPI document (e.g.\n"
                 "                          0.115): 403 for missing credentials before 0.122,\n"
                 "                          bodies without Content-Type refused since 0.132\n"
                 "  --override DEP=DOUBLE   swap a dependency for a double (repeatable)\n"
                 "  --debug                 the app's debug flag: 500 bodies carry the traceback\n"
                 "  --db PATH               a built-in app's database file (default: a fresh\n"
                 "                          temporary file for this run)\n"
                 "  --timeout S             the time limit of one request, in seconds\n");
}
