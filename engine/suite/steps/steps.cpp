#include "engine/suite/steps/steps.h"

#include <algorithm>

#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"

namespace Engine::Suite {

const std::vector<const StepType *> &stepTypes()
{
    // The one table of step kinds, in the order of StepKind.
    static const std::vector<const StepType *> table{
        &requestStep(),        &expectStep(),  &setOverrideStep(), &removeOverrideStep(),
        &clearOverridesStep(), &sessionStep(), &clientStep(),      &sqlStep(),
        &websocketStep()};
    return table;
}

const StepType &stepType(StepKind kind)
{
    return *stepTypes().at(static_cast<std::size_t>(kind));
}

const StepType *stepTypeNamed(const std::string &name)
{
    for (const StepType *type : stepTypes())
        if (name == type->name())
            return type;
    return nullptr;
}

std::string toString(StepKind kind)
{
    return stepType(kind).name();
}

bool isPlaceholder(const Json &v)
{
    return v.is_string() && v.get_ref<const std::string &>().size() > 1
           && v.get_ref<const std::string &>()[0] == '$';
}

std::string pointerToken(const std::string &key)
{
    std::string out;
    for (const char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

// --- the loader's side ---

bool StepChecker::expectType(const Json &v, const std::string &pointer, Json::value_t type,
                             const char *what)
{
    const bool ok
        = v.type() == type || (type == Json::value_t::number_integer && v.is_number_integer());
    if (!ok)
        error(pointer, std::string("expected ") + what);
    return ok;
}

void StepChecker::keys(const Json &obj, const std::string &pointer,
                       const std::set<std::string> &allowed, const char *where)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (allowed.count(it.key()))
            continue;
        std::string list;
        for (const auto &a : allowed)
            list += (list.empty() ? "" : ", ") + a;
        error(pointer + "/" + it.key(),
              "unknown key \"" + it.key() + "\" in " + where + " (expected one of: " + list + ")");
    }
}

bool StepChecker::identifier(const Json &v, const std::string &pointer, const char *what)
{
    if (!v.is_string()) {
        error(pointer, std::string("expected ") + what + " (a string)");
        return false;
    }
    const auto problem = identifierProblem(v.get<std::string>());
    if (problem)
        error(pointer, std::string(what) + " " + PyJson::dumpLenient(v) + " " + *problem);
    return !problem;
}

// --- the runner's and the export's side ---

const Json &StepAt::value() const
{
    return step().value[toString(step().kind)];
}

std::string StepAt::where() const
{
    return "step " + std::to_string(index + 1) + " (" + toString(step().kind) + ")";
}

bool StepAt::nextExpectsRaise() const
{
    return index + 1 < steps.size() && steps[index + 1].kind == StepKind::Expect
           && steps[index + 1].value["expect"].contains("raises");
}

namespace {

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

} // namespace

void PytestWriter::steps(std::string &out, const std::vector<Step> &steps,
                         const std::string &indent)
{
    for (std::size_t i = 0; i < steps.size();)
        i += std::max<std::size_t>(1,
                                   stepType(steps[i].kind).write({steps, i}, *this, out, indent));
}

const std::string &PytestWriter::checked(const std::string &n, const char *what,
                                         const std::string &file)
{
    if (const auto problem = identifierProblem(n))
        throw Engine::Error(file + ": " + what + " " + PyJson::pythonRepr(Json(n)) + " "
                            + *problem);
    return n;
}

bool PytestWriter::isReserved(const std::string &n)
{
    return kReserved.count(n) > 0;
}

const std::string &PytestWriter::name(const std::string &n, const char *what)
{
    checked(n, what, m_file);
    if (kReserved.count(n))
        throw Engine::Error(m_file + ": the " + std::string(what) + " name "
                            + PyJson::pythonRepr(Json(n))
                            + " is a name the generated pytest module uses itself");
    names.insert(n);
    return n;
}

std::string PytestWriter::py(const Json &v)
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

std::string PytestWriter::comment(const std::string &text)
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

} // namespace Engine::Suite
