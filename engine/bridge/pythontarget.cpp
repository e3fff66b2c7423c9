#include "engine/bridge/pythontarget.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <openssl/evp.h>
#include <unistd.h>

#include "engine/bridge/process.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"

extern char **environ;

namespace Engine::Bridge {

using Engine::Target::TargetError;

namespace {

constexpr std::chrono::milliseconds kStartupTimeout{60000};

std::string base64Encode(const std::string &bytes)
{
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n
        = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                          reinterpret_cast<const unsigned char *>(bytes.data()), int(bytes.size()));
    out.resize(std::size_t(n));
    return out;
}

std::string base64Decode(const std::string &text)
{
    if (text.empty())
        return {};
    std::string out(3 * (text.size() / 4) + 3, '\0');
    const int n
        = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                          reinterpret_cast<const unsigned char *>(text.data()), int(text.size()));
    if (n < 0)
        throw TargetError("the bridge sent a body that is not base64");
    std::size_t size = std::size_t(n);
    // EVP_DecodeBlock counts the padding as zero bytes.
    for (std::size_t i = text.size(); i > 0 && text[i - 1] == '='; --i)
        --size;
    out.resize(size);
    return out;
}

std::string seconds(std::chrono::milliseconds ms)
{
    char out[32];
    std::snprintf(out, sizeof out, "%g", double(ms.count()) / 1000.0);
    return out;
}

bool hasBridge(const std::filesystem::path &dir)
{
    std::error_code ec;
    return !dir.empty()
           && std::filesystem::is_regular_file(dir / "api_test_explorer" / "bridge.py", ec);
}

std::string replyError(const Json &reply)
{
    const Json &e = reply["error"];
    const std::string type = e.value("type", "Error");
    return type + ": " + e.value("message", "");
}

} // namespace

std::string locateBridge()
{
    namespace fs = std::filesystem;
    if (const char *env = std::getenv("API_TEST_EXPLORER_PYTHON"); env && hasBridge(env))
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed
            = exe.parent_path().parent_path() / "share" / "api-test-explorer" / "python";
        if (hasBridge(installed))
            return installed.lexically_normal().string();
    }
#ifdef APITEST_SOURCE_PYTHON_DIR
    if (hasBridge(APITEST_SOURCE_PYTHON_DIR))
        return APITEST_SOURCE_PYTHON_DIR;
#endif
    return {};
}

std::vector<std::string> pythonEnvironment(const std::string &bridgeDir,
                                           const std::vector<std::string> &extra)
{
    std::vector<std::string> env;
    std::string pythonPath = bridgeDir;
    for (char **e = environ; e && *e; ++e) {
        const std::string entry = *e;
        const std::string name = entry.substr(0, entry.find('='));
        const bool replaced = std::any_of(extra.begin(), extra.end(), [&](const std::string &x) {
            return x.compare(0, name.size() + 1, name + "=") == 0;
        });
        if (name == "PYTHONPATH") {
            if (entry.size() > 11)
                pythonPath += ":" + entry.substr(11);
        } else if (!replaced) {
            env.push_back(entry);
        }
    }
    env.push_back("PYTHONPATH=" + pythonPath);
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

std::string findInterpreter(const std::string &python, const std::string &directory)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!python.empty()) {
        const auto found = findProgram(python);
        if (!found)
            throw TargetError("the Python interpreter '" + python
                              + "' was not found or is not executable");
        return *found;
    }
    if (const fs::path venv = fs::path(directory) / ".venv" / "bin" / "python";
        fs::exists(venv, ec))
        return venv.string();
    if (const auto found = findProgram("python3"))
        return *found;
    throw TargetError("no Python interpreter: python3 is not on PATH and " + directory
                      + "/.venv/bin/python does not exist; give one with --python");
}

PythonTarget::PythonTarget(PythonOptions options)
    : m_options(std::move(options))
{
    namespace fs = std::filesystem;
    const std::string appDir = m_options.appDir.empty() ? "." : m_options.appDir;
    std::error_code ec;
    if (!fs::is_directory(appDir, ec))
        throw TargetError("--app-dir " + appDir + " is not a directory");
    m_interpreter = findInterpreter(m_options.python, appDir);
    m_bridgeDir = m_options.bridgeDir.empty() ? locateBridge() : m_options.bridgeDir;
    if (!hasBridge(m_bridgeDir))
        throw TargetError("the bridge (api_test_explorer/bridge.py) is not installed next to "
                          "this program; set API_TEST_EXPLORER_PYTHON to the directory that "
                          "holds it");
    start();
}

PythonTarget::~PythonTarget() = default;

