#include "engine/suite/runner.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <random>
#include <set>

#include <unistd.h>

#include "engine/catalog/catalog.h"
#include "engine/client/presentation.h"
#include "engine/client/testclient.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/http/headers.h"
#include "engine/store/database.h"
#include "engine/suite/steps/steps.h"
#include "engine/target/session.h"

namespace Engine::Suite {

std::string toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return "PASSED";
    case Outcome::Failed:
        return "FAILED";
    case Outcome::Error:
        return "ERROR";
    case Outcome::Skipped:
        return "SKIPPED";
    }
    return {};
}

bool Leftovers::any() const
{
    return !overrides.empty() || !rows.empty() || sessionOpen || mails > 0;
}

std::size_t RunReport::passed() const
{
    return std::size_t(std::count_if(results.begin(), results.end(), [](const TestResult &r) {
        return r.outcome == Outcome::Passed;
    }));
}

std::size_t RunReport::failed() const
{
    return results.size() - passed() - skipped();
}

std::size_t RunReport::skipped() const
{
    return std::size_t(std::count_if(results.begin(), results.end(), [](const TestResult &r) {
        return r.outcome == Outcome::Skipped;
    }));
}

namespace {
void collectDifferences(const Json &expected, const Json &actual, const std::string &path,
                        std::vector<JsonDifference> &out)
{
    if (expected.is_object() && actual.is_object()) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const std::string member = path + "/" + Client::escapePointerToken(it.key());
            if (!actual.contains(it.key()))
                out.push_back({member, it.value(), std::nullopt});
            else
                collectDifferences(it.value(), actual[it.key()], member, out);
        }
        for (auto it = actual.begin(); it != actual.end(); ++it)
            if (!expected.contains(it.key()))
                out.push_back(
                    {path + "/" + Client::escapePointerToken(it.key()), std::nullopt, it.value()});
        return;
    }
    if (expected.is_array() && actual.is_array() && expected.size() == actual.size()) {
        for (std::size_t i = 0; i < expected.size(); ++i)
            collectDifferences(expected[i], actual[i], path + "/" + std::to_string(i), out);
        return;
    }
    if (expected != actual)
        out.push_back({path, expected, actual});
}
} // namespace

std::vector<JsonDifference> jsonDifferences(const Json &expected, const Json &actual)
{
    std::vector<JsonDifference> out;
    collectDifferences(expected, actual, "", out);
    return out;
}

std::vector<JsonDifference> answerDifferences(Json left, Json right,
                                              const std::vector<std::string> &ignored)
{
    for (Json *answer : {&left, &right}) {
        if (!answer->contains("headers"))
            continue;
        for (const char *name : {"date", "server"})
            (*answer)["headers"].erase(name);
        for (const auto &name : ignored)
            (*answer)["headers"].erase(Http::Headers::lower(name));
    }
    return jsonDifferences(left, right);
}

