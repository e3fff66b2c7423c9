#include "widgets/engine/engineclient.h"

#include "engine/target/describe.h"

#include <filesystem>

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>
#include <QStandardPaths>
#include <QtConcurrent>

#include <cstdio>

#include "engine/catalog/catalog.h"
#include "engine/core/clock.h"
#include "engine/core/pyjson.h"
#include "engine/pipeline/route.h"
#include "engine/store/database.h"
#include "engine/suite/history.h"
#include "engine/suite/runner.h"
#include "engine/target/session.h"
#include "widgets/engine/reportchannel.h"

struct EngineClient::State
{
    std::unique_ptr<Engine::Client::RequestHistory> history;
    std::unique_ptr<Engine::Target::Session> session;
    std::string databasePath;
    // The other side of Send to both…, kept for the next comparison with the same target.
    std::unique_ptr<Engine::Target::Session> other;
    std::string otherKey;
    // The target a request is being sent to now (set on the worker around send), for
    // abandonWork to interrupt from the GUI thread.
    std::atomic<Engine::Target::Target *> sending{nullptr};

    Engine::Target::Target &target() { return session->target(); }
};

namespace {
std::atomic<int> g_stranded{0};
}

// One worker: a thread of its own (a pool of one, so jobs stay in order) owning one engine
// state, and the channel its jobs report through. Ending it closes the channel, interrupts
// what its session is sending, and frees it: at once when the job ends in time, else on its own
// thread when the job returns at last.
class EngineClient::Worker
{
public:
    Worker(EngineClient *client, std::unique_ptr<State> state)
        : m_channel(std::make_shared<ReportChannel>(client))
        , m_state(std::move(state))
    {
        m_pool.setMaxThreadCount(1);
    }

    State &state() { return *m_state; }
    const std::shared_ptr<ReportChannel> &channel() const { return m_channel; }

    template<class F>
    void start(F job)
    {
        (void)QtConcurrent::run(&m_pool, std::move(job));
    }

    // Ends the worker (on the GUI thread). True when its job ended within waitMs; otherwise
    // the worker is stranded: it deletes itself when the job returns.
    static bool end(std::unique_ptr<Worker> worker, int waitMs)
    {
        worker->m_channel->close();
        if (Engine::Target::Target *target = worker->m_state->sending.load())
            (void)target->interrupt();
        if (worker->m_pool.waitForDone(waitMs))
            return true; // the state ends here, with the worker
        ++g_stranded;
        Worker *stranded = worker.release();
        stranded->m_pool.start([stranded] {
            stranded->m_state.reset(); // on the worker's thread, after the stuck job
            // The pool cannot be deleted from its own thread: the GUI thread, which made it,
            // deletes it (at exit, with the process).
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [stranded] {
                    delete stranded;
                    --g_stranded;
                },
                Qt::QueuedConnection);
        });
        return false;
    }

private:
    std::shared_ptr<ReportChannel> m_channel;
    std::unique_ptr<State> m_state;
    QThreadPool m_pool;
};

class EngineClient::Reporter
{
public:
    // Reports through the channel; without one (the synchronous test seam), at once.
    Reporter(EngineClient *client, std::shared_ptr<ReportChannel> channel)
        : m_client(client)
        , m_channel(std::move(channel))
    {}

    template<class F>
    void operator()(F f) const
    {
        if (m_channel)
            m_channel->post([client = m_client, f]() mutable { f(*client); });
        else
            f(*m_client);
    }

    void error(const QString &message) const
    {
        (*this)([message](EngineClient &c) { emit c.errorOccurred(message); });
    }

    // Runs f, reporting what it throws as the client's error.
    template<class F>
    void guard(F f) const
    {
        try {
            f();
        } catch (const std::exception &e) {
            error(QString::fromStdString(e.what()));
        }
    }

private:
    EngineClient *m_client;
    std::shared_ptr<ReportChannel> m_channel;
};

namespace {
// A session on the target the spec names; a built-in app keeps its data in databasePath.
std::unique_ptr<Engine::Target::Session> openSession(Engine::Catalog::TargetSpec spec,
                                                     const std::string &databasePath)
{
    if (spec.kind == Engine::Catalog::TargetSpec::Kind::App && spec.databasePath.empty())
        spec.databasePath = databasePath;
    auto session = std::make_unique<Engine::Target::Session>(
        Engine::Catalog::open(spec), Engine::Target::SessionOptions{false, true});
    try {
        session->target().openLifespan();
    } catch (const std::exception &) {
        // The window still works without the lifespan (as TestClient does without `with`).
    }
    return session;
}
} // namespace

