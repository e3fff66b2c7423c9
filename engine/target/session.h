#pragma once

#include <memory>
#include <string>

#include "engine/target/target.h"

namespace Engine::Target {

struct SessionOptions
{
    bool lifespan = true;              // `with TestClient(app) as client:`
    bool raiseServerExceptions = true; // TestClient(app, raise_server_exceptions=...)
};

// One target with its client session, lifespan and test scope: what the suite runner, the
// `api-replay` commands and the window hold. The lifespan opens here (throwing what startup
// throws) and closes when the session ends; an open test scope ends first.
class Session
{
public:
    Session(std::unique_ptr<Target> target, SessionOptions options = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Target &target() { return *m_target; }
    const Target &target() const { return *m_target; }
    Target *operator->() { return m_target.get(); }

    Client::Result send(const Client::RequestOptions &request, bool withTrace = false)
    {
        return m_target->send(request, withTrace);
    }
    void sendAhead(const Client::RequestOptions &request, bool withTrace = false)
    {
        m_target->sendAhead(request, withTrace);
    }

    // Test scopes do not nest: beginning one ends the one before.
    void beginTest(const std::string &name);
    void endTest();
    bool inTest() const { return m_inTest; }
    const std::string &currentTest() const { return m_test; }

private:
    std::unique_ptr<Target> m_target;
    bool m_inTest = false;
    std::string m_test;
};

} // namespace Engine::Target