SideBySide sideBySide(Json left, Json right, const std::vector<std::string> &ignored)
{
    SideBySide out;
    std::unordered_map<std::string, std::pair<int, int>> leftLines, rightLines;
    out.left = Client::prettyJson(left, &leftLines);
    out.right = Client::prettyJson(right, &rightLines);
    // A member one side lacks: the first line of its nearest ancestor that side has.
    const auto lineOf = [](const std::unordered_map<std::string, std::pair<int, int>> &lines,
                           std::string pointer) {
        const auto exact = lines.find(pointer);
        if (exact != lines.end())
            return exact->second;
        for (;;) {
            const auto slash = pointer.rfind('/');
            pointer.resize(slash == std::string::npos ? 0 : slash);
            const auto it = lines.find(pointer);
            if (it != lines.end())
                return std::make_pair(it->second.first, it->second.first);
            if (pointer.empty())
                return std::make_pair(0, 0);
        }
    };
    for (auto &d : answerDifferences(std::move(left), std::move(right), ignored)) {
        SideBySide::Row row;
        row.leftLines = lineOf(leftLines, d.pointer);
        row.rightLines = lineOf(rightLines, d.pointer);
        row.difference = std::move(d);
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::vector<std::string> jsonDiff(const Json &expected, const Json &actual)
{
    std::vector<std::string> out;
    for (const auto &d : jsonDifferences(expected, actual)) {
        const std::string where = d.pointer.empty() ? "/" : d.pointer;
        if (d.expected)
            out.push_back("- " + where + ": " + PyJson::dumpLenient(*d.expected));
        if (d.actual)
            out.push_back("+ " + where + ": " + PyJson::dumpLenient(*d.actual));
    }
    return out;
}

namespace {

using Failure = StepFailure;

Json tableCounts(Target::DatabaseAccess *access)
{
    Json out = Json::object();
    Store::Database *db = access ? access->activeDatabase() : nullptr;
    if (!db)
        return out;
    for (const auto &t : access->tableNames())
        out[t] = db->query("SELECT count(*) AS n FROM " + t)[0]["n"];
    return out;
}

} // namespace

// One target with its client session, shared by the tests of a run (or of one test with
// isolate). The lifespan opens only when a step says so (`with TestClient(app)`).
struct Runner::Session : StepRun
{
    using StepRun::StepRun;

    // Does the step at index of all; a failure says which step it was.
    std::optional<Failure> step(const std::vector<Step> &all, std::size_t index);
};

std::optional<Failure> Runner::Session::step(const std::vector<Step> &all, std::size_t index)
{
    const StepAt at{all, index};
    if (std::chrono::steady_clock::now() > deadline)
        return Failure{
            "timeout: the test ran past its time limit before " + toString(at.step().kind), true};
    try {
        auto failure = stepType(at.step().kind).run(at, *this);
        if (failure)
            failure->message = at.where() + ": " + failure->message;
        return failure;
    } catch (const std::exception &e) {
        const auto *py = dynamic_cast<const PyError *>(&e);
        return Failure{at.where() + ": " + (py ? py->type() + ": " : std::string()) + e.what(),
                       true};
    }
}

Runner::Runner(RunOptions options, std::ostream *out)
    : m_options(std::move(options))
    , m_out(out)
{}

bool Runner::selected(const Test &test) const
{
    if (!m_options.only.empty()
        && std::none_of(m_options.only.begin(), m_options.only.end(), [&](const std::string &o) {
               // "name" in any file, or "file::name" (pytest's node id) in that file only.
               return o == test.name
                      || (o.size() == test.file.size() + 2 + test.name.size()
                          && o.compare(0, test.file.size(), test.file) == 0
                          && o.compare(test.file.size(), 2, "::") == 0
                          && o.compare(test.file.size() + 2, std::string::npos, test.name) == 0);
           }))
        return false;
    const std::string &k = m_options.keyword;
    if (k.empty())
        return true;
    if (k.rfind("not ", 0) == 0)
        return test.name.find(k.substr(4)) == std::string::npos;
    return test.name.find(k) != std::string::npos;
}

namespace {

// The fixtures a test needs, dependencies first: autouse ones, then those it names.
std::vector<const Fixture *> fixtureOrder(const SuiteFile &suite, const Test &test)
{
    std::vector<const Fixture *> out;
    std::set<std::string> done;
    std::function<void(const std::string &)> visit = [&](const std::string &name) {
        if (done.count(name))
            return;
        const Fixture *f = suite.fixture(name);
        if (!f)
            return;
        done.insert(name);
        for (const auto &u : f->uses)
            visit(u);
        out.push_back(f);
    };
    for (const auto &f : suite.fixtures)
        if (f.autouse)
            visit(f.name);
    for (const auto &u : test.uses)
        visit(u);
    return out;
}

} // namespace

std::vector<TestResult> Runner::runSequence(const SuiteFile &suite,
                                            const std::vector<std::string> &names,
                                            Leftovers *leftovers)
{
    RunOptions o = m_options;
    o.only.clear();
    o.keyword.clear();
    o.seed.reset();
    o.isolate = false;
    o.repeat = 1;
    o.exitFirst = false;
    o.setupShow = false;
    o.progress = nullptr;
    SuiteFile ordered = suite;
    ordered.tests.clear();
    for (const auto &n : names)
        for (const auto &t : suite.tests)
            if (t.name == n)
                ordered.tests.push_back(t);
    Runner inner(o, nullptr);
    inner.m_leftovers = leftovers;
    return inner.run({ordered}).results;
}

namespace {

// What a test left for the next one, after its function fixtures cleaned up.
Leftovers collectLeftovers(Target::Target &target)
{
    Leftovers l;
    l.overrides = Json(target.activeOverrides());
    l.mails = target.mails() ? target.mails()->sentMails().size() : 0;
    l.sessionOpen = target.lifespanActive();
    const Json seeded = target.database() ? target.database()->seededRowCounts() : Json::object();
    const auto counts = tableCounts(target.database());
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (seeded.contains(it.key()) && it.value() != seeded[it.key()])
            l.rows[it.key()] = it.value().get<long long>() - seeded[it.key()].get<long long>();
    return l;
}

} // namespace

// One call of Runner::run: the shared session, the fixtures set up per scope, the open fixture
// spans, and the report being written.
class Runner::Run
{
public:
    Run(const Runner &runner, RunReport &report, std::size_t total)
        : m_runner(runner)
        , m_options(runner.m_options)
        , m_out(runner.m_out)
        , m_report(report)
        , m_total(total)
        , m_start(std::chrono::steady_clock::now())
    {}

    // Runs the selected tests of one file; false when the run stops (-x, cancel).
    bool suite(const SuiteFile &suite, int repetition)
    {
        for (const auto &test : suite.tests) {
            if (!m_runner.selected(test))
                continue;
            if (m_options.cancel && m_options.cancel->load()) {
                m_report.cancelled = true;
                tearDown(Scope::Module, lastIndex());
                return false;
            }
            ensureSession(suite);
            const bool failed = this->test(suite, test, repetition);
            if (failed && m_options.exitFirst) {
                tearDown(Scope::Module, lastIndex());
                return false;
            }
        }
        tearDown(Scope::Module, lastIndex()); // module fixtures end with their file
        return true;
    }

    // Session fixtures end with the run; spans still open (a stopped run) end untorn.
    void finish()
    {
        tearDown(Scope::Session, lastIndex());
        while (!m_open.empty())
            closeSpan(m_open.begin()->first, lastIndex(), false);
        m_session.reset();
        m_report.seconds = since();
    }

private:
    double since() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    std::size_t lastIndex() const
    {
        return m_report.results.empty() ? 0 : m_report.results.size() - 1;
    }
    std::vector<const Fixture *> &scoped(Scope scope)
    {
        return scope == Scope::Function ? m_function
               : scope == Scope::Module ? m_module
                                        : m_sessionScoped;
    }

    static std::string appOf(const SuiteFile &suite)
    {
        return suite.app.empty() ? Catalog::defaultApp() : suite.app;
    }

    // A fresh target for the first test, every test with isolate, and a file written for
    // another built-in app; fixtures of the one dropped end without their teardown.
    void ensureSession(const SuiteFile &suite)
    {
        const bool otherApp
            = m_session && !m_options.target && m_session->target.name() != appOf(suite);
        if (m_session && !m_options.isolate && !otherApp)
            return;
        for (const Scope scope : {Scope::Module, Scope::Session}) {
            for (const Fixture *f : scoped(scope))
                closeSpan(f, lastIndex(), false);
            scoped(scope).clear();
        }
        if (m_options.target) {
            m_session = std::make_unique<Session>(m_options.target());
        } else {
            Catalog::TargetSpec spec;
            spec.app = appOf(suite);
            spec.errorStyle = m_options.errorStyle;
            m_session = std::make_unique<Session>(Catalog::open(spec));
        }
    }

    // A module or session fixture of that name is set up already (a session fixture serves
    // the files after the one that set it up).
    bool isSetUp(const Fixture *f) const
    {
        for (const auto *list : {&m_module, &m_sessionScoped})
            for (const Fixture *g : *list)
                if (g->name == f->name)
                    return true;
        return false;
    }

    void openSpan(const Fixture *f)
    {
        m_open[f] = m_report.fixtureSpans.size();
        m_report.fixtureSpans.push_back({f->name, f->scope, m_report.results.size(),
                                         m_report.results.size(), since(), 0, false});
    }

    void closeSpan(const Fixture *f, std::size_t lastTest, bool tornDown)
    {
        const auto it = m_open.find(f);
        if (it == m_open.end())
            return;
        FixtureSpan &span = m_report.fixtureSpans[it->second];
        span.lastTest = std::max(span.firstTest, lastTest);
        span.teardownAt = since();
        span.tornDown = tornDown;
        m_open.erase(it);
    }

    // Tears down the fixtures of one scope set up so far, in reverse order of their setup;
    // the first failure, as "teardown of NAME: ...".
    std::optional<Failure> tearDown(Scope scope, std::size_t lastTest)
    {
        std::optional<Failure> first;
        auto &fixtures = scoped(scope);
        if (!m_session) {
            fixtures.clear();
            return first;
        }
        for (auto it = fixtures.rbegin(); it != fixtures.rend(); ++it) {
            if (m_out && m_options.setupShow)
                *m_out << "TEARDOWN " << char(std::toupper(toString(scope)[0])) << " "
                       << (*it)->name << "\n";
            m_session->actor = (*it)->name;
            for (std::size_t i = 0; i < (*it)->teardown.size(); ++i)
                if (auto f = m_session->step((*it)->teardown, i); f && !first)
                    first = Failure{"teardown of " + (*it)->name + ": " + f->message, true};
            closeSpan(*it, lastTest, true);
        }
        fixtures.clear();
        return first;
    }

    // Sets up the fixtures the test uses that are not set up yet; the first failure, as
    // "setup of NAME: ..." (an error, not a failure).
    std::optional<Failure> setUp(const SuiteFile &suite, const Test &test, TestResult &result)
    {
        for (const Fixture *f : fixtureOrder(suite, test)) {
            result.fixtures.push_back(f->name);
            if (f->scope != Scope::Function && isSetUp(f))
                continue;
            if (m_out && m_options.setupShow)
                *m_out << "SETUP    " << char(std::toupper(toString(f->scope)[0])) << " " << f->name
                       << "\n";
            m_session->actor = f->name;
            openSpan(f);
            scoped(f->scope).push_back(f);
            for (std::size_t i = 0; i < f->setup.size(); ++i)
                if (auto failure = m_session->step(f->setup, i)) {
                    failure->error = true;
                    failure->message = "setup of " + f->name + ": " + failure->message;
                    return failure;
                }
        }
        return std::nullopt;
    }

    // Runs one test with its fixtures; true when it failed or erred.
    bool test(const SuiteFile &suite, const Test &test, int repetition)
    {
        Session &s = *m_session;
        TestResult result;
        result.file = suite.path;
        result.name = test.name;
        result.repetition = repetition;
        if (test.skipReason) { // as pytest: no fixture runs for a skipped test
            result.outcome = Outcome::Skipped;
            result.message = *test.skipReason;
            if (m_out)
                *m_out << suite.path << "::" << test.name << " SKIPPED (" << *test.skipReason << ")"
                       << std::endl;
            record(std::move(result));
            return false;
        }
        const auto t0 = std::chrono::steady_clock::now();
        s.session.beginTest(test.name);
        s.skipped.clear();
        s.deadline = t0 + m_options.timeout;
        std::optional<Failure> failure = setUp(suite, test, result);
        if (m_out && m_options.setupShow) {
            std::string used;
            for (const auto &n : result.fixtures)
                used += (used.empty() ? "" : ", ") + n;
            *m_out << "        " << suite.path << "::" << test.name << " (fixtures used: " << used
                   << ")\n";
        }
        s.actor = test.name;
        for (std::size_t i = 0; i < test.steps.size() && !failure; ++i)
            failure = s.step(test.steps, i);
        if (auto teardown = tearDown(Scope::Function, m_report.results.size()); !failure)
            failure = std::move(teardown);
        if (m_runner.m_leftovers)
            *m_runner.m_leftovers = collectLeftovers(s.target);
        s.session.endTest();
        result.seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        result.outcome = !failure         ? Outcome::Passed
                         : failure->error ? Outcome::Error
                                          : Outcome::Failed;
        if (failure) {
            result.message = failure->message;
            result.expected = failure->expected;
            result.actual = failure->actual;
            if (!s.skipped.empty()) {
                result.message += "\n(steps skipped on this target before it failed:";
                for (const auto &why : s.skipped)
                    result.message += "\n  " + why;
                result.message += ")";
            }
        } else if (!s.skipped.empty()) {
            result.message = "steps skipped on this target:";
            for (const auto &why : s.skipped)
                result.message += "\n  " + why;
        }
        if (m_out) {
            char ms[32];
            std::snprintf(ms, sizeof ms, "%.2f", result.seconds * 1000);
            *m_out << suite.path << "::" << test.name << " " << toString(result.outcome) << " ["
                   << ms << " ms]" << std::endl; // seen as it happens
            if (!failure)
                for (const auto &why : s.skipped)
                    *m_out << "    skipped " << why << "\n";
        }
        record(std::move(result));
        return failure.has_value();
    }

    void record(TestResult result)
    {
        m_report.results.push_back(std::move(result));
        if (m_options.onResult)
            m_options.onResult(m_report.results.back());
        if (m_options.progress)
            m_options.progress(++m_done, m_total);
    }

    const Runner &m_runner;
    const RunOptions &m_options;
    std::ostream *m_out;
    RunReport &m_report;
    std::size_t m_total, m_done = 0;
    std::chrono::steady_clock::time_point m_start;
    std::unique_ptr<Session> m_session;
    // The fixtures set up and not torn down yet, by scope, in the order of their setup.
    std::vector<const Fixture *> m_function, m_module, m_sessionScoped;
    std::map<const Fixture *, std::size_t> m_open; // fixture -> its open span in the report
};

RunReport Runner::run(const std::vector<SuiteFile> &suites)
{
    RunReport report;
    report.seed = m_options.seed.value_or(0);
    std::vector<SuiteFile> order = suites;
    if (m_options.seed) {
        std::mt19937_64 rng(*m_options.seed);
        std::shuffle(order.begin(), order.end(), rng);
        for (auto &s : order)
            std::shuffle(s.tests.begin(), s.tests.end(), rng);
        if (m_out)
            *m_out << "Using --seed " << *m_options.seed
                   << " (run again with the same seed to replay this order)\n";
    }
    std::size_t total = 0;
    for (const auto &suite : order)
        for (const auto &test : suite.tests)
            total += selected(test);
    total *= std::size_t(std::max(1, m_options.repeat));
    Run run(*this, report, total);
    bool going = true;
    for (int rep = 0; rep < m_options.repeat && going; ++rep)
        for (std::size_t i = 0; i < order.size() && going; ++i)
            going = run.suite(order[i], rep);
    run.finish();
    return report;
}

namespace {
std::string xmlEscape(const std::string &s)
{
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
                out += ' ';
            else
                out += c;
        }
    }
    return out;
}
} // namespace

