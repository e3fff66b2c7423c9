// export-pytest on any suite text: the generated Python holds no code from the suite. Every
// file is lexed (strings, comments, names); a string or comment must end on its own line, and
// every name outside them is either the exporter's own vocabulary or a name the loader checked
// to be a Python identifier (tests, fixtures, dependencies, doubles).
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "engine/core/pyerror.h"
#include "engine/suite/export.h"
#include "engine/suite/suite.h"
#include "tests/fuzz/check.h"

namespace {

const std::set<std::string> kVocabulary{
    // Python keywords and builtins the templates use
    "import", "from", "def", "with", "as", "assert", "if", "in", "not", "for", "return", "yield",
    "pass", "True", "False", "None", "else", "type", "str", "int", "list", "isinstance",
    "Exception", "b",
    // modules, classes and names of conftest.py and the test modules
    "re", "uuid", "pytest", "fastapi", "testclient", "TestClient", "starlette", "websockets",
    "WebSocketDisconnect", "conftest", "app", "forge_app", "tc_client", "tc_use_client",
    "tc_open_session", "tc_close_session", "tc_pointer", "_clients", "_state", "document", "path",
    "part", "response", "raised", "ws", "closed", "case", "raise_server_exceptions",
    // attributes and keyword arguments
    "request", "params", "headers", "json", "content", "encode", "status_code", "text", "get",
    "lower", "value", "code", "send_text", "receive_json", "receive_text", "websocket_connect",
    "dependency_overrides", "pop", "clear", "fixture", "scope", "autouse", "mark", "parametrize",
    "raises", "search", "UUID", "split", "replace", "__enter__", "__exit__", "__name__"};

bool nameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

void checkPython(const std::string &code, const std::set<std::string> &suiteNames)
{
    for (std::size_t i = 0; i < code.size();) {
        const char c = code[i];
        if (c == '#') { // a comment runs to the end of its line
            while (i < code.size() && code[i] != '\n')
                ++i;
        } else if (c == '\'' || c == '"') {
            std::size_t j = i + 1;
            while (j < code.size() && code[j] != c) {
                FUZZ_CHECK(code[j] != '\n' && code[j] != '\r', "a string literal ends on its line");
                j += code[j] == '\\' ? 2 : 1;
            }
            FUZZ_CHECK(j < code.size(), "a string literal is closed");
            i = j + 1;
        } else if (nameChar(c) && !(c >= '0' && c <= '9')) {
            std::size_t j = i;
            while (j < code.size() && nameChar(code[j]))
                ++j;
            const std::string name = code.substr(i, j - i);
            FUZZ_CHECK(kVocabulary.count(name) || suiteNames.count(name),
                       ("a name in generated code comes from the exporter or a checked suite name: "
                        + name)
                           .c_str());
            i = j;
        } else if (c >= '0' && c <= '9') {
            while (i < code.size()
                   && (nameChar(code[i]) || code[i] == '.' || code[i] == '+' || code[i] == '-'))
                ++i;
        } else {
            FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80, "code outside literals is ASCII");
            ++i;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const Engine::Suite::LoadResult loaded = Engine::Suite::loadSuiteText("fuzz.json", text);
    if (!loaded.ok())
        return 0;
    std::set<std::string> names;
    for (const auto &suite : loaded.suites) {
        for (const auto &f : suite.fixtures) {
            names.insert(f.name);
            names.insert(f.uses.begin(), f.uses.end());
        }
        for (const auto &t : suite.tests) {
            names.insert(t.baseName);
            names.insert(t.uses.begin(), t.uses.end());
        }
    }
    // Dependencies and doubles: the loader checked them; collect them from the steps.
    const auto collect = [&names](const std::vector<Engine::Suite::Step> &steps) {
        for (const auto &s : steps) {
            const auto &v = s.value[Engine::Suite::toString(s.kind)];
            if (s.kind == Engine::Suite::StepKind::SetOverride)
                for (auto it = v.begin(); it != v.end(); ++it) {
                    names.insert(it.key());
                    names.insert(it.value().get<std::string>());
                }
            else if (s.kind == Engine::Suite::StepKind::RemoveOverride)
                names.insert(v.get<std::string>());
        }
    };
    for (const auto &suite : loaded.suites) {
        for (const auto &f : suite.fixtures) {
            collect(f.setup);
            collect(f.teardown);
        }
        for (const auto &t : suite.tests)
            collect(t.steps);
    }
    for (const auto &name : names)
        FUZZ_CHECK(!Engine::Suite::identifierProblem(name),
                   "the loader lets only Python identifiers through as names");
    std::map<std::string, std::string> files;
    try {
        files = Engine::Suite::exportPytest(loaded.suites, "forge_app");
    } catch (const Engine::Error &e) {
        FUZZ_CHECK(std::string(e.what()).find("fuzz.json") != std::string::npos,
                   "a refusal names the suite file");
        return 0;
    }
    for (const auto &[file, code] : files)
        checkPython(code, names);
    return 0;
}
