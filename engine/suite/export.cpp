#include "engine/suite/export.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"

namespace Engine::Suite {

namespace {

// A Python literal for a JSON value (True/False/None, dicts, lists, str).
std::string py(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return "None";
    case Json::value_t::boolean:
        return v.get<bool>() ? "True" : "False";
    case Json::value_t::string:
        return PyJson::pythonRepr(v);
    case Json::value_t::array: {
        std::string out = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + py(v[i]);
        return out + "]";
    }
    case Json::value_t::object: {
        std::string out = "{";
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            out += (first ? "" : ", ") + PyJson::pythonRepr(Json(it.key())) + ": " + py(it.value());
            first = false;
        }
        return out + "}";
    }
    default:
        return PyJson::pythonStr(v);
    }
}

// Names the generated modules define or use themselves; a suite name that equals one would
// rebind it.
const std::set<std::string> kReserved{"app",
                                      "re",
                                      "uuid",
                                      "pytest",
                                      "WebSocketDisconnect",
                                      "tc_client",
                                      "tc_close_session",
                                      "tc_open_session",
                                      "tc_pointer",
                                      "tc_use_client",
                                      "response",
                                      "raised",
                                      "ws",
                                      "closed",
                                      "case",
                                      "type",
                                      "str",
                                      "int",
                                      "Exception",
                                      "TestClient"};

// A name that becomes Python code: checked again here (the loader refuses them first), so
// that no caller can hand export a suite whose names carry code.
const std::string &checked(const std::string &name, const std::string &what,
                           const std::string &file)
{
    const std::string problem = identifierProblem(name);
    if (!problem.empty())
        throw Engine::Error(file + ": " + what + " " + PyJson::pythonRepr(Json(name)) + " "
                            + problem);
    return name;
}

