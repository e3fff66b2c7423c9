#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/json.h"
#include "engine/store/database.h"
#include "engine/suite/runner.h"

namespace Engine::Suite {

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

    // The tests that failed in the last finished run.
    std::vector<std::string> lastFailed();
    // The tests of a run in the order they ran, as (file, test). Throws StoreError for a run
    // that does not exist.
    std::vector<std::pair<std::string, std::string>> testsOfRun(std::int64_t run);
    // Recent runs and, per test, how often it passed in the last `window` runs:
    // {"runs": [...], "tests": [{"file", "test", "runs", "passed", "flaky"}]}. A test is the pair
    // (file, name): two suites may both have a test_create_item.
    Json summary(int window = 20);

    // How each test of `run` ended the last time it ran before, in any earlier finished run:
    // [{"file", "test", "before", "after"}], before null for a test never run before. An
    // outcome is "PASSED", "FAILED", "ERROR", or "FLAKY" for a repeated test that did both.
    Json previousOutcomes(std::int64_t run);
    // The tests whose outcome differs between two runs (or that only one of them ran):
    // [{"file", "test", "before", "after"}], a missing side null. Throws Engine::Error
    // for a run that does not exist.
    Json compare(std::int64_t before, std::int64_t after);

    // The default path: $API_REPLAY_HISTORY, else $XDG_DATA_HOME (or ~/.local/share)
    // /api-test-explorer/history.db.
    static std::string defaultPath();

private:
    void migrate(const std::string &path);

    std::unique_ptr<Store::Database> m_db;
};

} // namespace Engine::Suite
