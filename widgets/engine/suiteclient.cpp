#include "widgets/engine/suiteclient.h"

#include <cstdio>
#include <sstream>

#include <QMetaObject>
#include <QPointer>

#include "engine/core/clock.h"
#include "engine/suite/export.h"
#include "engine/suite/savetest.h"

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
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<SuiteRun>();
    qRegisterMetaType<RunComparison>();
    qRegisterMetaType<Engine::Suite::PolluterReport>();
    m_pool->setMaxThreadCount(1);
}

SuiteClient::~SuiteClient()
{
    m_cancel->store(true); // a run stops at its next test
    if (m_pool->waitForDone(kShutdownWaitMs))
        return;
    // A test whose handler never returns: its thread cannot be stopped from here. Say so and
    // leave it to end with the process rather than hang the window's exit.
    std::fprintf(stderr,
                 "api-explorer: a suite run did not stop within %d s of the window closing; it is "
                 "left behind\n",
                 kShutdownWaitMs / 1000);
    (void)m_pool.release();
}

void SuiteClient::post(std::function<void(const Deliver &)> work)
{
    if (m_synchronous) {
        work([](const std::function<void()> &f) { f(); });
        return;
    }
    if (m_pending++ == 0)
        emit busyChanged(true);
    // Deliveries are queued to this object: Qt drops them if it is gone (it outlives the
    // worker's jobs anyway: the destructor waits for them).
    const Deliver deliver = [this](std::function<void()> f) {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
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