void PythonTarget::start()
{
    const std::string appDir = m_options.appDir.empty() ? "." : m_options.appDir;
    std::vector<std::string> argv{m_interpreter, "-m",           "api_test_explorer.bridge",
                                  "--asgi",      m_options.asgi, "--app-dir",
                                  appDir};
    for (const auto &m : m_options.doublesModules) {
        argv.push_back("--doubles");
        argv.push_back(m);
    }
    const std::vector<std::string> env = pythonEnvironment(m_bridgeDir);
    try {
        m_process = std::make_unique<ChildProcess>(argv, env);
    } catch (const std::exception &e) {
        throw TargetError(e.what());
    }
    std::optional<std::string> first;
    const auto limit = std::max(kStartupTimeout, m_options.timeout);
    try {
        first = m_process->readLine(limit);
    } catch (const std::exception &) {
        const std::string how = m_process->exitDescription();
        m_process.reset();
        throw TargetError(m_interpreter + " ended before the bridge was ready (" + how
                          + "); its messages are above");
    }
    if (!first) {
        m_process->kill();
        m_process.reset();
        throw TargetError("the app " + m_options.asgi + " was not imported within " + seconds(limit)
                          + " s");
    }
    Json hello;
    try {
        hello = PyJson::parse(*first);
    } catch (...) {
        m_process->kill();
        m_process.reset();
        throw TargetError("the bridge under " + m_interpreter
                          + " did not speak the protocol: " + first->substr(0, 200));
    }
    if (hello.contains("fatal")) {
        const Json &f = hello["fatal"];
        std::string message = f.value("message", "the app cannot be served");
        const std::string tb = f.value("traceback", "");
        if (!tb.empty())
            message += "\n" + tb;
        message += "\n(interpreter: " + m_interpreter + ")";
        m_process.reset();
        throw TargetError(message);
    }
    m_versions = hello.value("ready", Json::object());
    describe();
}

void PythonTarget::restore()
{
    const auto check = [this](const Json &command) {
        const Json reply = call(command, std::max(kStartupTimeout, m_options.timeout));
        if (reply.contains("error"))
            throw TargetError("after a restart: " + replyError(reply));
    };
    if (!m_raise)
        check(Json{{"op", "raise"}, {"on", false}});
    if (m_debug)
        check(Json{{"op", "debug"}, {"on", true}});
    for (const auto &o : m_overrides.active())
        check(Json{{"op", "override"}, {"dependency", o.dependency}, {"double", o.provider}});
    if (m_lifespan)
        check(Json{{"op", "lifespan"}, {"on", true}});
    if (m_test)
        check(Json{{"op", "begin_test"}, {"name", *m_test}});
}

Json PythonTarget::call(const Json &command, std::chrono::milliseconds timeout)
{
    // A reply read now would be the one to a request written ahead.
    if (!m_ahead.empty() && m_ahead.front().written)
        throw Engine::Error("the bridge has requests on their way; '"
                            + command.value("op", std::string()) + "' must wait for them");
    return exchange(PyJson::dumpLine(command), false, timeout);
}

Json PythonTarget::exchange(const std::string &line, bool written,
                            std::chrono::milliseconds timeout)
{
    if (!m_process) {
        start(); // throws TargetError when it still cannot start
        restore();
    }
    const auto restart = [this](const std::string &what) {
        m_process->kill();
        m_process.reset();
        ++m_restarts;
        // What was written ahead died with the process: it goes to the new one in its turn.
        for (auto &a : m_ahead)
            a.written = false;
        std::string after = "it was started again with the same overrides";
        try {
            start();
            restore();
        } catch (const std::exception &e) {
            m_process.reset();
            after = std::string("starting it again failed: ") + e.what();
        }
        throw TargetError(what + "; " + after);
    };
    if (!written && !m_process->writeLine(line))
        restart("the bridge is gone (" + m_process->exitDescription() + ")");
    std::optional<std::string> reply;
    try {
        reply = m_process->readLine(timeout);
    } catch (const std::exception &) {
        restart("the app's process ended while answering (" + m_process->exitDescription() + ")");
    }
    if (!reply)
        restart("no answer within " + seconds(timeout) + " s (--timeout): the bridge was stopped");
    try {
        return PyJson::parse(*reply);
    } catch (...) {
        restart("the bridge sent a line that is not JSON");
    }
    return {};
}

std::string PythonTarget::requestCommand(const Client::RequestOptions &request, bool withTrace)
{
    Json command{{"op", "request"}, {"method", request.method}, {"url", request.url}};
    if (withTrace)
        command["trace"] = true;
    Json headers = Json::array();
    for (const auto &[k, v] : request.headers.fields())
        headers.push_back(Json::array({k, v}));
    command["headers"] = std::move(headers);
    if (request.content)
        command["body_b64"] = base64Encode(*request.content);
    else if (request.json)
        command["json"] = *request.json;
    return PyJson::dumpLine(command);
}

std::string PythonTarget::aheadKey(const Client::RequestOptions &request, bool withTrace)
{
    return request.method + ' ' + request.url + (withTrace ? " trace" : "");
}

