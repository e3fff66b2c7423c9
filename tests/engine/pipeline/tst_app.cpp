#include <QTest>

#include "common/testprinters.h"
#include "engine/client/testclient.h"
#include "engine/core/pyerror.h"
#include "engine/pipeline/app.h"

using namespace Engine;
using Engine::Json;
using Pipeline::Call;

namespace {

// A small app exercising each layer; built fresh for every test.
struct Fixture
{
    Pipeline::App app{"t", "1"};
    std::vector<std::string> log;

    Fixture()
    {
        app.get("/ok", "ok", [](Call &c) { return c.json(Json{{"ok", true}}); });
        app.get("/files/{rest:path}", "files", [](Call &c) {
            return c.json(Json{{"rest", c.request().pathParams.at("rest")}});
        });
        app.get("/n/{n:int}", "n", [](Call &c) {
            return c.json(Json{{"n", c.request().pathParams.at("n")}});
        });
        app.post("/ok", "post_ok", [](Call &c) { return c.json(Json{{"posted", true}}); });
        app.get("/teapot", "teapot", [](Call &) -> Http::Response {
            throw Pipeline::HttpException(418, Json{{"nested", Json::array({1, 2})}},
                                          Http::Headers{{"X-Why", "tea"}});
        });
        app.get("/custom", "custom",
                [](Call &) -> Http::Response { throw PyError("MyError", "boom"); });
        app.get("/weird", "weird", [](Call &) -> Http::Response { throw 42; });
        app.get("/tasks", "tasks", [this](Call &c) {
            c.addTask("first", [this] { log.push_back("first"); });
            c.addTask("second", [this] { log.push_back("second"); });
            log.push_back("handler");
            return c.json(Json::object());
        });
        app.get("/failing-task", "failing_task", [this](Call &c) {
            c.addTask("fails", [] { throw PyError("ValueError", "task failed"); });
            c.addTask("never", [this] { log.push_back("never"); });
            return c.json(Json{{"produced", true}});
        });
        app.post("/body", "body", [](Call &c) { return c.json(c.param("payload")); })
            .body("payload", Validation::Type::any());
        app.addExceptionHandler("MyError", [](const Http::Request &, const PyError &e) {
            return Http::Response::json(400, Json{{"handled", e.message()}});
        });
        app.addMiddleware("inner", [this](Http::Request &r, const Pipeline::Next &next) {
            log.push_back("inner in");
            auto resp = next(r);
            log.push_back("inner out");
            resp.headers.add("x-inner", "1");
            return resp;
        });
        app.addMiddleware("outer", [this](Http::Request &r, const Pipeline::Next &next) {
            log.push_back("outer in");
            auto resp = next(r);
            log.push_back("outer out");
            return resp;
        });
    }

    Client::Result send(const std::string &method, const std::string &url, bool raise = true)
    {
        Client::TestClient client(app, Client::ClientOptions{"http://testserver", raise, true, 20});
        return client.send({method, url, {}, std::nullopt, std::nullopt});
    }
};

} // namespace

class TestApp final : public QObject
{
    Q_OBJECT

private slots:
    void routerAnswers404And405()
    {
        Fixture f;
        auto r = f.send("GET", "/nope");
        QCOMPARE(r.response.status, 404);
        QCOMPARE(r.response.parsedJson().value(), Json::parse(R"({"detail":"Not Found"})"));
        r = f.send("DELETE", "/ok");
        QCOMPARE(r.response.status, 405);
        QCOMPARE(r.response.headers.value("allow"), std::string("GET"));
        QCOMPARE(r.response.parsedJson().value(),
                 Json::parse(R"({"detail":"Method Not Allowed"})"));
        // The error answers still pass through user middleware.
        QCOMPARE(r.response.headers.value("x-inner"), std::string("1"));
    }

    void convertorsMatchLikeStarlette()
    {
        Fixture f;
        QCOMPARE(f.send("GET", "/files/a/b/c.txt").response.parsedJson().value()["rest"],
                 Json("a/b/c.txt"));
        QCOMPARE(f.send("GET", "/n/12").response.status, 200);
        QCOMPARE(f.send("GET", "/n/-1").response.status, 404);
        QCOMPARE(f.send("GET", "/n/x").response.status, 404);
    }

    void trailingSlashRedirects()
    {
        Fixture f;
        auto r = f.send("GET", "/ok/?x=1");
        QCOMPARE(r.response.status, 200);
        QCOMPARE(r.history.size(), std::size_t(1));
        QCOMPARE(r.history[0].status, 307);
        QCOMPARE(r.history[0].headers.value("location"), std::string("http://testserver/ok?x=1"));
        Client::TestClient noFollow(f.app,
                                    Client::ClientOptions{"http://testserver", true, false, 20});
        QCOMPARE(noFollow.get("/ok/").status, 307);
        // Starlette strips every trailing slash: "/ok//" is redirected to "/ok".
        QCOMPARE(noFollow.get("/ok//").headers.value("location"),
                 std::string("http://testserver/ok"));
    }

