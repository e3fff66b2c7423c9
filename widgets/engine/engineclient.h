#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>

#include "engine/catalog/catalog.h"
#include "engine/client/presentation.h"
#include "engine/client/requesthistory.h"
#include "engine/core/json.h"
#include "engine/di/overrides.h"
#include "engine/suite/runner.h"
#include "engine/target/target.h"
#include "engine/validation/errorstyle.h"

// What the window shows of the engine's state; copied out of the engine after each change so
// the GUI thread never touches the engine itself.
struct EngineSnapshot
{
    struct Route
    {
        std::string method;
        std::string path;
        std::string name;
        std::string summary;
        std::string group; // first tag, or the target's name
        std::vector<std::string> dependencies;
        struct PathParam
        {
            std::string name;
            std::string type;                 // "integer", "string", ...
            std::vector<std::string> choices; // an enum's values, as they go in the path
        };
        std::vector<PathParam> pathParams;
        std::vector<std::pair<std::string, Engine::Json>> queryParams; // name, default
        Engine::Json bodySkeleton;                                     // null without a body
        Engine::Json dependencyTree;
        std::vector<std::string> requiredQuery;   // the query parameters always sent
        std::string bodyMedia = {};               // the body's declared media type, or empty
        std::vector<std::string> fileFields = {}; // a form's fields that take files
    };
    struct Dependency
    {
        std::string name;
        std::string description;
        std::vector<std::pair<std::string, std::string>> providers; // name, description
        std::string active;                                         // provider name
    };
    std::vector<Route> routes;
    std::vector<Dependency> dependencies;
    // The target answering now: its kind ("app", "asgi", ...), its name, and what it can do.
    std::string targetKind;
    std::string targetName;
    bool hasDatabase = false;
    bool hasMails = false;
    bool canSetErrorStyle = false;
    std::string noDatabaseReason;
    std::string noMailsReason;
    std::vector<Engine::Di::ActiveOverride> overrides;
    std::vector<Engine::Target::RecordedMail> mails;
    bool lifespan = false;
    bool raiseServerExceptions = true;
    bool debug = false;
    Engine::Validation::ErrorStyle errorStyle = Engine::Validation::ErrorStyle::V2;
    std::string databasePath;
    // The tables of the database in use now (the app's, or the test's in-memory one), with up
    // to 200 rows each, and where they come from.
    std::vector<std::pair<std::string, Engine::Json>> tables;
    std::string tablesSource;
    // The last requests sent from the window, newest first.
    std::vector<Engine::Client::RequestHistory::Entry> history;
    std::string historyNotice; // where a broken history file was moved, once
};

Q_DECLARE_METATYPE(Engine::Client::ResponseSummary)

// What compareWith found: the two targets by name, the request ("GET /items/1"), and both
// answers with their differences.
struct AnswerComparison
{
    QString left, right, request;
    Engine::Suite::SideBySide answers;
    // One line per difference, "/json/detail/0/msg: left → right" ((absent) for a side without
    // the member); empty when the answers are the same.
    QStringList differenceLines() const;
};
Q_DECLARE_METATYPE(AnswerComparison)

// The adapter between the composer side of the window and the engine (house style rule 16):
// owns the session on the target (a built-in app by default), runs every engine call on one
// worker thread (so calls stay serialized and the window never freezes) and reports back
// through signals. Jobs reach the GUI thread through the Reporter they are given; the suite
// side (runs, history, polluter search, pytest export, Save as test) is SuiteClient's.
class EngineClient : public QObject
{
    Q_OBJECT

public:
    // databasePath: the "production" database of forge; empty for the user data directory's.
    explicit EngineClient(const QString &databasePath = {}, QObject *parent = nullptr);

    // Where suite runs of this window are recorded: runs.db next to the database given, or
    // api-replay's history (History::defaultPath) for the default location.
    QString runHistoryPath() const;
    ~EngineClient() override;

    // Test seam: run engine calls on the caller's thread.
    void setSynchronous(bool on);

    const EngineSnapshot &snapshot() const { return m_snapshot; }
    bool busy() const { return m_pending > 0; }

