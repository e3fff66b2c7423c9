#include <QTest>

#include "common/testprinters.h"
#include "engine/client/testclient.h"
#include "engine/demo/forge.h"

using namespace Engine;
using Engine::Json;
using Pipeline::Call;

class TestTestClient final : public QObject
{
    Q_OBJECT

private slots:
    void cookieJarStoresAndSends()
    {
        Pipeline::App app("t", "1");
        app.get("/login", "login", [](Call &c) {
            auto r = c.json(Json::object());
            r.headers.add("set-cookie", "session=abc; Path=/; HttpOnly");
            return r;
        });
        app.get("/logout", "logout", [](Call &c) {
            auto r = c.json(Json::object());
            r.headers.add("set-cookie", "session=; Max-Age=0");
            return r;
        });
        app.get("/whoami", "whoami", [](Call &c) {
            const auto cookies = c.request().cookies();
            auto it = cookies.find("session");
            return c.json(Json{{"session", it == cookies.end() ? Json() : Json(it->second)}});
        });
        Client::TestClient client(app);
        QCOMPARE(client.get("/whoami").parsedJson().value()["session"], Json());
        client.get("/login");
        QCOMPARE(client.cookies().at("session"), std::string("abc"));
        QCOMPARE(client.get("/whoami").parsedJson().value()["session"], Json("abc"));
        client.get("/logout");
        QVERIFY(client.cookies().empty());
    }

    void redirectsChangeMethodLikeHttpx()
    {
        Pipeline::App app("t", "1");
        app.post("/old", "old", [](Call &) {
            auto r = Http::Response::redirect(303, "/new");
            return r;
        });
        app.get("/new", "new", [](Call &c) {
            return c.json(Json{{"method", c.request().method}});
        });
        Client::TestClient client(app);
        auto r = client.send({"POST", "/old", {}, Json{{"a", 1}}, std::nullopt});
        QCOMPARE(r.response.status, 200);
        QCOMPARE(r.response.parsedJson().value()["method"], Json("GET"));
    }

    void baseUrlPrefixesPaths()
    {
        Pipeline::App app("t", "1");
        app.get("/api/x", "x", [](Call &c) {
            return c.json(Json{{"host", c.request().headers.value("host")}});
        });
        Client::TestClient client(app,
                                  Client::ClientOptions{"http://example.org/api", true, true, 20});
        auto r = client.get("/x");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.parsedJson().value()["host"], Json("example.org"));
    }

    void websocketEchoLikeTheTutorial()
    {
        Demo::ForgeApp app({":memory:"});
        Client::TestClient client(app);
        auto ws = client.websocketConnect("/forge/ws/echo");
        QVERIFY(ws->accepted());
        ws->sendText("hello");
        QCOMPARE(ws->receiveJson(), Json::parse(R"({"echo":"hello"})"));
        ws->sendText("ünï");
        QCOMPARE(ws->receiveJson()["echo"], Json("ünï"));
        ws->sendText("bye");
        try {
            ws->receiveText();
            QFAIL("no disconnect");
        } catch (const Pipeline::WebSocketDisconnect &e) {
            QCOMPARE(e.code(), 1000);
        }
        QCOMPARE(ws->closeCode().value(), 1000);
    }

    void websocketToUnknownPathIsClosed()
    {
        Demo::ForgeApp app({":memory:"});
        Client::TestClient client(app);
        QVERIFY_THROWS_EXCEPTION(Pipeline::WebSocketDisconnect, client.websocketConnect("/nope"));
    }

    void websocketClientCloseEndsTheHandler()
    {
        Demo::ForgeApp app({":memory:"});
        Client::TestClient client(app);
        auto ws = client.websocketConnect("/forge/ws/echo");
        ws->sendText("one");
        QCOMPARE(ws->receiveJson()["echo"], Json("one"));
        ws->close(1001);
        ws.reset(); // joins the handler thread
        QCOMPARE(client.get("/forge/health").status, 200);
    }

    void websocketReceiveTimesOut()
    {
        Pipeline::App app("t", "1");
        app.websocket("/silent", "silent", [](Pipeline::WebSocket &ws) {
            ws.accept();
            ws.receiveText();
        });
        Client::WebSocketSession direct(app, Http::Request::make("GET", "/silent"),
                                        std::chrono::milliseconds(50));
        QVERIFY_THROWS_EXCEPTION(PyError, direct.receiveText());
    }
};

QTEST_APPLESS_MAIN(TestTestClient)
#include "tst_testclient.moc"
