#include "widgets/engine/suiteclient.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include <QCoreApplication>
#include <QMetaObject>

#include "engine/core/clock.h"
#include "engine/suite/export.h"
#include "engine/suite/runrecorder.h"
#include "engine/suite/savetest.h"
#include "widgets/engine/reportchannel.h"

namespace {
// How long the destructor waits for the worker before it leaves it behind.
constexpr int kShutdownWaitMs = 10000;

// Reports progress on the GUI thread when the percentage changes (not for every one of
// 10,000 tests).
std::function<void(std::size_t, std::size_t)>
progressReporter(SuiteClient *client, std::function<void(std::function<void()>)> deliver)
{
    auto last = std::make_shared<int>(-1);
    return [last, client, deliver](std::size_t done, std::size_t total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent == *last)
            return;
        *last = percent;
        deliver([client, done, total] { emit client->progressChanged(int(done), int(total)); });
    };
}
} // namespace

SuiteClient::SuiteClient(const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_historyPath(historyPath.isEmpty() ? Engine::Suite::History::defaultPath()
                                          : historyPath.toStdString())
    , m_pool(std::make_unique<QThreadPool>())
    , m_channel(std::make_shared<ReportChannel>(this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<SuiteRun>();
    qRegisterMetaType<RunComparison>();
    qRegisterMetaType<Engine::Suite::PolluterReport>();
    m_pool->setMaxThreadCount(1);
}

SuiteClient::~SuiteClient()
{
    m_channel->close();    // what the worker reports from now on goes nowhere
    m_cancel->store(true); // a run stops at its next test, a pytest process is killed
    if (m_pool->waitForDone(kShutdownWaitMs))
        return;
    // A test whose handler never returns: its thread cannot be stopped from here. Say so; the
    // pool is deleted (on the GUI thread) once that job returns, or ends with the process.
    std::fprintf(stderr,
                 "api-explorer: a suite run did not stop within %d s of the window closing; its "
                 "thread ends with the process\n",
                 kShutdownWaitMs / 1000);
    QThreadPool *pool = m_pool.release();
    pool->start([pool] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [pool] { delete pool; }, Qt::QueuedConnection);
    });
}

void SuiteClient::post(std::function<void(const Deliver &)> work)
{
    if (m_synchronous) {
        work([](const std::function<void()> &f) { f(); });
        return;
    }
    if (m_pending++ == 0)
        emit busyChanged(true);
    // Deliveries go through the channel, closed before this object goes: a job that outlives
    // it (stuck past the destructor's wait) delivers nothing.
    const Deliver deliver = [channel = m_channel](std::function<void()> f) {
        channel->post(std::move(f));
    };
    m_pool->start([this, work = std::move(work), deliver, hook = m_beforeWork] {
        if (hook)
            hook();
        work(deliver);
        deliver([this] {
            if (--m_pending == 0)
                emit busyChanged(false);
        });
    });
}

void SuiteClient::setTarget(const Engine::Catalog::TargetSpec &spec,
                            Engine::Validation::ErrorStyle style)
{
    m_spec = spec;
    m_style = style;
}

namespace {
// What suites run against: the app each suite names, unless the window opened another kind
// of target (the user's app), which then answers every suite.
std::function<std::unique_ptr<Engine::Target::Target>()>
suiteTarget(const Engine::Catalog::TargetSpec &spec)
{
    if (spec.kind == Engine::Catalog::TargetSpec::Kind::App)
        return nullptr;
    return [spec] {
        return Engine::Catalog::open(spec);
    };
}

std::vector<std::string> strings(const QStringList &list)
{
    std::vector<std::string> out;
    for (const auto &s : list)
        out.push_back(s.toStdString());
    return out;
}

// What ran, in api-replay's words, so the Runs tab tells runs apart.
std::string runArguments(const std::vector<std::string> &files, quint64 seed, bool isolate,
                         int repeat, const std::vector<std::string> &names)
{
    std::string args = "window";
    for (const auto &f : files)
        args += " " + f;
    if (seed)
        args += " --seed " + std::to_string(seed);
    if (isolate)
        args += " --isolate";
    if (repeat > 1)
        args += " --repeat " + std::to_string(repeat);
    for (const auto &n : names)
        args += " " + n;
    return args;
}
} // namespace

void SuiteClient::cancel()
{
    m_cancel->store(true);
}