std::unique_ptr<EngineClient::State>
EngineClient::makeState(const std::string &databasePath, const Engine::Catalog::TargetSpec &spec,
                        bool withSession)
{
    auto state = std::make_unique<State>();
    state->databasePath = databasePath;
    const std::string historyPath
        = (std::filesystem::path(databasePath).parent_path() / "requests.db").string();
    try {
        state->history = std::make_unique<Engine::Client::RequestHistory>(
            historyPath, Engine::Clock::system().nowMicros());
    } catch (const std::exception &) {
        state->history.reset(); // no history (read-only directory, ...): the window still works
    }
    if (!withSession)
        return state;
    try {
        state->session = openSession(spec, databasePath);
    } catch (const std::exception &) {
        // A target that no longer opens (an app that broke since): the default app instead.
        state->session = openSession({}, databasePath);
    }
    return state;
}

EngineClient::EngineClient(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Engine::Client::ResponseSummary>();
    qRegisterMetaType<AnswerComparison>();
    QString path = databasePath;
    m_defaultLocation = path.isEmpty();
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + QStringLiteral("/forge.db");
    }
    m_databasePath = path.toStdString();
    m_worker = std::make_unique<Worker>(this, makeState(m_databasePath, m_spec));
    m_snapshot = takeSnapshot(m_worker->state());
}

EngineClient::~EngineClient()
{
    if (Worker::end(std::move(m_worker), kExitWaitMs))
        return;
    // A handler in this process that never returns: its thread cannot be stopped from here.
    std::fprintf(stderr,
                 "api-explorer: a request did not finish within %d s of the window closing; "
                 "its thread ends with the process\n",
                 kExitWaitMs / 1000);
}

int EngineClient::strandedWorkers()
{
    return g_stranded.load();
}

QString EngineClient::runHistoryPath() const
{
    if (m_defaultLocation)
        return QString::fromStdString(Engine::Suite::History::defaultPath());
    return QString::fromStdString(
        (std::filesystem::path(m_databasePath).parent_path() / "runs.db").string());
}

bool EngineClient::abandonWork()
{
    if (m_synchronous || m_pending == 0)
        return false;
    m_pending = 0;
    // A request to the user's app or a server is ended as a client that gives up ends it:
    // the app's process is killed, the transfer aborted; the worker then ends at once.
    (void)Worker::end(std::move(m_worker), kInterruptWaitMs);
    // A fresh engine with what the window had chosen (toggles and the GUI's overrides), built
    // on the worker: a Python app starts its bridge and a server is asked for its routes, which
    // must neither freeze the window nor, when the server is gone, end it.
    m_worker = std::make_unique<Worker>(this, makeState(m_databasePath, m_spec, false));
    const EngineSnapshot before = m_snapshot;
    const Engine::Catalog::TargetSpec spec = m_spec;
    const std::string databasePath = m_databasePath;
    run([before, spec, databasePath](State &s, const Reporter &report) {
        try {
            s.session = openSession(spec, databasePath);
        } catch (const std::exception &e) {
            // The target no longer opens (a server that went away): the default app instead.
            s.session = openSession({}, databasePath);
            const QString message = QString::fromStdString(e.what());
            report([message](EngineClient &c) {
                c.m_spec = {};
                emit c.targetOpened(QString::fromStdString(Engine::Catalog::defaultApp()));
                emit c.errorOccurred(tr("The target could not be opened again (%1); the "
                                        "built-in app answers now.")
                                         .arg(message));
            });
            return;
        }
        Engine::Target::Target &target = s.target();
        report.guard([&] {
            target.setRaiseServerExceptions(before.raiseServerExceptions);
            if (target.errorStyle()) {
                target.setDebug(before.debug);
                target.setErrorStyle(before.errorStyle);
            }
            for (const auto &o : before.overrides)
                if (o.setBy == "GUI")
                    target.setOverride(o.dependency, o.provider, "GUI");
            if (!before.lifespan)
                target.closeLifespan();
        });
    });
    emit workAbandoned();
    return true;
}

