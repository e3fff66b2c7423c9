#include "engine/demo/registry.h"

#include <stdexcept>

#include "engine/core/pyerror.h"
#include "engine/demo/forge.h"

namespace Engine::Demo {

const std::vector<BuiltinApp> &builtinApps()
{
    static const std::vector<BuiltinApp> apps{
        {"forge", "the tutorial's app: users, items, tokens, mails (the default)", makeForgeApp},
        {"notes", "a small notes app: three routes, one clock with two doubles", makeNotesApp},
    };
    return apps;
}

const BuiltinApp &builtinApp(const std::string &name)
{
    std::string valid;
    for (const auto &app : builtinApps()) {
        if (app.name == name)
            return app;
        valid += (valid.empty() ? "" : ", ") + app.name;
    }
    throw Engine::Error("unknown app '" + name + "'; valid: " + valid);
}

std::unique_ptr<Pipeline::App> makeForgeApp(const AppEnvironment &environment)
{
    ForgeOptions options;
    options.databasePath = environment.databasePath;
    options.durable = environment.durable;
    return std::make_unique<ForgeApp>(std::move(options));
}

} // namespace Engine::Demo
