#include "engine/catalog/catalog.h"

#include <stdexcept>

#include "engine/bridge/pythontarget.h"
#include "engine/demo/registry.h"
#include "engine/live/livetarget.h"
#include "engine/openapi/openapitarget.h"
#include "engine/store/temporarydatabase.h"
#include "engine/target/embedded.h"

namespace Engine::Catalog {

std::string toString(TargetSpec::Kind kind)
{
    switch (kind) {
    case TargetSpec::Kind::App:
        return "app";
    case TargetSpec::Kind::OpenApi:
        return "openapi";
    case TargetSpec::Kind::Asgi:
        return "asgi";
    case TargetSpec::Kind::Live:
        return "live";
    }
    return {};
}

std::string defaultApp()
{
    return Demo::builtinApps().front().name;
}

namespace {

std::unique_ptr<Target::Target> openBuiltin(const TargetSpec &spec)
{
    const Demo::BuiltinApp &builtin = Demo::builtinApp(spec.app.empty() ? defaultApp() : spec.app);
    std::unique_ptr<Store::TemporaryDatabase> temporary;
    Demo::AppEnvironment environment;
    if (spec.databasePath.empty()) {
        temporary = std::make_unique<Store::TemporaryDatabase>();
        environment.databasePath = temporary->path();
        environment.durable = false; // removed when the session ends
    } else {
        environment.databasePath = spec.databasePath;
    }
    auto app = builtin.make(environment);
    return std::make_unique<Target::EmbeddedTarget>("app", builtin.name, std::move(app),
                                                    std::move(temporary));
}

} // namespace

std::unique_ptr<Target::Target> open(const TargetSpec &spec)
{
    if (spec.fastapi && spec.kind != TargetSpec::Kind::OpenApi)
        throw Engine::Error("a FastAPI release is chosen for an OpenAPI document only");
    std::unique_ptr<Target::Target> target;
    switch (spec.kind) {
    case TargetSpec::Kind::App:
        target = openBuiltin(spec);
        break;
    case TargetSpec::Kind::Asgi: {
        Bridge::PythonOptions options;
        options.asgi = spec.asgi;
        options.appDir = spec.appDir;
        options.python = spec.python;
        options.doublesModules = spec.doublesModules;
        options.timeout = spec.timeout;
        target = std::make_unique<Bridge::PythonTarget>(std::move(options));
        break;
    }
    case TargetSpec::Kind::Live: {
        Live::LiveOptions options;
        options.baseUrl = spec.baseUrl;
        options.headers = spec.headers;
        options.insecure = spec.insecure;
        options.timeout = spec.timeout;
        options.openapiFile = spec.openapiFile;
        target = std::make_unique<Live::LiveTarget>(std::move(options));
        // Nothing of the app is in this process: no settings to apply.
        for (const auto &[dependency, provider] : spec.overrides)
            target->setOverride(dependency, provider, "CLI"); // refused, with the reason
        return target;
    }
    case TargetSpec::Kind::OpenApi:
        target = std::make_unique<OpenApi::OpenApiTarget>(spec.openapiFile, spec.fastapi);
        break;
    }
    if (spec.debug)
        target->setDebug(true);
    if (spec.errorStyle)
        target->setErrorStyle(*spec.errorStyle);
    for (const auto &[dependency, provider] : spec.overrides)
        target->setOverride(dependency, provider, "CLI");
    return target;
}

} // namespace Engine::Catalog
