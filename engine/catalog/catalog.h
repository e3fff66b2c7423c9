#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/target/target.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Catalog {

// Which target answers, as the command line names it (shared/design/targets.md).
struct TargetSpec
{
    enum class Kind { App, OpenApi, Asgi, Live };
    Kind kind = Kind::App;

    std::string app;          // --app NAME (empty: the default built-in app)
    std::string databasePath; // --db PATH (empty: a fresh temporary file, removed at the end)

    std::string openapiFile; // --openapi FILE

    std::string asgi;                        // --asgi MODULE:ATTR
    std::string appDir;                      // --app-dir DIR
    std::string python;                      // --python EXE
    std::vector<std::string> doublesModules; // --doubles MODULE

    std::string baseUrl;              // --base-url URL
    std::vector<std::string> headers; // --header 'Name: value'
    bool insecure = false;

    std::optional<Validation::ErrorStyle> errorStyle;           // --error-style
    std::optional<Validation::FastApiRelease> fastapi;          // --fastapi (OpenAPI documents)
    bool debug = false;                                         // --debug
    std::vector<std::pair<std::string, std::string>> overrides; // --override DEP=DOUBLE
    std::chrono::milliseconds timeout{10000};                   // per request
};

std::string toString(TargetSpec::Kind kind); // "app", "openapi", "asgi", "live"

// The target the spec names, with its settings and overrides applied (set by "CLI").
// Throws Engine::Error for a name that does not exist or an option the kind refuses
// (the message lists valid names or says why), Target::TargetError when the target cannot be
// built or reached.
std::unique_ptr<Target::Target> open(const TargetSpec &spec);

// The name of the default built-in app.
std::string defaultApp();

} // namespace Engine::Catalog