void PythonTarget::sendAhead(const Client::RequestOptions &request, bool withTrace)
{
    m_ahead.push_back({aheadKey(request, withTrace), requestCommand(request, withTrace), false});
    writeAhead();
}

void PythonTarget::writeAhead()
{
    if (!m_process)
        return; // the next send() starts the bridge and writes in order from there
    // The written commands are the front of the queue (at most kMaxAhead of them).
    std::size_t written = 0, bytes = 0;
    for (auto &a : m_ahead) {
        if (!a.written) {
            // Bounded, so that what is written never waits for the bridge, which may itself
            // be waiting for its replies to be read.
            if (written >= kMaxAhead || (written > 0 && bytes + a.line.size() > kMaxAheadBytes))
                return;
            if (!m_process->writeLine(a.line))
                return; // the bridge is gone: the send() of this request finds out
            a.written = true;
        }
        ++written;
        bytes += a.line.size();
    }
}

Json PythonTarget::callChecked(const Json &command)
{
    Json reply = call(command, m_options.timeout);
    if (reply.contains("error"))
        throw TargetError(replyError(reply));
    return reply;
}

void PythonTarget::describe()
{
    m_description = callChecked(Json{{"op", "describe"}});
    m_describedNow = true;
    Di::Registry registry;
    for (const auto &d : m_description.value("dependencies", Json::array())) {
        Di::Dependency dep;
        dep.name = d.value("name", "");
        dep.description = d.value("description", "");
        const Json providers = d.value("providers", Json::array());
        for (std::size_t i = 0; i < providers.size(); ++i) {
            Di::Provider p{
                providers[i].value("name", ""), providers[i].value("description", ""), {}, nullptr};
            if (i == 0)
                dep.real = std::move(p);
            else
                dep.doubles.push_back(std::move(p));
        }
        if (!registry.find(dep.name))
            registry.add(std::move(dep));
    }
    m_registry = std::move(registry);
}

namespace {
void addSetBy(Json &tree, const std::vector<Di::ActiveOverride> &active)
{
    if (!tree.is_array())
        return;
    for (auto &node : tree) {
        for (const auto &a : active)
            if (a.dependency == node.value("name", ""))
                node["set_by"] = a.setBy;
        if (node.contains("depends_on"))
            addSetBy(node["depends_on"], active);
    }
}
} // namespace

const Json &PythonTarget::description()
{
    if (!m_describedNow)
        describe();
    return m_description;
}

