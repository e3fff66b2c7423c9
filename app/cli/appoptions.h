#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/cli/command.h"
#include "engine/demo/forge.h"

// The options every app-driving command shares: --app, --error-style, --override, --debug,
// --db. parse() consumes the ones it knows and leaves the rest.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    // tr() as std::string (lupdate is told that trs is tr: -tr-function-alias tr+=trs).
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string app = "forge";
    std::string errorStyle = "v2";
    std::vector<std::pair<std::string, std::string>> overrides;
    bool debug = false;
    std::string databasePath; // empty: a fresh temporary file

    // Returns false and sets error for a malformed option; unknown arguments go to rest.
    bool parse(const std::vector<std::string> &args, std::vector<std::string> &rest,
               std::string &error);
    // Builds the app with the options applied (overrides recorded as set by "CLI").
    // Throws std::invalid_argument with a message listing valid names.
    std::unique_ptr<Engine::Demo::ForgeApp> build(const std::string &temporaryDb) const;

    static std::string helpText();
};
