#include <QBarCategoryAxis>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

#include "tests/widgets/isolatedprofile.h"
#include "widgets/engine/suiteclient.h"
#include "widgets/fixturetimeline.h"
#include "widgets/models/jsondiffmodel.h"
#include "widgets/models/keyvaluemodel.h"
#include "widgets/models/suiteresultmodel.h"
#include "widgets/passratechart.h"
#include "widgets/placeholdertableview.h"
#include "widgets/suitefiledialog.h"
#include "widgets/suitespanel.h"

// The Suites panel on a real engine: the worker thread (not the synchronous seam) where the
// test is about progress and cancel, the run history in SQLite for the pass rates.
class TestSuitesPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_suites = QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/");

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        ApiTest::Testing::useIsolatedProfile(m_dir);
        QLocale::setDefault(QLocale::c());
    }

    void cancelStopsALongRunAndTheWindowStaysResponsive()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("cancel-runs.db")));
        SuitesPanel panel(&engine);
        panel.show();
        panel.findChild<QSpinBox *>(QStringLiteral("repeatSpinBox"))->setValue(100);
        QSignalSpy progress(&engine, &SuiteClient::progressChanged);
        QSignalSpy finished(&engine, &SuiteClient::suiteRunFinished);
        panel.openFiles({m_suites + QStringLiteral("database.json")});
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelSuiteButton"));
        auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("suiteProgressBar"));
        QVERIFY(cancel->isVisible());
        QVERIFY(bar->isVisible());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"))->isEnabled());
        QVERIFY(progress.wait(10000)); // the event loop runs while the worker does
        QCOMPARE(bar->maximum(), 700);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const auto run = finished.takeFirst().at(0).value<SuiteRun>();
        QVERIFY(run.report.cancelled);
        QVERIFY(run.report.results.size() < 700);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("suiteSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QVERIFY(!cancel->isVisible());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"))->isEnabled());
        // The next run is not cancelled by the last click.
        panel.findChild<QSpinBox *>(QStringLiteral("repeatSpinBox"))->setValue(1);
        panel.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).value<SuiteRun>().report.results.size(),
                 std::size_t(7));
    }

    void polluterSearchShowsProgressAndCanBeCancelled()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("polluter-runs.db")));
        SuitesPanel panel(&engine);
        QSignalSpy runs(&engine, &SuiteClient::suiteRunFinished);
        QSignalSpy searches(&engine, &SuiteClient::polluterSearchFinished);
        QSignalSpy progress(&engine, &SuiteClient::progressChanged);
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        QVERIFY(runs.wait(10000));
        progress.clear();
        panel.findPolluter(); // the failing test is selected after the run
        QVERIFY(searches.wait(10000));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0), progress.last().at(1)); // ends at 100 %
        QVERIFY(panel.output().contains(QStringLiteral("Polluter: test_admin_only_endpoint")));
        // Cancelled before it starts: the worker is held by a request until the search is
        // queued and cancelled, so the search cannot finish first, however fast it is.
        QSemaphore held, release;
        engine.setBeforeWorkHook([&] {
            held.release();
            release.acquire();
        });
        engine.compareRuns(1, 1); // holds the worker
        QVERIFY(held.tryAcquire(1, 10000));
        engine.setBeforeWorkHook({});
        panel.findPolluter();
        panel.cancel();
        release.release();
        QVERIFY(searches.wait(10000));
        const auto report = searches.last().at(0).value<Engine::Suite::PolluterReport>();
        QVERIFY(report.cancelled);
        QVERIFY(panel.output().contains(QStringLiteral("Cancelled before the search ended.")));
    }

    void failedBodyShowsAJsonDiff()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("diff-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        const QString suite = write(QStringLiteral("body.json"), R"({"suite": "body", "tests": [
  {"name": "test_health_body", "steps": [{"request": {"method": "GET", "path": "/forge/health"}},
    {"expect": {"json": {"status": "down", "version": "1.0.4", "region": "eu"}}}]}]})");
        panel.openFiles({suite});
        QCOMPARE(panel.results()->resultCount(), 1);
        auto *diff = panel.diff();
        QCOMPARE(diff->rowCount(), 2);
        QCOMPARE(diff->data(diff->index(0, JsonDiffModel::PointerColumn)).toString(),
                 QStringLiteral("/status"));
        QCOMPARE(diff->data(diff->index(0, JsonDiffModel::ExpectedColumn)).toString(),
                 QStringLiteral("\"down\""));
        QCOMPARE(diff->data(diff->index(0, JsonDiffModel::ActualColumn)).toString(),
                 QStringLiteral("\"operational\""));
        QCOMPARE(diff->data(diff->index(1, JsonDiffModel::PointerColumn)).toString(),
                 QStringLiteral("/region"));
        QCOMPARE(diff->data(diff->index(1, JsonDiffModel::ActualColumn)).toString(),
                 QStringLiteral("(absent)"));
        QVERIFY(panel.failure().contains(QStringLiteral("Expected:")));
    }

    void passRatesComeFromTheRunHistory()
    {
        // Its own directory: the run history lives next to the app's database.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("rates")));
        SuiteClient engine(m_dir.filePath(QStringLiteral("rates-forge-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        panel.run();
        const auto bars = panel.passRates()->bars();
        QCOMPARE(bars.size(), 5);
        for (const auto &[test, percent] : bars)
            QCOMPARE(percent, test == QLatin1String("test_anonymous_gets_401") ? 0.0 : 100.0);
        // Isolated, the polluted test passes: now it is flaky at 1 of 3.
        panel.findChild<QCheckBox *>(QStringLiteral("isolateCheckBox"))->setChecked(true);
        panel.run();
        for (const auto &[test, percent] : panel.passRates()->bars())
            if (test == QLatin1String("test_anonymous_gets_401"))
                QVERIFY(qAbs(percent - 100.0 / 3) < 0.01);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("rates-forge-runs.db"))));
    }

    void resultsSayHowEachTestEndedTheLastTime()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("lasttime")));
        SuiteClient engine(m_dir.filePath(QStringLiteral("lasttime-forge-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        auto *results = panel.results();
        const auto lastTime = [results](int number, int role = Qt::DisplayRole) {
            return results->indexOfResult(number, SuiteResultModel::LastTimeColumn).data(role);
        };
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        QCOMPARE(lastTime(4).toString(), QStringLiteral("new"));
        QCOMPARE(results->changedCount(), 0);
        panel.run(); // the same again: nothing changed
        QCOMPARE(lastTime(4).toString(), QStringLiteral("failed"));
        QVERIFY(!lastTime(4, Qt::FontRole).isValid());
        QCOMPARE(results->changedCount(), 0);
        // Isolated, the polluted test passes: it ended differently, and says so.
        panel.findChild<QCheckBox *>(QStringLiteral("isolateCheckBox"))->setChecked(true);
        panel.run();
        QCOMPARE(results->result(4).name, std::string("test_anonymous_gets_401"));
        QCOMPARE(lastTime(4).toString(), QStringLiteral("failed"));
        QVERIFY(lastTime(4, Qt::FontRole).value<QFont>().bold());
        QCOMPARE(lastTime(0).toString(), QStringLiteral("passed"));
        QVERIFY(!lastTime(0, Qt::FontRole).isValid());
        QCOMPARE(results->changedCount(), 1);
        QCOMPARE(results->index(0, SuiteResultModel::LastTimeColumn).data().toString(),
                 QStringLiteral("1 changed"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("suiteSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("1 test(s) ended differently than the last time")));
    }

    void twoRecordedRunsCanBeCompared()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("compare")));
        SuiteClient engine(m_dir.filePath(QStringLiteral("compare-forge-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        panel.findChild<QCheckBox *>(QStringLiteral("isolateCheckBox"))->setChecked(true);
        panel.run();
        // Newest first, with their tallies.
        QCOMPARE(panel.runs()->rowCount(), 2);
        QCOMPARE(panel.runs()->item(0, 0)->text(), QStringLiteral("#2"));
        QCOMPARE(panel.runs()->item(1, 3)->text(), QStringLiteral("1")); // run 1: one failed
        QVERIFY(panel.runs()->item(0, 5)->text().endsWith(QStringLiteral(" --isolate")));
        QVERIFY(!panel.runs()->item(1, 5)->text().contains(QStringLiteral("--isolate")));
        auto *view = panel.findChild<QTableView *>(QStringLiteral("runsView"));
        auto *compare = panel.findChild<QPushButton *>(QStringLiteral("compareRunsButton"));
        view->selectRow(0);
        QVERIFY(!compare->isEnabled()); // one run is not a comparison
        view->selectionModel()->select(panel.runs()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        QCOMPARE(panel.runChanges()->rowCount(), 1);
        QCOMPARE(panel.runChanges()->item(0, 0)->text(),
                 QStringLiteral("incident_leaky.json::test_anonymous_gets_401"));
        QCOMPARE(panel.runChanges()->item(0, 1)->text(), QStringLiteral("failed"));
        QCOMPARE(panel.runChanges()->item(0, 2)->text(), QStringLiteral("passed"));
        QCOMPARE(panel.runChanges()->horizontalHeaderItem(1)->text(), QStringLiteral("In run #1"));
        auto *label = panel.findChild<QLabel *>(QStringLiteral("runComparisonLabel"));
        QCOMPARE(label->text(),
                 QStringLiteral("1 test(s) ended differently from run #1 to run #2."));
        // A run the history does not have: the reason, not an empty table.
        engine.compareRuns(1, 42);
        QCOMPARE(panel.runChanges()->rowCount(), 0);
        QCOMPARE(label->text(), QStringLiteral("Cannot compare: there is no run #42"));
    }

    void passRatesKeepTestsOfTheSameNameApart()
    {
        PassRateChart chart;
        chart.setRates({{"suites/a.json", "test_create", 4, 4},
                        {"suites/b.json", "test_create", 4, 1},
                        {"old/b.json", "test_create", 2, 0},
                        {"suites/a.json", "test_delete", 2, 1}});
        const QList<QPair<QString, double>> expected{
            {QStringLiteral("test_create in a.json"), 100.0},
            {QStringLiteral("test_create in suites/b.json"), 25.0},
            {QStringLiteral("test_create in old/b.json"), 0.0},
            {QStringLiteral("test_delete"), 50.0}};
        QCOMPARE(chart.bars(), expected);
        // The axis counts from the bottom: the first test is the top bar.
        const auto axes = chart.chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        const QStringList categories = qobject_cast<QBarCategoryAxis *>(axes[0])->categories();
        QCOMPARE(categories.size(), 4);
        QCOMPARE(categories.last(), QStringLiteral("test_create in a.json  4/4"));
        QCOMPARE(categories.first(), QStringLiteral("test_delete (flaky)  1/2"));
    }

    void runSelectedRunsOnlyThose()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("selected-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        QCOMPARE(panel.results()->resultCount(), 5);
        auto *view = panel.findChild<QTreeView *>(QStringLiteral("suiteResultsView"));
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(panel.results()->indexOfResult(4),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // the polluted test alone passes
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runSelectedButton")),
                          Qt::LeftButton);
        QCOMPARE(panel.results()->resultCount(), 1);
        QCOMPARE(panel.results()->result(0).name, std::string("test_anonymous_gets_401"));
        QVERIFY(panel.results()->result(0).outcome == Engine::Suite::Outcome::Passed);
        // A selected file row runs every test of the file.
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(panel.results()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        panel.runSelected();
        QCOMPARE(panel.results()->resultCount(), 1); // the only test of the last run's file
    }

    void runFailedRerunsOnlyTheFailures()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("failed-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        auto *runFailed = panel.findChild<QPushButton *>(QStringLiteral("runFailedButton"));
        QVERIFY(!runFailed->isEnabled());
        panel.openFiles({m_suites + QStringLiteral("incident_fixed.json")});
        QCOMPARE(panel.results()->resultCount(), 5);
        QVERIFY(!runFailed->isEnabled()); // nothing failed
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        QVERIFY(runFailed->isEnabled());
        QTest::mouseClick(runFailed, Qt::LeftButton);
        // Alone, the polluted test passes: the failure came from a test before it.
        QCOMPARE(panel.results()->resultCount(), 1);
        QCOMPARE(panel.results()->result(0).name, std::string("test_anonymous_gets_401"));
        QVERIFY(panel.results()->result(0).outcome == Engine::Suite::Outcome::Passed);
        QVERIFY(!runFailed->isEnabled());
        // Nothing failed now, so there is nothing to find a polluter for.
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("findPolluterButton"))->isEnabled());
    }

    void aSkippedTestIsNeitherPassedNorFailed()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("skipped-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        const QString suite = write(QStringLiteral("skip.json"), R"({"suite": "skip", "tests": [
  {"name": "test_health", "steps": [{"request": {"method": "GET", "path": "/forge/health"}}]},
  {"name": "test_no_cases", "parametrize": [], "steps": []}]})");
        panel.openFiles({suite});
        auto *results = panel.results();
        QCOMPARE(results->resultCount(), 2);
        QCOMPARE(results->result(1).name, std::string("test_no_cases[case0]"));
        QVERIFY(results->result(1).outcome == Engine::Suite::Outcome::Skipped);
        QCOMPARE(
            results->data(results->indexOfResult(1, SuiteResultModel::OutcomeColumn)).toString(),
            QStringLiteral("skipped"));
        // Not a failure: nothing to rerun, nothing to find a polluter for.
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("runFailedButton"))->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("findPolluterButton"))->isEnabled());
    }

    void runFailedKeepsToTheFileThatFailed()
    {
        // Two suites with a test of the same name; only one of them fails.
        const QByteArray suite = R"({"suite": "%1", "tests": [{"name": "test_health", "steps": [
            {"request": {"method": "GET", "path": "/forge/health"}},
            {"expect": {"status": %2}}]}]})";
        const QString good = write(QStringLiteral("good.json"),
                                   QByteArray(suite).replace("%1", "good").replace("%2", "200"));
        const QString bad = write(QStringLiteral("bad.json"),
                                  QByteArray(suite).replace("%1", "bad").replace("%2", "418"));
        SuiteClient engine(m_dir.filePath(QStringLiteral("samename-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        panel.openFiles({good, bad});
        QCOMPARE(panel.results()->resultCount(), 2);
        panel.runFailed();
        QCOMPARE(panel.results()->resultCount(), 1);
        QCOMPARE(QString::fromStdString(panel.results()->result(0).file), bad);
        QVERIFY(panel.results()->result(0).outcome != Engine::Suite::Outcome::Passed);
    }

    void suiteFilesAreListedByName()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("names-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json"),
                         m_suites + QStringLiteral("database.json")});
        auto *files = panel.findChild<QTreeView *>(QStringLiteral("suiteFilesView"));
        QCOMPARE(files->model()->rowCount(), 2);
        const QModelIndex first = files->model()->index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("incident_leaky.json"));
        QCOMPARE(
            first.data(Qt::ToolTipRole).toString(),
            QDir::toNativeSeparators(
                QFileInfo(m_suites + QStringLiteral("incident_leaky.json")).absoluteFilePath()));
        QCOMPARE(files->model()->index(1, 0).data().toString(), QStringLiteral("database.json"));
    }

    void emptyFixtureListSaysWhy()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("placeholder-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        auto *view = panel.findChild<PlaceholderTableView *>(QStringLiteral("fixturesView"));
        QVERIFY(view->showsPlaceholder());
        QVERIFY(view->placeholderText().startsWith(QStringLiteral("No suite is open")));
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        QVERIFY(view->showsPlaceholder());
        QCOMPARE(view->placeholderText(), QStringLiteral("The open suites define no fixtures."));
        panel.openFiles({m_suites + QStringLiteral("database.json")});
        QVERIFY(panel.fixtures()->rowCount() > 0);
        QVERIFY(!view->showsPlaceholder());
        panel.openFiles({write(QStringLiteral("broken.json"), "{\"suite\": ")});
        QCOMPARE(panel.fixtures()->rowCount(), 0);
        QVERIFY(view->placeholderText().contains(QStringLiteral("problems")));
        // What the panel says is what the window's copy of the list says.
        PlaceholderTableView other;
        connect(&panel, &SuitesPanel::fixturesPlaceholderChanged, &other,
                &PlaceholderTableView::setPlaceholderText);
        panel.openFiles({m_suites + QStringLiteral("incident_leaky.json")});
        QCOMPARE(other.placeholderText(), QStringLiteral("The open suites define no fixtures."));
    }

    void suitesWithProblemsNeitherRunNorExport()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("problems-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("runSuitesButton"));
        auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("exportPytestButton"));
        QVERIFY(run && exportButton);
        panel.openFiles({write(QStringLiteral("broken2.json"), "{\"suite\": ")});
        QVERIFY(!panel.runnable());
        QVERIFY(!run->isEnabled());
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(exportButton->toolTip().contains(QStringLiteral("problems")));
        // Fixed and opened again: both come back.
        panel.openFiles({m_suites + QStringLiteral("overrides.json")});
        QVERIFY(panel.runnable());
        QVERIFY(run->isEnabled());
        QVERIFY(exportButton->isEnabled());
    }

    void exportWritesPytestFilesOrSaysWhyNot()
    {
        SuiteClient engine(m_dir.filePath(QStringLiteral("export-runs.db")));
        engine.setSynchronous(true);
        SuitesPanel panel(&engine);
        panel.openFiles({m_suites + QStringLiteral("overrides.json")});
        const QString out = m_dir.filePath(QStringLiteral("pytest"));
        SuitesPanel::setNextDirectory(out);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("exportPytestButton")),
                          Qt::LeftButton);
        QVERIFY(QFile::exists(out + QStringLiteral("/conftest.py")));
        QVERIFY(QFile::exists(out + QStringLiteral("/test_overrides.py")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("suiteSummaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Wrote 2 pytest file(s)")));
        const QString blocked = write(QStringLiteral("blocked"), "a file, not a directory");
        panel.exportPytest(blocked + QStringLiteral("/sub"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("suiteSummaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Export failed: cannot create ")));
    }

    void aSuiteFileThatCannotBeWrittenKeepsTheTextAndSaysWhy()
    {
        // /proc takes no new files (QSaveFile writes a temporary one next to the target), even
        // for root: the save fails the way a full disk or a read-only mount would.
        SuiteFileDialog dialog(QStringLiteral("/proc/version"), 1, 1, QStringLiteral("x"));
        auto *editor = dialog.findChild<QPlainTextEdit *>(QStringLiteral("suiteFileEditor"));
        QVERIFY(editor && !editor->isReadOnly());
        editor->setPlainText(QStringLiteral("{\"edited\": true}"));
        dialog.show();
        QVERIFY(!dialog.save());
        QVERIFY(dialog.isVisible());
        QCOMPARE(editor->toPlainText(), QStringLiteral("{\"edited\": true}"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("suiteFileStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Cannot save /proc/version: ")));
        // A file that can be written: saved, and said so.
        const QString path = write(QStringLiteral("editable.json"), "{}");
        SuiteFileDialog ok(path, 1, 1, QStringLiteral("x"));
        ok.findChild<QPlainTextEdit *>(QStringLiteral("suiteFileEditor"))
            ->setPlainText(QStringLiteral("{\"suite\": 1}"));
        QVERIFY(ok.save());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"suite\": 1}"));
    }

    void theFixtureTimelineFillsThePanelAndZoomsWithCtrlWheel()
    {
        QScrollArea area;
        area.setWidgetResizable(false);
        auto *chart = new FixtureTimeline;
        area.setWidget(chart);
        area.resize(800, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        std::vector<Engine::Suite::TestResult> results(10);
        std::vector<Engine::Suite::FixtureSpan> spans;
        for (std::size_t i = 0; i < results.size(); ++i) {
            results[i].name = "test_" + std::to_string(i);
            spans.push_back({"client", Engine::Suite::Scope::Function, i, i, 0, 0, true});
        }
        chart->setRun(results, spans);
        // Ten tests share the panel's width rather than a tenth of it.
        const int viewport = area.viewport()->width();
        QVERIFY2(chart->testRect(9).right() > viewport * 3 / 4,
                 qPrintable(QString::number(chart->testRect(9).right())));
        QVERIFY(chart->testRect(9).right() <= viewport);
        QCOMPARE(area.horizontalScrollBar()->maximum(), 0);
        // Ctrl+wheel up: wider columns, and the chart scrolls.
        const int before = chart->testColumnWidth();
        QWheelEvent up(QPointF(100, 50), chart->mapToGlobal(QPointF(100, 50)), {}, {0, 120},
                       Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart, &up);
        QCOMPARE(chart->zoom(), 1.25);
        QVERIFY(chart->testColumnWidth() > before);
        chart->setZoom(4);
        QVERIFY(area.horizontalScrollBar()->maximum() > 0);
        // A wheel without Ctrl is the scroll area's; zoom never goes below fitting the panel.
        QWheelEvent plain(QPointF(100, 50), chart->mapToGlobal(QPointF(100, 50)), {}, {0, 120},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart, &plain);
        QCOMPARE(chart->zoom(), 4.0);
        chart->setZoom(0.1);
        QCOMPARE(chart->zoom(), 1.0);
        // The panel grows: the columns follow.
        area.resize(1200, 300);
        QTRY_VERIFY(chart->testRect(9).right() > area.viewport()->width() * 3 / 4);
    }
};

QTEST_MAIN(TestSuitesPanel)
#include "tst_suitespanel.moc"