void SuiteClient::runSuites(const QStringList &paths, quint64 seed, bool isolate, int repeat,
                            const QStringList &only)
{
    const auto files = strings(paths), names = strings(only);
    m_cancel->store(false);
    Engine::Suite::RunOptions options;
    if (seed)
        options.seed = seed;
    options.isolate = isolate;
    options.repeat = std::max(1, repeat);
    options.setupShow = true;
    options.errorStyle = m_style;
    options.target = suiteTarget(m_spec);
    options.only = names;
    const auto cancel = m_cancel;
    const std::string historyPath = m_historyPath;
    post([this, files, names, options, cancel, historyPath, seed, isolate,
          repeat](const Deliver &deliver) mutable {
        SuiteRun result;
        auto loaded = Engine::Suite::loadSuites(files);
        result.loadErrors = loaded.errors;
        for (const auto &suite : loaded.suites)
            for (const auto &f : suite.fixtures) {
                std::string info
                    = Engine::Suite::toString(f.scope) + (f.autouse ? ", autouse" : "");
                for (const auto &u : f.uses)
                    info += ", uses " + u;
                result.fixtures.emplace_back(f.name, info);
            }
        if (loaded.ok()) {
            options.cancel = cancel.get();
            options.progress = progressReporter(this, deliver);
            std::ostringstream lines;
            const auto started = Engine::Clock::system().nowMicros();
            result.report = Engine::Suite::Runner(options, &lines).run(loaded.suites);
            result.timeline = lines.str();
            if (!result.report.cancelled) {
                try {
                    Engine::Suite::History runs(historyPath);
                    const auto id
                        = runs.beginRun(result.report.seed,
                                        runArguments(files, seed, isolate, repeat, names), started);
                    runs.recordAll(id, result.report.results);
                    runs.finishRun(id, result.report, Engine::Clock::system().nowMicros());
                    result.history = runs.summary(20);
                    result.previous = runs.previousOutcomes(id);
                } catch (const std::exception &e) {
                    result.historyProblem
                        = std::string("the run could not be recorded: ") + e.what();
                }
            }
        }
        deliver([this, result] { emit suiteRunFinished(result); });
    });
}

void SuiteClient::compareRuns(qint64 before, qint64 after)
{
    const std::string historyPath = m_historyPath;
    post([this, before, after, historyPath](const Deliver &deliver) {
        RunComparison comparison;
        comparison.before = before;
        comparison.after = after;
        try {
            comparison.changes = Engine::Suite::History(historyPath).compare(before, after);
        } catch (const std::exception &e) {
            comparison.error = QString::fromStdString(e.what());
        }
        deliver([this, comparison] { emit runsCompared(comparison); });
    });
}

void SuiteClient::findPolluter(const QString &path, const QString &target)
{
    const std::string file = path.toStdString(), test = target.toStdString();
    m_cancel->store(false);
    Engine::Suite::RunOptions options;
    options.errorStyle = m_style;
    options.target = suiteTarget(m_spec);
    const auto cancel = m_cancel;
    post([this, file, test, options, cancel](const Deliver &deliver) mutable {
        Engine::Suite::PolluterReport report;
        QString error;
        auto loaded = Engine::Suite::loadSuites({file});
        if (!loaded.ok()) {
            error = QString::fromStdString(loaded.errors.front().toString());
        } else {
            try {
                options.cancel = cancel.get();
                options.progress = progressReporter(this, deliver);
                report = Engine::Suite::findPolluter(loaded.suites.front(), test, options);
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
            }
        }
        deliver([this, report, error] { emit polluterSearchFinished(report, error); });
    });
}

void SuiteClient::exportPytest(const QStringList &paths, const QString &dir)
{
    const auto files = strings(paths);
    post([this, files, dir](const Deliver &deliver) {
        QStringList written;
        QString error;
        const auto loaded = Engine::Suite::loadSuites(files);
        if (!loaded.ok()) {
            error = QString::fromStdString(loaded.errors.front().toString());
        } else {
            try {
                for (const auto &w :
                     Engine::Suite::writePytest(loaded.suites, "app", dir.toStdString()))
                    written << QString::fromStdString(w);
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
            }
        }
        deliver([this, written, dir, error] { emit pytestExported(written, dir, error); });
    });
}

