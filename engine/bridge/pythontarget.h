#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/di/overrides.h"
#include "engine/di/registry.h"
#include "engine/target/target.h"

namespace Engine::Bridge {

class ChildProcess;

struct PythonOptions
{
    std::string asgi;   // MODULE:ATTR
    std::string appDir; // first on sys.path; empty: the current directory
    std::string python; // empty: APP_DIR/.venv/bin/python if there is one, else python3
    std::vector<std::string> doublesModules;
    std::chrono::milliseconds timeout{10000}; // per request; the app's import gets 60 s at least
    // Where api_test_explorer/bridge.py lives; empty: found next to the running program.
    std::string bridgeDir;
};

// The user's own app, served by the bridge (python/api_test_explorer/bridge.py) in a child
// process under the user's interpreter, through Starlette's TestClient. Everything answers as
// that app's FastAPI and Pydantic do. A bridge that dies or hangs (past the timeout) is killed
// and started again with the same overrides, toggles and lifespan; the request in flight fails
// with a TargetError that says what happened.
class PythonTarget : public Target::Target
{
public:
    // Throws Target::TargetError with one clear message when the app cannot be served: no
    // interpreter, FastAPI missing, an import error (with its traceback), no such attribute,
    // not an ASGI app.
    explicit PythonTarget(PythonOptions options);
    ~PythonTarget() override;

    std::string kind() const override { return "asgi"; }
    std::string name() const override { return m_options.asgi; }
    std::vector<Engine::Target::RouteInfo> routes() override;
    std::vector<Engine::Target::DependencyInfo> dependencies() override;
    Json openapi() override;

    Client::Result send(const Client::RequestOptions &request, bool withTrace) override;
    // Kills the app's process: the request running now ends with "the bridge ended".
    bool interrupt() override;
    bool remote() const override { return true; }
    // The command goes to the bridge at once while fewer than kMaxAhead commands (and
    // kMaxAheadBytes) wait for their replies, else when an earlier reply has been read. After a
    // restart the announced requests not yet answered are sent to the new process.
    void sendAhead(const Client::RequestOptions &request, bool withTrace) override;
    static constexpr std::size_t kMaxAhead = 32;
    static constexpr std::size_t kMaxAheadBytes = 64 * 1024;
    void setRaiseServerExceptions(bool on) override;
    bool raiseServerExceptions() const override { return m_raise; }

    void openLifespan() override;
    void closeLifespan() override;
    bool lifespanActive() const override { return m_lifespan; }

    void setOverride(const std::string &dependency, const std::string &provider,
                     const std::string &by) override;
    bool removeOverride(const std::string &dependency, const std::string &by) override;
    void clearOverrides(const std::string &by) override;
    std::vector<Di::ActiveOverride> activeOverrides() const override;

    void beginTest(const std::string &name) override;
    void endTest() override;

    void setDebug(bool on) override;
    bool debug() const override { return m_debug; }

    std::string missingCapabilityReason(const std::string &capability) const override;

    // What the bridge reported at start: python, fastapi, starlette, pydantic versions.
    const Json &versions() const { return m_versions; }
    const std::string &interpreter() const { return m_interpreter; }
    // How often the bridge was started again after a crash or a hang.
    int restarts() const { return m_restarts; }

private:
    void start();
    void restore(); // overrides, toggles and lifespan after a restart
    // One command and its reply; a reply {"error": ...} is returned as it is.
    Json call(const Json &command, std::chrono::milliseconds timeout);
    // Writes line (unless it was written ahead) and reads the reply; a bridge that died or hung
    // is started again (TargetError).
    Json exchange(const std::string &line, bool written, std::chrono::milliseconds timeout);
    static std::string requestCommand(const Client::RequestOptions &request, bool withTrace);
    // Writes the announced commands not written yet, in order, within the bounds.
    void writeAhead();
    Json callChecked(const Json &command);
    void describe();
    // The description, fetched again only after something that changes it (an override).
    const Json &description();

    PythonOptions m_options;
    std::string m_interpreter;
    std::string m_bridgeDir;
    std::unique_ptr<ChildProcess> m_process;
    Json m_versions;
    Json m_description;          // the last "describe" reply
    bool m_describedNow = false; // false once an override changed what describe would say
    Di::Registry m_registry;
    Di::Overrides m_overrides;
    bool m_raise = true;
    bool m_debug = false;
    bool m_lifespan = false;
    std::optional<std::string> m_test;
    int m_restarts = 0;
    struct Ahead
    {
        std::string key;  // method, URL and trace: a check that send() keeps the order
        std::string line; // the command, built once
        bool written = false;
    };
    static std::string aheadKey(const Client::RequestOptions &request, bool withTrace);
    std::deque<Ahead> m_ahead; // announced requests, oldest first; the written ones lead
};

// The directory that holds api_test_explorer/ for the bridge: $API_TEST_EXPLORER_PYTHON, else
// ../share/api-test-explorer/python next to the running program, else the source tree's
// python/ (a build tree). Empty when none has it.
std::string locateBridge();

// This process's environment for a Python child: bridgeDir first on PYTHONPATH (before what
// PYTHONPATH held), and the extra NAME=value entries replacing any of the same name.
std::vector<std::string> pythonEnvironment(const std::string &bridgeDir,
                                           const std::vector<std::string> &extra = {});

// The interpreter to run: python (a path or a name on PATH), else DIRECTORY/.venv/bin/python
// when there is one, else python3 from PATH. Throws Target::TargetError saying which is missing.
std::string findInterpreter(const std::string &python, const std::string &directory);

} // namespace Engine::Bridge