std::string junitXml(const RunReport &report)
{
    std::size_t failures = 0, errors = 0;
    for (const auto &r : report.results) {
        failures += r.outcome == Outcome::Failed;
        errors += r.outcome == Outcome::Error;
    }
    char total[32];
    std::snprintf(total, sizeof total, "%.3f", report.seconds);
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites>\n  <testsuite "
                      "name=\"api-replay\" tests=\""
                      + std::to_string(report.results.size()) + "\" failures=\""
                      + std::to_string(failures) + "\" errors=\"" + std::to_string(errors)
                      + "\" skipped=\"" + std::to_string(report.skipped()) + "\" time=\"" + total
                      + "\">\n";
    for (const auto &r : report.results) {
        char t[32];
        std::snprintf(t, sizeof t, "%.6f", r.seconds);
        out += "    <testcase classname=\"" + xmlEscape(r.file) + "\" name=\"" + xmlEscape(r.name)
               + "\" time=\"" + t + "\"";
        if (r.outcome == Outcome::Passed) {
            out += "/>\n";
            continue;
        }
        if (r.outcome == Outcome::Skipped) {
            out += ">\n      <skipped type=\"pytest.skip\" message=\"" + xmlEscape(r.message)
                   + "\"/>\n    </testcase>\n";
            continue;
        }
        const char *tag = r.outcome == Outcome::Failed ? "failure" : "error";
        const std::string first = r.message.substr(0, r.message.find('\n'));
        out += ">\n      <" + std::string(tag) + " message=\"" + xmlEscape(first) + "\">"
               + xmlEscape(r.message) + "</" + tag + ">\n    </testcase>\n";
    }
    out += "  </testsuite>\n</testsuites>\n";
    return out;
}

