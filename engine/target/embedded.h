#pragma once

#include <memory>
#include <string>

#include "engine/client/testclient.h"
#include "engine/pipeline/app.h"
#include "engine/target/target.h"

namespace Engine::Store {
class TemporaryDatabase;
}

namespace Engine::Target {

// What an in-process app does at the edges of a test (a fresh in-memory database, a rollback,
// an empty outbox). An app implements it when it keeps state per test.
class TestScope
{
public:
    virtual ~TestScope() = default;
    virtual void beginTest(const std::string &name) = 0;
    virtual void endTest() = 0;
};

// A target whose app runs in this process (a built-in app, an app built from an OpenAPI
// document): the engine's TestClient over it, with the trace. The app's optional capabilities
// (TestScope, DatabaseAccess, MailLog) are the interfaces it implements.
class EmbeddedTarget : public Target
{
public:
    // database, when given, is the app's temporary file: it outlives the app.
    EmbeddedTarget(std::string kind, std::string name, std::unique_ptr<Pipeline::App> app,
                   std::unique_ptr<Store::TemporaryDatabase> database = nullptr);
    ~EmbeddedTarget() override;

    std::string kind() const override { return m_kind; }
    std::string name() const override { return m_name; }
    std::vector<RouteInfo> routes() override;
    std::vector<DependencyInfo> dependencies() override;
    Json openapi() override;

    Client::Result send(const Client::RequestOptions &request, bool withTrace) override;
    void setRaiseServerExceptions(bool on) override;
    bool raiseServerExceptions() const override;

    void openLifespan() override;
    void closeLifespan() override;
    bool lifespanActive() const override;

    void setOverride(const std::string &dependency, const std::string &provider,
                     const std::string &by) override;
    bool removeOverride(const std::string &dependency, const std::string &by) override;
    void clearOverrides(const std::string &by) override;
    std::vector<Di::ActiveOverride> activeOverrides() const override;

    void beginTest(const std::string &name) override;
    void endTest() override;

    void setDebug(bool on) override;
    bool debug() const override;
    void setErrorStyle(Validation::ErrorStyle style) override;
    std::optional<Validation::ErrorStyle> errorStyle() const override;

    DatabaseAccess *database() override;
    MailLog *mails() override;
    WebSocketAccess *websockets() override { return &m_websockets; }

    Pipeline::App &app() { return *m_app; }

private:
    class WebSockets : public WebSocketAccess
    {
    public:
        explicit WebSockets(Pipeline::App &app)
            : m_app(app)
        {}
        std::unique_ptr<Client::WebSocketSession>
        connect(const std::string &path, std::chrono::milliseconds timeout) override;

    private:
        Pipeline::App &m_app;
    };

    std::string m_kind;
    std::string m_name;
    std::unique_ptr<Store::TemporaryDatabase> m_database; // first: it outlives the app
    std::unique_ptr<Pipeline::App> m_app;
    std::unique_ptr<Client::TestClient> m_client;
    std::unique_ptr<Client::LifespanSession> m_lifespan;
    WebSockets m_websockets;
};

// The routes of an in-process app as a target describes them.
std::vector<RouteInfo> describeRoutes(const Pipeline::App &app);

} // namespace Engine::Target
