#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "engine/core/pyjson.h"
#include "engine/suite/suite.h"

namespace Engine::Suite {

std::string toString(Scope scope)
{
    switch (scope) {
    case Scope::Function:
        return "function";
    case Scope::Module:
        return "module";
    case Scope::Session:
        return "session";
    }
    return {};
}

const Fixture *SuiteFile::fixture(const std::string &fixtureName) const
{
    for (const auto &f : fixtures)
        if (f.name == fixtureName)
            return &f;
    return nullptr;
}

std::string LoadError::toString() const
{
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

namespace {

const std::set<std::string> kStepKinds{
    "request", "expect", "set_override", "remove_override", "clear_overrides",
    "session", "sql",    "websocket",    "client"};
const std::set<std::string> kExpectKeys{
    "status",        "json",        "json_contains", "json_pointer", "header", "header_present",
    "header_absent", "uuid_header", "no_traceback",  "mails",        "rows",   "raises"};

class Checker
{
public:
    Checker(std::string file, const PyJson::PositionMap &positions, std::vector<LoadError> &errors)
        : m_file(std::move(file))
        , m_positions(positions)
        , m_errors(errors)
    {}

    void error(const std::string &pointer, const std::string &message)
    {
        PyJson::Position p{1, 1};
        // The nearest enclosing value that has a position.
        std::string ptr = pointer;
        while (true) {
            auto it = m_positions.find(ptr);
            if (it != m_positions.end()) {
                p = it->second;
                break;
            }
            const auto slash = ptr.rfind('/');
            if (slash == std::string::npos)
                break;
            ptr.resize(slash);
        }
        m_errors.push_back({m_file, p.line, p.column, message});
    }

    bool expectType(const Json &v, const std::string &pointer, Json::value_t type, const char *what)
    {
        const bool ok
            = v.type() == type || (type == Json::value_t::number_integer && v.is_number_integer());
        if (!ok)
            error(pointer, std::string("expected ") + what);
        return ok;
    }

    void keys(const Json &obj, const std::string &pointer, const std::set<std::string> &allowed,
              const char *where)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!allowed.count(it.key())) {
                std::string list;
                for (const auto &a : allowed)
                    list += (list.empty() ? "" : ", ") + a;
                error(pointer + "/" + it.key(), "unknown key \"" + it.key() + "\" in " + where
                                                    + " (expected one of: " + list + ")");
            }
        }
    }

    std::vector<std::string> names(const Json &parent, const std::string &key,
                                   const std::string &pointer)
    {
        std::vector<std::string> out;
        if (!parent.contains(key))
            return out;
        const Json &v = parent[key];
        if (!expectType(v, pointer + "/" + key, Json::value_t::array, "a list of fixture names"))
            return out;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (expectType(v[i], pointer + "/" + key + "/" + std::to_string(i),
                           Json::value_t::string, "a fixture name (a string)"))
                out.push_back(v[i].get<std::string>());
        return out;
    }

    std::vector<Step> steps(const Json &parent, const std::string &key, const std::string &pointer)
    {
        std::vector<Step> out;
        if (!parent.contains(key))
            return out;
        const Json &v = parent[key];
        const std::string ptr = pointer + "/" + key;
        if (!expectType(v, ptr, Json::value_t::array, "a list of steps"))
            return out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string sp = ptr + "/" + std::to_string(i);
            const Json &s = v[i];
            if (!expectType(s, sp, Json::value_t::object,
                            "a step object such as {\"request\": {...}}"))
                continue;
            std::string kind;
            for (auto it = s.begin(); it != s.end(); ++it)
                if (kStepKinds.count(it.key()))
                    kind = kind.empty() ? it.key() : "<several>";
            if (kind.empty() || kind == "<several>") {
                std::string list;
                for (const auto &k : kStepKinds)
                    list += (list.empty() ? "" : ", ") + k;
                error(sp, kind.empty()
                              ? "a step needs exactly one of: " + list
                              : "a step has more than one kind (use one of: " + list + ")");
                continue;
            }
            checkStep(kind, s, sp);
            out.push_back({kind, s, sp});
        }
        return out;
    }

    void checkStep(const std::string &kind, const Json &s, const std::string &sp)
    {
        const Json &v = s[kind];
        const std::string vp = sp + "/" + kind;
        if (kind == "request") {
            if (!expectType(v, vp, Json::value_t::object, "a request object with method and path"))
                return;
            keys(v, vp, {"method", "path", "query", "headers", "json", "body"}, "a request");
            if (!v.contains("method") || !v["method"].is_string())
                error(vp, "a request needs \"method\" (a string such as \"GET\")");
            if (!v.contains("path") || !v["path"].is_string()
                || v["path"].get<std::string>().rfind('/', 0) != 0)
                error(v.contains("path") ? vp + "/path" : vp,
                      "a request needs \"path\" (a string starting with \"/\")");
            if (v.contains("json") && v.contains("body"))
                error(vp, "give either \"json\" or \"body\", not both");
        } else if (kind == "expect") {
            if (!expectType(v, vp, Json::value_t::object, "an object of assertions"))
                return;
            keys(v, vp, kExpectKeys, "an expect step");
            const bool placeholder = v.contains("status") && v["status"].is_string()
                                     && v["status"].get<std::string>().rfind('$', 0) == 0;
            if (v.contains("status") && !v["status"].is_number_integer() && !placeholder)
                error(vp + "/status", "expected an HTTP status code (an integer)");
        } else if (kind == "set_override") {
            if (expectType(v, vp, Json::value_t::object, "an object {\"dependency\": \"double\"}"))
                for (auto it = v.begin(); it != v.end(); ++it)
                    expectType(it.value(), vp + "/" + it.key(), Json::value_t::string,
                               "the name of a double");
        } else if (kind == "remove_override") {
            expectType(v, vp, Json::value_t::string, "a dependency name");
        } else if (kind == "session") {
            if (!v.is_string() || (v != "open" && v != "close"))
                error(vp, "expected \"open\" or \"close\"");
        } else if (kind == "sql") {
            expectType(v, vp, Json::value_t::string, "an SQL statement (a string)");
        } else if (kind == "client") {
            if (expectType(v, vp, Json::value_t::object, "an object of client options"))
                keys(v, vp, {"raise_server_exceptions"}, "a client step");
        } else if (kind == "websocket") {
            if (expectType(v, vp, Json::value_t::object,
                           "an object with path, send and expect_json"))
                keys(v, vp, {"path", "send", "expect_json", "expect_close"}, "a websocket step");
        }
    }

