#include "engine/target/session.h"

namespace Engine::Target {

Session::Session(std::unique_ptr<Target> target, SessionOptions options)
    : m_target(std::move(target))
{
    m_target->setRaiseServerExceptions(options.raiseServerExceptions);
    if (options.lifespan)
        m_target->openLifespan();
}

Session::~Session()
{
    try {
        endTest();
        m_target->closeLifespan();
    } catch (...) {
        // A failing teardown must not escape a destructor; the target goes with the session.
    }
}

void Session::beginTest(const std::string &name)
{
    endTest();
    m_target->beginTest(name);
    m_inTest = true;
    m_test = name;
}

void Session::endTest()
{
    if (!m_inTest)
        return;
    m_inTest = false;
    m_test.clear();
    m_target->endTest();
}

} // namespace Engine::Target
