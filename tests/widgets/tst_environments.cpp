#include <map>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "app/mainwindow.h"
#include "tests/widgets/isolatedprofile.h"
#include "widgets/engine/engineclient.h"
#include "widgets/environmentdialog.h"
#include "widgets/environments.h"
#include "widgets/requesteditor.h"
#include "widgets/responseview.h"

namespace {
// The keychain in tests: what the desktop's would hold, in memory (the real one is the
// desktop's, reached over D-Bus, which tests keep out; see isolatedprofile.h).
class MemorySecretStore final : public SecretStore
{
public:
    std::map<QString, QString> values;
    bool failReads = false;

    bool write(const QString &key, const QString &value, QString *) override
    {
        values[key] = value;
        return true;
    }
    std::optional<QString> read(const QString &key, QString *why) override
    {
        if (failReads || !values.count(key)) {
            if (why)
                *why = QStringLiteral("locked");
            return std::nullopt;
        }
        return values[key];
    }
    void remove(const QString &key) override { values.erase(key); }
};

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile f(settings.fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A server on 127.0.0.1 that serves a small OpenAPI document, echoes the headers it got on
// /echo as JSON, and never answers /slow (it notes when the client goes away).
class LoopbackServer : public QTcpServer
{
public:
    QList<QJsonObject> seen; // the headers of each request, names lower-cased
    int slowClosed = 0;

    LoopbackServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            const QByteArray path = lines.value(0).split(' ').value(1);
            QJsonObject headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.insert(QString::fromLatin1(lines[i].left(colon).toLower()),
                                   QString::fromLatin1(lines[i].mid(colon + 1).trimmed()));
            }
            if (path == "/slow") {
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++slowClosed; });
                return;
            }
            QByteArray body;
            if (path == "/openapi.json") {
                body = R"({"openapi": "3.0.2", "info": {"title": "loopback", "version": "1"},
                  "paths": {"/echo": {"get": {"operationId": "echo",
                                              "responses": {"200": {"description": "ok"}}}},
                            "/slow": {"get": {"operationId": "slow",
                                              "responses": {"200": {"description": "ok"}}}}}})";
            } else {
                seen << headers;
                body = QJsonDocument(headers).toJson(QJsonDocument::Compact);
            }
            socket->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    }
};

Environment staging(const QString &url)
{
    Environment e;
    e.name = QStringLiteral("staging");
    e.baseUrl = url;
    e.headers = {{QStringLiteral("X-Env"), QStringLiteral("one"), false},
                 {QStringLiteral("Authorization"), QStringLiteral("Bearer s3cret"), true}};
    return e;
}
} // namespace

