#include <QTemporaryDir>
#include <QTest>

#include "common/testprinters.h"
#include "engine/auth/jwt.h"
#include "engine/client/testclient.h"
#include "engine/demo/forge.h"

using namespace Engine;
using Engine::Json;

// The forge app of forge-app.md, driven as the tutorial's tests drive it.
class TestForge final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{1'700'000'000'000'000};
    std::unique_ptr<Demo::ForgeApp> m_app;
    std::unique_ptr<Client::TestClient> m_client;

    Json json(const Http::Response &r) { return r.parsedJson().value_or(Json("<not json>")); }
    Http::Response post(const std::string &url, const Json &body, const Http::Headers &h = {})
    {
        return m_client->post(url, body, h);
    }
    std::string tokenFor(const std::string &sub, std::int64_t expOffset = 60)
    {
        return Auth::encodeHs256(Json{{"sub", sub}, {"exp", m_clock.nowSeconds() + expOffset}},
                                 "change-me");
    }

private slots:
    void init()
    {
        static int n = 0;
        Demo::ForgeOptions o;
        o.databasePath = m_dir.filePath(QStringLiteral("forge%1.db").arg(++n)).toStdString();
        o.clock = &m_clock;
        m_app = std::make_unique<Demo::ForgeApp>(o);
        m_client = std::make_unique<Client::TestClient>(*m_app);
    }

    void cleanup()
    {
        m_client.reset();
        m_app.reset();
    }

    void healthAnd404()
    {
        auto session = m_client->session();
        auto r = m_client->get("/forge/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r), Json::parse(R"({"status":"operational","version":"1.0.4"})"));
        r = m_client->get("/forge/non-existent");
        QCOMPARE(r.status, 404);
        // The trace-id middleware sees the 404 too.
        QCOMPARE(r.headers.value("x-trace-id").size(), std::size_t(36));
    }

    void customNotFoundHandler()
    {
        auto r = m_client->get("/forge/items/-1");
        QCOMPARE(r.status, 404);
        QCOMPARE(json(r), Json::parse(R"({"error":"not_found","detail":"Item -1 not found"})"));
        QCOMPARE(json(m_client->get("/forge/items/3?q=")),
                 Json::parse(R"({"id":3,"name":"widget","q":""})"));
    }

    void unhandledErrorTutorialWrongAboutIt()
    {
        // The tutorial expects a 500; TestClient re-raises by default.
        QVERIFY_THROWS_EXCEPTION(Client::ServerException, m_client->get("/crash"));
        m_client->options().raiseServerExceptions = false;
        auto r = m_client->get("/crash");
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.find("raceback") == std::string::npos);
        QVERIFY(!r.headers.contains("x-trace-id"));
    }

    void realDbNeedsTheLifespan()
    {
        try {
            m_client->get("/forge/users");
            QFAIL("no error");
        } catch (const Client::ServerException &e) {
            QCOMPARE(e.type(), std::string("RuntimeError"));
            QCOMPARE(e.message(), std::string("database not initialised"));
        }
        auto session = m_client->session();
        QCOMPARE(json(m_client->get("/forge/users"))[0]["username"], Json("admin"));
    }

