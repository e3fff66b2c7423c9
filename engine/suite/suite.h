#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/core/json.h"

namespace Engine::Suite {

// pytest's fixture scopes, narrowest first. Suite files know function, module and session;
// class and package come from pytest projects.
enum class Scope { Function, Class, Module, Package, Session };
std::string toString(Scope scope);

// The kinds of step a suite file knows; each is one class in engine/suite/steps/.
enum class StepKind {
    Request,
    Expect,
    SetOverride,
    RemoveOverride,
    ClearOverrides,
    Session,
    Client,
    Sql,
    WebSocket
};
// Its name in the file: "request", "set_override", ...
std::string toString(StepKind kind);

// A step as written in the suite file: {"request": {...}}, {"expect": {...}},
// {"set_override": {...}}, {"remove_override": "dep"}, {"clear_overrides": true},
// {"session": "open"|"close"}, {"sql": "...", "params": [...]}, {"websocket": {...}},
// {"client": {"raise_server_exceptions": false}}: value is the whole step object.
// pointer is where it sits in the file, for messages.
struct Step
{
    StepKind kind = StepKind::Request;
    Json value;
    std::string pointer;
};

struct Fixture
{
    std::string name;
    Scope scope = Scope::Function;
    bool autouse = false;
    std::vector<std::string> uses;
    std::vector<Step> setup;
    std::vector<Step> teardown;
};

struct Test
{
    std::string name; // with the case id for parametrised tests: name[case]
    std::string baseName;
    std::vector<std::string> uses;
    std::vector<Step> steps; // with the case's parameters substituted
    std::string file;
    // Set when the test does not run: "got empty parameter set ['case'], ..." (pytest's words
    // for parametrize with no cases; the test is named name[case0], as pytest 7 names it).
    std::optional<std::string> skipReason;
};

struct SuiteFile
{
    std::string path;
    std::string name;
    std::string app; // the built-in app it was written for; empty: the default one
    std::string description;
    std::vector<Fixture> fixtures;
    std::vector<Test> tests;

    const Fixture *fixture(const std::string &fixtureName) const;
};

// Why a name cannot be a Python name (a test, fixture, dependency or double becomes one when a
// suite is exported to pytest), or nullopt when it can: str.isidentifier() in ASCII, not a
// keyword.
std::optional<std::string> identifierProblem(const std::string &name);
// The same for a dotted module path such as "app.main".
std::optional<std::string> modulePathProblem(const std::string &module);

// One problem found while loading: file:line:column: message.
struct LoadError
{
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
    std::string toString() const;
};

struct LoadResult
{
    std::vector<SuiteFile> suites;
    std::vector<LoadError> errors;
    bool ok() const { return errors.empty(); }
};

// Loads and checks suite files. Every problem of every file is reported (syntax errors with
// Python's json message and position, then structure: unknown keys, wrong types, unknown
// steps, fixtures used but not defined, fixture cycles, duplicate names); when there is any,
// no suite is returned, so nothing runs.
// A suite file larger than kMaxSuiteBytes is refused before it is read whole.
inline constexpr std::size_t kMaxSuiteBytes = std::size_t(64) << 20;
LoadResult loadSuites(const std::vector<std::string> &paths);
LoadResult loadSuiteText(const std::string &path, const std::string &text);

} // namespace Engine::Suite
