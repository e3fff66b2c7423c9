#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/cli/command.h"
#include "engine/catalog/catalog.h"
#include "engine/target/target.h"

// The options that choose and set up the target every app-driving command shares (--app,
// --openapi, --asgi, --base-url and their settings). parse() consumes the ones it knows and
// leaves the rest.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    // tr() as std::string (lupdate is told that trs is tr: -tr-function-alias tr+=trs).
    static std::string trs(const char *text) { return tr(text).toStdString(); }

    Engine::Catalog::TargetSpec spec;
    bool timeoutGiven = false;

    // Reads the target options out of args and returns the other arguments, in order. Throws
    // UsageError for a malformed option, two targets named at once, or an option the chosen
    // kind of target refuses (with the reason).
    std::vector<std::string> parse(const std::vector<std::string> &args);
    // Opens the target with the options applied (overrides recorded as set by "CLI").
    // Throws Engine::Error (a message listing valid names) or Target::TargetError.
    // warnings, when given, receives the target's notices ("api-replay: warning: ...").
    std::unique_ptr<Engine::Target::Target> open(std::ostream *warnings = nullptr) const;

    static std::string helpText();
    // Whether flag (without "=value") is one of the options parse() takes; takesValue says
    // whether it is followed by a value.
    static bool isTargetOption(const std::string &flag, bool &takesValue);
};
