#include "engine/suite/history.h"

#include "engine/core/pyerror.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include <signal.h>
#include <unistd.h>

namespace Engine::Suite {

namespace {

bool processAlive(std::int64_t pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

History::History(const std::string &path)
    // Several runs may share one file: writers wait for each other instead of failing, and
    // readers never block a writer (WAL). A result needs no fsync of its own (NORMAL).
    : m_db(Store::Database::open(path, false, std::chrono::seconds(10)))
{
    try {
        m_db->exec("PRAGMA journal_mode = WAL");
        // The WAL is copied into the file by the writes of later runs (auto-checkpoint), not
        // by a run on its way out.
        m_db->keepWalOnClose();
    } catch (const Store::StoreError &) {
        // A read-only directory cannot hold the -wal file; the rollback journal still works.
    }
    m_db->exec("PRAGMA synchronous = NORMAL");
    migrate(path);
    // A run still "running" whose process is gone was killed: say so.
    m_db->query("UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND pid IS NULL");
    for (const auto &row : m_db->query("SELECT id, pid FROM runs WHERE status = 'running'"))
        if (!processAlive(row["pid"].get<std::int64_t>()))
            m_db->query("UPDATE runs SET status = 'interrupted' WHERE id = ?", {row["id"]});
}

void History::migrate(const std::string &path)
{
    const auto versionNow = [this] {
        return m_db->query("PRAGMA user_version")[0]["user_version"].get<int>();
    };
    if (versionNow() == kSchemaVersion)
        return;
    // One write transaction taken up front: two processes creating the schema at once wait for
    // each other, and the second finds it done.
    Store::Transaction transaction(*m_db);
    const int version = versionNow();
    if (version > kSchemaVersion)
        throw Engine::Error(path + " was written by a newer version (schema "
                            + std::to_string(version) + ", this one knows "
                            + std::to_string(kSchemaVersion) + ")");
    if (version < 1) {
        m_db->exec("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started_us "
                   "INTEGER NOT NULL, finished_us INTEGER, seed INTEGER, arguments TEXT NOT "
                   "NULL, status TEXT NOT NULL, passed INTEGER, failed INTEGER)");
        m_db->exec("CREATE TABLE IF NOT EXISTS results (id INTEGER PRIMARY KEY, run_id "
                   "INTEGER NOT NULL REFERENCES runs(id), file TEXT NOT NULL, test TEXT NOT "
                   "NULL, outcome TEXT NOT NULL, seconds REAL NOT NULL, message TEXT NOT "
                   "NULL)");
        m_db->exec("CREATE INDEX IF NOT EXISTS results_by_test ON results(test, run_id)");
    }
    if (version < 2) {
        // The process that writes a run, so that a killed one can be told from a live one.
        m_db->exec("ALTER TABLE runs ADD COLUMN pid INTEGER");
        m_db->exec("CREATE INDEX IF NOT EXISTS results_by_run ON results(run_id)");
    }
    m_db->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    transaction.commit();
}

std::int64_t History::beginRun(std::uint64_t seed, const std::string &arguments,
                               std::int64_t startedMicros)
{
    m_db->query("INSERT INTO runs (started_us, seed, arguments, status, pid) VALUES (?, ?, ?, "
                "'running', ?)",
                {startedMicros, static_cast<std::int64_t>(seed), arguments,
                 static_cast<std::int64_t>(::getpid())});
    return m_db->lastInsertId();
}

void History::record(std::int64_t run, const TestResult &r)
{
    m_db->query("INSERT INTO results (run_id, file, test, outcome, seconds, message) VALUES (?, ?, "
                "?, ?, ?, ?)",
                {run, r.file, r.name, toString(r.outcome), r.seconds, r.message});
}

void History::recordAll(std::int64_t run, const std::vector<TestResult> &results)
{
    Store::Transaction transaction(*m_db);
    insertResults(run, results);
    transaction.commit();
}

std::int64_t History::importRun(const std::string &arguments, std::int64_t startedMicros,
                                const std::vector<TestResult> &attempts, const RunReport &report)
{
    Store::Transaction transaction(*m_db);
    const std::int64_t run = beginRun(report.seed, arguments, startedMicros);
    insertResults(run, attempts);
    finishRun(run, report, startedMicros + static_cast<std::int64_t>(report.seconds * 1e6));
    transaction.commit();
    return run;
}

void History::insertResults(std::int64_t run, const std::vector<TestResult> &results)
{
    Store::Statement insert = m_db->prepare("INSERT INTO results (run_id, file, test, outcome, "
                                            "seconds, message) VALUES (?, ?, ?, ?, ?, "
                                            "?)");
    for (const auto &r : results) {
        insert.bindInt(1, run)
            .bindText(2, r.file)
            .bindText(3, r.name)
            .bindText(4, toString(r.outcome))
            .bindDouble(5, r.seconds)
            .bindText(6, r.message);
        insert.step();
        insert.reset();
    }
}

void History::finishRun(std::int64_t run, const RunReport &report, std::int64_t finishedMicros)
{
    m_db->query(
        "UPDATE runs SET finished_us = ?, status = 'finished', passed = ?, failed = ? WHERE id = ?",
        {finishedMicros, report.passed(), report.failed(), run});
}

std::vector<std::pair<std::string, std::string>> History::testsOfRun(std::int64_t run)
{
    if (m_db->query("SELECT id FROM runs WHERE id = ?", {run}).empty())
        throw Engine::Error("no run " + std::to_string(run) + " in " + m_db->path());
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &row :
         m_db->query("SELECT file, test FROM results WHERE run_id = ? ORDER BY id", {run}))
        out.emplace_back(row["file"].get<std::string>(), row["test"].get<std::string>());
    return out;
}

std::vector<std::string> History::lastFailed()
{
    std::vector<std::string> out;
    const Json rows
        = m_db->query("SELECT test FROM results WHERE outcome IN ('FAILED', 'ERROR') AND run_id = "
                      "(SELECT max(id) FROM runs WHERE status = 'finished') ORDER BY id");
    for (const auto &r : rows)
        out.push_back(r["test"].get<std::string>());
    return out;
}

std::string toString(RecordedOutcome outcome)
{
    switch (outcome) {
    case RecordedOutcome::Passed:
        return "PASSED";
    case RecordedOutcome::Failed:
        return "FAILED";
    case RecordedOutcome::Error:
        return "ERROR";
    case RecordedOutcome::Skipped:
        return "SKIPPED";
    case RecordedOutcome::Flaky:
        return "FLAKY";
    }
    return {};
}

namespace {

RecordedOutcome recordedOutcome(const std::string &text)
{
    for (const auto o : {RecordedOutcome::Passed, RecordedOutcome::Failed, RecordedOutcome::Error,
                         RecordedOutcome::Skipped, RecordedOutcome::Flaky})
        if (toString(o) == text)
            return o;
    throw Engine::Error("the history holds an outcome this version does not know: " + text);
}

Json outcomeJson(const std::optional<RecordedOutcome> &o)
{
    return o ? Json(toString(*o)) : Json(nullptr);
}

std::optional<std::int64_t> optionalInt(const Json &v)
{
    return v.is_number() ? std::optional<std::int64_t>(v.get<std::int64_t>()) : std::nullopt;
}

} // namespace

Json toJson(const HistorySummary &summary)
{
    Json runs = Json::array(), tests = Json::array();
    for (const auto &r : summary.runs)
        runs.push_back({{"id", r.id},
                        {"started_us", r.startedMicros},
                        {"seed", r.seed},
                        {"arguments", r.arguments},
                        {"status", r.status},
                        {"passed", r.passed ? Json(*r.passed) : Json(nullptr)},
                        {"failed", r.failed ? Json(*r.failed) : Json(nullptr)}});
    for (const auto &t : summary.tests)
        tests.push_back({{"file", t.file},
                         {"test", t.test},
                         {"runs", t.runs},
                         {"passed", t.passed},
                         {"flaky", t.flaky()}});
    return Json{{"runs", runs}, {"tests", tests}};
}

Json toJson(const std::vector<OutcomeChange> &changes)
{
    Json out = Json::array();
    for (const auto &c : changes)
        out.push_back({{"file", c.file},
                       {"test", c.test},
                       {"before", outcomeJson(c.before)},
                       {"after", outcomeJson(c.after)}});
    return out;
}

HistorySummary History::summary(int window)
{
    const Json runs
        = m_db->query("SELECT id, started_us, seed, arguments, status, passed, failed FROM runs "
                      "ORDER BY id DESC LIMIT ?",
                      {window});
    const Json tests = m_db->query(
        "SELECT file, test, count(*) AS runs, sum(outcome = 'PASSED') AS passed FROM results "
        "WHERE outcome != 'SKIPPED' AND run_id IN (SELECT id FROM runs ORDER BY id DESC LIMIT ?) "
        "GROUP BY file, test "
        "ORDER BY test, file",
        {window});
    HistorySummary out;
    for (const auto &r : runs) {
        RecordedRun run;
        run.id = r["id"].get<std::int64_t>();
        run.startedMicros = r["started_us"].get<std::int64_t>();
        // Stored as SQLite's signed integer: a seed above 2^63 reads back negative.
        run.seed = r["seed"].is_number_unsigned() ? r["seed"].get<std::uint64_t>()
                                                  : std::uint64_t(r["seed"].get<std::int64_t>());
        run.arguments = r["arguments"].get<std::string>();
        run.status = r["status"].get<std::string>();
        run.passed = optionalInt(r["passed"]);
        run.failed = optionalInt(r["failed"]);
        out.runs.push_back(std::move(run));
    }
    for (const auto &t : tests)
        out.tests.push_back({t["file"].get<std::string>(), t["test"].get<std::string>(),
                             t["runs"].get<std::int64_t>(), t["passed"].get<std::int64_t>()});
    return out;
}

namespace {

// One outcome per (file, test) of a run: a repeated test that passed and failed is FLAKY.
constexpr const char *kOutcomesOfRun
    = "SELECT file, test, CASE WHEN min(outcome = 'PASSED') = 1 THEN 'PASSED' "
      "WHEN max(outcome = 'PASSED') = 1 THEN 'FLAKY' ELSE max(outcome) END AS outcome "
      "FROM results WHERE run_id = ? GROUP BY file, test";

using TestKey = std::pair<std::string, std::string>;

std::map<TestKey, RecordedOutcome> outcomesOf(Store::Database &db, std::int64_t run)
{
    std::map<TestKey, RecordedOutcome> out;
    for (const auto &row : db.query(kOutcomesOfRun, {run}))
        out[{row["file"].get<std::string>(), row["test"].get<std::string>()}]
            = recordedOutcome(row["outcome"].get<std::string>());
    return out;
}

} // namespace

std::vector<OutcomeChange> History::previousOutcomes(std::int64_t run)
{
    // Per test of the run, the newest earlier finished run that has it.
    const Json previous = m_db->query(
        "SELECT r.file, r.test, max(r.run_id) AS run_id FROM results r JOIN runs u ON u.id = "
        "r.run_id WHERE u.status = 'finished' AND r.run_id < ? AND (r.file, r.test) IN (SELECT "
        "file, test FROM results WHERE run_id = ?) GROUP BY r.file, r.test",
        {run, run});
    std::map<TestKey, std::int64_t> lastRun;
    for (const auto &row : previous)
        lastRun[{row["file"].get<std::string>(), row["test"].get<std::string>()}]
            = row["run_id"].get<std::int64_t>();
    std::map<std::int64_t, std::map<TestKey, RecordedOutcome>> cache;
    std::vector<OutcomeChange> out;
    for (const auto &[key, after] : outcomesOf(*m_db, run)) {
        std::optional<RecordedOutcome> before;
        if (const auto it = lastRun.find(key); it != lastRun.end()) {
            auto [cached, added] = cache.try_emplace(it->second);
            if (added)
                cached->second = outcomesOf(*m_db, it->second);
            before = cached->second.at(key);
        }
        out.push_back({key.first, key.second, before, after});
    }
    return out;
}

std::vector<OutcomeChange> History::compare(std::int64_t before, std::int64_t after)
{
    for (const auto run : {before, after})
        if (m_db->query("SELECT id FROM runs WHERE id = ?", {run}).empty())
            throw Engine::Error("there is no run #" + std::to_string(run));
    const auto a = outcomesOf(*m_db, before), b = outcomesOf(*m_db, after);
    std::set<TestKey> keys;
    for (const auto *outcomes : {&a, &b})
        for (const auto &entry : *outcomes)
            keys.insert(entry.first);
    std::vector<OutcomeChange> out;
    for (const auto &key : keys) {
        const auto ia = a.find(key), ib = b.find(key);
        std::optional<RecordedOutcome> sa, sb;
        if (ia != a.end())
            sa = ia->second;
        if (ib != b.end())
            sb = ib->second;
        if (!sa || !sb || *sa != *sb)
            out.push_back({key.first, key.second, sa, sb});
    }
    return out;
}

std::string History::defaultPath()
{
    if (const char *env = std::getenv("API_REPLAY_HISTORY"); env && *env)
        return env;
    std::filesystem::path base;
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char *home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local/share";
    else
        base = std::filesystem::temp_directory_path();
    base /= "api-test-explorer";
    std::error_code ec; // a directory that cannot be made shows when the history is opened
    std::filesystem::create_directories(base, ec);
    return (base / "history.db").string();
}

} // namespace Engine::Suite
