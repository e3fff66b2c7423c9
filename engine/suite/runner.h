#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/json.h"
#include "engine/suite/suite.h"
#include "engine/target/target.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Suite {

// Skipped: the test did not run (pytest's SKIPPED), e.g. an empty parameter set.
enum class Outcome { Passed, Failed, Error, Skipped };
std::string toString(Outcome outcome);
// A failure or an error: what -x stops at, what --lf reruns (not a skip).
inline bool isFailure(Outcome outcome)
{
    return outcome == Outcome::Failed || outcome == Outcome::Error;
}

struct TestResult
{
    std::string file;
    std::string name;
    Outcome outcome = Outcome::Passed;
    double seconds = 0;
    std::string message; // why it failed: the step, expected vs actual, a JSON diff
    std::string details; // more than message, when there is more: pytest's traceback, hints
    std::optional<Json> expected, actual; // both bodies when an expected JSON body differed
    std::vector<std::string> fixtures;
    int repetition = 0;
};

// What a test left behind in the app (for find-polluter).
struct Leftovers
{
    Json overrides = Json::array(); // active overrides with provenance
    Json rows = Json::object();     // table -> rows added, in the app's and the test database
    bool sessionOpen = false;
    std::size_t mails = 0;
    bool any() const;
};

struct RunOptions
{
    std::optional<std::uint64_t> seed; // random order when set
    std::string keyword;               // -k: substring, or "not SUBSTRING"
    bool exitFirst = false;            // -x
    bool isolate = false;              // a fresh app for every test
    int repeat = 1;
    bool setupShow = false;
    std::chrono::milliseconds timeout{10000};
    Validation::ErrorStyle errorStyle = Validation::ErrorStyle::V2;
    // Makes the target the tests run against (once per run, once per test with isolate);
    // empty: the default built-in app in errorStyle, on a temporary database.
    std::function<std::unique_ptr<Target::Target>()> target;
    // Run only these tests (in file order): "name" in any file, or "file::name" in that file
    // (file as the suite was loaded); empty: all.
    std::vector<std::string> only;
    // Checked before each test (and each find-polluter run): when it turns true the run stops
    // and the report says it was cancelled. Not owned.
    const std::atomic<bool> *cancel = nullptr;
    // Called after each test (or find-polluter run) with how many are done of how many.
    std::function<void(std::size_t done, std::size_t total)> progress;
    // Called with each result as its test ends (the run history writes it there, so that a
    // run killed midway keeps what finished).
    std::function<void(const TestResult &)> onResult;
};

// One fixture instance from its setup to its teardown, in the order of the run: what the
// window draws as the fixture timeline (pytest --setup-show as a chart).
struct FixtureSpan
{
    std::string name;
    Scope scope = Scope::Function;
    std::size_t firstTest = 0; // index into RunReport::results of the test it was set up for
    std::size_t lastTest = 0;  // index of the last test it served before its teardown
    double setupAt = 0;        // seconds since the run started
    double teardownAt = 0;
    bool tornDown = false; // false when the run stopped (or an isolated app was dropped) first
};

struct RunReport
{
    std::vector<TestResult> results;
    std::vector<FixtureSpan> fixtureSpans;
    std::uint64_t seed = 0;
    double seconds = 0;
    bool cancelled = false;
    std::size_t passed() const;
    std::size_t failed() const; // failures and errors
    std::size_t skipped() const;
};

// Runs suites like pytest: fixtures with scopes (function, module, session) set up in
// dependency order and torn down in reverse at the end of their scope, also after a failure;
// one target shared by the whole run (as a Python module is), unless isolate is set. Lines
// like pytest -v (and --setup-show) go to out when given.
class Runner
{
public:
    explicit Runner(RunOptions options, std::ostream *out = nullptr);

    RunReport run(const std::vector<SuiteFile> &suites);

    // Runs the named tests of one suite, in the given order, on a fresh app; the leftovers of
    // the last test are filled when asked for. Used by find-polluter.
    std::vector<TestResult> runSequence(const SuiteFile &suite,
                                        const std::vector<std::string> &names,
                                        Leftovers *leftovers = nullptr);

private:
    struct Session;
    class Run;
    bool selected(const Test &test) const;

    RunOptions m_options;
    std::ostream *m_out;
    Leftovers *m_leftovers = nullptr; // filled after each test when set (runSequence)
};

// JUnit XML of a report, as CI systems read it.
std::string junitXml(const RunReport &report);

// Where two JSON values differ, by JSON pointer: a member only one side has, or a value that
// differs (arrays of different lengths differ as a whole).
struct JsonDifference
{
    std::string pointer;                  // "" for the whole document
    std::optional<Json> expected, actual; // absent on the side that lacks the member
};
std::vector<JsonDifference> jsonDifferences(const Json &expected, const Json &actual);

// Where two targets' answers to one request differ (answers as Client::answerJson writes them),
// leaving out the headers a server adds on its own (date, server) and those named in ignored.
std::vector<JsonDifference> answerDifferences(Json left, Json right,
                                              const std::vector<std::string> &ignored = {});

// Two answers side by side (the window's Request → Send to both…): each pretty-printed whole,
// the differences as answerDifferences finds them, and for each the first and last line (from
// 0) of its value on either side; where a side lacks the member, the first line of its nearest
// ancestor there.
struct SideBySide
{
    struct Row
    {
        JsonDifference difference;
        std::pair<int, int> leftLines{0, 0};
        std::pair<int, int> rightLines{0, 0};
    };
    std::string left, right;
    std::vector<Row> rows;
};
SideBySide sideBySide(Json left, Json right, const std::vector<std::string> &ignored = {});

// The same as readable lines: "- /pointer: expected" and "+ /pointer: actual".
std::vector<std::string> jsonDiff(const Json &expected, const Json &actual);

struct PolluterReport
{
    bool passesAlone = false;
    bool failsInSuite = false;
    std::string polluter;           // empty when not found
    std::vector<std::string> steps; // the bisection, one line per run
    Leftovers leftovers;
    std::string failure; // how the target failed after the polluter
    bool cancelled = false;
};

// detect-test-pollution's bisection: the target must pass alone and fail after the tests
// before it; the candidates are halved until one test remains that makes it fail. Progress is
// reported per run of the target (about log2(n) + 3 runs); options.cancel stops between tests.
PolluterReport findPolluter(const SuiteFile &suite, const std::string &target, RunOptions options);

} // namespace Engine::Suite
