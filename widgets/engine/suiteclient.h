#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include "engine/catalog/catalog.h"
#include "engine/client/presentation.h"
#include "engine/pytest/project.h"
#include "engine/suite/history.h"
#include "engine/suite/runner.h"
#include "engine/suite/savetest.h"
#include "engine/validation/errorstyle.h"

// The outcome of running suite files from the window.
struct SuiteRun
{
    std::vector<Engine::Suite::LoadError> loadErrors;
    Engine::Suite::RunReport report;
    std::string timeline; // the runner's lines with --setup-show
    std::vector<std::pair<std::string, std::string>> fixtures; // name, "scope, autouse, uses ..."
    // The last 20 recorded runs, newest first, and per test how often it passed in them.
    Engine::Suite::HistorySummary history;
    // How each test ended the last time it ran: History::previousOutcomes of this run.
    std::vector<Engine::Suite::OutcomeChange> previous;
    std::string historyProblem; // why the run could not be recorded, if it could not
    // pytest projects: the overrides still set after the run, with the test that set them, and
    // why pytest ended early (a crash in a test), if it did.
    std::vector<Engine::Pytest::LeakedOverride> leakedOverrides;
    std::string interruption;
};

// A pytest project opened in the window: its directory (pytest's rootdir) and interpreter
// (empty: DIR/.venv/bin/python, else python3).
struct PytestProject
{
    QString dir;
    QString python;
    int testTimeoutSeconds = 0; // a test running longer ends the pytest process; 0: none
    bool isOpen() const { return !dir.isEmpty(); }
};

// Two recorded runs side by side: the tests whose outcome differs (History::compare).
struct RunComparison
{
    qint64 before = 0, after = 0;
    std::vector<Engine::Suite::OutcomeChange> changes;
    QString error; // why they could not be compared
};

Q_DECLARE_METATYPE(RunComparison)
Q_DECLARE_METATYPE(SuiteRun)
Q_DECLARE_METATYPE(Engine::Suite::PolluterReport)

// The adapter between the Suites panel (and Save as test) and the engine's suite side: runs
// suites, compares recorded runs, searches polluters, writes suite and pytest files. Its work
// runs on a worker thread of its own, one job at a time, so a long suite run neither freezes the
// window nor holds up requests sent from the composer (EngineClient's worker). Each run opens
// its own fresh targets; the window's target is not touched.
class ReportChannel;

class SuiteClient : public QObject
{
    Q_OBJECT

public:
    // historyPath: the run history (Engine::Suite::History); empty: api-replay's default.
    explicit SuiteClient(const QString &historyPath = {}, QObject *parent = nullptr);
    // Stops a suite run at its next test and waits for the worker a bounded time (it says on
    // stderr when work had to be left behind).
    ~SuiteClient() override;

    // Test seam: run the work on the caller's thread.
    void setSynchronous(bool on) { m_synchronous = on; }
    // Test seam: runs on the worker before each job (a test holds the worker with it).
    void setBeforeWorkHook(std::function<void()> hook) { m_beforeWork = std::move(hook); }
    bool busy() const { return m_pending > 0; }

    // What suites run against: the app each suite names when spec is a built-in app,
    // else the target spec describes (the user's app answers every suite).
    void setTarget(const Engine::Catalog::TargetSpec &spec, Engine::Validation::ErrorStyle style);

    // Runs suite files, records the run in the history; emits progressChanged per percent and
    // then suiteRunFinished. seed 0 keeps the file order; only: the tests to run, "name" or
    // "file::name" (RunOptions::only; empty: all).
    void runSuites(const QStringList &paths, quint64 seed, bool isolate, int repeat,
                   const QStringList &only = {});
    // Compares two recorded runs of the history; emits runsCompared.
    void compareRuns(qint64 before, qint64 after);
    // Bisects the tests before target; emits progressChanged per run, then
    // polluterSearchFinished.
    void findPolluter(const QString &path, const QString &target);
    // pytest projects, run by pytest itself with our plugin (Engine::Pytest). Collects the
    // node ids; emits pytestCollected.
    void collectPytest(const PytestProject &project);
    // Runs the project's tests (only: node ids; empty: all), seed 0 in file order, each
    // repetition recorded in the history as a run; emits progressChanged and suiteRunFinished.
    void runPytest(const PytestProject &project, quint64 seed, int repeat,
                   const QStringList &only = {});
    // Bisects the tests before target (before: in the order they ran), a fresh pytest per step;
    // emits progressChanged per step, then polluterSearchFinished.
    void findPytestPolluter(const PytestProject &project, const QString &target,
                            const QStringList &before);
    // Stops a suite run or polluter search at the next test (a pytest process is killed); its
    // report says cancelled.
    void cancel();
    // Writes the suites as pytest files into dir; emits pytestExported.
    void exportPytest(const QStringList &paths, const QString &dir);
    // Appends a test of this exchange to the suite file at path (Engine::Suite::saveAsTest);
    // emits testSaved.
    void saveTest(const QString &path, const Engine::Suite::SavedExchange &exchange,
                  const QString &testName, bool withBody, const std::vector<std::string> &fields);

signals:
    void suiteRunFinished(const SuiteRun &run);
    // The node ids pytest collected, in its order, or why it could not collect them.
    void pytestCollected(const QStringList &nodeIds, const QString &error);
    void polluterSearchFinished(const Engine::Suite::PolluterReport &report, const QString &error);
    void runsCompared(const RunComparison &comparison);
    void progressChanged(int done, int total);
    void busyChanged(bool busy);
    // The files written, or why nothing was.
    void pytestExported(const QStringList &written, const QString &dir, const QString &error);
    void testSaved(const QString &path, const QString &testName, const QString &error);

private:
    // Hands results to the GUI thread: deliver runs there, in this object's context.
    using Deliver = std::function<void(std::function<void()>)>;
    // Runs work on the worker; work reports through the Deliver it is given.
    void post(std::function<void(const Deliver &)> work);

    std::string m_historyPath;
    std::function<void()> m_beforeWork;
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<ReportChannel> m_channel; // closed when this object goes
    bool m_synchronous = false;
    int m_pending = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Engine::Catalog::TargetSpec m_spec;
    Engine::Validation::ErrorStyle m_style = Engine::Validation::ErrorStyle::V2;
};
