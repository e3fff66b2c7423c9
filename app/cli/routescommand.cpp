#include "app/cli/routescommand.h"

#include <iostream>

#include "app/cli/appoptions.h"
#include "engine/core/json.h"

using Engine::Json;

namespace {

// Parses the shared app options; returns the app or nullptr with the exit status set.
std::unique_ptr<Engine::Target::Target> openTarget(const std::string &command,
                                                   const std::vector<std::string> &args,
                                                   const std::string &help, std::ostream &out,
                                                   std::ostream &err, int &status)
{
    AppOptions options;
    std::vector<std::string> rest;
    status = 0;
    try {
        rest = options.parse(args);
    } catch (const UsageError &e) {
        err << "api-replay " << command << ": " << e.what() << "\n";
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
        return options.open(&err);
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
    return trs("Usage: api-replay routes [TARGET] [--override DEP=DOUBLE]...\n\n"
               "Prints the routes as a JSON array: method, path, name, summary, tags,\n"
               "status code, parameters (with their default and allowed values) and the\n"
               "dependency tree with the provider that is active for each dependency.\n\n"
               "Options:\n")
           + AppOptions::helpText();
}

int RoutesCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                       std::ostream &err)
{
    int status = 0;
    auto target = openTarget("routes", args, help(), out, err, status);
    if (!target)
        return status;
    Json routes = Json::array();
    try {
        for (const auto &r : target->routes()) {
            Json params = Json::array();
            for (const auto &p : r.parameters) {
                Json param{
                    {"name", p.name}, {"in", p.in}, {"required", p.required}, {"type", p.type}};
                if (!p.defaultValue.is_null())
                    param["default"] = p.defaultValue;
                if (!p.choices.empty())
                    param["choices"] = p.choices;
                params.push_back(std::move(param));
            }
            routes.push_back(Json{{"methods", r.methods},
                                  {"path", r.path},
                                  {"name", r.name},
                                  {"summary", r.summary},
                                  {"tags", r.tags},
                                  {"status_code", r.statusCode},
                                  {"parameters", params},
                                  {"dependencies", r.dependencyTree}});
        }
    } catch (const std::exception &e) {
        err << "api-replay routes: " << e.what() << "\n";
        return 2;
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
    return trs("Usage: api-replay openapi [TARGET] [--error-style v1|v2]\n\n"
               "v1 prints FastAPI 0.9x's document (OpenAPI 3.0.2, Pydantic 1 schemas),\n"
               "v2 FastAPI 0.132's (OpenAPI 3.1.0, Pydantic 2 schemas).\n\nOptions:\n")
           + AppOptions::helpText();
}

int OpenApiCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                        std::ostream &err)
{
    int status = 0;
    auto target = openTarget("openapi", args, help(), out, err, status);
    if (!target)
        return status;
    try {
        out << target->openapi().dump(2) << "\n";
    } catch (const std::exception &e) {
        err << "api-replay openapi: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