void SuiteClient::saveTest(const QString &path, const Engine::Suite::SavedExchange &exchange,
                           const QString &testName, bool withBody,
                           const std::vector<std::string> &fields)
{
    post([this, path, exchange, testName, withBody, fields](const Deliver &deliver) {
        QString error;
        try {
            Engine::Suite::saveAsTest(path.toStdString(), testName.toStdString(), exchange,
                                      withBody, fields);
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        deliver([this, path, testName, error] { emit testSaved(path, testName, error); });
    });
}

namespace {
Engine::Pytest::Options pytestOptions(const PytestProject &project)
{
    Engine::Pytest::Options options;
    options.rootdir = project.dir.toStdString();
    options.python = project.python.toStdString();
    if (project.testTimeoutSeconds > 0)
        options.testTimeout = std::chrono::seconds(project.testTimeoutSeconds);
    return options;
}
} // namespace

void SuiteClient::collectPytest(const PytestProject &project)
{
    const auto options = pytestOptions(project);
    post([this, options](const Deliver &deliver) {
        QStringList ids;
        QString error;
        try {
            for (const auto &id : Engine::Pytest::collect(options))
                ids << QString::fromStdString(id);
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        deliver([this, ids, error] { emit pytestCollected(ids, error); });
    });
}

void SuiteClient::runPytest(const PytestProject &project, quint64 seed, int repeat,
                            const QStringList &only)
{
    auto options = pytestOptions(project);
    if (seed)
        options.seed = std::to_string(seed);
    options.pytestArgs = strings(only);
    m_cancel->store(false);
    options.cancel = m_cancel.get();
    const auto cancel = m_cancel; // kept alive with the job
    const std::string historyPath = m_historyPath;
    repeat = std::max(1, repeat);
    std::string arguments = "window pytest " + options.rootdir;
    if (seed)
        arguments += " --seed " + std::to_string(seed);
    for (const auto &id : options.pytestArgs)
        arguments += " " + id;
    post([this, options, cancel, historyPath, repeat, arguments](const Deliver &deliver) {
        SuiteRun result;
        std::map<std::string, std::string> fixtureScopes;
        std::optional<std::int64_t> lastRun;
        try {
            for (int rep = 0; rep < repeat && !cancel->load(); ++rep) {
                Engine::Suite::RunRecorder history(
                    historyPath, [&result](const std::string &w) { result.historyProblem = w; });
                bool begun = false;
                auto run = Engine::Pytest::run(
                    options,
                    [&](const Engine::Pytest::TestReport &t) {
                        if (!begun) {
                            history.begin(0, arguments);
                            begun = true;
                        }
                        auto r = t.toResult();
                        r.repetition = rep;
                        history.record(r);
                        const auto done = result.report.results.size() + 1;
                        deliver([this, done] { emit progressChanged(int(done), 0); });
                        result.report.results.push_back(std::move(r));
                    },
                    true);
                auto report = run.toReport();
                if (begun && !run.cancelled) {
                    history.finish(report);
                    lastRun = history.runId();
                }
                const std::size_t offset = result.report.results.size() - report.results.size();
                for (auto span : report.fixtureSpans) {
                    span.firstTest += offset;
                    span.lastTest += offset;
                    fixtureScopes.emplace(span.name, Engine::Suite::toString(span.scope));
                    result.report.fixtureSpans.push_back(std::move(span));
                }
                result.report.seconds += report.seconds;
                result.report.seed = report.seed;
                result.report.cancelled = run.cancelled;
                result.timeline += run.setupShow();
                result.leakedOverrides = run.leakedOverrides();
                if (!run.interruption.empty() && !run.cancelled)
                    result.interruption = run.interruption;
                if (run.exitStatus >= 2 && !run.cancelled && run.interruption.empty()
                    && run.tests.empty())
                    result.interruption = "pytest ended with exit status "
                                          + std::to_string(run.exitStatus)
                                          + " before running a test (a collection error?)";
                if (run.exitStatus >= 2)
                    break;
            }
        } catch (const std::exception &e) {
            result.interruption = e.what();
        }
        for (const auto &[name, scope] : fixtureScopes)
            result.fixtures.emplace_back(name, scope);
        if (lastRun) {
            try {
                Engine::Suite::History runs(historyPath);
                result.history = runs.summary(20);
                result.previous = runs.previousOutcomes(*lastRun);
            } catch (const std::exception &e) {
                result.historyProblem = std::string("the history could not be read: ") + e.what();
            }
        }
        deliver([this, result] { emit suiteRunFinished(result); });
    });
}

void SuiteClient::findPytestPolluter(const PytestProject &project, const QString &target,
                                     const QStringList &before)
{
    auto options = pytestOptions(project);
    m_cancel->store(false);
    options.cancel = m_cancel.get();
    const auto cancel = m_cancel;
    const auto ids = strings(before);
    const std::string test = target.toStdString();
    post([this, options, cancel, ids, test](const Deliver &deliver) {
        Engine::Suite::PolluterReport report;
        QString error;
        const int budget = Engine::Pytest::polluterRunBudget(ids.size());
        int done = 0;
        try {
            const auto found = Engine::Pytest::findPolluter(
                options, test, ids, [this, &done, budget, &deliver](const std::string &) {
                    ++done;
                    deliver([this, done, budget] { emit progressChanged(done, budget); });
                });
            report.passesAlone = found.passesAlone;
            report.failsInSuite = found.failsAfterTheOthers;
            report.polluter = found.polluter;
            report.failure = found.failure;
            report.steps = found.steps;
            report.steps.push_back(std::to_string(found.runs) + " pytest runs");
            report.cancelled = found.cancelled;
            for (const auto &left : found.leftovers) {
                const auto arrow = left.find(" -> ");
                report.leftovers.overrides.push_back(
                    {{"dependency", left.substr(0, arrow)},
                     {"provider", arrow == std::string::npos ? "" : left.substr(arrow + 4)},
                     {"set_by", found.polluter}});
            }
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        deliver([this, report, error] { emit polluterSearchFinished(report, error); });
    });
}