// A suite name as part of a file name: letters, digits and _ (others become _).
std::string fileStem(std::string s)
{
    for (auto &c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            c = '_';
    return s;
}

// Text for a comment: one line, control and line-separator characters escaped as in repr().
std::string commentText(const std::string &text)
{
    std::string out;
    static const char *hex = "0123456789abcdef";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : "";
            if (c != '\n' && c != '\r' && c != '\t')
                out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
        } else if (c == 0xC2 && i + 1 < text.size()
                   && static_cast<unsigned char>(text[i + 1]) == 0x85) {
            out += "\\x85"; // NEL
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size()
                   && static_cast<unsigned char>(text[i + 1]) == 0x80
                   && (static_cast<unsigned char>(text[i + 2]) == 0xA8
                       || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

class Writer
{
public:
    explicit Writer(std::string file)
        : m_file(std::move(file))
    {}

    std::set<std::string> names; // contract names imported from the app module
    bool engineOnly = false;

    void steps(std::string &out, const std::vector<Step> &steps, const std::string &indent)
    {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const Step &s = steps[i];
            const Json &v = s.value[s.kind];
            if (s.kind == "request") {
                const bool raises = i + 1 < steps.size() && steps[i + 1].kind == "expect"
                                    && steps[i + 1].value["expect"].contains("raises");
                std::string call = "tc_client().request(" + py(v["method"]) + ", " + py(v["path"]);
                if (v.contains("query"))
                    call += ", params=" + py(v["query"]);
                if (v.contains("headers"))
                    call += ", headers=" + py(v["headers"]);
                if (v.contains("json"))
                    call += v["json"].is_null()
                                ? ", content=b'null', headers={'content-type': 'application/json'}"
                                : ", json=" + py(v["json"]);
                if (v.contains("body")) {
                    call += ", content=" + py(v["body"]) + ".encode()";
                    if (!v.contains("headers"))
                        call += ", headers={'content-type': 'application/json'}";
                }
                call += ")";
                if (raises) {
                    const Json &want = steps[i + 1].value["expect"]["raises"];
                    const std::string type = want.value("type", "Exception");
                    out += indent + "with pytest.raises(Exception) as raised:\n" + indent + "    "
                           + call + "\n";
                    out += indent + "assert type(raised.value).__name__ == " + py(Json(type))
                           + "\n";
                    if (want.contains("message"))
                        out += indent + "assert str(raised.value) == " + py(want["message"]) + "\n";
                    ++i;
                } else {
                    out += indent + "response = " + call + "\n";
                }
            } else if (s.kind == "expect") {
                expect(out, v, indent);
            } else if (s.kind == "set_override") {
                for (auto it = v.begin(); it != v.end(); ++it) {
                    const std::string &dependency = name(it.key(), "dependency");
                    const std::string &double_
                        = name(it.value().get_ref<const std::string &>(), "double");
                    out += indent + "app.dependency_overrides[" + dependency + "] = " + double_
                           + "\n";
                }
            } else if (s.kind == "remove_override") {
                out += indent + "app.dependency_overrides.pop("
                       + name(v.get_ref<const std::string &>(), "dependency") + ", None)\n";
            } else if (s.kind == "clear_overrides") {
                out += indent + "app.dependency_overrides.clear()\n";
            } else if (s.kind == "session") {
                out += indent + (v == "open" ? "tc_open_session()\n" : "tc_close_session()\n");
            } else if (s.kind == "client") {
                if (v.contains("raise_server_exceptions"))
                    out += indent + "tc_use_client(raise_server_exceptions="
                           + py(v["raise_server_exceptions"]) + ")\n";
            } else if (s.kind == "websocket") {
                out += indent + "with tc_client().websocket_connect("
                       + py(Json(v.value("path", "/"))) + ") as ws:\n";
                const Json sends = v.value("send", Json::array());
                const Json expects = v.value("expect_json", Json::array());
                for (std::size_t k = 0; k < sends.size(); ++k) {
                    out += indent + "    ws.send_text(" + py(sends[k]) + ")\n";
                    if (k < expects.size())
                        out += indent + "    assert ws.receive_json() == " + py(expects[k]) + "\n";
                }
                if (v.contains("expect_close")) {
                    out += indent + "    with pytest.raises(WebSocketDisconnect) as closed:\n"
                           + indent + "        ws.receive_text()\n";
                    out += indent + "    assert closed.value.code == " + py(v["expect_close"])
                           + "\n";
                }
            } else {
                engineOnly = true;
                out += indent + "# engine-only step skipped (" + commentText(s.kind)
                       + "): " + commentText(PyJson::dumpLenient(s.value)) + "\n";
            }
        }
    }

    void expect(std::string &out, const Json &e, const std::string &indent)
    {
        if (e.contains("status"))
            out += indent + "assert response.status_code == " + py(e["status"])
                   + ", response.text\n";
        if (e.contains("json"))
            out += indent + "assert response.json() == " + py(e["json"]) + "\n";
        if (e.contains("json_contains"))
            for (auto it = e["json_contains"].begin(); it != e["json_contains"].end(); ++it)
                out += indent + "assert response.json()[" + py(Json(it.key()))
                       + "] == " + py(it.value()) + "\n";
        if (e.contains("json_pointer"))
            for (auto it = e["json_pointer"].begin(); it != e["json_pointer"].end(); ++it)
                out += indent + "assert tc_pointer(response.json(), " + py(Json(it.key()))
                       + ") == " + py(it.value()) + "\n";
        if (e.contains("header"))
            for (auto it = e["header"].begin(); it != e["header"].end(); ++it)
                out += indent + "assert re.search(" + py(it.value()) + ", response.headers.get("
                       + py(Json(it.key())) + ", ''))\n";
        if (e.contains("header_present"))
            for (const auto &h : e["header_present"])
                out += indent + "assert " + py(h) + " in response.headers\n";
        if (e.contains("header_absent"))
            for (const auto &h : e["header_absent"])
                out += indent + "assert " + py(h) + " not in response.headers\n";
        if (e.contains("uuid_header"))
            out += indent + "assert uuid.UUID(response.headers[" + py(e["uuid_header"]) + "])\n";
        if (e.contains("no_traceback"))
            out += indent + "assert 'traceback' not in response.text.lower()\n";
        for (const char *k : {"mails", "rows"}) {
            if (e.contains(k)) {
                engineOnly = true;
                out += indent + "# engine-only assertion skipped (" + std::string(k) + " = "
                       + commentText(PyJson::dumpLenient(e[k]))
                       + "): the contract exposes no mailbox or database to the test\n";
            }
        }
    }

private:
    // A dependency or double imported from the app module by its name.
    const std::string &name(const std::string &n, const char *what)
    {
        checked(n, what, m_file);
        if (kReserved.count(n))
            throw Engine::Error(m_file + ": the " + std::string(what) + " name "
                                + PyJson::pythonRepr(Json(n))
                                + " is a name the generated pytest module uses itself");
        names.insert(n);
        return n;
    }

    std::string m_file;
};

const char *kConftest
    = R"PY(# Generated by api-replay export-pytest: the TestClient fixtures shared by the suites.
import re
import uuid

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from {module} import app

_clients = {{True: TestClient(app), False: TestClient(app, raise_server_exceptions=False)}}
_state = {{"raise": True, "open": False}}


def tc_client():
    return _clients[_state["raise"]]


def tc_use_client(raise_server_exceptions=True):
    _state["raise"] = raise_server_exceptions


def tc_open_session():
    if not _state["open"]:
        _clients[True].__enter__()
        _state["open"] = True


def tc_close_session():
    if _state["open"]:
        _clients[True].__exit__(None, None, None)
        _state["open"] = False


def tc_pointer(document, path):
    for part in path.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document
)PY";

} // namespace

