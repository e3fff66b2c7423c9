#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "engine/core/pyjson.h"
#include "engine/demo/registry.h"
#include "engine/suite/steps/steps.h"
#include "engine/suite/suite.h"

namespace Engine::Suite {

std::string toString(Scope scope)
{
    switch (scope) {
    case Scope::Function:
        return "function";
    case Scope::Class:
        return "class";
    case Scope::Module:
        return "module";
    case Scope::Package:
        return "package";
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

std::optional<std::string> identifierProblem(const std::string &name)
{
    static const std::set<std::string> keywords{
        "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
        "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
        "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
    const auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    bool ok = !name.empty() && letter(name[0]);
    for (const char c : name)
        ok = ok && (letter(c) || (c >= '0' && c <= '9'));
    if (!ok)
        return "is not a Python identifier (ASCII letters, digits and _, not starting with a "
               "digit)";
    if (keywords.count(name))
        return "is a Python keyword";
    return std::nullopt;
}

std::optional<std::string> modulePathProblem(const std::string &module)
{
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = module.find('.', start);
        const std::string part = module.substr(start, dot == std::string::npos ? dot : dot - start);
        if (identifierProblem(part))
            return "\"" + module
                   + "\" is not a Python module path (dotted identifiers such as app.main)";
        if (dot == std::string::npos)
            return std::nullopt;
        start = dot + 1;
    }
}

std::string LoadError::toString() const
{
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

namespace {

class Checker : public StepChecker
{
public:
    Checker(std::string file, const PyJson::PositionMap &positions, std::vector<LoadError> &errors)
        : m_file(std::move(file))
        , m_positions(positions)
        , m_errors(errors)
    {}

    void error(const std::string &pointer, const std::string &message) override
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
            const StepType *type = nullptr;
            bool several = false;
            for (auto it = s.begin(); it != s.end(); ++it)
                if (const StepType *t = stepTypeNamed(it.key())) {
                    several = several || type;
                    type = t;
                }
            if (!type || several) {
                std::set<std::string> names; // listed in alphabetical order
                for (const StepType *t : stepTypes())
                    names.insert(t->name());
                std::string list;
                for (const auto &k : names)
                    list += (list.empty() ? "" : ", ") + k;
                error(sp, !type ? "a step needs exactly one of: " + list
                                : "a step has more than one kind (use one of: " + list + ")");
                continue;
            }
            const std::string kind = type->name();
            const std::set<std::string> extra = type->extraKeys();
            for (auto it = s.begin(); it != s.end(); ++it) {
                if (it.key() == kind || extra.count(it.key()))
                    continue;
                std::string expected;
                for (const auto &k : extra)
                    expected += (expected.empty() ? " (expected: " : ", ") + k;
                error(sp + "/" + it.key(), "unknown key \"" + it.key() + "\" in a " + kind + " step"
                                               + (expected.empty() ? "" : expected + ")"));
            }
            type->check(s, sp, *this);
            out.push_back({type->kind(), s, sp});
        }
        return out;
    }

    // A "$name" left in a test's steps that its case does not define: pytest would fail the
    // test at collection ("function uses no argument 'name'"); here it is a load error.
    void undefinedPlaceholders(const Json &v, const Json &params, const std::string &pointer,
                               const std::string &test, const std::string &id)
    {
        if (isPlaceholder(v)) {
            const std::string key = v.get_ref<const std::string &>().substr(1);
            if (params.contains(key) || identifierProblem(key))
                return;
            std::string defined;
            for (auto it = params.begin(); it != params.end(); ++it)
                if (it.key() != "id")
                    defined += (defined.empty() ? "" : ", ") + it.key();
            error(pointer,
                  "\"$" + key + "\" is not defined "
                      + (id.empty()
                             ? "(test \"" + test + "\" has no parametrize)"
                             : "in case \"" + id + "\" of test \"" + test + "\" (it defines: "
                                   + (defined.empty() ? "nothing" : defined) + ")"));
        } else if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                undefinedPlaceholders(it.value(), params, pointer + "/" + pointerToken(it.key()),
                                      test, id);
        } else if (v.is_array()) {
            for (std::size_t i = 0; i < v.size(); ++i)
                undefinedPlaceholders(v[i], params, pointer + "/" + std::to_string(i), test, id);
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

// Line and column (in code points) of the first byte that is not UTF-8.
std::pair<std::size_t, std::size_t> firstInvalidUtf8(const std::string &text)
{
    std::size_t good = 0, line = 1, lineStart = 0;
    // Grow the valid prefix a code point at a time (a lead byte and its continuations).
    while (good < text.size()) {
        std::size_t next = good + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80
               && next - good < 4)
            ++next;
        if (!PyJson::isValidUtf8(std::string_view(text).substr(good, next - good)))
            break;
        if (text[good] == '\n') {
            ++line;
            lineStart = next;
        }
        good = next;
    }
    return {line,
            PyJson::codePointLength(std::string_view(text).substr(lineStart, good - lineStart))
                + 1};
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
    } catch (const PyJson::EncodingError &) {
        const auto [line, column] = firstInvalidUtf8(text);
        result.errors.push_back(
            {path, line, column, "the file is not UTF-8 text: the byte here is not valid UTF-8"});
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
        std::string names;
        for (const auto &app : Demo::builtinApps()) {
            if (doc["app"] == app.name)
                suite.app = app.name;
            names += (names.empty() ? "" : ", ") + app.name;
        }
        if (suite.app.empty())
            c.error("/app", "unknown app (the built-in apps are: " + names + ")");
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
            c.identifier(f["name"], fp + "/name", "the fixture name");
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
            c.identifier(t["name"], tp + "/name", "the test name");
            if (fixtureNames.count(name))
                c.error(tp + "/name", "test \"" + name
                                          + "\" has the name of a fixture (pytest would see one "
                                            "function where the suite means two)");
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
            if (t.contains("parametrize") && t["parametrize"].is_array()
                && t["parametrize"].empty()) {
                // pytest: an empty parameter set collects one test, skipped with this reason
                // (_pytest/mark/structures.py get_empty_parameterset_mark).
                const auto at = positions.find(tp + "/parametrize");
                const std::size_t line = at == positions.end() ? 0 : at->second.line;
                Test skipped;
                skipped.baseName = name;
                skipped.name = name + "[case0]"; // the id pytest 7 gives it
                skipped.uses = uses;
                skipped.file = path;
                skipped.skipReason = "got empty parameter set ['case'], function " + name + " at "
                                     + path + ":" + std::to_string(line);
                if (!testNames.insert(skipped.name).second)
                    c.error(tp + "/name", "test \"" + skipped.name + "\" is defined twice");
                suite.tests.push_back(std::move(skipped));
                continue;
            }
            for (const auto &[id, params] : cases) {
                if (t.contains("parametrize")) {
                    for (const auto &s : steps)
                        c.undefinedPlaceholders(s.value, params, s.pointer, name, id);
                } else {
                    // Without cases a "$name" is literal text, except where a number is needed.
                    for (const auto &s : steps)
                        if (s.kind == StepKind::Expect && s.value["expect"].is_object()
                            && s.value["expect"].contains("status"))
                            c.undefinedPlaceholders(s.value["expect"]["status"], params,
                                                    s.pointer + "/expect/status", name, id);
                }
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
    // Fixtures may only use defined fixtures, of a scope at least as wide, without cycles.
    // One depth-first walk over all of them (linear: a chain of 10,000 fixtures loads at once).
    std::map<std::string, std::size_t> byName;
    for (std::size_t i = 0; i < suite.fixtures.size(); ++i)
        byName.emplace(suite.fixtures[i].name, i);
    for (std::size_t i = 0; i < suite.fixtures.size(); ++i) {
        const auto &f = suite.fixtures[i];
        for (std::size_t u = 0; u < f.uses.size(); ++u) {
            const std::string up = "/fixtures/" + std::to_string(i) + "/uses/" + std::to_string(u);
            const auto used = byName.find(f.uses[u]);
            if (used == byName.end()) {
                c.error(up, "fixture \"" + f.uses[u] + "\" is not defined in this suite");
                continue;
            }
            const Fixture &g = suite.fixtures[used->second];
            if (static_cast<int>(g.scope) < static_cast<int>(f.scope))
                c.error(up, "ScopeMismatch: You tried to access the " + toString(g.scope)
                                + " scoped fixture " + g.name + " with a " + toString(f.scope)
                                + " scoped request object (fixture \"" + f.name + "\")");
        }
    }
    enum class Mark { New, Open, Done };
    std::vector<Mark> marks(suite.fixtures.size(), Mark::New);
    for (std::size_t root = 0; root < suite.fixtures.size(); ++root) {
        if (marks[root] != Mark::New)
            continue;
        // (fixture, next use to look at)
        std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
        marks[root] = Mark::Open;
        while (!stack.empty()) {
            auto &[at, next] = stack.back();
            const auto &uses = suite.fixtures[at].uses;
            if (next == uses.size()) {
                marks[at] = Mark::Done;
                stack.pop_back();
                continue;
            }
            const auto used = byName.find(uses[next++]);
            if (used == byName.end() || marks[used->second] == Mark::Done)
                continue;
            if (marks[used->second] == Mark::Open) {
                const std::size_t from = at;
                c.error("/fixtures/" + std::to_string(used->second),
                        "fixture \"" + suite.fixtures[used->second].name
                            + "\" uses itself through \"" + suite.fixtures[from].name + "\"");
                continue;
            }
            marks[used->second] = Mark::Open;
            stack.emplace_back(used->second, 0);
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
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            all.errors.push_back({path, 0, 0, "is a directory, not a suite file"});
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            all.errors.push_back(
                {path, 0, 0,
                 std::filesystem::exists(path, ec) ? "cannot read the file" : "no such file"});
            continue;
        }
        // Read at most the limit (and one byte more to tell): /dev/zero never ends.
        std::string text;
        char chunk[64 * 1024];
        while (in && text.size() <= kMaxSuiteBytes) {
            in.read(chunk, sizeof chunk);
            text.append(chunk, static_cast<std::size_t>(in.gcount()));
        }
        if (text.size() > kMaxSuiteBytes) {
            all.errors.push_back({path, 0, 0,
                                  "the file is larger than " + std::to_string(kMaxSuiteBytes >> 20)
                                      + " MiB, the limit for a suite file"});
            continue;
        }
        if (in.bad()) {
            all.errors.push_back({path, 0, 0, "cannot read the file"});
            continue;
        }
        LoadResult one = loadSuiteText(path, text);
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