    void middlewareLayersInFastApiOrder()
    {
        Fixture f;
        f.send("GET", "/ok");
        const std::vector<std::string> want{"outer in", "inner in", "inner out", "outer out"};
        QCOMPARE(f.log, want);
    }

    void httpExceptionCarriesDetailAndHeaders()
    {
        Fixture f;
        auto r = f.send("GET", "/teapot");
        QCOMPARE(r.response.status, 418);
        QCOMPARE(r.response.parsedJson().value(), Json::parse(R"({"detail":{"nested":[1,2]}})"));
        QCOMPARE(r.response.headers.value("x-why"), std::string("tea"));
    }

    void customHandlerByType()
    {
        Fixture f;
        auto r = f.send("GET", "/custom");
        QCOMPARE(r.response.status, 400);
        QCOMPARE(r.trace.exceptionHandler, std::string("MyError"));
    }

    void unhandledErrorRaisesOrAnswers500()
    {
        Fixture f;
        f.app.get("/crash", "crash",
                  [](Call &) -> Http::Response { throw PyError("RuntimeError", "Unexpected!"); });
        Client::TestClient client(f.app);
        try {
            client.get("/crash");
            QFAIL("no exception");
        } catch (const Client::ServerException &e) {
            QCOMPARE(e.type(), std::string("RuntimeError"));
            QCOMPARE(e.message(), std::string("Unexpected!"));
        }
        auto r = f.send("GET", "/crash", false);
        QCOMPARE(r.response.status, 500);
        QCOMPARE(r.response.body, std::string("Internal Server Error"));
        QCOMPARE(r.response.headers.value("content-type"),
                 std::string("text/plain; charset=utf-8"));
        // Made by the outermost layer: the user middleware never saw it.
        QVERIFY(!r.response.headers.contains("x-inner"));
        f.app.config().debug = true;
        r = f.send("GET", "/crash", false);
        QVERIFY(r.response.body.starts_with("Traceback (most recent call last):"));
        QVERIFY(r.response.body.find("RuntimeError: Unexpected!") != std::string::npos);
    }

    void nonStandardExceptionIsReportedNotFatal()
    {
        Fixture f;
        auto r = f.send("GET", "/weird", false);
        QCOMPARE(r.response.status, 500);
        QCOMPARE(r.error->type, std::string("UnknownError"));
        QCOMPARE(f.send("GET", "/ok").response.status, 200);
    }

    void backgroundTasksRunAfterTheResponseInOrder()
    {
        Fixture f;
        f.send("GET", "/tasks");
        const std::vector<std::string> want{"outer in",  "inner in", "handler", "inner out",
                                            "outer out", "first",    "second"};
        QCOMPARE(f.log, want);
    }

    void failingTaskKeepsTheResponse()
    {
        Fixture f;
        auto r = f.send("GET", "/failing-task", false);
        QCOMPARE(r.response.status, 200);
        QVERIFY(r.errorAfterResponse);
        QCOMPARE(r.error->type, std::string("ValueError"));
        QVERIFY(std::find(f.log.begin(), f.log.end(), "never") == f.log.end());
        r = f.send("GET", "/failing-task", true);
        QVERIFY(r.raised);
    }

    void lifespanHooksAndState()
    {
        Fixture f;
        int started = 0, stopped = 0;
        f.app.onStartup([&] {
            ++started;
            f.app.state()["db"] = std::string("open");
        });
        f.app.onShutdown([&] { ++stopped; });
        Client::TestClient client(f.app);
        QCOMPARE(client.get("/ok").status, 200); // no session: requests still work
        QCOMPARE(started, 0);
        {
            auto session = client.session();
            QCOMPARE(started, 1);
            QVERIFY(f.app.lifespanActive());
            QCOMPARE(std::any_cast<std::string>(f.app.state()["db"]), std::string("open"));
        }
        QCOMPARE(stopped, 1);
        QVERIFY(!f.app.lifespanActive());
    }

    void bodyLimitsAnswerCleanly()
    {
        Fixture f;
        f.app.config().maxBodyBytes = 1500;
        Client::TestClient client(f.app);
        auto r = client.send({"POST", "/body", {}, std::nullopt, std::string(2048, 'x')});
        QCOMPARE(r.response.status, 413);
        QCOMPARE(r.response.parsedJson().value(),
                 Json::parse(R"({"detail":"Request body too large"})"));
        r = client.send({"POST",
                         "/body",
                         {{"content-type", "application/json"}},
                         std::nullopt,
                         std::string(600, '[') + std::string(600, ']')});
        QCOMPARE(r.response.status, 422);
        QCOMPARE(r.response.parsedJson().value()["detail"][0]["ctx"]["error"],
                 Json("Maximum nesting depth exceeded"));
        r = client.send({"POST",
                         "/body",
                         {{"content-type", "application/json"}},
                         std::nullopt,
                         std::string("\"\xff\"")});
        QCOMPARE(r.response.status, 400);
        QCOMPARE(r.response.parsedJson().value(),
                 Json::parse(R"({"detail":"There was an error parsing the body"})"));
        QCOMPARE(client.get("/ok").status, 200);
    }

