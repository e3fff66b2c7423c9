#include "app/cli/routescommand.h"

#include <iostream>

#include "app/cli/appoptions.h"
#include "engine/core/json.h"
#include "engine/pipeline/openapi.h"

using Engine::Json;

namespace {

// Parses the shared app options; returns the app or nullptr with the exit status set.
std::unique_ptr<Engine::Demo::ForgeApp> buildApp(const std::string &command,
                                                 const std::vector<std::string> &args,
                                                 const std::string &help, std::ostream &out,
                                                 std::ostream &err, int &status)
{
    AppOptions options;
    std::vector<std::string> rest;
    std::string error;
    status = 0;
    if (!options.parse(args, rest, error)) {
        err << "api-replay " << command << ": " << error << "\n";
        status = 2;
        return nullptr;
    }
    for (const auto &a : rest) {
        if (a == "--help" || a == "-h") {
            out << help;
            return nullptr;
        }
        err << "api-replay " << command << ": " << RoutesCommand::trs("unknown option") << " '" << a
            << "'\n";
        status = 2;
        return nullptr;
    }
    try {
        return options.build(":memory:");
    } catch (const std::exception &e) {
        err << "api-replay " << command << ": " << e.what() << "\n";
        status = 2;
        return nullptr;
    }
}

} // namespace

std::string RoutesCommand::summary() const
{
    return trs("list the app's routes with their dependency trees (JSON)");
}

std::string RoutesCommand::help() const
{
    return trs("Usage: api-replay routes --app forge [--override DEP=DOUBLE]...\n\n"
               "Prints the routes as a JSON array: method, path, name, summary, tags,\n"
               "status code, parameters and the dependency tree with the provider that\n"
               "is active for each dependency.\n\nOptions:\n")
           + AppOptions::helpText();
}

int RoutesCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                       std::ostream &err)
{
    int status = 0;
    auto app = buildApp("routes", args, help(), out, err, status);
    if (!app)
        return status;
    Json routes = Json::array();
    for (const auto &r : app->routes()) {
        if (!r.includeInSchema)
            continue;
        Json params = Json::array();
        for (const auto &p : r.params)
            params.push_back(Json{{"name", p.name},
                                  {"in", Engine::Pipeline::toString(p.source)},
                                  {"required", p.required},
                                  {"type", p.type.kind == Engine::Validation::Kind::Object
                                               ? p.type.model->name
                                               : p.type.schemaTypeName()}});
        routes.push_back(
            Json{{"methods", r.isWebSocket ? Json::array({"WEBSOCKET"}) : Json(r.methods)},
                 {"path", r.path},
                 {"name", r.name},
                 {"summary", r.displaySummary()},
                 {"tags", r.tags},
                 {"status_code", r.statusCode},
                 {"parameters", params},
                 {"dependencies", app->dependencies().tree(r.dependencies, app->overrides())}});
    }
    out << routes.dump(2) << "\n";
    return 0;
}

std::string OpenApiCommand::summary() const
{
    return trs("print the app's OpenAPI document as FastAPI generates it");
}

std::string OpenApiCommand::help() const
{
    return trs("Usage: api-replay openapi --app forge [--error-style v1|v2]\n\n"
               "v1 prints FastAPI 0.9x's document (OpenAPI 3.0.2, Pydantic 1 schemas),\n"
               "v2 FastAPI 0.132's (OpenAPI 3.1.0, Pydantic 2 schemas).\n\nOptions:\n")
           + AppOptions::helpText();
}

int OpenApiCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                        std::ostream &err)
{
    int status = 0;
    auto app = buildApp("openapi", args, help(), out, err, status);
    if (!app)
        return status;
    out << Engine::Pipeline::openapi(*app, app->config().errorStyle).dump(2) << "\n";
    return 0;
}