// Environments: servers by name, with the headers sent with every request, secrets in the
// keychain; chosen from the toolbar, they open a live target. And a request to a live server
// that does not answer is cancelled from the window.
class TestEnvironments final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { ApiTest::Testing::useIsolatedProfile(m_dir); }
    void init() { QSettings().clear(); }

    void secretsGoToTheKeychainAndNowhereElse()
    {
        MemorySecretStore keychain;
        EnvironmentStore store(&keychain);
        Environment local;
        local.name = QStringLiteral("local");
        local.baseUrl = QStringLiteral("http://127.0.0.1:8000");
        QCOMPARE(store.save({staging(QStringLiteral("https://staging.example")), local}),
                 QString());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("staging"), QStringLiteral("local")}));
        // The settings file has the plain header, not the secret.
        const QByteArray file = settingsFileBytes();
        QVERIFY(file.contains("X-Env"));
        QVERIFY(file.contains("one"));
        QVERIFY(!file.contains("s3cret"));
        QCOMPARE(keychain.values.size(), std::size_t(1));
        QCOMPARE(keychain.values[EnvironmentStore::secretKey(QStringLiteral("staging"),
                                                             QStringLiteral("Authorization"))],
                 QStringLiteral("Bearer s3cret"));
        QVERIFY(store.secretsWarning().isEmpty());
        // Read back whole, and as the live target it names.
        const auto found = store.find(QStringLiteral("staging"));
        QVERIFY(found);
        QVERIFY(*found == staging(QStringLiteral("https://staging.example")));
        const auto spec = found->spec();
        QCOMPARE(spec.baseUrl, std::string("https://staging.example"));
        QCOMPARE(spec.headers,
                 (std::vector<std::string>{"X-Env: one", "Authorization: Bearer s3cret"}));
        QVERIFY(!store.find(QStringLiteral("nope")));
        // Without reading secrets (for lists): the secret's value is empty.
        QVERIFY(store.load(nullptr, false).first().headers[1].value.isEmpty());
        // A secret no longer there leaves the keychain.
        QCOMPARE(store.save({local}), QString());
        QVERIFY(keychain.values.empty());
        QCOMPARE(store.names(), QStringList{QStringLiteral("local")});
    }

    void aLockedKeychainIsSaidAndTheRestStillLoads()
    {
        MemorySecretStore keychain;
        EnvironmentStore store(&keychain);
        store.save({staging(QStringLiteral("https://staging.example"))});
        keychain.failReads = true;
        QString why;
        const auto found = store.find(QStringLiteral("staging"), &why);
        QVERIFY(found);
        QVERIFY2(why.contains(QStringLiteral("Authorization"))
                     && why.contains(QStringLiteral("locked")),
                 qPrintable(why));
        QVERIFY(found->headers[1].value.isEmpty());
        QCOMPARE(found->headers[0].value, QStringLiteral("one"));
    }

    void withoutAKeychainSecretsAreKeptInTheSettingsWithAWarning()
    {
        // The real keychain: none is reachable in tests (as on a desktop without one).
        KeychainSecretStore keychain(QStringLiteral("api-test-explorer-tests"));
        EnvironmentStore store(&keychain);
        const QString warning = store.save({staging(QStringLiteral("https://staging.example"))});
        QVERIFY2(warning.contains(QStringLiteral("unencrypted"))
                     && warning.contains(QStringLiteral("staging/Authorization"))
                     && warning.contains(QSettings().fileName()),
                 qPrintable(warning));
        QVERIFY(settingsFileBytes().contains("s3cret"));
        QVERIFY(store.secretsWarning().contains(QStringLiteral("staging/Authorization")));
        const auto found = store.find(QStringLiteral("staging"));
        QVERIFY(found);
        QCOMPARE(found->headers[1].value, QStringLiteral("Bearer s3cret"));
    }

    void problemsSayWhatIsWrong()
    {
        Environment e = staging(QStringLiteral("http://127.0.0.1:8000"));
        QVERIFY(e.problem().isEmpty());
        QVERIFY(e.problem({e}).contains(QStringLiteral("another environment named")));
        e.baseUrl = QStringLiteral("ftp://x");
        QVERIFY(e.problem().contains(QStringLiteral("http:// or https://")));
        e.baseUrl = QStringLiteral("http://me:pw@127.0.0.1");
        QVERIFY(e.problem().contains(QStringLiteral("credentials")));
        e.baseUrl = QStringLiteral("http://127.0.0.1");
        e.headers << Environment::Header{QStringLiteral("Bad Name"), QStringLiteral("x"), false};
        QVERIFY(e.problem().contains(QStringLiteral("is not a header name")));
        e.headers.removeLast();
        e.headers << Environment::Header{QString(), QString(), false}; // an empty row is fine
        QVERIFY(e.problem().isEmpty());
        e.name = QStringLiteral("  ");
        QVERIFY(e.problem().contains(QStringLiteral("name")));

        for (const char *name : {"Authorization", "cookie", "X-API-Key", "X-Auth-Token",
                                 "Proxy-Authorization", "X-Client-Secret"})
            QVERIFY2(Environment::looksSecret(QLatin1String(name)), name);
        for (const char *name : {"Accept", "X-Env", "Content-Type", "User-Agent"})
            QVERIFY2(!Environment::looksSecret(QLatin1String(name)), name);
    }

    void theDialogEditsEnvironmentsAndMasksSecrets()
    {
        EnvironmentDialog dialog({staging(QStringLiteral("http://127.0.0.1:8000"))},
                                 QStringLiteral("kept unencrypted"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("environmentWarningLabel"));
        QVERIFY(warning && warning->isVisible());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("staging"));
        QCOMPARE(dialog.headersTable()->rowCount(), 2);
        // The secret reads as dots; the plain header as it is.
        QCOMPARE(dialog.shownValue(0), QStringLiteral("one"));
        QCOMPARE(dialog.shownValue(1), QString(8, QChar(0x2022)));

        // A new one: a name and a server to fill in; a header that usually holds a secret
        // starts out secret.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addEnvironmentButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("local"));
        dialog.nameEdit()->setText(QStringLiteral("staging"));
        QVERIFY(dialog.problem().contains(QStringLiteral("another environment named")));
        QVERIFY(dialog.problemLabel()->isVisible());
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!save->isEnabled());
        dialog.nameEdit()->setText(QStringLiteral("ci"));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.list()->item(1)->text(), QStringLiteral("ci")); // the list follows
        dialog.urlEdit()->setText(QStringLiteral("127.0.0.1:9"));
        QVERIFY(dialog.problem().contains(QStringLiteral("http:// or https://")));
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
        dialog.addHeader();
        auto *table = dialog.headersTable();
        table->item(0, 0)->setText(QStringLiteral("X-API-Key"));
        table->item(0, 1)->setText(QStringLiteral("k3y"));
        QCOMPARE(table->item(0, 2)->checkState(), Qt::Checked);
        QCOMPARE(dialog.shownValue(0), QString(8, QChar(0x2022)));
        // Unticked by hand, it stays unticked when the name changes again.
        table->item(0, 2)->setCheckState(Qt::Unchecked);
        table->item(0, 0)->setText(QStringLiteral("X-Api-Token"));
        QCOMPARE(table->item(0, 2)->checkState(), Qt::Unchecked);
        QCOMPARE(dialog.shownValue(0), QStringLiteral("k3y"));
        table->item(0, 2)->setCheckState(Qt::Checked);

        const auto edited = dialog.environments();
        QCOMPARE(edited.size(), 2);
        QCOMPARE(edited[1].name, QStringLiteral("ci"));
        QCOMPARE(edited[1].baseUrl, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(edited[1].headers.size(), 1);
        QVERIFY(edited[1].headers[0].secret);
        QCOMPARE(edited[1].headers[0].value, QStringLiteral("k3y"));
        QVERIFY(edited[0] == staging(QStringLiteral("http://127.0.0.1:8000"))); // untouched

        // Switching between them keeps each one's edits; removing takes the selected one.
        dialog.list()->setCurrentRow(0);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("staging"));
        QCOMPARE(dialog.headersTable()->rowCount(), 2);
        dialog.list()->setCurrentRow(1);
        QCOMPARE(dialog.headersTable()->rowCount(), 1);
        dialog.removeEnvironment();
        QCOMPARE(dialog.environments().size(), 1);
        QCOMPARE(dialog.environments()[0].name, QStringLiteral("staging"));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("staging"));
    }

    void theToolbarOpensAnEnvironmentAndItsHeadersAreSent()
    {
        LoopbackServer server;
        QVERIFY(server.isListening());
        auto *engine = new EngineClient(m_dir.filePath(QStringLiteral("env.db")));
        MainWindow window(engine);
        engine->setParent(&window);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.environmentStore()->save({staging(server.url())});
        // The list offers it once it is saved (File → Environments… refreshes it).
        QSignalSpy opened(engine, &EngineClient::targetOpened);
        auto *box = window.environmentBox();
        QCOMPARE(box->findText(QStringLiteral("staging")), -1);
        window.updateEnvironmentBox();
        const int index = box->findText(QStringLiteral("staging"));
        QVERIFY2(index > 0, qPrintable(QString::number(box->count())));
        QCOMPARE(box->currentIndex(), 0); // None
        box->setCurrentIndex(index);
        emit box->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QCOMPARE(window.currentEnvironment(), QStringLiteral("staging"));
        QCOMPARE(box->currentText(), QStringLiteral("staging"));
        QVERIFY(box->toolTip().contains(server.url()));
        // Not kept among the recent apps: it is in the Environment list, with its secret.
        QVERIFY(window.recentTargets().isEmpty());

        // A request carries the environment's headers, the secret one too.
        QVERIFY(window.selectRoute(QStringLiteral("echo")));
        window.engine()->send(window.requestEditor()->composed());
        QTRY_COMPARE_WITH_TIMEOUT(server.seen.size(), 1, 10000);
        QCOMPARE(server.seen[0].value(QStringLiteral("x-env")).toString(), QStringLiteral("one"));
        QCOMPARE(server.seen[0].value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer s3cret"));
        QTRY_COMPARE(window.responseView()->statusText(), QStringLiteral("200 OK"));

        // Another target: the list says None again. A live server opened by hand is kept among
        // the recent apps without the header that holds a secret.
        Engine::Catalog::TargetSpec byHand;
        byHand.kind = Engine::Catalog::TargetSpec::Kind::Live;
        byHand.baseUrl = server.url().toStdString();
        byHand.headers = {"X-Env: two", "Authorization: Bearer other"};
        window.openTarget(byHand);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
        QVERIFY(window.currentEnvironment().isEmpty());
        QCOMPARE(box->currentIndex(), 0);
        const auto recent = window.recentTargets();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent[0].second.headers, std::vector<std::string>{"X-Env: two"});
        QVERIFY(!settingsFileBytes().contains("Bearer other"));

        // An environment that cannot be used is refused with the reason, nothing opens.
        Environment broken = staging(QStringLiteral("ftp://127.0.0.1"));
        broken.name = QStringLiteral("broken");
        window.environmentStore()->save({staging(server.url()), broken});
        window.openEnvironment(QStringLiteral("broken"));
        QVERIFY(
            window.statusBar()->currentMessage().contains(QStringLiteral("http:// or https://")));
        QTest::qWait(100);
        QCOMPARE(opened.size(), 2);
        QVERIFY(window.currentEnvironment().isEmpty());
    }

    void aLiveRequestThatNeverAnswersIsCancelled()
    {
        LoopbackServer server;
        auto *engine = new EngineClient(m_dir.filePath(QStringLiteral("slow.db")));
        MainWindow window(engine);
        engine->setParent(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(engine, &EngineClient::targetOpened);
        Engine::Catalog::TargetSpec live;
        live.kind = Engine::Catalog::TargetSpec::Kind::Live;
        live.baseUrl = server.url().toStdString();
        window.openTarget(live);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);

        QVERIFY(window.selectRoute(QStringLiteral("slow")));
        auto *send = window.findChild<QPushButton *>(QStringLiteral("sendRequestButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        auto *cancel = window.cancelRequestButton();
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 5000); // after a second of waiting
        QVERIFY(engine->busy());
        QTest::mouseClick(cancel, Qt::LeftButton);
        // The transfer is aborted (the server sees the client go), not left behind.
        QVERIFY(!cancel->isVisible());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Cancelled")));
        QTRY_COMPARE_WITH_TIMEOUT(server.slowClosed, 1, 5000);
        // The fresh engine is built on the worker (the server is asked for its routes again,
        // which the window must not wait for): the window answers meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(!engine->busy(), 10000);
        QCOMPARE(window.routesProxy()->rowCount(), 1);
        // The same server still answers, through the engine that replaced the stuck one.
        QVERIFY(window.selectRoute(QStringLiteral("echo")));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.responseView()->statusText(), QStringLiteral("200 OK"),
                                  10000);
        QCOMPARE(server.seen.size(), 1);
    }
};

QTEST_MAIN(TestEnvironments)
#include "tst_environments.moc"
