#include <sstream>

#include <QTest>

#include "common/testprinters.h"
#include "engine/catalog/catalog.h"
#include "engine/live/livetarget.h"
#include "engine/store/database.h"
#include "engine/suite/runner.h"
#include "engine/suite/suite.h"
#include "engine/target/session.h"

using Engine::Json;
using namespace Engine;

namespace {
std::unique_ptr<Target::Target> openApp(const std::string &name)
{
    Catalog::TargetSpec spec;
    spec.app = name;
    return Catalog::open(spec);
}

Client::RequestOptions post(const std::string &path, Json body)
{
    Client::RequestOptions r;
    r.method = "POST";
    r.url = path;
    r.json = std::move(body);
    return r;
}

Suite::SuiteFile parse(const std::string &text)
{
    auto loaded = Suite::loadSuiteText("inline.json", text);
    if (!loaded.ok())
        qFatal("%s", loaded.errors.front().toString().c_str());
    return loaded.suites.front();
}

Client::RequestOptions get(const std::string &path)
{
    Client::RequestOptions r;
    r.url = path;
    return r;
}

std::unique_ptr<Target::Target> openSample()
{
    Catalog::TargetSpec spec;
    spec.kind = Catalog::TargetSpec::Kind::Asgi;
    spec.asgi = "sample:app";
    spec.appDir = APITEST_SOURCE_DIR "/tests/python/apps";
    spec.python = "/usr/bin/python3";
    return Catalog::open(spec);
}
} // namespace

class TestTarget final : public QObject
{
    Q_OBJECT

private slots:
    // Requests announced ahead reach the user's app in order, more of them than go at once,
    // and a process that dies in the middle takes none of the later ones with it: they go to
    // the fresh process in their turn.
    void aPythonAppGetsAnnouncedRequestsInOrder()
    {
        auto target = openSample();
        QVERIFY(target->remote());
        std::vector<Client::RequestOptions> requests;
        for (int i = 0; i < 40; ++i) {
            auto r = post("/echo", Json{{"n", i}});
            requests.push_back(i % 3 == 0 ? get("/greet") : r);
        }
        for (const auto &r : requests)
            target->sendAhead(r, false);
        for (std::size_t i = 0; i < requests.size(); ++i) {
            const auto result = target->send(requests[i], false);
            QCOMPARE(result.response.status, 200);
            const std::string expected
                = i % 3 == 0 ? R"({"greeting":"hello"})" : R"({"n": )" + std::to_string(i) + "}";
            QCOMPARE(result.response.body, expected);
        }
        // The app's process ends in the second of four announced requests.
        const std::vector<Client::RequestOptions> crash{
            get("/greet"), get("/exit"), post("/echo", Json{{"after", 1}}), get("/greet")};
        for (const auto &r : crash)
            target->sendAhead(r, false);
        QCOMPARE(target->send(crash[0], false).response.status, 200);
        try {
            (void)target->send(crash[1], false);
            QFAIL("the request that ended the process was answered");
        } catch (const Target::TargetError &e) {
            QVERIFY2(std::string(e.what()).find("ended while answering") != std::string::npos,
                     e.what());
        }
        QCOMPARE(target->send(crash[2], false).response.body, std::string(R"({"after": 1})"));
        QCOMPARE(target->send(crash[3], false).response.status, 200);
        // Sent out of the order announced: refused, as a reply would be taken for another's.
        target->sendAhead(get("/greet"), false);
        QVERIFY_THROWS_EXCEPTION(Engine::Error, target->send(post("/echo", Json{}), false));
    }

    void theCatalogOpensEveryBuiltinApp()
    {
        QCOMPARE(openApp("")->name(), std::string("forge")); // the default
        auto notes = openApp("notes");
        QCOMPARE(notes->kind(), std::string("app"));
        QCOMPARE(notes->routes().size(), std::size_t(3));
        try {
            openApp("nope");
            QFAIL("an unknown app was opened");
        } catch (const Engine::Error &e) {
            QCOMPARE(std::string(e.what()), std::string("unknown app 'nope'; valid: forge, notes"));
        }
    }

    void aLiveTargetChecksItsUrlAndHeadersFirst()
    {
        using Live::baseUrlProblem;
        using Live::headerLineProblem;
        QVERIFY(!baseUrlProblem("http://127.0.0.1:8000"));
        QVERIFY(!baseUrlProblem("https://api.example.com/v1/"));
        QVERIFY(baseUrlProblem("ftp://127.0.0.1")->find("http:// or https://")
                != std::string::npos);
        QVERIFY(baseUrlProblem("127.0.0.1:8000"));
        QVERIFY(baseUrlProblem("http://u:p@127.0.0.1")->find("credentials") != std::string::npos);
        QVERIFY(!baseUrlProblem("http://127.0.0.1/a@b")); // an @ in the path is not a user
        QVERIFY(baseUrlProblem("http:///path")->find("no host") != std::string::npos);
        QVERIFY(baseUrlProblem("http://127.0.0.1/a b")->find("spaces") != std::string::npos);

        QVERIFY(!headerLineProblem("Authorization: Bearer abc"));
        QVERIFY(!headerLineProblem("X-Api-Key:abc"));
        QVERIFY(!headerLineProblem("X-Empty:"));
        QVERIFY(headerLineProblem("no colon")->find("is not a header") != std::string::npos);
        QVERIFY(headerLineProblem(": value"));
        QVERIFY(headerLineProblem("Bad Name: x")->find("is not a header name")
                != std::string::npos);
        QVERIFY(headerLineProblem("X-A: 1\r\nX-Injected: 2")->find("line break")
                != std::string::npos);
        // The target refuses them before it connects anywhere.
        Live::LiveOptions options;
        options.baseUrl = "http://127.0.0.1:9";
        options.headers = {"X-A: 1\nX-B: 2"};
        QVERIFY_THROWS_EXCEPTION(Target::TargetError, Live::LiveTarget{options});
    }

