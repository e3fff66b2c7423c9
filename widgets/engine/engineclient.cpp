#include "widgets/engine/engineclient.h"

#include <filesystem>

#include <QDir>
#include <QMetaObject>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent>

#include <sstream>

#include "engine/client/testclient.h"
#include "engine/core/clock.h"
#include "engine/suite/history.h"
#include "engine/validation/openapi.h"

struct EngineClient::State
{
    std::unique_ptr<Engine::Client::RequestHistory> history;
    std::unique_ptr<Engine::Suite::History> runs;
    std::string runsProblem;
    std::unique_ptr<Engine::Demo::ForgeApp> app;
    std::unique_ptr<Engine::Client::TestClient> client;
    std::unique_ptr<Engine::Client::LifespanSession> session;
    std::string databasePath;
};

EngineClient::EngineClient(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
{
    qRegisterMetaType<Engine::Client::ResponseSummary>();
    qRegisterMetaType<SuiteRun>();
    qRegisterMetaType<Engine::Suite::PolluterReport>();
    m_pool.setMaxThreadCount(1);
    QString path = databasePath;
    const bool defaultLocation = path.isEmpty();
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + QStringLiteral("/forge.db");
    }
    m_state->databasePath = path.toStdString();
    const std::string historyPath
        = (std::filesystem::path(m_state->databasePath).parent_path() / "requests.db").string();
    try {
        m_state->history = std::make_unique<Engine::Client::RequestHistory>(
            historyPath, Engine::Clock::system().nowMicros());
    } catch (const std::exception &) {
        m_state->history.reset(); // no history (read-only directory, ...): the window still works
    }
    try {
        m_state->runs = std::make_unique<Engine::Suite::History>(
            defaultLocation
                ? Engine::Suite::History::defaultPath()
                : (std::filesystem::path(m_state->databasePath).parent_path() / "runs.db")
                      .string());
    } catch (const std::exception &e) {
        m_state->runsProblem = std::string("the run history is unavailable: ") + e.what();
    }
    Engine::Demo::ForgeOptions options;
    options.databasePath = m_state->databasePath;
    m_state->app = std::make_unique<Engine::Demo::ForgeApp>(options);
    m_state->client = std::make_unique<Engine::Client::TestClient>(*m_state->app);
    try {
        m_state->session = m_state->client->session();
    } catch (const std::exception &e) {
        // The window still works without the lifespan (as TestClient does without `with`).
        m_state->session.reset();
    }
    m_snapshot = takeSnapshot(*m_state);
}

EngineClient::~EngineClient()
{
    m_pool.waitForDone();
}

void EngineClient::setSynchronous(bool on)
{
    m_synchronous = on;
}

namespace {
// How a path parameter's type reads in its field's placeholder.
std::string typeLabel(const Engine::Validation::Type &type)
{
    using Engine::Validation::Kind;
    switch (type.kind) {
    case Kind::Integer:
        return "integer";
    case Kind::Number:
        return "number";
    case Kind::Boolean:
        return "boolean";
    case Kind::Literal: {
        std::string out = "one of ";
        for (std::size_t i = 0; i < type.literals.size(); ++i)
            out += (i ? ", " : "")
                   + (type.literals[i].is_string() ? type.literals[i].get<std::string>()
                                                   : type.literals[i].dump());
        return out;
    }
    default:
        return "string";
    }
}
} // namespace