    // Ends the worker and the work running on it: its session is ended (a request to the
    // user's app or a server is interrupted, Target::interrupt) and its reports have nowhere
    // to go from now on; a handler in this process that does not return keeps its thread until
    // it does. Either way the window gets a fresh worker at once, with the same toggles and GUI
    // overrides. False when nothing runs.
    bool abandonWork();
    static constexpr int kInterruptWaitMs = 3000;
    // How long the destructor waits for the worker's job (after interrupting it) before it
    // says so on stderr and goes.
    static constexpr int kExitWaitMs = 5000;
    // Test seam: the number of workers that were ended while their job still ran and have not
    // finished it yet (each frees itself when its job ends).
    static int strandedWorkers();
    // Test seam: runs on the worker before each request is sent (a test makes one hang).
    void setBeforeSendHook(std::function<void()> hook);

    // Opens another target (a built-in app, the user's FastAPI app, ...) on the worker; the
    // current one stays until the new one is ready. Emits targetOpened or targetFailed.
    void openTarget(const Engine::Catalog::TargetSpec &spec);
    const Engine::Catalog::TargetSpec &targetSpec() const { return m_spec; }
    // Opens the current target again (its document changed on disk), keeping the overrides
    // that still apply. Emits targetReloaded with the routes added, changed and removed, or
    // targetFailed (the previous target still answers).
    void reloadTarget();

    void send(const Engine::Client::ComposedRequest &request);
    // Sends the request to the current target and to other (kept open for the next
    // comparison with the same target) and emits answersCompared with both answers and their
    // differences by JSON pointer; the headers a server adds on its own (date, server) are
    // not compared.
    // ignoredHeaders: volatile ones (a trace id) left out as well, as compare --ignore-header.
    void compareWith(const Engine::Catalog::TargetSpec &other,
                     const Engine::Client::ComposedRequest &request,
                     const QStringList &ignoredHeaders = {});
    // provider "real" (or the real provider's name) removes the override.
    void setOverride(const QString &dependency, const QString &provider);
    void clearOverrides();
    void setLifespan(bool on);
    void setRaiseServerExceptions(bool on);
    void setDebug(bool on);
    void setErrorStyle(Engine::Validation::ErrorStyle style);
    // POST to the target's OAuth2 token route; emits tokenReady or errorOccurred.
    void fetchToken(const QString &username, const QString &password);

    // Takes a new snapshot (the database browser's Refresh).
    void refresh();

signals:
    void responseReady(const Engine::Client::ResponseSummary &summary);
    void snapshotChanged();
    void tokenReady(const QString &token);
    void errorOccurred(const QString &message);
    void busyChanged(bool busy);
    void targetOpened(const QString &name);
    // Both answers to one request (compareWith), side by side with their differences.
    void answersCompared(const AnswerComparison &comparison);
    // "added GET /items", "changed POST /items (body)", "removed ..." (empty: no change).
    void targetReloaded(const QStringList &changes);
    // The target could not be opened: what was wrong (an import error with its traceback, a
    // missing interpreter or FastAPI); the previous target still answers.
    void targetFailed(const QString &message);
    // abandonWork() left stuck work behind; whatever waited for it will get no answer.
    void workAbandoned();

private:
    struct State;
    class Worker;
    class Reporter;
    // Runs work against the engine on the worker; work reaches the GUI thread through the
    // Reporter it is given.
    void run(std::function<void(State &, const Reporter &)> work);
    void publish(EngineSnapshot snapshot);
    static EngineSnapshot takeSnapshot(State &state);
    // The engine's state for the target spec names; without withSession, its session is left
    // to be made on the worker.
    static std::unique_ptr<State> makeState(const std::string &databasePath,
                                            const Engine::Catalog::TargetSpec &spec,
                                            bool withSession = true);

    std::string m_databasePath;
    bool m_defaultLocation = false;
    std::unique_ptr<Worker> m_worker;
    EngineSnapshot m_snapshot;
    bool m_synchronous = false;
    int m_pending = 0; // jobs queued or running on the worker
    std::function<void()> m_beforeSend;
    Engine::Catalog::TargetSpec m_spec; // what answers now (a built-in app by default)
};
