#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/json.h"
#include "engine/store/database.h"
#include "engine/suite/runner.h"

namespace Engine::Suite {

// How a test ended in a recorded run: FLAKY for a repeated test that both passed and failed.
enum class RecordedOutcome { Passed, Failed, Error, Skipped, Flaky };
// "PASSED", "FAILED", "ERROR", "SKIPPED", "FLAKY": as the history stores it.
std::string toString(RecordedOutcome outcome);

// A run of the history, as summary() lists it.
struct RecordedRun
{
    std::int64_t id = 0;
    std::int64_t startedMicros = 0;
    std::uint64_t seed = 0; // 0: file order
    std::string arguments;
    std::string status;                 // "running", "finished" or "interrupted"
    std::optional<std::int64_t> passed; // set when the run finished
    std::optional<std::int64_t> failed;
};

// How often a test (a file and a name: two suites may both have a test_create_item) passed in
// the runs of the window; skips do not count as runs.
struct PassRate
{
    std::string file;
    std::string test;
    std::int64_t runs = 0;
    std::int64_t passed = 0;
    bool flaky() const { return passed != 0 && passed != runs; }
};

struct HistorySummary
{
    std::vector<RecordedRun> runs; // newest first
    std::vector<PassRate> tests;   // by test name, then file
};

// A test whose outcome is compared between two runs; a side that did not run it is empty.
struct OutcomeChange
{
    std::string file;
    std::string test;
    std::optional<RecordedOutcome> before;
    std::optional<RecordedOutcome> after;
};

// The JSON of `api-replay history --json`: {"runs": [{"id", "started_us", "seed",
// "arguments", "status", "passed", "failed"}], "tests": [{"file", "test", "runs", "passed",
// "flaky"}]}, and of --compare: [{"file", "test", "before", "after"}] (null for a missing side).
Json toJson(const HistorySummary &summary);
Json toJson(const std::vector<OutcomeChange> &changes);

// Run history in SQLite: every run (seed, arguments, start and end, the process), every test
// result. The schema is versioned (PRAGMA user_version) and migrated on open in one write
// transaction, so processes that open a new file at once agree on it; a database from a newer
// version is refused, a damaged one too (PRAGMA quick_check). The file is in WAL mode and
// writers wait for each other (busy timeout). Each result is written in its own transaction as
// its test ends, so a run killed midway leaves the results written so far; the next open marks
// it "interrupted".
class History
{
public:
    static constexpr int kSchemaVersion = 2;

    // Throws Store::StoreError, or Engine::Error for a newer schema.
    explicit History(const std::string &path);

    std::int64_t beginRun(std::uint64_t seed, const std::string &arguments,
                          std::int64_t startedMicros);
    void record(std::int64_t run, const TestResult &result);
    // Several results in one transaction (all or none).
    void recordAll(std::int64_t run, const std::vector<TestResult> &results);
    void finishRun(std::int64_t run, const RunReport &report, std::int64_t finishedMicros);
    // A whole run at once, in one transaction (all or nothing): each attempt a result, the
    // run's counts from report (one result per test). Returns the run's number.
    std::int64_t importRun(const std::string &arguments, std::int64_t startedMicros,
                           const std::vector<TestResult> &attempts, const RunReport &report);

    // The tests that failed in the last finished run.
    std::vector<std::string> lastFailed();
    // The tests of a run in the order they ran, as (file, test). Throws StoreError for a run
    // that does not exist.
    std::vector<std::pair<std::string, std::string>> testsOfRun(std::int64_t run);
    // The last `window` runs and, per test, how often it passed in them.
    HistorySummary summary(int window = 20);

    // How each test of `run` ended (after) and how it ended the last time it ran before, in
    // any earlier finished run (before; empty for a test never run before).
    std::vector<OutcomeChange> previousOutcomes(std::int64_t run);
    // The tests whose outcome differs between two runs (or that only one of them ran). Throws
    // Engine::Error for a run that does not exist.
    std::vector<OutcomeChange> compare(std::int64_t before, std::int64_t after);

    // The default path: $API_REPLAY_HISTORY, else $XDG_DATA_HOME (or ~/.local/share)
    // /api-test-explorer/history.db.
    static std::string defaultPath();

private:
    void migrate(const std::string &path);
    void insertResults(std::int64_t run, const std::vector<TestResult> &results);

    std::unique_ptr<Store::Database> m_db;
};

} // namespace Engine::Suite
