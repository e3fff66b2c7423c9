#pragma once

#include <QStringList>
#include <QWidget>

#include "widgets/engine/suiteclient.h"

class FixtureTimeline;
class JsonDiffModel;
class KeyValueModel;
class PassRateChart;
class QCheckBox;
class QLabel;
class QListWidget;
class QMenu;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QFormLayout;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeView;
class SuiteResultModel;

// Suites in the window: open suite files (dialog, recent files, drag and drop), see their
// fixtures, run all or the selected tests (file order or a seed, isolated, repeated) with a
// progress bar and Cancel, read each test's outcome, a failure's JSON diff, the fixture
// timeline, the pass rate per test over the recorded runs, find the test that pollutes a
// failing one, and export the suites as pytest files. The engine does the work on its worker.
class SuitesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuitesPanel(SuiteClient *suites, QWidget *parent = nullptr);

    void openFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    // A pytest project instead of suite files: its tests are collected by pytest and listed as
    // a tree (file, class, test); every action then runs pytest itself (File → Open pytest
    // project…). python: the interpreter (empty: DIR/.venv/bin/python, else python3).
    void openPytestProject(const QString &dir, const QString &python = {});
    // The project open, or none (suite files are open, or nothing).
    PytestProject pytestProject() const { return m_project; }
    QStringList collectedTests() const { return m_collected; }
    QStringList recentProjects() const;
    // Whether the open suites can be run and exported: open, and loaded without problems.
    // For a pytest project: collected, with tests.
    bool runnable() const
    {
        return m_project.isOpen() ? !m_collected.isEmpty()
                                  : !m_files.isEmpty() && m_loadErrors.empty();
    }
    void open();
    void run();
    void runSelected();
    // Only the tests that did not pass in the shown run (pytest --lf).
    void runFailed();
    // Find polluter for the selected failed test.
    void findPolluter();
    void cancel();
    // Writes the open suites as pytest files into dir (on the suite worker); the summary line
    // says what was written or why nothing was.
    void exportPytest(const QString &dir);
    void exportPytestInteractive();

    SuiteResultModel *results() const { return m_results; }
    // The suite files, or the pytest project's tests as a tree.
    QStandardItemModel *testTree() const { return m_fileList; }
    KeyValueModel *fixtures() const { return m_fixtures; }
    JsonDiffModel *diff() const { return m_diff; }
    FixtureTimeline *timelineChart() const { return m_chart; }
    PassRateChart *passRates() const { return m_passRates; }
    // The recorded runs (newest first) and the comparison of two of them.
    QStandardItemModel *runs() const { return m_runs; }
    QStandardItemModel *runChanges() const { return m_changes; }
    // Compares the two runs selected in the Runs tab (older first).
    void compareSelectedRuns();
    QListWidget *problems() const { return m_problems; }
    QStringList recentFiles() const;
    // Why the fixture list is empty, when it is: no suite open, problems, or none defined.
    QString fixturesPlaceholder() const { return m_fixturesPlaceholder; }
    QString output() const;
    QString timeline() const;
    QString failure() const;

    // The local .json files among dropped URLs (the panel and the window accept these).
    static QStringList suiteFilesIn(const QMimeData *mime);

    // Test seams for the file dialogs (KeePassXC's FileDialog::setNextFileName).
    static void setNextFileNames(const QStringList &names);
    static void setNextDirectory(const QString &dir);

signals:
    void recentFilesChanged();
    void recentProjectsChanged();
    // After a pytest run: the overrides still set, "get_user → fake_admin, set by NODEID"
    // (empty: none, or suites ran).
    void leakedOverridesChanged(const QStringList &lines);
    void fixturesPlaceholderChanged(const QString &text);
    // A long run or search started (true) or ended (false).
    void working(bool on);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void start(const QString &what);
    void finish();
    void showRun(const SuiteRun &run);
    void showCollected(const QStringList &nodeIds, const QString &error);
    // The node ids (or "file::name") of the selected results, else of the selected tree rows.
    QStringList selectedTests() const;
    void setPytestMode(bool on);
    // The open project with the run settings of the panel (the per-test timeout).
    PytestProject pytestRun() const;
    void showPolluter(const Engine::Suite::PolluterReport &report, const QString &error);
    void showFailure(int row);
    void openProblem(int row);
    void remember(const QStringList &paths);
    QStringList failedTests() const;
    void setFixturesPlaceholder(const QString &text);
    void updatePolluterButton();
    QWidget *runsPage();
    void showRuns(const std::vector<Engine::Suite::RecordedRun> &runs);
    void showComparison(const RunComparison &comparison);

    SuiteClient *m_suites;
    QStringList m_files;
    QStandardItemModel *m_fileList;
    QTreeView *m_fileView = nullptr;
    QLabel *m_filesTitle = nullptr;
    PytestProject m_project;
    QStringList m_collected;
    KeyValueModel *m_fixtures;
    SuiteResultModel *m_results;
    JsonDiffModel *m_diff;
    QTreeView *m_resultsView;
    QSpinBox *m_seed;
    QCheckBox *m_isolate;
    QSpinBox *m_repeat;
    QSpinBox *m_timeout; // pytest projects: per test
    QFormLayout *m_options = nullptr;
    QPushButton *m_run;
    QPushButton *m_runSelected;
    QPushButton *m_runFailed;
    QPushButton *m_polluter;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_failure;
    FixtureTimeline *m_chart;
    QPlainTextEdit *m_timeline;
    PassRateChart *m_passRates;
    QListWidget *m_problems;
    QStandardItemModel *m_runs;
    QStandardItemModel *m_changes;
    QTableView *m_runsView;
    QPushButton *m_compare;
    QLabel *m_comparison;
    QTableView *m_changesView = nullptr;
    QPlainTextEdit *m_output;
    std::vector<Engine::Suite::LoadError> m_loadErrors;
    QString m_target;
    QString m_fixturesPlaceholder;
    bool m_working = false;
};
