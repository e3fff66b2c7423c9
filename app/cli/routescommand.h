#pragma once

#include "app/cli/command.h"

// api-replay routes: the app's routes with their dependency trees, as JSON.
class RoutesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoutesCommand)

public:
    // tr() as std::string (lupdate is told that trs is tr: -tr-function-alias tr+=trs).
    static std::string trs(const char *text) { return tr(text).toStdString(); }

    std::string name() const override { return "routes"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};

// api-replay openapi: the OpenAPI document FastAPI would serve for the app.
class OpenApiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiCommand)

public:
    // tr() as std::string (lupdate is told that trs is tr: -tr-function-alias tr+=trs).
    static std::string trs(const char *text) { return tr(text).toStdString(); }

    std::string name() const override { return "openapi"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};
