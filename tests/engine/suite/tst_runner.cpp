#include <atomic>
#include <csignal>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

#include <QTemporaryDir>
#include <QTest>

#include "common/testprinters.h"
#include "engine/client/presentation.h"
#include "engine/suite/history.h"
#include "engine/suite/runner.h"
#include "engine/suite/savetest.h"
#include "engine/suite/suite.h"

using namespace Engine::Suite;
using Engine::Json;

namespace {
const std::string kSuites = std::string(APITEST_SOURCE_DIR) + "/resources/suites/";

SuiteFile load(const std::string &name)
{
    auto r = loadSuites({kSuites + name});
    if (!r.ok())
        qFatal("%s", r.errors.front().toString().c_str());
    return r.suites.front();
}

std::vector<std::string> names(const RunReport &r)
{
    std::vector<std::string> out;
    for (const auto &t : r.results)
        out.push_back(t.name);
    return out;
}
} // namespace

class TestRunner final : public QObject
{
    Q_OBJECT

private slots:
    void shippedExamplesPass_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"health_and_404.json", "overrides.json", "auth_roles.json", "database.json",
              "error_handlers.json", "background_and_websockets.json", "incident_fixed.json",
              "fixture_scopes.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void shippedExamplesPass()
    {
        QFETCH(QString, file);
        const RunReport r = Runner({}).run({load(file.toStdString())});
        for (const auto &t : r.results)
            QVERIFY2(t.outcome == Outcome::Passed, (t.name + ": " + t.message).c_str());
        QVERIFY(r.passed() > 0);
    }

    void leakyIncidentFailsTogetherAndPassesAlone()
    {
        const SuiteFile suite = load("incident_leaky.json");
        const RunReport all = Runner({}).run({suite});
        QCOMPARE(all.failed(), std::size_t(1));
        QCOMPARE(all.results.back().name, std::string("test_anonymous_gets_401"));
        QVERIFY(all.results.back().message.find("expected status 401, got 200")
                != std::string::npos);
        RunOptions alone;
        alone.only = {"test_anonymous_gets_401"};
        QCOMPARE(Runner(alone).run({suite}).failed(), std::size_t(0));
        RunOptions isolated;
        isolated.isolate = true;
        QCOMPARE(Runner(isolated).run({suite}).failed(), std::size_t(0));
    }

    void onlyTakesANameOrANodeId()
    {
        // Both incidents have a test_health: a bare name picks both, "file::name" one.
        const SuiteFile leaky = load("incident_leaky.json"), fixed = load("incident_fixed.json");
        RunOptions o;
        o.only = {"test_health"};
        RunReport r = Runner(o).run({leaky, fixed});
        QCOMPARE(r.results.size(), std::size_t(2));
        o.only = {fixed.path + "::test_health"};
        r = Runner(o).run({leaky, fixed});
        QCOMPARE(r.results.size(), std::size_t(1));
        QCOMPARE(r.results[0].file, fixed.path);
        o.only = {"incident_fixed.json::test_health", fixed.path + ":test_health",
                  fixed.path + "::test_healt"};
        QCOMPARE(Runner(o).run({leaky, fixed}).results.size(), std::size_t(0));
    }

    void bisectionFindsThePolluter()
    {
        const PolluterReport r
            = findPolluter(load("incident_leaky.json"), "test_anonymous_gets_401", {});
        QVERIFY(r.passesAlone);
        QVERIFY(r.failsInSuite);
        QCOMPARE(r.polluter, std::string("test_admin_only_endpoint"));
        QCOMPARE(r.leftovers.overrides.size(), std::size_t(1));
        QCOMPARE(r.leftovers.overrides[0]["provider"], Json("fake_admin"));
        QCOMPARE(r.leftovers.overrides[0]["set_by"], Json("test_admin_only_endpoint"));
        QVERIFY(!r.leftovers.sessionOpen);
        const PolluterReport fixed
            = findPolluter(load("incident_fixed.json"), "test_anonymous_gets_401", {});
        QVERIFY(!fixed.failsInSuite);
        QVERIFY(fixed.polluter.empty());
        QVERIFY_THROWS_EXCEPTION(Engine::Error,
                                 findPolluter(load("incident_fixed.json"), "test_nope", {}));
    }

