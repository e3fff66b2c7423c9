#include <atomic>
#include <future>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/engine/engineclient.h"

// The adapter runs engine calls off the GUI thread and reports through signals.
class TestEngineClient final : public QObject
{
    Q_OBJECT

private slots:
    void sendsOnTheWorkerAndReportsBack()
    {
        QTemporaryDir dir;
        EngineClient client(dir.filePath(QStringLiteral("forge.db")));
        QVERIFY(client.snapshot().lifespan);
        QCOMPARE(client.snapshot().routes.size(), std::size_t(12));
        QSignalSpy responses(&client, &EngineClient::responseReady);
        QSignalSpy busy(&client, &EngineClient::busyChanged);
        Engine::Client::ComposedRequest r;
        r.method = "POST";
        r.path = "/forge/users";
        r.body = R"({"username": "alice", "email": "a@x.io"})";
        client.send(r);
        QTRY_COMPARE(responses.count(), 1);
        const auto summary = responses.at(0).at(0).value<Engine::Client::ResponseSummary>();
        QCOMPARE(summary.status, 201);
        QTRY_COMPARE(busy.count(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void overridesAreRecordedAsGui()
    {
        QTemporaryDir dir;
        EngineClient client(dir.filePath(QStringLiteral("forge.db")));
        QSignalSpy changed(&client, &EngineClient::snapshotChanged);
        client.setOverride(QStringLiteral("get_db"), QStringLiteral("sqlite_memory"));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(client.snapshot().overrides.size(), std::size_t(1));
        QCOMPARE(client.snapshot().overrides[0].setBy, std::string("GUI"));
        client.setOverride(QStringLiteral("get_db"), QStringLiteral("real"));
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(client.snapshot().overrides.empty());
    }

    void stuckRequestIsAbandonedAndTheEngineRestarts()
    {
        QTemporaryDir dir;
        EngineClient client(dir.filePath(QStringLiteral("forge.db")));
        client.setErrorStyle(Engine::Validation::ErrorStyle::V1);
        client.setOverride(QStringLiteral("get_current_user"), QStringLiteral("fake_admin"));
        QTRY_VERIFY(!client.busy());
        // The first request hangs on the worker until the test lets it go.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        auto first = std::make_shared<std::atomic<bool>>(true);
        client.setBeforeSendHook([released, first] {
            if (first->exchange(false))
                released.wait();
        });
        QSignalSpy responses(&client, &EngineClient::responseReady);
        Engine::Client::ComposedRequest r;
        r.path = "/forge/admin/dashboard";
        client.send(r);
        QVERIFY(client.busy());
        QTest::qWait(50); // the GUI thread goes on while the worker is stuck
        QVERIFY(client.busy());
        QCOMPARE(responses.count(), 0);
        QVERIFY(client.abandonWork());
        // The handler runs in this process and cannot be stopped: its worker is stranded.
        QCOMPARE(EngineClient::strandedWorkers(), 1);
        // The fresh engine is built on the new worker, and keeps the window's choices.
        QTRY_VERIFY(!client.busy());
        QCOMPARE(client.snapshot().overrides.size(), std::size_t(1));
        QCOMPARE(client.snapshot().overrides[0].provider, std::string("fake_admin"));
        QVERIFY(client.snapshot().errorStyle == Engine::Validation::ErrorStyle::V1);
        client.send(r);
        QTRY_COMPARE(responses.count(), 1);
        QCOMPARE(responses.at(0).at(0).value<Engine::Client::ResponseSummary>().status, 200);
        // When the stuck request ends at last, its answer is dropped.
        release.set_value();
        QTest::qWait(200);
        QCOMPARE(responses.count(), 1);
        // And its worker is gone with it.
        QTRY_COMPARE(EngineClient::strandedWorkers(), 0);
        QVERIFY(!client.abandonWork()); // nothing runs now
    }

    // A request to the user's app that never returns is interrupted: the app's process is
    // killed, the worker is free at once (nothing is left behind) and the app starts afresh.
    void aStuckRequestToAPythonAppIsInterrupted()
    {
        QTemporaryDir dir;
        EngineClient client(dir.filePath(QStringLiteral("forge.db")));
        Engine::Catalog::TargetSpec spec;
        spec.kind = Engine::Catalog::TargetSpec::Kind::Asgi;
        spec.asgi = "sample:app";
        spec.appDir = APITEST_SOURCE_DIR "/tests/python/apps";
        spec.python = "/usr/bin/python3";
        QSignalSpy opened(&client, &EngineClient::targetOpened);
        client.openTarget(spec);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY(!client.busy());
        QSignalSpy responses(&client, &EngineClient::responseReady);
        Engine::Client::ComposedRequest hang;
        hang.path = "/hang";
        client.send(hang);
        QTest::qWait(300); // the app is in its sleep
        QVERIFY(client.busy());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.abandonWork());
        QVERIFY(timer.elapsed() < EngineClient::kInterruptWaitMs);
        QCOMPARE(EngineClient::strandedWorkers(), 0); // the worker ended with its session
        // The app's fresh process starts on the worker, not on the window's thread.
        QVERIFY(client.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!client.busy(), 30000);
        QCOMPARE(client.snapshot().targetKind, std::string("asgi"));
        // The app answers again, through a fresh process.
        Engine::Client::ComposedRequest ok;
        ok.path = "/openapi.json";
        client.send(ok);
        QTRY_COMPARE_WITH_TIMEOUT(responses.count(), 1, 30000);
        QCOMPARE(responses.at(0).at(0).value<Engine::Client::ResponseSummary>().status, 200);
    }

    // Closing the window while the user's app hangs ends the app's process: the client goes
    // at once instead of waiting out kExitWaitMs, and leaves no thread behind.
    void closingWhileAPythonAppHangsEndsIt()
    {
        QTemporaryDir dir;
        auto client = std::make_unique<EngineClient>(dir.filePath(QStringLiteral("forge.db")));
        Engine::Catalog::TargetSpec spec;
        spec.kind = Engine::Catalog::TargetSpec::Kind::Asgi;
        spec.asgi = "sample:app";
        spec.appDir = APITEST_SOURCE_DIR "/tests/python/apps";
        spec.python = "/usr/bin/python3";
        QSignalSpy opened(client.get(), &EngineClient::targetOpened);
        client->openTarget(spec);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY(!client->busy());
        Engine::Client::ComposedRequest hang;
        hang.path = "/hang";
        client->send(hang);
        QTest::qWait(300); // the app is in its sleep
        QVERIFY(client->busy());
        QElapsedTimer timer;
        timer.start();
        client.reset();
        QVERIFY2(timer.elapsed() < EngineClient::kInterruptWaitMs,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(EngineClient::strandedWorkers(), 0);
    }

    // A live server whose document cannot be read (the file given with it is gone): the
    // opening fails with the reason, the previous target stays, and the client is not left
    // busy (the error came from the snapshot after the job, which nothing reported before).
    void aTargetWhoseRoutesCannotBeReadFailsToOpen()
    {
        QTemporaryDir dir;
        EngineClient client(dir.filePath(QStringLiteral("forge.db")));
        Engine::Catalog::TargetSpec live;
        live.kind = Engine::Catalog::TargetSpec::Kind::Live;
        live.baseUrl = "http://127.0.0.1:9";
        live.openapiFile = dir.filePath(QStringLiteral("gone.json")).toStdString();
        QSignalSpy failed(&client, &EngineClient::targetFailed);
        QSignalSpy opened(&client, &EngineClient::targetOpened);
        client.openTarget(live);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("cannot read")),
                 qPrintable(failed.at(0).at(0).toString()));
        QTRY_VERIFY(!client.busy());
        QCOMPARE(opened.count(), 0);
        QCOMPARE(client.snapshot().targetKind, std::string("app"));
    }

    void tokenFromLogin()
    {
        QTemporaryDir dir;
        EngineClient client(dir.filePath(QStringLiteral("forge.db")));
        client.setSynchronous(true);
        QSignalSpy token(&client, &EngineClient::tokenReady);
        QSignalSpy error(&client, &EngineClient::errorOccurred);
        client.fetchToken(QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(token.count(), 1);
        QCOMPARE(token.at(0).at(0).toString().count(QLatin1Char('.')), 2);
        client.fetchToken(QStringLiteral("admin"), QStringLiteral("nope"));
        QCOMPARE(error.count(), 1);
    }
};

QTEST_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