EngineSnapshot EngineClient::takeSnapshot(State &state)
{
    EngineSnapshot s;
    const auto &app = *state.app;
    for (const auto &r : app.routes()) {
        if (!r.includeInSchema)
            continue;
        EngineSnapshot::Route route;
        route.method = r.isWebSocket ? "WS" : (r.methods.empty() ? "" : r.methods.front());
        route.path = r.path;
        route.name = r.name;
        route.summary = r.displaySummary();
        route.group = r.tags.empty() ? "forge" : r.tags.front();
        route.dependencies = r.dependencies;
        for (const auto &name : r.pattern.paramNames()) {
            EngineSnapshot::Route::PathParam param{name, "string"};
            for (const auto &p : r.params)
                if (p.source == Engine::Pipeline::ParamSource::Path && p.name == name)
                    param.type = typeLabel(p.type);
            route.pathParams.push_back(std::move(param));
        }
        for (const auto &p : r.params) {
            if (p.source == Engine::Pipeline::ParamSource::Query)
                route.queryParams.emplace_back(p.name, p.defaultValue);
            if (p.source == Engine::Pipeline::ParamSource::Body && p.type.model)
                route.bodySkeleton = Engine::Validation::skeleton(*p.type.model);
        }
        route.dependencyTree = app.dependencies().tree(r.dependencies, app.overrides());
        s.routes.push_back(std::move(route));
    }
    for (const auto &d : app.dependencies().all()) {
        EngineSnapshot::Dependency dep;
        dep.name = d.name;
        dep.description = d.description;
        dep.providers.emplace_back(d.real.name, d.real.description);
        for (const auto &p : d.doubles)
            dep.providers.emplace_back(p.name, p.description);
        dep.active = app.dependencies().activeProvider(d.name, app.overrides()).name;
        s.dependencies.push_back(std::move(dep));
    }
    s.overrides = app.overrides().active();
    s.mails = app.recordedMails();
    s.lifespan = app.lifespanActive();
    s.raiseServerExceptions = state.client->options().raiseServerExceptions;
    s.debug = app.config().debug;
    s.errorStyle = app.config().errorStyle;
    s.databasePath = state.databasePath;
    if (state.history) {
        s.history = state.history->search("", 200);
        s.historyNotice = state.history->movedAside();
    }
    if (Engine::Store::Database *db = app.activeDatabase()) {
        s.tablesSource = db->path() == ":memory:"
                             ? std::string("sqlite_memory (in memory, this test only)")
                             : db->path();
        for (const auto &t : Engine::Demo::ForgeApp::metadata().tableNames()) {
            try {
                s.tables.emplace_back(
                    t, db->query("SELECT * FROM " + t + " ORDER BY rowid LIMIT 200"));
            } catch (const std::exception &) {
                s.tables.emplace_back(t, Engine::Json::array());
            }
        }
    }
    return s;
}

void EngineClient::publish(EngineSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    emit snapshotChanged();
}

void EngineClient::run(std::function<void(State &)> work)
{
    if (m_synchronous) {
        work(*m_state);
        publish(takeSnapshot(*m_state));
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    QPointer<EngineClient> self(this);
    State *state = m_state.get();
    (void)QtConcurrent::run(&m_pool, [self, state, work] {
        work(*state);
        EngineSnapshot snap = takeSnapshot(*state);
        QMetaObject::invokeMethod(
            self.data(),
            [self, snap = std::move(snap)]() mutable {
                if (!self)
                    return;
                self->publish(std::move(snap));
                self->m_busy = false;
                emit self->busyChanged(false);
            },
            Qt::QueuedConnection);
    });
}

namespace {
// Emits a signal on the GUI thread from the worker (or at once when synchronous).
template<class F>
void onGuiThread(EngineClient *client, bool synchronous, F f)
{
    if (synchronous) {
        f();
        return;
    }
    QPointer<EngineClient> self(client);
    QMetaObject::invokeMethod(
        client,
        [self, f] {
            if (self)
                f();
        },
        Qt::QueuedConnection);
}
} // namespace

void EngineClient::send(const Engine::Client::ComposedRequest &request)
{
    const bool sync = m_synchronous;
    run([this, request, sync](State &s) {
        Engine::Client::ResponseSummary summary;
        try {
            const auto result = s.client->send(Engine::Client::composeRequest(request), true);
            summary = Engine::Client::summarize(result, *s.app);
            if (s.history)
                s.history->record(request, summary, Engine::Clock::system().nowMicros());
        } catch (const std::exception &e) {
            const QString message = QString::fromStdString(e.what());
            onGuiThread(this, sync, [this, message] { emit errorOccurred(message); });
            return;
        }
        onGuiThread(this, sync, [this, summary] { emit responseReady(summary); });
    });
}

void EngineClient::setOverride(const QString &dependency, const QString &provider)
{
    const std::string dep = dependency.toStdString(), prov = provider.toStdString();
    run([dep, prov](State &s) {
        const auto *d = s.app->dependencies().find(dep);
        if (!d)
            return;
        if (prov == "real" || prov == d->real.name)
            s.app->overrides().remove(dep, "GUI");
        else
            s.app->overrides().set(dep, prov, "GUI");
    });
}

void EngineClient::clearOverrides()
{
    run([](State &s) { s.app->overrides().clear("GUI"); });
}

void EngineClient::setLifespan(bool on)
{
    const bool sync = m_synchronous;
    run([this, on, sync](State &s) {
        if (on && !s.session) {
            try {
                s.session = s.client->session();
            } catch (const std::exception &e) {
                const QString message = QString::fromStdString(e.what());
                onGuiThread(this, sync, [this, message] { emit errorOccurred(message); });
            }
        } else if (!on) {
            s.session.reset();
        }
    });
}

void EngineClient::setRaiseServerExceptions(bool on)
{
    run([on](State &s) { s.client->options().raiseServerExceptions = on; });
}

void EngineClient::setDebug(bool on)
{
    run([on](State &s) { s.app->config().debug = on; });
}

void EngineClient::setErrorStyle(Engine::Validation::ErrorStyle style)
{
    run([style](State &s) { s.app->config().errorStyle = style; });
}

void EngineClient::fetchToken(const QString &username, const QString &password)
{
    const bool sync = m_synchronous;
    const Engine::Json body{{"username", username.toStdString()},
                            {"password", password.toStdString()}};
    run([this, body, sync](State &s) {
        const auto result = s.client->send({"POST", "/forge/token", {}, body, std::nullopt}, false);
        const auto json = result.response.parsedJson();
        if (result.response.status == 200 && json && json->contains("access_token")) {
            const QString token
                = QString::fromStdString((*json)["access_token"].get<std::string>());
            onGuiThread(this, sync, [this, token] { emit tokenReady(token); });
        } else {
            const QString message = result.error ? QString::fromStdString(result.error->message)
                                                 : QString::fromStdString(result.response.body);
            onGuiThread(this, sync, [this, message] { emit errorOccurred(message); });
        }
    });
}

namespace {
// Reports progress on the GUI thread when the percentage changes (not for every one of
// 10,000 tests).
std::function<void(std::size_t, std::size_t)> progressReporter(EngineClient *client, bool sync)
{
    auto last = std::make_shared<int>(-1);
    return [client, sync, last](std::size_t done, std::size_t total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent == *last)
            return;
        *last = percent;
        onGuiThread(client, sync,
                    [client, done, total] { emit client->progressChanged(int(done), int(total)); });
    };
}
} // namespace