    void randomOrderIsReproducibleWithASeed()
    {
        const SuiteFile suite = load("database.json");
        RunOptions o;
        o.seed = 1234;
        const auto a = names(Runner(o).run({suite}));
        const auto b = names(Runner(o).run({suite}));
        QCOMPARE(a, b);
        bool differs = false;
        for (std::uint64_t seed = 1; seed < 20 && !differs; ++seed) {
            o.seed = seed;
            differs = names(Runner(o).run({suite})) != a;
        }
        QVERIFY(differs);
    }

    void keywordExitFirstAndRepeat()
    {
        const SuiteFile suite = load("incident_leaky.json");
        RunOptions k;
        k.keyword = "admin";
        QCOMPARE(names(Runner(k).run({suite})),
                 std::vector<std::string>{"test_admin_only_endpoint"});
        k.keyword = "not admin";
        QCOMPARE(Runner(k).run({suite}).results.size(), std::size_t(4));
        RunOptions x;
        x.exitFirst = true;
        x.repeat = 3;
        const RunReport r = Runner(x).run({suite});
        QCOMPARE(r.results.size(), std::size_t(5)); // stopped at the first failure
        RunOptions rep;
        rep.repeat = 2;
        QCOMPARE(Runner(rep).run({suite}).results.size(), std::size_t(10));
    }