PolluterReport findPolluter(const SuiteFile &suite, const std::string &target, RunOptions options)
{
    PolluterReport report;
    const auto progress = std::move(options.progress);
    options.progress = nullptr;
    Runner runner(options);
    std::vector<std::string> before;
    bool found = false;
    for (const auto &t : suite.tests) {
        if (t.name == target) {
            found = true;
            break;
        }
        before.push_back(t.name);
    }
    if (!found)
        throw Engine::Error("no test named \"" + target + "\" in " + suite.path);
    struct Cancelled
    {};
    std::size_t runs = 0;
    // Alone, after all before it, one per halving, and the confirmation.
    std::size_t expected = 3;
    for (std::size_t n = before.size(); n > 1; n -= n / 2)
        ++expected;
    const auto targetPasses = [&](std::vector<std::string> names, std::string *failure) {
        names.push_back(target);
        const auto results = runner.runSequence(suite, names);
        if (results.size() < names.size() || (options.cancel && options.cancel->load()))
            throw Cancelled{};
        if (progress)
            progress(++runs, std::max(runs, expected));
        if (failure && results.back().outcome != Outcome::Passed)
            *failure = results.back().message;
        return results.back().outcome == Outcome::Passed;
    };
    try {
        report.passesAlone = targetPasses({}, nullptr);
        report.steps.push_back(std::string("run ") + target
                               + " alone: " + (report.passesAlone ? "passed" : "failed"));
        report.failsInSuite = !targetPasses(before, &report.failure);
        report.steps.push_back("run the " + std::to_string(before.size())
                               + " test(s) before it, then " + target + ": "
                               + (report.failsInSuite ? "failed" : "passed"));
        if (!report.passesAlone || !report.failsInSuite)
            return report;
        std::vector<std::string> candidates = before;
        while (candidates.size() > 1) {
            const std::vector<std::string> half(
                candidates.begin(), candidates.begin() + std::ptrdiff_t(candidates.size() / 2));
            const bool fails = !targetPasses(half, nullptr);
            report.steps.push_back("bisect: " + std::to_string(half.size()) + " of "
                                   + std::to_string(candidates.size()) + " candidate(s) ("
                                   + half.front() + (half.size() > 1 ? " … " + half.back() : "")
                                   + ") then " + target + ": " + (fails ? "failed" : "passed"));
            if (fails)
                candidates = half;
            else
                candidates.erase(candidates.begin(),
                                 candidates.begin() + std::ptrdiff_t(half.size()));
        }
        if (candidates.size() == 1 && !targetPasses(candidates, &report.failure)) {
            report.polluter = candidates.front();
            runner.runSequence(suite, {report.polluter}, &report.leftovers);
        }
    } catch (const Cancelled &) {
        report.cancelled = true;
        report.steps.push_back("cancelled");
    }
    return report;
}

} // namespace Engine::Suite
