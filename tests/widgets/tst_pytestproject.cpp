#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "tests/widgets/isolatedprofile.h"
#include "widgets/dependencypanel.h"
#include "widgets/engine/engineclient.h"
#include "widgets/engine/suiteclient.h"
#include "widgets/fixturetimeline.h"
#include "widgets/models/suiteresultmodel.h"
#include "widgets/suitespanel.h"

// A real pytest project in the Suites panel (File → Open pytest project…): the shop project of
// tests/python/projects, run by Debian's pytest with our plugin, on the worker thread.
class TestPytestProject final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_python = QStringLiteral("/usr/bin/python3");

    // A fresh copy of the shop project (pytest writes its cache and the test database there).
    QString copyShop(const QString &name)
    {
        const QString source = QStringLiteral(APITEST_SOURCE_DIR "/tests/python/projects/shop");
        const QString dest = m_dir.filePath(name);
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(QLatin1String("__pycache__")))
                continue;
            const QString target = dest + file.mid(source.size());
            QDir().mkpath(QFileInfo(target).path());
            if (!QFile::copy(file, target))
                qFatal("cannot copy %s", qPrintable(file));
        }
        return dest;
    }

    QString writeProject(const QString &name, const QByteArray &test)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir + QStringLiteral("/tests"));
        QFile f(dir + QStringLiteral("/tests/test_a.py"));
        if (!f.open(QIODevice::WriteOnly) || f.write(test) != test.size())
            qFatal("cannot write the project");
        return dir;
    }

    static int rowOf(SuiteResultModel *results, const QString &nodeId)
    {
        for (int i = 0; i < results->resultCount(); ++i) {
            const auto &r = results->result(i);
            if (QString::fromStdString(r.file + "::" + r.name) == nodeId)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        ApiTest::Testing::useIsolatedProfile(m_dir);
        if (!QFile::exists(m_python))
            QSKIP("needs Debian's python3 with pytest and FastAPI");
    }

    void theTestsAreATreeAndARunShowsOutcomesTimelineAndLeaks()
    {
        SuiteClient client(m_dir.filePath(QStringLiteral("runs.db")));
        SuitesPanel panel(&client);
        QSignalSpy leaks(&panel, &SuitesPanel::leakedOverridesChanged);
        const QString project = copyShop(QStringLiteral("shop"));
        panel.openPytestProject(project, m_python);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.collectedTests().isEmpty(), 60000);
        QCOMPARE(panel.collectedTests().size(), 10);
        QVERIFY(panel.recentProjects().contains(QFileInfo(project).absoluteFilePath()));
        // file → class → test
        auto *tree = panel.testTree();
        QCOMPARE(tree->rowCount(), 4);
        QStandardItem *auth = tree->item(0);
        QCOMPARE(auth->text(), QStringLiteral("tests/test_auth.py"));
        QCOMPARE(auth->rowCount(), 2);
        QCOMPARE(auth->child(0)->text(), QStringLiteral("TestAdmin"));
        QCOMPARE(auth->child(0)->rowCount(), 2);
        QCOMPARE(auth->child(1)->text(), QStringLiteral("test_anonymous_gets_401"));
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"));
        QVERIFY(run->isEnabled());
        auto *isolate = panel.findChild<QWidget *>(QStringLiteral("isolateCheckBox"));
        QVERIFY(!isolate->isEnabled()); // one pytest process per run

        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.results()->resultCount() == 10, 60000);
        QTRY_VERIFY(run->isEnabled());
        auto *results = panel.results();
        const QString anonymous = QStringLiteral("tests/test_auth.py::test_anonymous_gets_401");
        const int failed = rowOf(results, anonymous);
        QVERIFY(failed >= 0);
        QCOMPARE(QString::fromStdString(toString(results->result(failed).outcome)),
                 QStringLiteral("FAILED"));
        const int xfail = rowOf(results, QStringLiteral("tests/test_orders.py::test_refund"));
        QCOMPARE(QString::fromStdString(toString(results->result(xfail).outcome)),
                 QStringLiteral("SKIPPED"));
        // The Failure tab has pytest's own report, traceback and all.
        auto *view = panel.findChild<QTreeView *>(QStringLiteral("suiteResultsView"));
        view->setCurrentIndex(results->indexOfResult(failed));
        QVERIFY(panel.failure().contains(QLatin1String("assert 200 == 401")));
        QVERIFY(panel.failure().contains(QLatin1String("tests/test_auth.py:")));
        // The fixture timeline: the session fixture set up once and torn down at the end.
        QVERIFY(panel.timeline().contains(QLatin1String("SETUP    S database")));
        QVERIFY(panel.timeline().contains(QLatin1String("TEARDOWN S database")));
        QVERIFY(panel.timeline().contains(QLatin1String("TEARDOWN M client")));
        // The override the admin test never cleared, with the test that set it.
        QVERIFY(!leaks.isEmpty());
        QCOMPARE(leaks.last().at(0).toStringList(),
                 QStringList{QStringLiteral("get_user → fake_admin, set by "
                                            "tests/test_auth.py::TestAdmin::test_admin_sees_"
                                            "their_name")});
        // Recorded in the history: the Runs tab lists it.
        QCOMPARE(panel.runs()->rowCount(), 1);

        // Find polluter: bisected in fresh pytest processes.
        auto *polluter = panel.findChild<QPushButton *>(QStringLiteral("findPolluterButton"));
        QVERIFY(polluter->isEnabled());
        QTest::mouseClick(polluter, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.output().contains(QLatin1String("pytest runs")), 120000);
        QVERIFY2(panel.output().contains(
                     QLatin1String("Polluter: tests/test_auth.py::TestAdmin::test_admin_sees_"
                                   "their_name")),
                 qPrintable(panel.output()));
        QVERIFY2(panel.output().contains(QStringLiteral("override get_user → fake_admin")),
                 qPrintable(panel.output()));

        // Run selected: a file row of the tree stands for its tests.
        QTRY_VERIFY(run->isEnabled());
        results->setResults({});
        auto *files = panel.findChild<QTreeView *>(QStringLiteral("suiteFilesView"));
        files->selectionModel()->select(tree->index(1, 0), QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
        auto *selected = panel.findChild<QPushButton *>(QStringLiteral("runSelectedButton"));
        QVERIFY(selected->isEnabled());
        QTest::mouseClick(selected, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled() && results->resultCount() == 2, 60000);
        QCOMPARE(QString::fromStdString(results->result(0).file),
                 QStringLiteral("tests/test_items.py"));
    }

    void leakedOverridesAreShownInTheDependenciesPanel()
    {
        EngineClient engine;
        engine.setSynchronous(true);
        DependencyPanel deps(&engine);
        auto *label = deps.findChild<QLabel *>(QStringLiteral("leakedOverridesLabel"));
        QVERIFY(label->isHidden());
        deps.setLeakedOverrides({QStringLiteral("get_user → fake_admin, set by tests/t.py::a")});
        QVERIFY(!label->isHidden());
        QVERIFY(deps.leakedOverridesText().contains(QLatin1String("set by tests/t.py::a")));
        deps.setLeakedOverrides({});
        QVERIFY(label->isHidden());
    }

    void cancelEndsThePytestProcess()
    {
        SuiteClient client(m_dir.filePath(QStringLiteral("cancel.db")));
        SuitesPanel panel(&client);
        const QString project = writeProject(QStringLiteral("hangs"),
                                             "import os, time\n"
                                             "def test_first(): pass\n"
                                             "def test_hangs():\n"
                                             "    open(os.path.join(os.path.dirname(__file__), "
                                             "'pid'), 'w').write(str(os.getpid()))\n"
                                             "    time.sleep(600)\n");
        panel.openPytestProject(project, m_python);
        QTRY_VERIFY_WITH_TIMEOUT(panel.collectedTests().size() == 2, 60000);
        panel.run();
        const QString pidFile = project + QStringLiteral("/tests/pid");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), 60000);
        QTest::qWait(200);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString pid = QString::fromLatin1(f.readAll()).trimmed();
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelSuiteButton"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 10000);
        QVERIFY(!QFile::exists(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline")));
        auto *summary = panel.findChild<QLabel *>(QStringLiteral("suiteSummaryLabel"));
        QVERIFY2(summary->text().contains(QLatin1String("cancelled")), qPrintable(summary->text()));
        QCOMPARE(panel.results()->resultCount(), 1); // the test that finished
    }

    void aTestPastTheTimeoutIsAnErrorAndTheRunGoesOnRecorded()
    {
        SuiteClient client(m_dir.filePath(QStringLiteral("timeout.db")));
        SuitesPanel panel(&client);
        auto *timeout = panel.findChild<QSpinBox *>(QStringLiteral("testTimeoutSpinBox"));
        QVERIFY(timeout);
        QVERIFY(!timeout->isVisibleTo(&panel)); // suite files: no such row
        const QString project
            = writeProject(QStringLiteral("slow"), "import time\n"
                                                   "def test_first(): pass\n"
                                                   "def test_hangs(): time.sleep(600)\n"
                                                   "def test_never_runs(): pass\n");
        panel.openPytestProject(project, m_python);
        QVERIFY(timeout->isVisibleTo(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(panel.collectedTests().size() == 3, 60000);
        timeout->setValue(1);
        QElapsedTimer clock;
        clock.start();
        panel.run();
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled() && panel.results()->resultCount() == 2, 60000);
        QVERIFY2(clock.elapsed() < 30000, "the timeout did not end the hanging test");
        const int hung = rowOf(panel.results(), QStringLiteral("tests/test_a.py::test_hangs"));
        QVERIFY(hung >= 0);
        const auto &r = panel.results()->result(hung);
        QVERIFY(r.outcome == Engine::Suite::Outcome::Error);
        QVERIFY2(QString::fromStdString(r.message).contains(
                     QLatin1String("ran longer than 1 s (the timeout)")),
                 r.message.c_str());
    }

    // pytest's five scopes, as --setup-show writes them (class and package were drawn as
    // module and session once).
    void classAndPackageFixturesKeepTheirScope()
    {
        SuiteClient client(m_dir.filePath(QStringLiteral("scopes.db")));
        SuitesPanel panel(&client);
        const QString project
            = writeProject(QStringLiteral("scopes"), "import pytest\n"
                                                     "@pytest.fixture(scope='class')\n"
                                                     "def shared(): yield 1\n"
                                                     "@pytest.fixture(scope='package')\n"
                                                     "def pkg(): yield 2\n"
                                                     "class TestA:\n"
                                                     "    def test_one(self, shared, pkg): pass\n"
                                                     "    def test_two(self, shared): pass\n");
        QFile init(project + QStringLiteral("/tests/__init__.py"));
        QVERIFY(init.open(QIODevice::WriteOnly));
        init.close();
        panel.openPytestProject(project, m_python);
        QTRY_VERIFY_WITH_TIMEOUT(panel.collectedTests().size() == 2, 60000);
        panel.run();
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled() && panel.results()->resultCount() == 2, 60000);
        const QString timeline = panel.timeline();
        QVERIFY2(timeline.contains(QLatin1String("SETUP    C shared")), qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String("TEARDOWN C shared")), qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String("SETUP    P pkg")), qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String("TEARDOWN P pkg")), qPrintable(timeline));
    }

    void aCollectionErrorIsSaidAndNothingRuns()
    {
        SuiteClient client(m_dir.filePath(QStringLiteral("broken.db")));
        SuitesPanel panel(&client);
        const QString project = writeProject(QStringLiteral("broken"), "import no_such_module\n");
        panel.openPytestProject(project, m_python);
        auto *summary = panel.findChild<QLabel *>(QStringLiteral("suiteSummaryLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("could not collect")),
                                 60000);
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"))->isEnabled());
        // Suite files again: the pytest project is closed.
        panel.openFiles(
            {QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/health_and_404.json")});
        QVERIFY(!panel.pytestProject().isOpen());
    }
};

QTEST_MAIN(TestPytestProject)
#include "tst_pytestproject.moc"