private:
    std::string m_file;
    const PyJson::PositionMap &m_positions;
    std::vector<LoadError> &m_errors;
};

// {"$name"} in a parametrised test's steps becomes the case's value.
Json substitute(const Json &v, const Json &params)
{
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        if (s.size() > 1 && s.front() == '$' && params.contains(s.substr(1)))
            return params[s.substr(1)];
        return v;
    }
    if (v.is_array()) {
        Json out = Json::array();
        for (const auto &item : v)
            out.push_back(substitute(item, params));
        return out;
    }
    if (v.is_object()) {
        Json out = Json::object();
        for (auto it = v.begin(); it != v.end(); ++it)
            out[it.key()] = substitute(it.value(), params);
        return out;
    }
    return v;
}

} // namespace

LoadResult loadSuiteText(const std::string &path, const std::string &text)
{
    LoadResult result;
    PyJson::PositionMap positions;
    Json doc;
    try {
        doc = PyJson::parse(text, positions, 64);
    } catch (const PyJson::DecodeError &e) {
        result.errors.push_back({path, e.lineno, e.colno, "invalid JSON: " + e.msg});
        return result;
    } catch (const PyJson::EncodingError &e) {
        result.errors.push_back({path, 1, 1, e.message});
        return result;
    }
    Checker c(path, positions, result.errors);
    if (!doc.is_object()) {
        c.error("", "expected a suite object with \"suite\", \"fixtures\" and \"tests\"");
        return result;
    }
    c.keys(doc, "", {"$schema", "suite", "app", "description", "fixtures", "tests"}, "a suite");
    SuiteFile suite;
    suite.path = path;
    if (!doc.contains("suite") || !doc["suite"].is_string())
        c.error(doc.contains("suite") ? "/suite" : "",
                "a suite needs \"suite\" (its name, a string)");
    else
        suite.name = doc["suite"].get<std::string>();
    if (doc.contains("app")) {
        if (doc["app"] != "forge")
            c.error("/app", "unknown app (the built-in apps are: forge)");
    }
    if (doc.contains("description") && doc["description"].is_string())
        suite.description = doc["description"].get<std::string>();
    std::set<std::string> fixtureNames;
    if (doc.contains("fixtures")
        && c.expectType(doc["fixtures"], "/fixtures", Json::value_t::array, "a list of fixtures")) {
        for (std::size_t i = 0; i < doc["fixtures"].size(); ++i) {
            const std::string fp = "/fixtures/" + std::to_string(i);
            const Json &f = doc["fixtures"][i];
            if (!c.expectType(f, fp, Json::value_t::object, "a fixture object"))
                continue;
            c.keys(f, fp, {"name", "scope", "autouse", "uses", "setup", "teardown", "description"},
                   "a fixture");
            Fixture fx;
            if (!f.contains("name") || !f["name"].is_string()) {
                c.error(fp, "a fixture needs \"name\" (a string)");
                continue;
            }
            fx.name = f["name"].get<std::string>();
            if (!fixtureNames.insert(fx.name).second)
                c.error(fp + "/name", "fixture \"" + fx.name + "\" is defined twice");
            if (f.contains("scope")) {
                const Json &s = f["scope"];
                if (s == "function")
                    fx.scope = Scope::Function;
                else if (s == "module")
                    fx.scope = Scope::Module;
                else if (s == "session")
                    fx.scope = Scope::Session;
                else
                    c.error(fp + "/scope", "expected \"function\", \"module\" or \"session\"");
            }
            if (f.contains("autouse")
                && c.expectType(f["autouse"], fp + "/autouse", Json::value_t::boolean,
                                "true or false"))
                fx.autouse = f["autouse"].get<bool>();
            fx.uses = c.names(f, "uses", fp);
            fx.setup = c.steps(f, "setup", fp);
            fx.teardown = c.steps(f, "teardown", fp);
            suite.fixtures.push_back(std::move(fx));
        }
    }
    std::set<std::string> testNames;
    if (!doc.contains("tests"))
        c.error("", "a suite needs \"tests\" (a list)");
    else if (c.expectType(doc["tests"], "/tests", Json::value_t::array, "a list of tests")) {
        for (std::size_t i = 0; i < doc["tests"].size(); ++i) {
            const std::string tp = "/tests/" + std::to_string(i);
            const Json &t = doc["tests"][i];
            if (!c.expectType(t, tp, Json::value_t::object, "a test object"))
                continue;
            c.keys(t, tp, {"name", "uses", "steps", "parametrize", "description"}, "a test");
            if (!t.contains("name") || !t["name"].is_string()) {
                c.error(tp, "a test needs \"name\" (a string)");
                continue;
            }
            const std::string name = t["name"].get<std::string>();
            const auto uses = c.names(t, "uses", tp);
            for (std::size_t u = 0; u < uses.size(); ++u)
                if (!fixtureNames.count(uses[u]))
                    c.error(tp + "/uses/" + std::to_string(u),
                            "fixture \"" + uses[u] + "\" is not defined in this suite");
            const auto steps = c.steps(t, "steps", tp);
            std::vector<std::pair<std::string, Json>> cases{{"", Json::object()}};
            if (t.contains("parametrize")) {
                cases.clear();
                const Json &p = t["parametrize"];
                if (c.expectType(p, tp + "/parametrize", Json::value_t::array,
                                 "a list of cases ({\"id\": ..., ...})")) {
                    for (std::size_t k = 0; k < p.size(); ++k) {
                        if (!c.expectType(p[k], tp + "/parametrize/" + std::to_string(k),
                                          Json::value_t::object, "a case object"))
                            continue;
                        const std::string id = p[k].contains("id") && p[k]["id"].is_string()
                                                   ? p[k]["id"].get<std::string>()
                                                   : std::to_string(k);
                        cases.emplace_back(id, p[k]);
                    }
                }
            }
            for (const auto &[id, params] : cases) {
                Test test;
                test.baseName = name;
                test.name = id.empty() ? name : name + "[" + id + "]";
                test.uses = uses;
                test.file = path;
                for (const auto &s : steps)
                    test.steps.push_back({s.kind, substitute(s.value, params), s.pointer});
                if (!testNames.insert(test.name).second)
                    c.error(tp + "/name", "test \"" + test.name + "\" is defined twice");
                suite.tests.push_back(std::move(test));
            }
        }
    }
    // Fixtures may only use defined fixtures, without cycles.
    for (std::size_t i = 0; i < suite.fixtures.size(); ++i) {
        const auto &f = suite.fixtures[i];
        for (std::size_t u = 0; u < f.uses.size(); ++u)
            if (!fixtureNames.count(f.uses[u]))
                c.error("/fixtures/" + std::to_string(i) + "/uses/" + std::to_string(u),
                        "fixture \"" + f.uses[u] + "\" is not defined in this suite");
        std::set<std::string> seen;
        std::vector<std::string> stack{f.name};
        while (!stack.empty()) {
            const std::string n = stack.back();
            stack.pop_back();
            const Fixture *fx = suite.fixture(n);
            if (!fx)
                continue;
            for (const auto &u : fx->uses) {
                if (u == f.name) {
                    c.error("/fixtures/" + std::to_string(i),
                            "fixture \"" + f.name + "\" uses itself through \"" + n + "\"");
                    stack.clear();
                    break;
                }
                if (seen.insert(u).second)
                    stack.push_back(u);
            }
        }
    }
    if (result.errors.empty())
        result.suites.push_back(std::move(suite));
    return result;
}

LoadResult loadSuites(const std::vector<std::string> &paths)
{
    LoadResult all;
    for (const auto &path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            all.errors.push_back({path, 0, 0, "cannot read the file"});
            continue;
        }
        std::ostringstream text;
        text << in.rdbuf();
        LoadResult one = loadSuiteText(path, text.str());
        for (auto &e : one.errors)
            all.errors.push_back(std::move(e));
        for (auto &s : one.suites)
            all.suites.push_back(std::move(s));
    }
    if (!all.errors.empty())
        all.suites.clear();
    return all;
}

} // namespace Engine::Suite