std::vector<Engine::Target::RouteInfo> PythonTarget::routes()
{
    const Json &description = this->description();
    std::vector<Engine::Target::RouteInfo> out;
    const auto active = m_overrides.active();
    for (const auto &r : description.value("routes", Json::array())) {
        Engine::Target::RouteInfo info;
        info.methods = r.value("methods", std::vector<std::string>{});
        info.path = r.value("path", "");
        info.name = r.value("name", "");
        info.summary = r.value("summary", "");
        info.tags = r.value("tags", std::vector<std::string>{});
        info.statusCode = r.value("status_code", 200);
        for (const auto &p : r.value("parameters", Json::array())) {
            Engine::Target::ParameterInfo param;
            param.name = p.value("name", "");
            param.in = p.value("in", "query");
            param.required = p.value("required", false);
            param.type = p.value("type", "");
            param.defaultValue = p.value("default", Json());
            for (const auto &c : p.value("choices", Json::array()))
                param.choices.push_back(c);
            info.parameters.push_back(std::move(param));
        }
        if (r.contains("body_skeleton") && !r["body_skeleton"].is_null())
            info.bodySkeleton = r["body_skeleton"];
        info.bodyMedia = r.value("body_media", "");
        info.fileFields = r.value("file_fields", std::vector<std::string>{});
        info.dependencies = r.value("dependencies", std::vector<std::string>{});
        info.dependencyTree = r.value("dependency_tree", Json::array());
        addSetBy(info.dependencyTree, active);
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<Engine::Target::DependencyInfo> PythonTarget::dependencies()
{
    std::vector<Engine::Target::DependencyInfo> out;
    for (const auto &d : description().value("dependencies", Json::array())) {
        Engine::Target::DependencyInfo info;
        info.name = d.value("name", "");
        info.description = d.value("description", "");
        for (const auto &p : d.value("providers", Json::array()))
            info.providers.push_back({p.value("name", ""), p.value("description", "")});
        info.active = d.value("active", info.name);
        out.push_back(std::move(info));
    }
    return out;
}

Json PythonTarget::openapi()
{
    return callChecked(Json{{"op", "openapi"}}).value("openapi", Json::object());
}

bool PythonTarget::interrupt()
{
    if (!m_process)
        return false;
    m_process->signalKill();
    return true;
}

Client::Result PythonTarget::send(const Client::RequestOptions &request, bool withTrace)
{
    // An announced request's command was built (and maybe written) by sendAhead.
    std::string line;
    bool written = false;
    if (!m_ahead.empty()) {
        Ahead &front = m_ahead.front();
        if (front.key != aheadKey(request, withTrace))
            throw Engine::Error("a request was sent out of the order it was announced in");
        line = std::move(front.line);
        written = front.written;
        m_ahead.pop_front();
    } else {
        line = requestCommand(request, withTrace);
    }
    const Json reply = exchange(line, written, m_options.timeout);
    writeAhead(); // room for the next ones, while this reply is turned into a result
    if (reply.contains("error"))
        throw TargetError("the bridge could not send the request: " + replyError(reply));
    Client::Result result;
    if (reply.contains("exception")) {
        const Json &e = reply["exception"];
        result.error = Pipeline::ErrorInfo{e.value("type", "Exception"), e.value("message", ""),
                                           e.value("traceback", "")};
        result.raised = true;
        result.response.status = 500;
    } else {
        result.response.status = reply.value("status", 0);
        for (const auto &h : reply.value("headers", Json::array()))
            if (h.is_array() && h.size() == 2)
                result.response.headers.add(h[0].get<std::string>(), h[1].get<std::string>());
        result.response.body = base64Decode(reply.value("body_b64", ""));
    }
    if (withTrace && reply.contains("trace")) {
        const Json &t = reply["trace"];
        result.trace.method = t.value("method", request.method);
        result.trace.path = t.value("path", "");
        result.trace.route = t.value("route", "");
        result.trace.handler = t.value("handler", "");
        result.trace.status = t.value("status", result.response.status);
        result.trace.totalMicros = t.value("micros", std::int64_t(0));
        for (const auto &e : t.value("events", Json::array())) {
            result.trace.events.push_back(
                {e.value("kind", ""), e.value("name", ""), e.value("detail", ""), 0});
            if (result.trace.events.back().kind == "exception_handler")
                result.trace.exceptionHandler = result.trace.events.back().name;
        }
    }
    return result;
}

void PythonTarget::setRaiseServerExceptions(bool on)
{
    callChecked(Json{{"op", "raise"}, {"on", on}});
    m_raise = on;
}

void PythonTarget::openLifespan()
{
    if (m_lifespan)
        return;
    const Json reply = call(Json{{"op", "lifespan"}, {"on", true}},
                            std::max(kStartupTimeout, m_options.timeout));
    if (reply.contains("error"))
        throw Engine::Error(replyError(reply));
    m_lifespan = true;
}

void PythonTarget::closeLifespan()
{
    if (!m_lifespan)
        return;
    m_lifespan = false;
    const Json reply = call(Json{{"op", "lifespan"}, {"on", false}},
                            std::max(kStartupTimeout, m_options.timeout));
    if (reply.contains("error"))
        throw Engine::Error("shutdown failed: " + replyError(reply));
}

void PythonTarget::setOverride(const std::string &dependency, const std::string &provider,
                               const std::string &by)
{
    m_registry.checkOverride(dependency, provider);
    const Json reply
        = call(Json{{"op", "override"}, {"dependency", dependency}, {"double", provider}},
               m_options.timeout);
    if (reply.contains("error"))
        throw Engine::Error(replyError(reply));
    m_describedNow = false;
    m_overrides.set(dependency, provider, by);
}

bool PythonTarget::removeOverride(const std::string &dependency, const std::string &by)
{
    callChecked(Json{{"op", "remove_override"}, {"dependency", dependency}});
    m_describedNow = false;
    return m_overrides.remove(dependency, by);
}

void PythonTarget::clearOverrides(const std::string &by)
{
    callChecked(Json{{"op", "clear_overrides"}});
    m_describedNow = false;
    m_overrides.clear(by);
}

std::vector<Di::ActiveOverride> PythonTarget::activeOverrides() const
{
    return m_overrides.active();
}

void PythonTarget::beginTest(const std::string &name)
{
    callChecked(Json{{"op", "begin_test"}, {"name", name}});
    m_test = name;
}

void PythonTarget::endTest()
{
    m_test.reset();
    callChecked(Json{{"op", "end_test"}});
}

void PythonTarget::setDebug(bool on)
{
    callChecked(Json{{"op", "debug"}, {"on", on}});
    m_debug = on;
}

std::string PythonTarget::missingCapabilityReason(const std::string &capability) const
{
    if (capability == "database")
        return "a Python app's database is its own: the engine cannot reach it (use a request, "
               "or a pytest test)";
    if (capability == "mails")
        return "a Python app records no mails the engine can read";
    if (capability == "websocket")
        return "websockets through the Python bridge are not supported yet";
    return Target::missingCapabilityReason(capability);
}

} // namespace Engine::Bridge