    void createAndDuplicateUser()
    {
        auto session = m_client->session();
        auto r = post("/forge/users", Json{{"username", "alice"}, {"email", "alice@test.io"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(
            json(r),
            Json::parse(
                R"({"id":2,"username":"alice","email":"alice@test.io","full_name":null,"age":null,"tags":[]})"));
        r = post("/forge/users", Json{{"username", "alice"}, {"email", "another@test.io"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(json(r), Json::parse(R"({"detail":"Username already registered"})"));
        // The welcome mail went to the outbox table in a background task.
        const Json outbox = m_app->appDatabase()->query("SELECT recipient, subject FROM outbox");
        QCOMPARE(outbox,
                 Json::parse(R"([{"recipient":"alice@test.io","subject":"Welcome to forge"}])"));
    }

    void sqlMetacharactersAreData()
    {
        auto session = m_client->session();
        const std::string name = "Robert'); DROP TABLE users;--";
        auto r = post("/forge/users",
                      Json{{"username", "bobby"}, {"email", "b'@x.io"}, {"full_name", name}});
        QCOMPARE(r.status, 201);
        QCOMPARE(json(m_client->get("/forge/users/2"))["full_name"], Json(name));
    }

    void sqliteMemoryIsFreshPerTest()
    {
        m_app->overrides().set("get_db", "sqlite_memory", "test");
        QCOMPARE(post("/forge/users", Json{{"username", "carol"}, {"email", "c@x.io"}}).status,
                 201);
        QCOMPARE(json(m_client->get("/forge/users")).size(), std::size_t(2));
        m_app->beginTest("next test");
        QCOMPARE(json(m_client->get("/forge/users")).size(), std::size_t(1));
    }

    void rollbackSessionUndoesTheTest()
    {
        auto session = m_client->session();
        m_app->overrides().set("get_db", "rollback_session", "test");
        QCOMPARE(post("/forge/users", Json{{"username", "dave"}, {"email", "d@x.io"}}).status, 201);
        QCOMPARE(m_app->appDatabase()->query("SELECT count(*) AS n FROM users")[0]["n"], Json(2));
        m_app->endTest();
        QCOMPARE(m_app->appDatabase()->query("SELECT count(*) AS n FROM users")[0]["n"], Json(1));
    }

    void mockSessionFailsOnUse()
    {
        m_app->overrides().set("get_db", "mock_session", "test_user_creation");
        try {
            post("/forge/users",
                 Json{{"username", "test_user"}, {"email", "test@thecodeforge.io"}});
            QFAIL("no error");
        } catch (const Client::ServerException &e) {
            QCOMPARE(e.type(), std::string("AttributeError"));
            QCOMPARE(e.message(), std::string("'str' object has no attribute 'execute'"));
        }
    }

    void authRolesLikeTheTutorial()
    {
        auto session = m_client->session();
        m_app->overrides().set("get_current_user", "fake_admin", "test_admin_only_endpoint");
        QCOMPARE(m_client->get("/forge/admin/dashboard").status, 200);
        QCOMPARE(json(m_client->get("/forge/admin/dashboard")), Json::parse(R"({"users":1})"));
        m_app->overrides().set("get_current_user", "fake_user", "test_regular_user_gets_forbidden");
        auto r = m_client->get("/forge/admin/dashboard");
        QCOMPARE(r.status, 403);
        QCOMPARE(json(r), Json::parse(R"({"detail":"Admin role required"})"));
        m_app->overrides().set("get_current_user", "anonymous", "test");
        r = m_client->get("/forge/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.headers.value("www-authenticate"), std::string("Bearer"));
        m_app->overrides().clear("test");
        QCOMPARE(json(m_client->get("/forge/me")),
                 Json::parse(R"({"detail":"Not authenticated"})"));
    }

    void realJwtFlow()
    {
        auto session = m_client->session();
        auto r = post("/forge/token", Json{{"username", "admin"}, {"password", "admin"}});
        QCOMPARE(r.status, 200);
        const std::string token = json(r)["access_token"].get<std::string>();
        QCOMPARE(json(r)["token_type"], Json("bearer"));
        const Http::Headers auth{{"Authorization", "Bearer " + token}};
        QCOMPARE(json(m_client->get("/forge/me", auth)),
                 Json::parse(R"({"id":1,"username":"admin","role":"admin"})"));
        r = post("/forge/token", Json{{"username", "admin"}, {"password", "wrong"}});
        QCOMPARE(r.status, 401);
        QVERIFY(!r.headers.contains("www-authenticate"));
        m_clock.advanceSeconds(31 * 60);
        r = m_client->get("/forge/me", auth);
        QCOMPARE(json(r), Json::parse(R"({"detail":"Could not validate credentials"})"));
    }

    void jwtRejections_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no header") << ""
                                   << "Not authenticated";
        QTest::newRow("basic") << "Basic abc"
                               << "Not authenticated";
        QTest::newRow("empty bearer") << "Bearer "
                                      << "Could not validate credentials";
        QTest::newRow("malformed") << "Bearer abc"
                                   << "Could not validate credentials";
        QTest::newRow("unknown user") << "UNKNOWN"
                                      << "Could not validate credentials";
        QTest::newRow("expired") << "EXPIRED"
                                 << "Could not validate credentials";
        QTest::newRow("wrong secret") << "WRONGSECRET"
                                      << "Could not validate credentials";
        QTest::newRow("1 MiB") << "HUGE"
                               << "Could not validate credentials";
    }

    void jwtRejections()
    {
        QFETCH(QString, header);
        QFETCH(QString, detail);
        auto session = m_client->session();
        std::string value = header.toStdString();
        if (value == "UNKNOWN")
            value = "Bearer " + tokenFor("ghost");
        else if (value == "EXPIRED")
            value = "Bearer " + tokenFor("admin", -1);
        else if (value == "WRONGSECRET")
            value = "Bearer " + Auth::encodeHs256(Json{{"sub", "admin"}}, "guess");
        else if (value == "HUGE")
            value = "Bearer " + std::string(1 << 20, 'a');
        Http::Headers h;
        if (!value.empty())
            h.add("Authorization", value);
        auto r = m_client->get("/forge/me", h);
        QCOMPARE(r.status, 401);
        QCOMPARE(json(r)["detail"], Json(detail.toStdString()));
        QCOMPARE(r.headers.value("www-authenticate"), std::string("Bearer"));
    }

    void deleteChecksRoleBeforeLookup()
    {
        auto session = m_client->session();
        QCOMPARE(m_client->del("/forge/users/abc").status, 401); // dependency before validation
        m_app->overrides().set("get_current_user", "fake_user", "test");
        QCOMPARE(m_client->del("/forge/users/999").status, 403);
        m_app->overrides().set("get_current_user", "fake_admin", "test");
        QCOMPARE(m_client->del("/forge/users/999").status, 404);
        post("/forge/users", Json{{"username", "erin"}, {"email", "e@x.io"}});
        auto r = m_client->del("/forge/users/2");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.empty());
        QVERIFY(!r.headers.contains("content-type"));
    }

    void recordingAndFailingMailers()
    {
        m_app->overrides().set("get_db", "sqlite_memory", "test");
        m_app->overrides().set("get_mailer", "recording_mailer", "test");
        post("/forge/users", Json{{"username", "frank"}, {"email", "f@x.io"}});
        QCOMPARE(m_app->recordedMails().size(), std::size_t(1));
        QCOMPARE(m_app->recordedMails()[0].to, std::string("f@x.io"));
        m_app->overrides().set("get_mailer", "failing_mailer", "test");
        // raise_server_exceptions on: the client waits for the task and gets its error.
        QVERIFY_THROWS_EXCEPTION(
            Client::ServerException,
            post("/forge/users", Json{{"username", "gina"}, {"email", "g@x.io"}}));
        m_client->options().raiseServerExceptions = false;
        QCOMPARE(post("/forge/users", Json{{"username", "hank"}, {"email", "h@x.io"}}).status, 201);
    }

    void debugSettingsChangesOnlySettings()
    {
        m_app->overrides().set("get_settings", "debug_settings", "test");
        m_client->options().raiseServerExceptions = false;
        QCOMPARE(m_client->get("/crash").body, std::string("Internal Server Error"));
        m_app->config().debug = true;
        QVERIFY(m_client->get("/crash").body.find("RuntimeError: Unexpected!")
                != std::string::npos);
    }

    void lockedDatabaseGives500WithAClearMessage()
    {
        auto session = m_client->session();
        // Another process (here: another connection) holds a write lock on the file.
        auto other = Store::Database::open(m_app->appDatabase()->path());
        other->exec("BEGIN EXCLUSIVE");
        m_client->options().raiseServerExceptions = false;
        Client::Result r = m_client->send({"POST",
                                           "/forge/users",
                                           {},
                                           Json{{"username", "lock"}, {"email", "l@x.io"}},
                                           std::nullopt});
        QCOMPARE(r.response.status, 500);
        QCOMPARE(r.error->type, std::string("OperationalError"));
        QCOMPARE(r.error->message, std::string("database is locked"));
        other->exec("ROLLBACK");
        QCOMPARE(
            m_client->post("/forge/users", Json{{"username", "lock"}, {"email", "l@x.io"}}).status,
            201);
    }

    void aRequestIsOneTransaction()
    {
        auto session = m_client->session();
        const auto users = [this] {
            // Another connection sees only what was committed.
            auto other = Store::Database::open(m_app->appDatabase()->path());
            return other->query("SELECT username FROM users ORDER BY id");
        };
        QCOMPARE(post("/forge/users", Json{{"username", "olga"}, {"email", "o@x.io"}}).status, 201);
        QCOMPARE(users(), Json::parse(R"([{"username":"admin"},{"username":"olga"}])"));

        // The welcome mail's outbox insert fails after the 201: the user row goes with it.
        m_app->appDatabase()->exec("DROP TABLE outbox");
        m_client->options().raiseServerExceptions = false;
        Client::Result r = m_client->send({"POST",
                                           "/forge/users",
                                           {},
                                           Json{{"username", "pavel"}, {"email", "p@x.io"}},
                                           std::nullopt});
        QCOMPARE(r.response.status, 201);
        QVERIFY(r.error);
        QCOMPARE(r.error->message, std::string("no such table: outbox"));
        QCOMPARE(users(), Json::parse(R"([{"username":"admin"},{"username":"olga"}])"));
        const auto teardown = std::find_if(r.trace.events.begin(), r.trace.events.end(),
                                           [](const auto &e) { return e.kind == "teardown"; });
        QVERIFY(teardown != r.trace.events.end());
        QCOMPARE(teardown->detail, std::string("after an error"));

        // The same with a mailer that raises, and with raise_server_exceptions on.
        m_app->overrides().set("get_mailer", "failing_mailer", "test");
        m_client->options().raiseServerExceptions = true;
        QVERIFY_THROWS_EXCEPTION(
            Client::ServerException,
            post("/forge/users", Json{{"username", "quinn"}, {"email", "q@x.io"}}));
        QCOMPARE(users(), Json::parse(R"([{"username":"admin"},{"username":"olga"}])"));

        // A 409 from the handler rolls back too, and the connection is not left in a transaction.
        m_app->overrides().remove("get_mailer", "test");
        QCOMPARE(post("/forge/users", Json{{"username", "olga"}, {"email", "o@x.io"}}).status, 409);
        QVERIFY(!m_app->appDatabase()->inTransaction());
    }

    void readOnlyDatabaseGives500WithAClearMessage()
    {
        auto session = m_client->session();
        m_app->appDatabase()->exec("PRAGMA query_only = ON");
        m_client->options().raiseServerExceptions = false;
        Client::Result r = m_client->send({"POST",
                                           "/forge/users",
                                           {},
                                           Json{{"username", "ivan"}, {"email", "i@x.io"}},
                                           std::nullopt});
        QCOMPARE(r.response.status, 500);
        QCOMPARE(r.error->type, std::string("OperationalError"));
        QCOMPARE(r.error->message, std::string("attempt to write a readonly database"));
    }
};

QTEST_MAIN(TestForge)
#include "tst_forge.moc"
