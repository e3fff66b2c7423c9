#pragma once

#include <QStringList>
#include <QWidget>

#include "widgets/engine/engineclient.h"

class KeyValueModel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;
class SuiteResultModel;

// Suites in the window: open suite files, see their fixtures, run them (file order or a seed,
// isolated, repeated), read each test's outcome, the fixture timeline (setup and teardown per
// test), and find the test that pollutes a failing one. The engine does the work on its worker.
class SuitesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuitesPanel(EngineClient *engine, QWidget *parent = nullptr);

    void openFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    void run();
    // Find polluter for the selected failed test.
    void findPolluter();
    SuiteResultModel *results() const { return m_results; }
    QString output() const;
    QString timeline() const;

    // Test seam for the file dialog (KeePassXC's FileDialog::setNextFileName).
    static void setNextFileNames(const QStringList &names);

private:
    void open();
    void showRun(const SuiteRun &run);
    void showPolluter(const Engine::Suite::PolluterReport &report, const QString &error);

    EngineClient *m_engine;
    QStringList m_files;
    QStringListModel *m_fileList;
    KeyValueModel *m_fixtures;
    SuiteResultModel *m_results;
    QTableView *m_resultsView;
    QSpinBox *m_seed;
    QCheckBox *m_isolate;
    QSpinBox *m_repeat;
    QPushButton *m_run;
    QPushButton *m_polluter;
    QLabel *m_summary;
    QPlainTextEdit *m_timeline;
    QPlainTextEdit *m_output;
    QString m_target;
};