    void capabilitiesAreAskedForNotCast()
    {
        auto forge = openApp("forge");
        QVERIFY(forge->database());
        QVERIFY(forge->mails());
        QCOMPARE(forge->database()->seededRowCounts(), (Json{{"users", 1}, {"outbox", 0}}));
        auto notes = openApp("notes");
        QVERIFY(!notes->database());
        QVERIFY(!notes->mails());
        QVERIFY(notes->websockets());
        QCOMPARE(notes->missingCapabilityReason("database"),
                 std::string("the app target has no database the engine can reach"));
    }

    void theTokenRouteComesFromTheSecurityScheme()
    {
        QCOMPARE(openApp("forge")->tokenPath(), std::optional<std::string>("/forge/token"));
        QCOMPARE(openApp("notes")->tokenPath(), std::optional<std::string>());
    }

    void overridesAreCheckedAndKeepTheirProvenance()
    {
        auto notes = openApp("notes");
        QVERIFY_THROWS_EXCEPTION(Engine::Error,
                                 notes->setOverride("get_clock", "no_such_clock", "test"));
        QVERIFY_THROWS_EXCEPTION(Engine::Error,
                                 notes->setOverride("get_time", "frozen_clock", "test"));
        notes->setOverride("get_clock", "frozen_clock", "test_a");
        const auto active = notes->activeOverrides();
        QCOMPARE(active.size(), std::size_t(1));
        QCOMPARE(active[0].setBy, std::string("test_a"));
        const auto created = notes->send(post("/notes", Json{{"text", "x"}}), false);
        QCOMPARE(created.response.status, 201);
        QCOMPARE((*created.response.parsedJson())["created_at"], Json("2024-01-01T09:30:00Z"));
        const auto deps = notes->dependencies();
        QCOMPARE(deps.size(), std::size_t(1));
        QCOMPARE(deps[0].active, std::string("frozen_clock"));
        QCOMPARE(deps[0].providers.size(), std::size_t(3)); // the real one and two doubles
        QVERIFY(notes->removeOverride("get_clock", "test_a"));
        QVERIFY(notes->activeOverrides().empty());
    }

    void theSessionOwnsLifespanAndTestScope()
    {
        Target::Session session(openApp("forge"));
        QVERIFY(session->lifespanActive()); // `with TestClient(app)` by default
        QVERIFY(session->database()->activeDatabase());
        session.beginTest("test_one");
        QCOMPARE(session.currentTest(), std::string("test_one"));
        session.beginTest("test_two"); // ends the first
        QCOMPARE(session.currentTest(), std::string("test_two"));
        session.endTest();
        QVERIFY(!session.inTest());

        Target::Session bare(openApp("forge"), {false, false});
        QVERIFY(!bare->lifespanActive());
        QVERIFY(!bare->raiseServerExceptions());
        QVERIFY(!bare->database()->activeDatabase()); // no startup, no database
    }

    void aTestScopeStartsTheNotesAppEmpty()
    {
        Target::Session session(openApp("notes"));
        session.beginTest("a");
        QCOMPARE(session.send(post("/notes", Json{{"text", "x"}})).response.status, 201);
        session.beginTest("b");
        QCOMPARE(
            *session.send({"GET", "/notes", {}, std::nullopt, std::nullopt}).response.parsedJson(),
            Json::array());
    }

    void theRunnerUsesTheSuitesAppAndSkipsWhatTheTargetCannotDo()
    {
        const auto suite = parse(R"({"suite": "notes", "app": "notes", "tests": [
          {"name": "test_frozen", "steps": [
            {"set_override": {"get_clock": "epoch_clock"}},
            {"request": {"method": "POST", "path": "/notes", "json": {"text": "a"}}},
            {"expect": {"status": 201, "json_pointer": {"/created_at": "1970-01-01T00:00:00Z"}}},
            {"sql": "DELETE FROM notes"},
            {"expect": {"rows": {"notes": 0}}}]}]})");
        std::ostringstream out;
        const auto report = Suite::Runner({}, &out).run({suite});
        QCOMPARE(report.results.size(), std::size_t(1));
        const auto &r = report.results[0];
        QVERIFY2(r.outcome == Suite::Outcome::Passed, r.message.c_str());
        QVERIFY2(r.message.find("step 4 (sql): the app target has no database")
                     != std::string::npos,
                 r.message.c_str());
        QVERIFY2(r.message.find("expect rows:") != std::string::npos, r.message.c_str());
    }

    void aRunCanBePointedAtAnyTarget()
    {
        const auto suite = parse(R"({"suite": "s", "tests": [
          {"name": "test_list", "steps": [
            {"request": {"method": "GET", "path": "/notes?limit=0"}},
            {"expect": {"status": 422}}]}]})");
        Suite::RunOptions options;
        int opened = 0;
        options.isolate = true;
        options.repeat = 2;
        options.target = [&opened] {
            ++opened;
            return openApp("notes");
        };
        const auto report = Suite::Runner(options).run({suite});
        QCOMPARE(report.passed(), std::size_t(2));
        QCOMPARE(opened, 2); // isolate: one target per test
    }
};

QTEST_APPLESS_MAIN(TestTarget)
#include "tst_target.moc"