std::map<std::string, std::string> exportPytest(const std::vector<SuiteFile> &suites,
                                                const std::string &appModule)
{
    std::map<std::string, std::string> files;
    std::string conftest = kConftest;
    for (std::size_t pos = 0; (pos = conftest.find("{{", pos)) != std::string::npos;)
        conftest.replace(pos, 2, "{"), ++pos;
    for (std::size_t pos = 0; (pos = conftest.find("}}", pos)) != std::string::npos;)
        conftest.replace(pos, 2, "}"), ++pos;
    if (const std::string problem = modulePathProblem(appModule); !problem.empty())
        throw Engine::Error("--app-module: " + problem);
    conftest.replace(conftest.find("{module}"), 8, appModule);
    files["conftest.py"] = conftest;
    std::map<std::string, std::string> writtenFrom; // file name -> the suite file it holds
    for (const auto &suite : suites) {
        const std::string fileName = "test_" + fileStem(suite.name) + ".py";
        if (const auto [it, added] = writtenFrom.emplace(fileName, suite.path); !added)
            throw Engine::Error("suites " + PyJson::pythonRepr(Json(it->second)) + " and "
                                + PyJson::pythonRepr(Json(suite.path)) + " are both named "
                                + PyJson::pythonRepr(Json(suite.name))
                                + ": both would be written to " + fileName);
        // Functions of one module: fixtures and tests share one namespace with the imports.
        std::set<std::string> functions;
        const auto function = [&](const std::string &n, const char *what) -> const std::string & {
            checked(n, what, suite.path);
            if (kReserved.count(n) || !functions.insert(n).second)
                throw Engine::Error(suite.path + ": the " + std::string(what) + " name "
                                    + PyJson::pythonRepr(Json(n))
                                    + (kReserved.count(n)
                                           ? " is a name the generated pytest module uses"
                                           : " is used twice in one pytest module"));
            return n;
        };
        Writer w(suite.path);
        std::string body;
        for (const auto &f : suite.fixtures) {
            body += "\n\n@pytest.fixture(scope=" + py(Json(toString(f.scope)))
                    + (f.autouse ? ", autouse=True" : "") + ")\n";
            std::string params;
            for (const auto &u : f.uses)
                params += (params.empty() ? "" : ", ") + checked(u, "fixture", suite.path);
            body += "def " + function(f.name, "fixture") + "(" + params + "):\n";
            std::string inner;
            w.steps(inner, f.setup, "    ");
            inner += "    yield\n";
            w.steps(inner, f.teardown, "    ");
            body += inner;
        }
        // Parametrised cases were expanded by the loader; group them back by base name.
        std::set<std::string> done;
        for (const auto &t : suite.tests) {
            if (done.count(t.name))
                continue;
            std::string params;
            for (const auto &u : t.uses)
                params += (params.empty() ? "" : ", ") + checked(u, "fixture", suite.path);
            if (t.baseName.rfind("test", 0) != 0)
                throw Engine::Error(suite.path + ": test " + PyJson::pythonRepr(Json(t.baseName))
                                    + " does not start with \"test\": pytest would not collect it");
            std::vector<const Test *> cases;
            for (const auto &c : suite.tests)
                if (c.baseName == t.baseName)
                    cases.push_back(&c);
            for (const auto *c : cases)
                done.insert(c->name);
            if (t.skipReason) {
                // No cases: pytest collects test_x[case0] and skips it, as the runner does.
                body += "\n\n@pytest.mark.parametrize(\"case\", [])\ndef "
                        + function(t.baseName, "test") + "(case"
                        + (params.empty() ? "" : ", " + params) + "):\n    pass\n";
                continue;
            }
            if (cases.size() == 1 && t.name == t.baseName) {
                body += "\n\ndef " + function(t.name, "test") + "(" + params + "):\n";
                std::string inner;
                w.steps(inner, t.steps, "    ");
                body += inner.empty() ? "    pass\n" : inner;
                continue;
            }
            // One function per case keeps the expanded steps exact: test_x[case] in pytest too.
            std::string ids, table;
            for (const auto *c : cases) {
                const std::string id = c->name.substr(c->baseName.size() + 1,
                                                      c->name.size() - c->baseName.size() - 2);
                ids += (ids.empty() ? "" : ", ") + py(Json(id));
            }
            body += "\n\n@pytest.mark.parametrize(\"case\", [" + ids + "])\ndef "
                    + function(t.baseName, "test") + "(case" + (params.empty() ? "" : ", " + params)
                    + "):\n";
            for (const auto *c : cases) {
                const std::string id = c->name.substr(c->baseName.size() + 1,
                                                      c->name.size() - c->baseName.size() - 2);
                body += "    if case == " + py(Json(id)) + ":\n";
                std::string inner;
                w.steps(inner, c->steps, "        ");
                body += inner.empty() ? "        pass\n" : inner;
            }
        }
        std::string head
            = "# Generated by api-replay export-pytest from " + commentText(suite.path) + "\n";
        if (!suite.description.empty())
            head += "# " + commentText(suite.description) + "\n";
        if (w.engineOnly)
            head += "# Some steps only the engine can do (recorded mails, SQL, row counts): they "
                    "are comments below.\n";
        head
            += "import re  # noqa: F401\nimport uuid  # noqa: F401\n\nimport pytest  # noqa: F401\n"
               "from starlette.websockets import WebSocketDisconnect  # noqa: F401\n\n"
               "from conftest import tc_client, tc_close_session, tc_open_session, tc_pointer, "
               "tc_use_client  # "
               "noqa: F401\n";
        std::string imports = "app";
        for (const auto &n : w.names) {
            if (functions.count(n))
                throw Engine::Error(suite.path + ": " + PyJson::pythonRepr(Json(n))
                                    + " names both a dependency or double of the app "
                                      "and a test or fixture of the suite");
            imports += ", " + n;
        }
        head += "from " + appModule + " import " + imports + "  # noqa: F401\n";
        files[fileName] = head + body;
    }
    return files;
}

std::vector<std::string> writePytest(const std::vector<SuiteFile> &suites,
                                     const std::string &appModule, const std::string &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw Engine::Error("cannot create " + dir + ": " + ec.message());
    std::vector<std::string> written;
    for (const auto &[name, content] : exportPytest(suites, appModule)) {
        const std::string path = (std::filesystem::path(dir) / name).string();
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f << content;
        f.close();
        if (!f)
            throw Engine::Error("cannot write " + path);
        written.push_back(path);
    }
    return written;
}

} // namespace Engine::Suite
