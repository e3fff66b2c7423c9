#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/client/testclient.h"
#include "engine/core/json.h"
#include "engine/core/pyerror.h"
#include "engine/di/overrides.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Store {
class Database;
}

namespace Engine::Target {

// One parameter of a route as the composer shows it and `api-replay routes` lists it.
struct ParameterInfo
{
    std::string name; // the parameter's name (a header's is sent with '-' for '_')
    std::string in;   // "path", "query", "header", "cookie", "body"
    bool required = true;
    std::string type;          // the schema type name ("integer", "string", a model's name)
    Json defaultValue;         // null when there is none
    std::vector<Json> choices; // the allowed values of an enum / Literal, else empty
};

struct RouteInfo
{
    std::vector<std::string> methods; // {"WEBSOCKET"} for a websocket route
    std::string path;
    std::string name;
    std::string summary;
    std::vector<std::string> tags;
    int statusCode = 200;
    std::vector<ParameterInfo> parameters;
    std::optional<Json> bodySkeleton; // a body to start from, when the route takes one
    // The body's media type as declared ("application/json", "multipart/form-data", ...),
    // empty without a body; for a form, the fields that take a file.
    std::string bodyMedia;
    std::vector<std::string> fileFields;
    std::vector<std::string> dependencies; // the route's direct dependencies
    // [{"name","provider","overridden","set_by","depends_on":[...]}]: the tree below them
    // with the provider that is active now.
    Json dependencyTree = Json::array();
    bool websocket() const { return methods.size() == 1 && methods.front() == "WEBSOCKET"; }
};

struct ProviderInfo
{
    std::string name;
    std::string description;
};

// A dependency that can be overridden, with its real provider first and then its doubles.
struct DependencyInfo
{
    std::string name;
    std::string description;
    std::vector<ProviderInfo> providers;
    std::string active; // the provider that runs now
};

// The fault of a target that cannot be reached or built (an interpreter that is missing, an
// import error, a document that does not parse): what was wrong and what to do, one message.
class TargetError : public Error
{
public:
    using Error::Error;
};

// A test's database, for targets that have one in the process (SQL steps, row counts, the
// database browser, rows left behind).
class DatabaseAccess
{
public:
    virtual ~DatabaseAccess() = default;
    // The database a request would use now, or nullptr (no lifespan ran).
    virtual Store::Database *activeDatabase() const = 0;
    virtual std::vector<std::string> tableNames() const = 0;
    // Rows per table right after seeding: what "rows left behind" is measured against.
    virtual Json seededRowCounts() const = 0;
};

struct RecordedMail
{
    std::string to;
    std::string subject;
    std::string body;
};

// Mails the app sent during the current test (a test double's outbox).
class MailLog
{
public:
    virtual ~MailLog() = default;
    virtual std::vector<RecordedMail> sentMails() const = 0;
};

// Websockets, for targets that can open them.
class WebSocketAccess
{
public:
    virtual ~WebSocketAccess() = default;
    virtual std::unique_ptr<Client::WebSocketSession> connect(const std::string &path,
                                                              std::chrono::milliseconds timeout)
        = 0;
};

// Whatever answers requests: a built-in app, an app built from an OpenAPI document, the user's
// FastAPI app through the Python bridge, a live server. One object is one client session on
// one app instance (as one `TestClient(app)`), used from one thread at a time.
class Target
{
public:
    virtual ~Target() = default;
    Target() = default;
    Target(const Target &) = delete;
    Target &operator=(const Target &) = delete;

    // The kind as the CLI names it ("app", "openapi", "asgi", "live") and the target itself
    // ("forge", "main:app", a URL).
    virtual std::string kind() const = 0;
    virtual std::string name() const = 0;

    virtual std::vector<RouteInfo> routes() = 0;
    virtual std::vector<DependencyInfo> dependencies() = 0;
    virtual Json openapi() = 0;
    // The path of the OAuth2 password flow's token route (from the security scheme), if any.
    virtual std::optional<std::string> tokenPath();

    // One request through the client session; never throws for what the app does (an
    // unhandled error comes back in the Result, raised or not as raise_server_exceptions says).
    // Throws TargetError when the target itself failed (a bridge that died, no connection).
    virtual Client::Result send(const Client::RequestOptions &request, bool withTrace) = 0;
    // Called from another thread while send() runs there: ends that request as a client that
    // gives up would (the Python app's process is killed, a transfer to a server aborted), so
    // send() returns with an error soon. False when the target cannot (an app in this process:
    // its handler runs on the calling thread and cannot be stopped from outside).
    virtual bool interrupt() { return false; }
    // Whether requests leave this process (the user's app behind its bridge, a server): such a
    // request takes as long as the other side likes, where one answered in this process takes
    // microseconds and cannot hang (linear-time patterns, SQL under a deadline).
    virtual bool remote() const { return false; }
    // Announces a request that will be sent after those announced before it: send() must then
    // be called for each announced request, in the order announced. A remote target may put it
    // on its way at once, so that the other side has it as soon as it answered the one before
    // (pipelining); the default does nothing.
    virtual void sendAhead(const Client::RequestOptions &request, bool withTrace)
    {
        (void)request;
        (void)withTrace;
    }
    virtual void setRaiseServerExceptions(bool on) = 0;
    virtual bool raiseServerExceptions() const = 0;

    // `with TestClient(app)`: startup on open (throws what a startup hook throws), shutdown on
    // close. Targets without a lifespan (a live server) ignore both and report false.
    virtual void openLifespan() = 0;
    virtual void closeLifespan() = 0;
    virtual bool lifespanActive() const = 0;

    // app.dependency_overrides with provenance. setOverride throws Engine::Error,
    // listing the valid names, for an unknown dependency or double; targets that cannot
    // override (a live server) throw it with the reason.
    virtual void setOverride(const std::string &dependency, const std::string &provider,
                             const std::string &by)
        = 0;
    virtual bool removeOverride(const std::string &dependency, const std::string &by) = 0;
    virtual void clearOverrides(const std::string &by) = 0;
    virtual std::vector<Di::ActiveOverride> activeOverrides() const = 0;
    // False when the target has no app in reach to override (a live server).
    virtual bool supportsOverrides() const { return true; }

    // A test's scope: what a target keeps per test (an in-memory database, recorded mails)
    // starts fresh at begin and is rolled back at end.
    virtual void beginTest(const std::string &name);
    virtual void endTest();

    // The app's settings where the app runs in the process; Engine::Error otherwise.
    virtual void setDebug(bool on);
    virtual bool debug() const { return false; }
    virtual void setErrorStyle(Validation::ErrorStyle style);
    virtual std::optional<Validation::ErrorStyle> errorStyle() const { return std::nullopt; }

    // Optional capabilities: nullptr when this target has none, with the reason to show.
    virtual DatabaseAccess *database() { return nullptr; }
    virtual MailLog *mails() { return nullptr; }
    virtual WebSocketAccess *websockets() { return nullptr; }
    // Why a capability is missing, in words for a skipped step or a disabled tab.
    virtual std::string missingCapabilityReason(const std::string &capability) const;

    // What the target read past when it was opened (a keyword of a document it does not act
    // on, a format it does not know), one "where: what" line each: shown as warnings, so that
    // nothing is dropped silently.
    virtual std::vector<std::string> notices() const { return {}; }
};

} // namespace Engine::Target