void EngineClient::cancel()
{
    m_cancel = true;
}

void EngineClient::runSuites(const QStringList &paths, quint64 seed, bool isolate, int repeat,
                             const QStringList &only)
{
    const bool sync = m_synchronous;
    std::vector<std::string> files, names;
    for (const auto &p : paths)
        files.push_back(p.toStdString());
    for (const auto &n : only)
        names.push_back(n.toStdString());
    const auto style = m_snapshot.errorStyle;
    m_cancel = false;
    run([this, files, names, seed, isolate, repeat, sync, style](State &s) {
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
            Engine::Suite::RunOptions options;
            if (seed)
                options.seed = seed;
            options.isolate = isolate;
            options.repeat = std::max(1, repeat);
            options.setupShow = true;
            options.errorStyle = style;
            options.only = names;
            options.cancel = &m_cancel;
            options.progress = progressReporter(this, sync);
            std::ostringstream lines;
            const auto started = Engine::Clock::system().nowMicros();
            result.report = Engine::Suite::Runner(options, &lines).run(loaded.suites);
            result.timeline = lines.str();
            result.historyProblem = s.runsProblem;
            if (s.runs && !result.report.cancelled) {
                try {
                    std::string args = "window";
                    for (const auto &f : files)
                        args += " " + f;
                    const auto id = s.runs->beginRun(result.report.seed, args, started);
                    for (const auto &r : result.report.results)
                        s.runs->record(id, r);
                    s.runs->finishRun(id, result.report, Engine::Clock::system().nowMicros());
                    result.passRates = s.runs->summary(20)["tests"];
                } catch (const std::exception &e) {
                    result.historyProblem
                        = std::string("the run could not be recorded: ") + e.what();
                }
            }
        }
        onGuiThread(this, sync, [this, result] { emit suiteRunFinished(result); });
    });
}

void EngineClient::findPolluter(const QString &path, const QString &target)
{
    const bool sync = m_synchronous;
    const std::string file = path.toStdString(), test = target.toStdString();
    const auto style = m_snapshot.errorStyle;
    m_cancel = false;
    run([this, file, test, sync, style](State &) {
        Engine::Suite::PolluterReport report;
        QString error;
        auto loaded = Engine::Suite::loadSuites({file});
        if (!loaded.ok()) {
            error = QString::fromStdString(loaded.errors.front().toString());
        } else {
            try {
                Engine::Suite::RunOptions options;
                options.errorStyle = style;
                options.cancel = &m_cancel;
                options.progress = progressReporter(this, sync);
                report = Engine::Suite::findPolluter(loaded.suites.front(), test, options);
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
            }
        }
        onGuiThread(this, sync,
                    [this, report, error] { emit polluterSearchFinished(report, error); });
    });
}

void EngineClient::refresh()
{
    run([](State &) {});
}
