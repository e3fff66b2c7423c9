#pragma once

#include "app/cli/command.h"

// api-replay routes: the app's routes with their dependency trees, as JSON.
class RoutesCommand : public Command
{
public:
    std::string name() const override { return "routes"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};

// api-replay openapi: the OpenAPI document FastAPI would serve for the app.
class OpenApiCommand : public Command
{
public:
    std::string name() const override { return "openapi"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};