    void fixtureScopesAndSetupShow()
    {
        const auto loaded = loadSuiteText("scopes.json", R"({"suite": "scopes",
  "fixtures": [
    {"name": "mod", "scope": "module", "setup": [{"set_override": {"get_db": "sqlite_memory"}}], "teardown": [{"clear_overrides": true}]},
    {"name": "fn", "uses": ["mod"], "setup": [{"set_override": {"get_mailer": "recording_mailer"}}], "teardown": [{"remove_override": "get_mailer"}]}
  ],
  "tests": [
    {"name": "test_a", "uses": ["fn"], "steps": [{"request": {"method": "GET", "path": "/forge/users"}}, {"expect": {"status": 200}}]},
    {"name": "test_b", "uses": ["fn"], "steps": [{"request": {"method": "GET", "path": "/forge/users"}}, {"expect": {"status": 200}}]}
  ]})");
        QVERIFY(loaded.ok());
        RunOptions o;
        o.setupShow = true;
        std::ostringstream out;
        const RunReport r = Runner(o, &out).run(loaded.suites);
        QCOMPARE(r.failed(), std::size_t(0));
        const std::string text = out.str();
        // The module fixture is set up once and torn down after the file; fn around each test.
        QCOMPARE(std::count(text.begin(), text.end(), '\n'), std::ptrdiff_t(10));
        QVERIFY(text.find("SETUP    M mod\nSETUP    F fn\n") == 0);
        QVERIFY(text.find("(fixtures used: mod, fn)") != std::string::npos);
        QVERIFY(text.rfind("TEARDOWN M mod\n")
                == text.size() - std::string("TEARDOWN M mod\n").size());
    }

    void fixtureSpansFollowTheScopes()
    {
        const auto loaded = loadSuiteText("spans.json", R"({"suite": "spans",
  "fixtures": [
    {"name": "mod", "scope": "module", "setup": [{"set_override": {"get_db": "sqlite_memory"}}], "teardown": [{"clear_overrides": true}]},
    {"name": "fn", "uses": ["mod"], "setup": [{"set_override": {"get_mailer": "recording_mailer"}}], "teardown": [{"remove_override": "get_mailer"}]}
  ],
  "tests": [
    {"name": "test_a", "uses": ["fn"], "steps": [{"request": {"method": "GET", "path": "/forge/users"}}, {"expect": {"status": 200}}]},
    {"name": "test_b", "steps": [{"request": {"method": "GET", "path": "/forge/health"}}, {"expect": {"status": 200}}]},
    {"name": "test_c", "uses": ["fn"], "steps": [{"request": {"method": "GET", "path": "/forge/users"}}, {"expect": {"status": 200}}]}
  ]})");
        QVERIFY(loaded.ok());
        const RunReport r = Runner({}).run(loaded.suites);
        QCOMPARE(r.results.size(), std::size_t(3));
        QCOMPARE(r.failed(), std::size_t(0));
        // mod lives from test_a to test_c; fn is set up twice, once per test that uses it.
        QCOMPARE(r.fixtureSpans.size(), std::size_t(3));
        const FixtureSpan &mod = r.fixtureSpans[0];
        QCOMPARE(mod.name, std::string("mod"));
        QVERIFY(mod.scope == Scope::Module);
        QCOMPARE(mod.firstTest, std::size_t(0));
        QCOMPARE(mod.lastTest, std::size_t(2));
        QVERIFY(mod.tornDown);
        QCOMPARE(r.fixtureSpans[1].name, std::string("fn"));
        QCOMPARE(r.fixtureSpans[1].firstTest, std::size_t(0));
        QCOMPARE(r.fixtureSpans[1].lastTest, std::size_t(0));
        QCOMPARE(r.fixtureSpans[2].firstTest, std::size_t(2));
        QCOMPARE(r.fixtureSpans[2].lastTest, std::size_t(2));
        for (const auto &span : r.fixtureSpans) {
            QVERIFY(span.setupAt <= span.teardownAt);
            QVERIFY(span.teardownAt <= r.seconds);
        }
        QVERIFY(r.fixtureSpans[1].teardownAt <= r.fixtureSpans[2].setupAt);
    }

    void progressAndCancel()
    {
        const SuiteFile suite = load("database.json");
        std::vector<std::pair<std::size_t, std::size_t>> calls;
        std::atomic<bool> cancel{false};
        RunOptions o;
        o.repeat = 2;
        o.cancel = &cancel;
        o.progress = [&](std::size_t done, std::size_t total) {
            calls.emplace_back(done, total);
            if (done == 3)
                cancel = true;
        };
        const RunReport r = Runner(o).run({suite});
        QVERIFY(r.cancelled);
        QCOMPARE(r.results.size(), std::size_t(3));
        QCOMPARE(calls.size(), std::size_t(3));
        QCOMPARE(calls.back().second, suite.tests.size() * 2);
        // Fixtures still open when the run stopped are not marked as torn down.
        cancel = false;
        o.progress = nullptr;
        const RunReport full = Runner(o).run({suite});
        QVERIFY(!full.cancelled);
        QCOMPARE(full.results.size(), suite.tests.size() * 2);
    }

    void polluterSearchReportsProgressAndCanBeCancelled()
    {
        const SuiteFile suite = load("incident_leaky.json");
        std::vector<std::pair<std::size_t, std::size_t>> calls;
        RunOptions o;
        o.progress = [&](std::size_t done, std::size_t total) {
            calls.emplace_back(done, total);
        };
        const PolluterReport r = findPolluter(suite, "test_anonymous_gets_401", o);
        QCOMPARE(r.polluter, std::string("test_admin_only_endpoint"));
        QVERIFY(!r.cancelled);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.back().first, calls.back().second); // ends at 100 %
        for (std::size_t i = 0; i < calls.size(); ++i)
            QCOMPARE(calls[i].first, i + 1);

        std::atomic<bool> cancel{false};
        RunOptions c;
        c.cancel = &cancel;
        c.progress = [&](std::size_t done, std::size_t) {
            if (done == 2)
                cancel = true;
        };
        const PolluterReport stopped = findPolluter(suite, "test_anonymous_gets_401", c);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.polluter.empty());
        QCOMPARE(stopped.steps.back(), std::string("cancelled"));
    }

    void failedSetupIsAnErrorAndTeardownStillRuns()
    {
        const auto loaded = loadSuiteText("broken.json", R"({"suite": "broken",
  "fixtures": [{"name": "bad", "setup": [{"set_override": {"get_db": "no_such_double"}}]}],
  "tests": [{"name": "test_x", "uses": ["bad"], "steps": [{"request": {"method": "GET", "path": "/forge/health"}}]}]})");
        QVERIFY(loaded.ok());
        const RunReport r = Runner({}).run(loaded.suites);
        QCOMPARE(int(r.results.front().outcome), int(Outcome::Error));
        QVERIFY(r.results.front().message.find("unknown double 'no_such_double' for get_db")
                != std::string::npos);
    }

    void timeoutFailsTheTestAndTheRunGoesOn()
    {
        const auto loaded = loadSuiteText("slow.json", R"({"suite": "slow", "tests": [
    {"name": "test_slow", "steps": [{"request": {"method": "GET", "path": "/forge/health"}}, {"request": {"method": "GET", "path": "/forge/health"}}]},
    {"name": "test_next", "steps": [{"request": {"method": "GET", "path": "/forge/health"}}, {"expect": {"status": 200}}]}]})");
        RunOptions o;
        o.timeout = std::chrono::milliseconds(0);
        const RunReport r = Runner(o).run(loaded.suites);
        QCOMPARE(r.results.size(), std::size_t(2));
        QCOMPARE(int(r.results[0].outcome), int(Outcome::Error));
        QVERIFY(r.results[0].message.find("timeout") == 0);
    }

    void junitXmlShape()
    {
        const RunReport r = Runner({}).run({load("incident_leaky.json")});
        const std::string xml = junitXml(r);
        QVERIFY(xml.find("<testsuite name=\"api-replay\" tests=\"5\" failures=\"1\" errors=\"0\"")
                != std::string::npos);
        QVERIFY(xml.find("<failure message=\"step 2 (expect): expected status 401, got 200\">")
                != std::string::npos);
    }

    void jsonDiffLines()
    {
        const auto d = jsonDiff(Json::parse(R"({"a":1,"b":[1,2],"c":3})"),
                                Json::parse(R"({"a":2,"b":[1,3],"d":4})"));
        const std::vector<std::string> want{"- /a: 1",   "+ /a: 2", "- /b/1: 2",
                                            "+ /b/1: 3", "- /c: 3", "+ /d: 4"};
        QCOMPARE(d, want);
    }

    void jsonDifferencesAndFailedResultsCarryBothBodies()
    {
        const auto d = jsonDifferences(Json::parse(R"({"a":{"x":1},"l":[1]})"),
                                       Json::parse(R"({"a":{"y":1},"l":[1,2]})"));
        QCOMPARE(d.size(), std::size_t(3));
        QCOMPARE(d[0].pointer, std::string("/a/x"));
        QVERIFY(d[0].expected && !d[0].actual);
        QCOMPARE(d[1].pointer, std::string("/a/y"));
        QVERIFY(!d[1].expected && d[1].actual);
        QCOMPARE(d[2].pointer, std::string("/l")); // lengths differ: the whole array
        QCOMPARE(*d[2].actual, Json::parse("[1,2]"));
        QVERIFY(jsonDifferences(Json(1), Json(1)).empty());

        const auto loaded = loadSuiteText("body.json", R"({"suite": "body", "tests": [
    {"name": "test_body", "steps": [{"request": {"method": "GET", "path": "/forge/health"}}, {"expect": {"status": 200, "json": {"status": "down"}}}]},
    {"name": "test_status", "steps": [{"request": {"method": "GET", "path": "/forge/health"}}, {"expect": {"status": 201}}]}
  ]})");
        QVERIFY(loaded.ok());
        const RunReport r = Runner({}).run(loaded.suites);
        QCOMPARE(r.failed(), std::size_t(2));
        QVERIFY2(r.results[0].expected, r.results[0].message.c_str());
        QCOMPARE(*r.results[0].expected, Json::parse(R"({"status": "down"})"));
        QVERIFY(r.results[0].actual && r.results[0].actual->is_object());
        QVERIFY(!r.results[1].expected && !r.results[1].actual);
    }

    void differencesEscapeKeysAsJsonPointers()
    {
        // RFC 6901: a key holding "/" or "~" is one token, not a path.
        const auto d = jsonDifferences(Json::parse(R"({"paths":{"/items/{id}":1,"a~b":2}})"),
                                       Json::parse(R"({"paths":{"/items/{id}":3,"a~b":2}})"));
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].pointer, std::string("/paths/~1items~1{id}"));
        QCOMPARE(Json::parse(R"({"paths":{"/items/{id}":1}})").at(Json::json_pointer(d[0].pointer)),
                 Json(1));
    }

    void sideBySidePlacesEachDifferenceOnItsLines()
    {
        const Json left = Json::parse(
            R"({"status":200,"headers":{"date":"Mon","x-trace":"a"},"json":{"id":1,"tags":["a","b"],"owner":{"name":"x"}}})");
        const Json right = Json::parse(
            R"({"status":200,"headers":{"date":"Tue","x-trace":"b"},"json":{"id":2,"tags":["a"]}})");
        const SideBySide s = sideBySide(left, right, {"X-Trace"});
        // Both answers whole, as the window shows them (ignored headers too).
        QCOMPARE(s.left, Engine::Client::prettyJson(left));
        QVERIFY(s.right.find("\"x-trace\": \"b\"") != std::string::npos);
        // date is a server's own, x-trace was ignored: only the body differs.
        QCOMPARE(s.rows.size(), std::size_t(3));
        const auto lineText = [](const std::string &text, int line) {
            std::size_t at = 0;
            for (int i = 0; i < line; ++i)
                at = text.find('\n', at) + 1;
            return text.substr(at, text.find('\n', at) - at);
        };
        QCOMPARE(s.rows[0].difference.pointer, std::string("/json/id"));
        QCOMPARE(lineText(s.left, s.rows[0].leftLines.first), std::string("    \"id\": 1,"));
        QCOMPARE(lineText(s.right, s.rows[0].rightLines.first), std::string("    \"id\": 2,"));
        // The arrays differ in length: the whole array, over its lines on each side.
        QCOMPARE(s.rows[1].difference.pointer, std::string("/json/tags"));
        QCOMPARE(lineText(s.left, s.rows[1].leftLines.first), std::string("    \"tags\": ["));
        QCOMPARE(lineText(s.left, s.rows[1].leftLines.second), std::string("    ],"));
        QCOMPARE(s.rows[1].leftLines.second - s.rows[1].leftLines.first, 3);
        QCOMPARE(s.rows[1].rightLines.second - s.rows[1].rightLines.first, 2);
        // A member only the left has: on the right, the first line of its parent.
        QCOMPARE(s.rows[2].difference.pointer, std::string("/json/owner"));
        QVERIFY(!s.rows[2].difference.actual);
        QCOMPARE(lineText(s.left, s.rows[2].leftLines.first), std::string("    \"owner\": {"));
        QCOMPARE(lineText(s.right, s.rows[2].rightLines.first), std::string("  \"json\": {"));
        QCOMPARE(s.rows[2].rightLines.first, s.rows[2].rightLines.second);

        QVERIFY(sideBySide(left, left).rows.empty());
    }

    void savedTestAssertsTheTickedFieldsAndReplays()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("saved.json")).toStdString();
        Engine::Client::ComposedRequest request;
        request.path = "/forge/health";
        Engine::Client::ResponseSummary response;
        response.status = 200;
        response.isJson = true;
        response.rawBody = R"({"status": "operational", "version": "1.0.4"})";
        response.json = std::make_shared<const Json>(Json::parse(response.rawBody));
        const auto save = [&](const std::string &name, const Engine::Client::ResponseSummary &r,
                              const std::vector<std::string> &fields) -> std::string {
            try {
                saveAsTest(path, name, {request, r, {}, false, true}, false, fields);
                return {};
            } catch (const Engine::Error &e) {
                return e.what();
            }
        };
        QCOMPARE(save("test_status_field", response, {"/status"}), std::string());
        QCOMPARE(save("test_bad_field", response, {"/nope"}),
                 std::string("not saved: the body has nothing at /nope"));
        Engine::Client::ResponseSummary text = response;
        text.json.reset();
        QVERIFY(save("test_text", text, {"/status"}).find("no JSON") != std::string::npos);
        QCOMPARE(save("test_status_field", response, {}),
                 "not saved: " + path + " already has a test named \"test_status_field\"");
        QCOMPARE(save("not a name", response, {}),
                 std::string("not saved: the test name \"not a name\" is not a Python identifier "
                             "(ASCII letters, digits and _, not starting with a digit)"));
        const auto loaded = loadSuites({path});
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.suites.front().tests.size(), std::size_t(1)); // the bad ones were not kept
        const RunReport r = Runner({}).run(loaded.suites);
        QCOMPARE(r.passed(), std::size_t(1));
        // The assertion is real: a different value fails it.
        response.json = std::make_shared<const Json>(Json{{"status", "down"}});
        QCOMPARE(save("test_down", response, {"/status"}), std::string());
        const RunReport both = Runner({}).run(loadSuites({path}).suites);
        QCOMPARE(both.failed(), std::size_t(1));
        QCOMPARE(both.results.back().name, std::string("test_down"));
    }

    // The settings that produced the answer are steps of the saved test: without the override
    // the anonymous user gets 401, so the replay passes only because it was saved.
    void savedTestKeepsTheOverridesAndTheSession()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("me.json")).toStdString();
        SavedExchange exchange;
        exchange.request.path = "/forge/me";
        exchange.response.status = 200;
        exchange.overrides = {{"get_current_user", "fake_admin"}};
        exchange.lifespan = true;
        exchange.raiseServerExceptions = false;
        saveAsTest(path, "test_me_as_admin", exchange, false);
        const auto loaded = loadSuites({path});
        QVERIFY(loaded.ok());
        std::vector<std::string> kinds;
        for (const auto &step : loaded.suites.front().tests.front().steps)
            kinds.push_back(toString(step.kind));
        QCOMPARE(kinds, (std::vector<std::string>{"session", "client", "set_override", "request",
                                                  "expect", "clear_overrides", "session"}));
        QCOMPARE(Runner({}).run(loaded.suites).passed(), std::size_t(1));
        exchange.overrides.clear();
        saveAsTest(path, "test_me_anonymous", exchange, false);
        const RunReport both = Runner({}).run(loadSuites({path}).suites);
        QCOMPARE(both.failed(), std::size_t(1)); // 401 without the override
    }

    void historyRecordsRunsAndSurvivesSigkill()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("history.db")).toStdString();
        {
            History h(path);
            RunReport report = Runner({}).run({load("incident_leaky.json")});
            const auto run = h.beginRun(0, "run incident_leaky.json", 1);
            for (const auto &t : report.results)
                h.record(run, t);
            h.finishRun(run, report, 2);
            QCOMPARE(h.lastFailed(), std::vector<std::string>{"test_anonymous_gets_401"});
        }
        // A run killed midway: the child records results in a loop until SIGKILL.
        const pid_t child = fork();
        if (child == 0) {
            History h(path);
            const auto run = h.beginRun(7, "killed run", 3);
            TestResult t;
            t.file = "f";
            for (int i = 0;; ++i) {
                t.name = "test_" + std::to_string(i % 50);
                h.record(run, t);
            }
        }
        QTest::qWait(300);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        History h(path);
        const HistorySummary s = h.summary();
        QCOMPARE(s.runs.size(), std::size_t(2));
        QCOMPARE(s.runs[0].status, std::string("interrupted")); // its process is gone
        QVERIFY(!s.runs[0].passed);
        QCOMPARE(h.lastFailed(), std::vector<std::string>{"test_anonymous_gets_401"});
        bool flaky = false;
        for (const auto &t : s.tests)
            flaky = flaky || (t.test == "test_anonymous_gets_401" && t.runs >= 1);
        QVERIFY(flaky);
    }

    void historyKeepsTestsOfTheSameNameApart()
    {
        QTemporaryDir dir;
        History h(dir.filePath(QStringLiteral("h.db")).toStdString());
        for (int i = 0; i < 2; ++i) {
            const auto run = h.beginRun(0, "run", i);
            TestResult a;
            a.file = "a.json";
            a.name = "test_create";
            TestResult b = a;
            b.file = "b.json";
            b.outcome = i == 0 ? Outcome::Failed : Outcome::Passed;
            h.record(run, a);
            h.record(run, b);
        }
        const HistorySummary summary = h.summary();
        const auto &tests = summary.tests;
        QCOMPARE(tests.size(), std::size_t(2));
        QCOMPARE(tests[0].file, std::string("a.json"));
        QCOMPARE(tests[0].passed, std::int64_t(2));
        QVERIFY(!tests[0].flaky());
        QCOMPARE(tests[1].file, std::string("b.json"));
        QCOMPARE(tests[1].passed, std::int64_t(1));
        QVERIFY(tests[1].flaky());
        // The JSON of `api-replay history --json`, made from the structs.
        const Json json = toJson(summary);
        QCOMPARE(json["tests"][1], Json::parse(R"({"file": "b.json", "test": "test_create",
            "runs": 2, "passed": 1, "flaky": true})"));
        QCOMPARE(json["runs"][0]["seed"], Json(0));
        QCOMPARE(json["runs"][0]["passed"], Json(nullptr)); // not finished
    }

    void historySaysWhatChangedSinceTheRunBefore()
    {
        QTemporaryDir dir;
        History h(dir.filePath(QStringLiteral("changes.db")).toStdString());
        const auto record
            = [&h](std::vector<std::pair<std::string, Outcome>> tests, bool finish = true) {
                  const auto run = h.beginRun(0, "run", 0);
                  for (const auto &[name, outcome] : tests) {
                      TestResult r;
                      r.file = "a.json";
                      r.name = name;
                      r.outcome = outcome;
                      h.record(run, r);
                  }
                  if (finish)
                      h.finishRun(run, {}, 1);
                  return run;
              };
        const auto one = record({{"test_x", Outcome::Passed}, {"test_y", Outcome::Failed}});
        const auto two = record({{"test_x", Outcome::Failed},
                                 {"test_y", Outcome::Failed},
                                 {"test_z", Outcome::Passed}});
        record({{"test_x", Outcome::Passed}}, false); // killed: not a "before"
        const auto four = record({{"test_x", Outcome::Passed},
                                  {"test_x", Outcome::Failed},
                                  {"test_x", Outcome::Passed}});

        QCOMPARE(toJson(h.previousOutcomes(two)), Json::parse(R"([
            {"file": "a.json", "test": "test_x", "before": "PASSED", "after": "FAILED"},
            {"file": "a.json", "test": "test_y", "before": "FAILED", "after": "FAILED"},
            {"file": "a.json", "test": "test_z", "before": null, "after": "PASSED"}])"));
        QCOMPARE(toJson(h.previousOutcomes(four)), Json::parse(R"([
            {"file": "a.json", "test": "test_x", "before": "FAILED", "after": "FLAKY"}])"));
        QCOMPARE(toJson(h.compare(one, two)), Json::parse(R"([
            {"file": "a.json", "test": "test_x", "before": "PASSED", "after": "FAILED"},
            {"file": "a.json", "test": "test_z", "before": null, "after": "PASSED"}])"));
        QCOMPARE(toJson(h.compare(two, one)), Json::parse(R"([
            {"file": "a.json", "test": "test_x", "before": "FAILED", "after": "PASSED"},
            {"file": "a.json", "test": "test_z", "before": "PASSED", "after": null}])"));
        QVERIFY(h.compare(one, one).empty());
        const auto flaky = h.previousOutcomes(four);
        QCOMPARE(flaky.size(), std::size_t(1));
        QVERIFY(flaky[0].before == RecordedOutcome::Failed);
        QVERIFY(flaky[0].after == RecordedOutcome::Flaky);
        QVERIFY_THROWS_EXCEPTION(Engine::Error, h.compare(one, 99));
    }

    void newerHistorySchemaIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("h.db")).toStdString();
        Engine::Store::Database::open(path)->exec("PRAGMA user_version = 99");
        QVERIFY_THROWS_EXCEPTION(Engine::Error, History h(path));
    }
};

QTEST_MAIN(TestRunner)
#include "tst_runner.moc"
