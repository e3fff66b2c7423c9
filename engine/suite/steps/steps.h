#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/client/testclient.h"
#include "engine/core/json.h"
#include "engine/suite/suite.h"
#include "engine/target/session.h"

// The step kinds of a suite file, one class each, with the three things a kind is: how the
// loader checks it, what the runner does with it, and how it is written as pytest code. A new
// kind is one file in this folder and one line in the table (steps.cpp).
namespace Engine::Suite {

// Where the loader reports a problem: file:line:column from a JSON pointer.
class StepChecker
{
public:
    virtual ~StepChecker() = default;
    virtual void error(const std::string &pointer, const std::string &message) = 0;

    // False (and an error "expected WHAT") when v is not of that type.
    bool expectType(const Json &v, const std::string &pointer, Json::value_t type,
                    const char *what);
    // An error for each key of obj that is not allowed, listing those that are.
    void keys(const Json &obj, const std::string &pointer, const std::set<std::string> &allowed,
              const char *where);
    // A name that becomes Python code when the suite is exported (a dependency or a double):
    // str.isidentifier() in ASCII, and not a keyword.
    bool identifier(const Json &v, const std::string &pointer, const char *what);
};

// Why a step failed. error: outside assertions (a setup, an unknown double, a bad request).
struct StepFailure
{
    explicit StepFailure(std::string message_, bool error_ = false,
                         std::optional<Json> expected_ = std::nullopt,
                         std::optional<Json> actual_ = std::nullopt)
        : message(std::move(message_))
        , error(error_)
        , expected(std::move(expected_))
        , actual(std::move(actual_))
    {}
    std::string message;
    bool error = false;
    std::optional<Json> expected, actual; // the two bodies, when a JSON body differed
};

// What the steps of a test act on: one target with its client session (shared by the tests of
// a run, or of one test with isolate), the last answer, who acts now, the test's deadline.
struct StepRun
{
    explicit StepRun(std::unique_ptr<Target::Target> target_)
        : session(std::move(target_), Target::SessionOptions{false, true})
        , target(session.target())
    {}

    Target::Session session;
    Target::Target &target;
    std::optional<Client::Result> last;
    std::string actor; // who sets overrides now: the test or the fixture
    std::chrono::steady_clock::time_point deadline;
    std::vector<std::string> skipped; // steps of this test the target cannot do, with why
};

// Where exported pytest code goes: the names imported from the app module, whether anything
// was left out because only the engine can do it.
class PytestWriter
{
public:
    explicit PytestWriter(std::string file)
        : m_file(std::move(file))
    {}

    std::set<std::string> names; // contract names imported from the app module
    bool engineOnly = false;

    // The steps as Python statements at indent.
    void steps(std::string &out, const std::vector<Step> &steps, const std::string &indent);

    // A dependency or double imported from the app module by its name: checked to be a Python
    // identifier the generated module does not use itself (Engine::Error otherwise).
    const std::string &name(const std::string &name, const char *what);

    // A name that becomes Python code, checked again (the loader refuses them first) so that
    // no caller can hand export a suite whose names carry code: Engine::Error naming file.
    static const std::string &checked(const std::string &name, const char *what,
                                      const std::string &file);
    // Whether the generated modules define or use that name themselves.
    static bool isReserved(const std::string &name);
    // A Python literal for a JSON value (True/False/None, dicts, lists, str).
    static std::string py(const Json &v);
    // Text for a comment: one line, control and line-separator characters escaped as repr().
    static std::string comment(const std::string &text);

private:
    std::string m_file;
};

// A step in its list: a request looks at the expect after it (pytest.raises).
struct StepAt
{
    const std::vector<Step> &steps;
    std::size_t index;

    const Step &step() const { return steps[index]; }
    const Json &value() const; // the step's own value: step["request"], step["sql"], ...
    // "step 3 (request)", for messages.
    std::string where() const;
    // The next step is an expect of "raises".
    bool nextExpectsRaise() const;
};

class StepType
{
public:
    virtual ~StepType() = default;
    virtual StepKind kind() const = 0;
    virtual const char *name() const = 0;
    // Keys the step object may hold besides its kind ("params" for sql).
    virtual std::set<std::string> extraKeys() const { return {}; }

    // Loader: reports what is wrong with step (the whole step object) at pointer.
    virtual void check(const Json &step, const std::string &pointer, StepChecker &c) const = 0;
    // Runner: does the step; a failure (without the "step N (kind): " prefix), or nothing. A
    // step the target cannot do adds the reason to run.skipped and succeeds.
    virtual std::optional<StepFailure> run(const StepAt &at, StepRun &run) const = 0;
    // Export: writes the step as Python and returns how many steps it wrote (a request
    // followed by an expect of "raises" writes both).
    virtual std::size_t write(const StepAt &at, PytestWriter &w, std::string &out,
                              const std::string &indent) const = 0;
};

// Every kind, in the order of StepKind.
const std::vector<const StepType *> &stepTypes();
const StepType &stepType(StepKind kind);
// nullptr for a name that is no step kind.
const StepType *stepTypeNamed(const std::string &name);

// The kinds, one file each (steps/*.cpp).
const StepType &requestStep();
const StepType &expectStep();
const StepType &setOverrideStep();
const StepType &removeOverrideStep();
const StepType &clearOverridesStep();
const StepType &sessionStep();
const StepType &clientStep();
const StepType &sqlStep();
const StepType &websocketStep();

// "$name": a value a parametrised test takes from its case.
bool isPlaceholder(const Json &v);
// A key as a JSON pointer token (~ and / escaped).
std::string pointerToken(const std::string &key);

} // namespace Engine::Suite