void EngineClient::setBeforeSendHook(std::function<void()> hook)
{
    m_beforeSend = std::move(hook);
}

void EngineClient::setSynchronous(bool on)
{
    m_synchronous = on;
}

EngineSnapshot EngineClient::takeSnapshot(State &state)
{
    EngineSnapshot s;
    Engine::Target::Target &target = state.target();
    for (const auto &r : target.routes()) {
        EngineSnapshot::Route route;
        route.method = r.websocket() ? "WS" : (r.methods.empty() ? "" : r.methods.front());
        route.path = r.path;
        route.name = r.name;
        route.summary = r.summary;
        route.group = r.tags.empty() ? target.name() : r.tags.front();
        route.dependencies = r.dependencies;
        std::vector<std::string> names;
        try {
            names = Engine::Pipeline::PathTemplate(r.path).paramNames();
        } catch (const Engine::Error &) {
            // A convertor Starlette does not know: the route is listed without fields.
        }
        for (const auto &name : names) {
            EngineSnapshot::Route::PathParam param{name, "string", {}};
            for (const auto &p : r.parameters) {
                if (p.in != "path" || p.name != name)
                    continue;
                if (!p.type.empty())
                    param.type = p.type;
                for (const auto &choice : p.choices)
                    param.choices.push_back(choice.is_string() ? choice.get<std::string>()
                                                               : choice.dump());
            }
            route.pathParams.push_back(std::move(param));
        }
        for (const auto &p : r.parameters)
            if (p.in == "query") {
                route.queryParams.emplace_back(p.name, p.defaultValue);
                if (p.required)
                    route.requiredQuery.push_back(p.name);
            }
        if (r.bodySkeleton)
            route.bodySkeleton = *r.bodySkeleton;
        route.bodyMedia = r.bodyMedia;
        route.fileFields = r.fileFields;
        route.dependencyTree = r.dependencyTree;
        s.routes.push_back(std::move(route));
    }
    for (const auto &d : target.dependencies()) {
        EngineSnapshot::Dependency dep;
        dep.name = d.name;
        dep.description = d.description;
        for (const auto &p : d.providers)
            dep.providers.emplace_back(p.name, p.description);
        dep.active = d.active;
        s.dependencies.push_back(std::move(dep));
    }
    s.targetKind = target.kind();
    s.targetName = target.name();
    s.hasDatabase = target.database() != nullptr;
    s.hasMails = target.mails() != nullptr;
    s.canSetErrorStyle = target.errorStyle().has_value();
    s.noDatabaseReason = s.hasDatabase ? std::string() : target.missingCapabilityReason("database");
    s.noMailsReason = s.hasMails ? std::string() : target.missingCapabilityReason("mails");
    s.overrides = target.activeOverrides();
    if (const auto *mails = target.mails())
        s.mails = mails->sentMails();
    s.lifespan = target.lifespanActive();
    s.raiseServerExceptions = target.raiseServerExceptions();
    s.debug = target.debug();
    s.errorStyle = target.errorStyle().value_or(Engine::Validation::ErrorStyle::V2);
    s.databasePath = state.databasePath;
    if (state.history) {
        s.history = state.history->search("", 200);
        s.historyNotice = state.history->movedAside();
    }
    Engine::Target::DatabaseAccess *access = target.database();
    if (Engine::Store::Database *db = access ? access->activeDatabase() : nullptr) {
        s.tablesSource = db->path() == ":memory:"
                             ? std::string("sqlite_memory (in memory, this test only)")
                             : db->path();
        for (const auto &t : access->tableNames()) {
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

void EngineClient::run(std::function<void(State &, const Reporter &)> work)
{
    const Reporter report(this, m_synchronous ? nullptr : m_worker->channel());
    // What a job or the snapshot after it throws is reported as the client's error; the job
    // still ends (were it left pending, the window would stay busy for good).
    const auto perform = [work](State &state, const Reporter &r) {
        r.guard([&] { work(state, r); });
        std::optional<EngineSnapshot> snap;
        r.guard([&] { snap = takeSnapshot(state); });
        return snap;
    };
    if (m_synchronous) {
        if (auto snap = perform(m_worker->state(), report))
            publish(std::move(*snap));
        return;
    }
    if (m_pending++ == 0)
        emit busyChanged(true);
    State *state = &m_worker->state();
    m_worker->start([report, state, perform] {
        auto snap = perform(*state, report);
        report([snap = std::move(snap)](EngineClient &c) mutable {
            if (snap)
                c.publish(std::move(*snap));
            if (--c.m_pending == 0)
                emit c.busyChanged(false);
        });
    });
}

void EngineClient::send(const Engine::Client::ComposedRequest &request)
{
    const auto hook = m_beforeSend;
    run([request, hook](State &s, const Reporter &report) {
        if (hook)
            hook();
        Engine::Client::ResponseSummary summary;
        try {
            s.sending = &s.target();
            struct Done
            {
                std::atomic<Engine::Target::Target *> &sending;
                ~Done() { sending = nullptr; }
            } done{s.sending};
            const auto result = s.session->send(Engine::Client::composeRequest(request), true);
            summary = Engine::Client::summarize(result, !s.target().activeOverrides().empty());
            if (s.history)
                s.history->record(request, summary, Engine::Clock::system().nowMicros());
        } catch (const std::exception &e) {
            report.error(QString::fromStdString(e.what()));
            return;
        }
        report([summary](EngineClient &c) { emit c.responseReady(summary); });
    });
}

void EngineClient::compareWith(const Engine::Catalog::TargetSpec &other,
                               const Engine::Client::ComposedRequest &request,
                               const QStringList &ignoredHeaders)
{
    std::vector<std::string> ignored;
    for (const QString &name : ignoredHeaders)
        if (!name.trimmed().isEmpty())
            ignored.push_back(name.trimmed().toLower().toStdString());
    const std::string databasePath = m_databasePath;
    const std::string key = Engine::Catalog::toString(other.kind) + "\x1f" + other.app + "\x1f"
                            + other.openapiFile + "\x1f" + other.asgi + "\x1f" + other.appDir
                            + "\x1f" + other.baseUrl;
    run([other, request, databasePath, key, ignored](State &s, const Reporter &report) {
        try {
            if (!s.other || s.otherKey != key) {
                s.other.reset();
                s.other = openSession(other, databasePath);
                s.otherKey = key;
            }
            const auto options = Engine::Client::composeRequest(request);
            Engine::Json answers[2];
            Engine::Target::Session *sides[2] = {s.session.get(), s.other.get()};
            for (int side = 0; side < 2; ++side) {
                try {
                    answers[side] = Engine::Client::answerJson(sides[side]->send(options, false));
                } catch (const std::exception &e) {
                    answers[side] = Engine::Json{{"error", e.what()}};
                }
            }
            AnswerComparison comparison;
            comparison.answers
                = Engine::Suite::sideBySide(std::move(answers[0]), std::move(answers[1]), ignored);
            comparison.left = QString::fromStdString(s.target().name());
            comparison.right = QString::fromStdString(s.other->target().name());
            comparison.request = QString::fromStdString(request.method + " " + request.path);
            report([comparison](EngineClient &c) { emit c.answersCompared(comparison); });
        } catch (const std::exception &e) {
            s.other.reset();
            report.error(QString::fromStdString(e.what()));
        }
    });
}

QStringList AnswerComparison::differenceLines() const
{
    const auto show = [](const std::optional<Engine::Json> &v) {
        return v ? QString::fromStdString(Engine::PyJson::dump(*v)) : QStringLiteral("(absent)");
    };
    QStringList lines;
    for (const auto &row : answers.rows) {
        const auto &d = row.difference;
        lines << QStringLiteral("%1: %2 → %3")
                     .arg(QString::fromStdString(d.pointer.empty() ? "/" : d.pointer),
                          show(d.expected), show(d.actual));
    }
    return lines;
}

void EngineClient::openTarget(const Engine::Catalog::TargetSpec &spec)
{
    const std::string databasePath = m_databasePath;
    run([spec, databasePath](State &s, const Reporter &report) {
        std::unique_ptr<Engine::Target::Session> session;
        try {
            session = openSession(spec, databasePath);
            // Its routes now, so that a document that cannot be read (a server's, or the file
            // given with it) fails the opening and the previous target stays.
            (void)session->target().routes();
        } catch (const std::exception &e) {
            const QString message = QString::fromStdString(e.what());
            report([message](EngineClient &c) { emit c.targetFailed(message); });
            return;
        }
        const QString name = QString::fromStdString(session->target().name());
        s.session = std::move(session); // the previous target ends here, on the worker
        report([spec, name](EngineClient &c) {
            c.m_spec = spec;
            emit c.targetOpened(name);
        });
    });
}

void EngineClient::reloadTarget()
{
    const std::string databasePath = m_databasePath;
    const Engine::Catalog::TargetSpec spec = m_spec;
    run([spec, databasePath](State &s, const Reporter &report) {
        const auto before = s.target().routes();
        const auto overrides = s.target().activeOverrides();
        std::unique_ptr<Engine::Target::Session> session;
        try {
            session = openSession(spec, databasePath);
        } catch (const std::exception &e) {
            const QString message = QString::fromStdString(e.what());
            report([message](EngineClient &c) { emit c.targetFailed(message); });
            return;
        }
        for (const auto &o : overrides) {
            try {
                session->target().setOverride(o.dependency, o.provider, o.setBy);
            } catch (const std::exception &) {
                // The dependency or its double is gone from the new document.
            }
        }
        QStringList changes;
        for (const auto &line : Engine::Target::routeChanges(before, session->target().routes()))
            changes << QString::fromStdString(line);
        s.session = std::move(session);
        report([changes](EngineClient &c) { emit c.targetReloaded(changes); });
    });
}

void EngineClient::setOverride(const QString &dependency, const QString &provider)
{
    const std::string dep = dependency.toStdString(), prov = provider.toStdString();
    run([dep, prov](State &s, const Reporter &report) {
        Engine::Target::Target &target = s.target();
        for (const auto &d : target.dependencies()) {
            if (d.name != dep)
                continue;
            try {
                if (prov == "real" || (!d.providers.empty() && prov == d.providers.front().name))
                    target.removeOverride(dep, "GUI");
                else
                    target.setOverride(dep, prov, "GUI");
            } catch (const std::exception &e) {
                report.error(QString::fromStdString(e.what()));
            }
        }
    });
}

void EngineClient::clearOverrides()
{
    run([](State &s, const Reporter &) { s.target().clearOverrides("GUI"); });
}

void EngineClient::setLifespan(bool on)
{
    run([on](State &s, const Reporter &report) {
        if (on) {
            try {
                s.target().openLifespan();
            } catch (const std::exception &e) {
                report.error(QString::fromStdString(e.what()));
            }
        } else {
            s.target().closeLifespan();
        }
    });
}

void EngineClient::setRaiseServerExceptions(bool on)
{
    run([on](State &s, const Reporter &) { s.target().setRaiseServerExceptions(on); });
}

void EngineClient::setDebug(bool on)
{
    run([on](State &s, const Reporter &report) { report.guard([&] { s.target().setDebug(on); }); });
}

void EngineClient::setErrorStyle(Engine::Validation::ErrorStyle style)
{
    run([style](State &s, const Reporter &report) {
        report.guard([&] { s.target().setErrorStyle(style); });
    });
}

void EngineClient::fetchToken(const QString &username, const QString &password)
{
    const Engine::Json body{{"username", username.toStdString()},
                            {"password", password.toStdString()}};
    run([body](State &s, const Reporter &report) {
        const auto path = s.target().tokenPath();
        if (!path) {
            report([](EngineClient &c) {
                emit c.errorOccurred(tr("This target declares no OAuth2 password flow, so there "
                                        "is no token route to ask."));
            });
            return;
        }
        const auto result = s.session->send({"POST", *path, {}, body, std::nullopt}, false);
        const auto json = result.response.parsedJson();
        if (result.response.status == 200 && json && json->contains("access_token")) {
            const QString token
                = QString::fromStdString((*json)["access_token"].get<std::string>());
            report([token](EngineClient &c) { emit c.tokenReady(token); });
        } else {
            const QString message = result.error ? QString::fromStdString(result.error->message)
                                                 : QString::fromStdString(result.response.body);
            report([message](EngineClient &c) { emit c.errorOccurred(message); });
        }
    });
}

void EngineClient::refresh()
{
    run([](State &, const Reporter &) {});
}
