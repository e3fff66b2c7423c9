#include "engine/pipeline/route.h"

#include "engine/core/pyerror.h"

#include <stdexcept>

namespace Engine::Pipeline {

std::string toString(ParamSource source)
{
    switch (source) {
    case ParamSource::Path:
        return "path";
    case ParamSource::Query:
        return "query";
    case ParamSource::Header:
        return "header";
    case ParamSource::Cookie:
        return "cookie";
    case ParamSource::Body:
        return "body";
    }
    return {};
}

std::string Param::alias() const
{
    if (source != ParamSource::Header || !convertUnderscores)
        return name;
    std::string out = name;
    for (auto &c : out)
        if (c == '_')
            c = '-';
    return out;
}

PathTemplate::PathTemplate(const std::string &path)
{
    std::size_t i = 0;
    std::string literal;
    while (i < path.size()) {
        if (path[i] != '{') {
            literal += path[i++];
            continue;
        }
        const std::size_t close = path.find('}', i);
        if (close == std::string::npos)
            throw Engine::Error("unbalanced '{' in path template " + path);
        std::string inner = path.substr(i + 1, close - i - 1);
        std::string convertor = "str";
        if (const auto colon = inner.find(':'); colon != std::string::npos) {
            convertor = inner.substr(colon + 1);
            inner.resize(colon);
        }
        if (convertor != "str" && convertor != "int" && convertor != "float" && convertor != "path"
            && convertor != "uuid")
            throw Engine::Error("unknown path convertor '" + convertor + "'");
        m_segments.push_back({literal, inner, convertor});
        m_names.push_back(inner);
        literal.clear();
        i = close + 1;
    }
    if (!literal.empty() || m_segments.empty())
        m_segments.push_back({literal, {}, {}});
}

namespace {

// Length of the longest prefix of s that the convertor's regex matches (Starlette's
// convertor regexes), stopping before stop when one is given.
std::size_t matchConvertor(const std::string &convertor, std::string_view s)
{
    std::size_t n = 0;
    const auto digits = [&](std::size_t from) {
        std::size_t k = from;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9')
            ++k;
        return k;
    };
    if (convertor == "path")
        return s.size();
    if (convertor == "int")
        return digits(0);
    if (convertor == "float") {
        n = digits(0);
        if (n > 0 && n < s.size() && s[n] == '.') {
            const std::size_t m = digits(n + 1);
            if (m > n + 1)
                n = m;
        }
        return n;
    }
    // str and uuid: [^/]+
    while (n < s.size() && s[n] != '/')
        ++n;
    return n;
}

} // namespace

bool PathTemplate::match(const std::string &path, std::map<std::string, std::string> &params) const
{
    std::string_view rest = path;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        const Segment &seg = m_segments[i];
        if (rest.substr(0, seg.literal.size()) != seg.literal)
            return false;
        rest.remove_prefix(seg.literal.size());
        if (seg.name.empty())
            return rest.empty();
        std::size_t n = matchConvertor(seg.convertor, rest);
        // A path convertor followed by a literal must leave room for it (regex backtracking).
        if (seg.convertor == "path" && i + 1 < m_segments.size()) {
            const std::string &next = m_segments[i + 1].literal;
            const auto pos = rest.rfind(next);
            if (pos == std::string_view::npos)
                return false;
            n = pos;
        }
        if (n == 0 && seg.convertor != "path")
            return false;
        params[seg.name] = std::string(rest.substr(0, n));
        rest.remove_prefix(n);
    }
    return rest.empty();
}

std::string PathTemplate::openapiPath() const
{
    std::string out;
    for (const auto &seg : m_segments) {
        out += seg.literal;
        if (!seg.name.empty())
            out += "{" + seg.name + "}";
    }
    return out;
}

Route &Route::named(std::string routeName)
{
    name = std::move(routeName);
    return *this;
}

Route &Route::status(int code)
{
    statusCode = code;
    return *this;
}

Route &Route::tag(std::string t)
{
    tags.push_back(std::move(t));
    return *this;
}

Route &Route::depends(std::vector<std::string> names)
{
    dependencies = std::move(names);
    return *this;
}

Route &Route::pathParam(std::string n, Validation::Type type)
{
    params.push_back(Param{std::move(n), ParamSource::Path, std::move(type), true, nullptr, {}});
    return *this;
}

Route &Route::query(std::string n, Validation::Type type)
{
    params.push_back(Param{std::move(n), ParamSource::Query, std::move(type), true, nullptr, {}});
    return *this;
}

Route &Route::query(std::string n, Validation::Type type, Json defaultValue)
{
    params.push_back(Param{
        std::move(n), ParamSource::Query, std::move(type), false, std::move(defaultValue), {}});
    return *this;
}

Route &Route::header(std::string n, Validation::Type type, Json defaultValue, bool isRequired)
{
    params.push_back(Param{std::move(n),
                           ParamSource::Header,
                           std::move(type),
                           isRequired,
                           std::move(defaultValue),
                           {}});
    return *this;
}

Route &Route::body(std::string n, Validation::Type type)
{
    params.push_back(Param{std::move(n), ParamSource::Body, std::move(type), true, nullptr, {}});
    return *this;
}

std::string Route::operationId() const
{
    std::string id = name + pattern.openapiPath();
    for (auto &c : id) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                          || c == '_';
        if (!word)
            c = '_';
    }
    std::string method = methods.empty() ? "get" : methods.front();
    for (auto &c : method)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return id + "_" + method;
}

std::string Route::displaySummary() const
{
    return summary.empty() ? Validation::titleCase(name) : summary;
}

} // namespace Engine::Pipeline