    void twentyMebibyteBodyIsRefused()
    {
        Fixture f;
        Client::TestClient client(f.app);
        auto r
            = client.send({"POST", "/body", {}, std::nullopt, std::string(20 * 1024 * 1024, 'a')});
        QCOMPARE(r.response.status, 413);
    }

    void globalDependenciesRunForEveryRoute()
    {
        Fixture f;
        int calls = 0;
        f.app.dependencies().add({"verify_key",
                                  "",
                                  {"verify_key",
                                   "",
                                   {},
                                   [&calls](Di::Resolver &r) {
                                       ++calls;
                                       if (r.request().headers.value("x-key") != "secret")
                                           throw Pipeline::HttpException(400,
                                                                         "X-Key header invalid");
                                       return Di::Provided{true, {}};
                                   }},
                                  {},
                                  true,
                                  nullptr});
        f.app.addGlobalDependency("verify_key");
        QCOMPARE(f.send("GET", "/ok").response.status, 400);
        Client::TestClient client(f.app);
        QCOMPARE(client.get("/ok", Http::Headers{{"X-Key", "secret"}}).status, 200);
        QCOMPARE(calls, 2);
        QCOMPARE(f.send("GET", "/nope").response.status, 404); // routing comes first
        QCOMPARE(calls, 2);
    }

    void headerAndCookieParametersLikeFastApi()
    {
        Fixture f;
        f.app
            .get("/params", "params",
                 [](Call &c) {
                     return c.json(Json{{"ua", c.param("user_agent")},
                                        {"n", c.param("x_count")},
                                        {"sid", c.param("session")}});
                 })
            .header("user_agent", Validation::Type::string())
            .header("x_count", Validation::Type::integer(), nullptr, true)
            .params.push_back(Pipeline::Param{"session",
                                              Pipeline::ParamSource::Cookie,
                                              Validation::Type::string(),
                                              false,
                                              nullptr,
                                              {}});
        Client::TestClient client(f.app);
        auto r = client.send({"GET",
                              "/params",
                              {{"X-Count", "7"}, {"Cookie", "session=abc"}},
                              std::nullopt,
                              std::nullopt});
        QCOMPARE(r.response.parsedJson().value(),
                 Json::parse(R"({"ua":"testclient","n":7,"sid":"abc"})"));
        r = client.send({"GET", "/params", {{"X-Count", "x"}}, std::nullopt, std::nullopt});
        QCOMPARE(r.response.parsedJson().value()["detail"][0]["loc"],
                 Json::parse(R"(["header","x-count"])"));
    }

    void severalBodyParametersAreEmbedded()
    {
        Fixture f;
        f.app
            .post("/pair", "pair",
                  [](Call &c) {
                      return c.json(Json{{"a", c.param("a")}, {"b", c.param("b")}});
                  })
            .body("a", Validation::Type::integer())
            .body("b", Validation::Type::string());
        Client::TestClient client(f.app);
        auto r = client.send({"POST", "/pair", {}, Json{{"a", "1"}, {"b", "x"}}, std::nullopt});
        QCOMPARE(r.response.parsedJson().value(), Json::parse(R"({"a":1,"b":"x"})"));
        r = client.send({"POST", "/pair", {}, Json{{"a", "one"}}, std::nullopt});
        const Json detail = r.response.parsedJson().value()["detail"];
        QCOMPARE(detail[0]["loc"], Json::parse(R"(["body","a"])"));
        QCOMPARE(detail[1]["loc"], Json::parse(R"(["body","b"])"));
        QCOMPARE(detail[1]["type"], Json("missing"));
    }

    void traceRecordsTheLayers()
    {
        Fixture f;
        auto r = f.send("GET", "/ok");
        QCOMPARE(r.trace.route, std::string("/ok"));
        QCOMPARE(r.trace.handler, std::string("ok"));
        QCOMPARE(r.trace.status, 200);
        std::vector<std::string> kinds;
        for (const auto &e : r.trace.events)
            kinds.push_back(e.kind + ":" + e.name);
        QVERIFY(std::find(kinds.begin(), kinds.end(), "middleware:outer") != kinds.end());
        QVERIFY(std::find(kinds.begin(), kinds.end(), "handler:ok") != kinds.end());
        QVERIFY(Json(r.trace).contains("events"));
    }
};

QTEST_APPLESS_MAIN(TestApp)
#include "tst_app.moc"
