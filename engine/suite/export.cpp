#include "engine/suite/export.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

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

std::string identifier(std::string s)
{
    for (auto &c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || c == '_'))
            c = '_';
    if (s.empty() || (s[0] >= '0' && s[0] <= '9'))
        s = "_" + s;
    return s;
}

class Writer
{
public:
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
                    names.insert(it.key());
                    names.insert(it.value().get<std::string>());
                    out += indent + "app.dependency_overrides[" + it.key()
                           + "] = " + it.value().get<std::string>() + "\n";
                }
            } else if (s.kind == "remove_override") {
                names.insert(v.get<std::string>());
                out += indent + "app.dependency_overrides.pop(" + v.get<std::string>()
                       + ", None)\n";
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
                out += indent + "# engine-only step skipped (" + s.kind
                       + "): " + PyJson::dumpLenient(s.value) + "\n";
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
                       + PyJson::dumpLenient(e[k])
                       + "): the contract exposes no mailbox or database to the test\n";
            }
        }
    }
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
    conftest.replace(conftest.find("{module}"), 8, appModule);
    files["conftest.py"] = conftest;
    for (const auto &suite : suites) {
        Writer w;
        std::string body;
        for (const auto &f : suite.fixtures) {
            body += "\n\n@pytest.fixture(scope=" + py(Json(toString(f.scope)))
                    + (f.autouse ? ", autouse=True" : "") + ")\n";
            std::string params;
            for (const auto &u : f.uses)
                params += (params.empty() ? "" : ", ") + identifier(u);
            body += "def " + identifier(f.name) + "(" + params + "):\n";
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
                params += (params.empty() ? "" : ", ") + identifier(u);
            std::vector<const Test *> cases;
            for (const auto &c : suite.tests)
                if (c.baseName == t.baseName)
                    cases.push_back(&c);
            for (const auto *c : cases)
                done.insert(c->name);
            if (cases.size() == 1 && t.name == t.baseName) {
                body += "\n\ndef " + identifier(t.name) + "(" + params + "):\n";
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
                    + identifier(t.baseName) + "(case" + (params.empty() ? "" : ", " + params)
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
        std::string head = "# Generated by api-replay export-pytest from " + suite.path + "\n";
        if (!suite.description.empty())
            head += "# " + suite.description + "\n";
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
        for (const auto &n : w.names)
            imports += ", " + n;
        head += "from " + appModule + " import " + imports + "  # noqa: F401\n";
        files["test_" + identifier(suite.name) + ".py"] = head + body;
    }
    return files;
}

std::vector<std::string> writePytest(const std::vector<SuiteFile> &suites,
                                     const std::string &appModule, const std::string &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw std::runtime_error("cannot create " + dir + ": " + ec.message());
    std::vector<std::string> written;
    for (const auto &[name, content] : exportPytest(suites, appModule)) {
        const std::string path = (std::filesystem::path(dir) / name).string();
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f << content;
        f.close();
        if (!f)
            throw std::runtime_error("cannot write " + path);
        written.push_back(path);
    }
    return written;
}

} // namespace Engine::Suite
