#include "engine/client/presentation.h"

#include <algorithm>

#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/http/multipart.h"
#include "engine/http/url.h"

namespace Engine::Client {

bool operator==(const ComposedRequest &a, const ComposedRequest &b)
{
    return a.method == b.method && a.path == b.path && a.query == b.query && a.headers == b.headers
           && a.body == b.body;
}

Json toJson(const ComposedRequest &request)
{
    Json query = Json::array(), headers = Json::array();
    for (const auto &[k, v] : request.query)
        query.push_back({k, v});
    for (const auto &[k, v] : request.headers)
        headers.push_back({k, v});
    return Json{{"method", request.method},
                {"path", request.path},
                {"query", query},
                {"headers", headers},
                {"body", request.body}};
}

ComposedRequest composedFromJson(const Json &json)
{
    if (!json.is_object())
        throw Engine::Error("a composed request must be a JSON object");
    ComposedRequest out;
    const auto text = [&json](const char *key) {
        if (!json.contains(key) || !json[key].is_string())
            throw Engine::Error(std::string("\"") + key + "\" must be a string");
        return json[key].get<std::string>();
    };
    const auto pairs = [&json](const char *key) {
        std::vector<std::pair<std::string, std::string>> out;
        if (!json.contains(key) || !json[key].is_array())
            throw Engine::Error(std::string("\"") + key + "\" must be a list of [name, value]");
        for (const auto &p : json[key]) {
            if (!p.is_array() || p.size() != 2 || !p[0].is_string() || !p[1].is_string())
                throw Engine::Error(std::string("\"") + key
                                    + "\" must be a list of [name, value] strings");
            out.emplace_back(p[0].get<std::string>(), p[1].get<std::string>());
        }
        return out;
    };
    out.method = text("method");
    out.path = text("path");
    out.query = pairs("query");
    out.headers = pairs("headers");
    out.body = text("body");
    return out;
}

RequestOptions composeRequest(const ComposedRequest &composed)
{
    RequestOptions r;
    r.method = composed.method;
    r.url = composed.path.empty() || composed.path[0] != '/' ? "/" + composed.path : composed.path;
    const std::string qs = queryString(composed.query);
    if (!qs.empty())
        r.url += (r.url.find('?') == std::string::npos ? "?" : "&") + qs;
    for (const auto &[name, value] : composed.headers)
        if (!name.empty())
            r.headers.add(name, value);
    if (!composed.body.empty()) {
        r.content = composed.body;
        if (!r.headers.contains("content-type"))
            r.headers.add("content-type", "application/json");
        const std::string type = Http::Headers::lower(r.headers.value("content-type"));
        if (type.rfind("multipart/form-data", 0) == 0) {
            std::string crlf;
            crlf.reserve(r.content->size() + 64);
            for (std::size_t i = 0; i < r.content->size(); ++i) {
                const char c = (*r.content)[i];
                if (c == '\n' && (i == 0 || (*r.content)[i - 1] != '\r'))
                    crlf += '\r';
                crlf += c;
            }
            r.content = std::move(crlf);
        }
    }
    return r;
}

std::optional<BodyTemplate> formTemplate(const std::string &media, const Json &skeleton,
                                         const std::vector<std::string> &fileFields)
{
    const bool multipart = media == "multipart/form-data";
    if ((!multipart && media != "application/x-www-form-urlencoded") || !skeleton.is_object())
        return std::nullopt;
    const auto isFile = [&](const std::string &name) {
        return std::find(fileFields.begin(), fileFields.end(), name) != fileFields.end();
    };
    std::vector<Http::MultipartPart> parts;
    for (auto it = skeleton.begin(); it != skeleton.end(); ++it) {
        if (multipart && isFile(it.key())) {
            parts.push_back({it.key(), it.key() + ".txt", "text/plain", "file content"});
            continue;
        }
        const Json values = it->is_array() ? *it : Json::array({*it});
        for (const auto &v : values)
            parts.push_back({it.key(), std::nullopt, "", v.is_null() ? "" : PyJson::pythonStr(v)});
    }
    // Files the schema does not ask for are still the point of a multipart form.
    if (multipart)
        for (const auto &name : fileFields)
            if (!skeleton.contains(name))
                parts.push_back({name, name + ".txt", "text/plain", "file content"});
    BodyTemplate out;
    if (multipart) {
        auto built = Http::buildMultipart(parts, "api-test-explorer-form");
        out.contentType = std::move(built.contentType);
        out.body = std::move(built.body);
        return out;
    }
    out.contentType = "application/x-www-form-urlencoded";
    std::vector<std::pair<std::string, std::string>> pairs;
    for (auto &p : parts)
        pairs.emplace_back(std::move(p.name), std::move(p.data));
    out.body = queryString(pairs);
    return out;
}

namespace {

// Pretty-prints v at indent; with lines, records the line each member or element starts on,
// by its JSON pointer (pointer is v's own).
struct Pretty
{
    std::string out;
    int line = 0;
    std::unordered_map<std::string, std::pair<int, int>> *lines = nullptr;

    void newline(const std::string &pad)
    {
        out += '\n';
        out += pad;
        ++line;
    }

    void value(const Json &v, int indent, const std::string &pointer)
    {
        const int startLine = line;
        const std::string pad(static_cast<std::size_t>(indent) * 2, ' ');
        const std::string inner = pad + "  ";
        if (v.is_object() && !v.empty()) {
            out += '{';
            bool first = true;
            for (auto it = v.begin(); it != v.end(); ++it) {
                if (!first)
                    out += ',';
                first = false;
                newline(inner);
                out += PyJson::dumpLenient(Json(it.key())) + ": ";
                value(it.value(), indent + 1,
                      lines ? pointer + "/" + escapePointerToken(it.key()) : std::string());
            }
            newline(pad);
            out += '}';
        } else if (v.is_array() && !v.empty()) {
            out += '[';
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i > 0)
                    out += ',';
                newline(inner);
                value(v[i], indent + 1, lines ? pointer + "/" + std::to_string(i) : std::string());
            }
            newline(pad);
            out += ']';
        } else {
            out += PyJson::dumpLenient(v);
        }
        if (lines)
            lines->emplace(pointer, std::make_pair(startLine, line));
    }
};

std::string locText(const Json &loc)
{
    std::string out;
    for (const auto &part : loc) {
        if (!out.empty())
            out += " \xE2\x86\x92 "; // →
        out += part.is_string() ? part.get<std::string>() : PyJson::dumpLenient(part);
    }
    return out;
}

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Skips one JSON value starting at i (no validation beyond bracket and string matching).
std::size_t skipValue(const std::string &s, std::size_t i)
{
    if (i >= s.size())
        return i;
    if (s[i] == '"') {
        for (++i; i < s.size(); ++i) {
            if (s[i] == '\\')
                ++i;
            else if (s[i] == '"')
                return i + 1;
        }
        return s.size();
    }
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < s.size(); ++i) {
            if (s[i] == '"') {
                i = skipValue(s, i) - 1;
            } else if (s[i] == '{' || s[i] == '[') {
                ++depth;
            } else if (s[i] == '}' || s[i] == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return s.size();
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !isWs(s[i]))
        ++i;
    return i;
}

std::size_t skipWs(const std::string &s, std::size_t i)
{
    while (i < s.size() && isWs(s[i]))
        ++i;
    return i;
}

} // namespace

std::string prettyJson(const Json &value,
                       std::unordered_map<std::string, std::pair<int, int>> *lines)
{
    Pretty p;
    p.lines = lines;
    p.value(value, 0, std::string());
    return std::move(p.out);
}

std::string escapePointerToken(const std::string &token)
{
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::optional<std::pair<std::size_t, std::size_t>> locateInBody(const std::string &body,
                                                                const Json &loc)
{
    if (!loc.is_array() || loc.empty() || loc[0] != "body")
        return std::nullopt;
    // ["body", pos] for invalid JSON: pos counts code points.
    if (loc.size() == 2 && loc[1].is_number_integer()) {
        std::size_t cp = loc[1].get<std::size_t>(), byte = 0;
        while (byte < body.size() && cp > 0) {
            ++byte;
            while (byte < body.size() && (static_cast<unsigned char>(body[byte]) & 0xC0) == 0x80)
                ++byte;
            --cp;
        }
        return std::make_pair(byte, std::size_t(byte < body.size() ? 1 : 0));
    }
    std::size_t i = skipWs(body, 0);
    for (std::size_t k = 1; k < loc.size(); ++k) {
        const Json &step = loc[k];
        if (i >= body.size())
            return std::nullopt;
        if (step.is_string() && body[i] == '{') {
            i = skipWs(body, i + 1);
            bool found = false;
            while (i < body.size() && body[i] == '"') {
                const std::size_t keyEnd = skipValue(body, i);
                Json key;
                try {
                    key = PyJson::parse(body.substr(i, keyEnd - i));
                } catch (...) {
                    return std::nullopt;
                }
                i = skipWs(body, keyEnd);
                if (i >= body.size() || body[i] != ':')
                    return std::nullopt;
                i = skipWs(body, i + 1);
                if (key == step) {
                    found = true;
                    break;
                }
                i = skipWs(body, skipValue(body, i));
                if (i < body.size() && body[i] == ',')
                    i = skipWs(body, i + 1);
            }
            if (!found)
                return std::nullopt;
        } else if (step.is_number_integer() && body[i] == '[') {
            i = skipWs(body, i + 1);
            for (std::size_t n = step.get<std::size_t>(); n > 0; --n) {
                i = skipWs(body, skipValue(body, i));
                if (i >= body.size() || body[i] != ',')
                    return std::nullopt;
                i = skipWs(body, i + 1);
            }
        } else {
            return std::nullopt;
        }
    }
    return std::make_pair(i, skipValue(body, i) - i);
}

Json answerJson(const Result &result, bool withTrace)
{
    Json out;
    if (result.raised && result.error) {
        out = Json{
            {"exception", {{"type", result.error->type}, {"message", result.error->message}}}};
    } else {
        out = Json{{"status", result.response.status},
                   {"headers", result.response.headers.toJson()}};
        std::optional<Json> body;
        if (result.response.isJson() && !result.response.body.empty())
            body = result.response.parsedJson();
        if (body)
            out["json"] = std::move(*body);
        else
            out["text"] = PyJson::decodeUtf8Replace(result.response.body);
    }
    if (withTrace)
        out["trace"] = result.trace;
    return out;
}

ResponseSummary summarize(const Result &result, bool overridesActive)
{
    ResponseSummary s;
    s.status = result.response.status;
    s.reason = Http::reasonPhrase(s.status);
    for (const auto &f : result.response.headers.fields())
        s.headers.push_back(f);
    s.rawBody = PyJson::decodeUtf8Replace(result.response.body);
    s.error = result.error;
    s.raised = result.raised;
    s.trace = result.trace;
    s.micros = result.trace.totalMicros;
    if (result.response.isJson()) {
        if (auto parsed = result.response.parsedJson()) {
            s.isJson = true;
            // Shared, not copied: a body can be megabytes and travels to the window as it is.
            s.json = std::make_shared<const Json>(std::move(*parsed));
            const Json &body = *s.json;
            s.body = prettyJson(body);
            if (s.status == 422 && body.is_object() && body.contains("detail")
                && body["detail"].is_array()) {
                for (const auto &d : body["detail"]) {
                    ValidationRow row;
                    row.type = d.value("type", "");
                    row.locPath = d.value("loc", Json::array());
                    row.loc = locText(row.locPath);
                    row.msg = d.value("msg", "");
                    row.input
                        = d.contains("input") ? PyJson::dumpLenient(d["input"]) : std::string();
                    row.ctx = d.contains("ctx") ? PyJson::dumpLenient(d["ctx"]) : std::string();
                    s.validation.push_back(std::move(row));
                }
            }
        }
    }
    if (!s.isJson)
        s.body = s.rawBody;
    if (result.error && result.raised)
        s.hints.push_back(Hint::RaisedNotReturned);
    if (result.error && result.error->message == "database not initialised")
        s.hints.push_back(Hint::NoLifespanNoStartup);
    if (result.error
        && result.error->message.find("'str' object has no attribute") != std::string::npos)
        s.hints.push_back(Hint::MockSessionIsAString);
    if (result.error && !result.raised && s.status == 500
        && !result.response.headers.contains("x-trace-id"))
        s.hints.push_back(Hint::ServerErrorSkipsMiddleware);
    if (overridesActive)
        s.hints.push_back(Hint::OverrideOutlivedRequest);
    return s;
}

namespace {
void collectLeaves(const Json &value, const std::string &at, std::size_t max,
                   std::vector<std::string> &out)
{
    if (out.size() >= max)
        return;
    if (!value.is_structured() || value.empty()) {
        out.push_back(at);
        return;
    }
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end() && out.size() < max; ++it) {
            std::string key;
            for (const char c : it.key())
                key += c == '~'   ? std::string("~0")
                       : c == '/' ? std::string("~1")
                                  : std::string(1, c);
            collectLeaves(it.value(), at + "/" + key, max, out);
        }
        return;
    }
    for (std::size_t i = 0; i < value.size() && out.size() < max; ++i)
        collectLeaves(value[i], at + "/" + std::to_string(i), max, out);
}
} // namespace

std::vector<std::string> leafPointers(const Json &value, std::size_t max)
{
    std::vector<std::string> out;
    if (value.is_structured())
        collectLeaves(value, "", max, out);
    return out;
}

std::string queryString(const std::vector<std::pair<std::string, std::string>> &pairs)
{
    std::string qs;
    for (const auto &[name, value] : pairs)
        if (!name.empty())
            qs += (qs.empty() ? "" : "&") + Http::percentEncode(name) + "="
                  + Http::percentEncode(value);
    return qs;
}

std::vector<QueryRow> applyTypedQuery(std::vector<QueryRow> rows,
                                      const std::vector<std::pair<std::string, std::string>> &typed)
{
    std::vector<bool> used(typed.size(), false);
    std::vector<QueryRow> out;
    for (auto &row : rows) {
        if (!row.offered)
            continue; // added rows are rebuilt from the URL below
        row.sent = false;
        for (std::size_t i = 0; i < typed.size(); ++i)
            if (!used[i] && typed[i].first == row.name) {
                row.value = typed[i].second;
                row.sent = true;
                used[i] = true;
                break;
            }
        out.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < typed.size(); ++i)
        if (!used[i] && !typed[i].first.empty())
            out.push_back({typed[i].first, typed[i].second, false, true});
    return out;
}

std::optional<std::vector<std::pair<std::string, std::string>>>
pathValues(const std::string &pathTemplate, const std::string &path)
{
    std::vector<std::pair<std::string, std::string>> values;
    std::size_t t = 0, p = 0;
    while (t < pathTemplate.size()) {
        const std::size_t open = pathTemplate.find('{', t);
        const std::string literal
            = pathTemplate.substr(t, open == std::string::npos ? open : open - t);
        if (path.compare(p, literal.size(), literal) != 0)
            return std::nullopt;
        p += literal.size();
        if (open == std::string::npos)
            break;
        const std::size_t close = pathTemplate.find('}', open);
        if (close == std::string::npos)
            return std::nullopt;
        const std::string inside = pathTemplate.substr(open + 1, close - open - 1);
        const std::size_t colon = inside.find(':');
        const bool keepSlashes = colon != std::string::npos && inside.substr(colon + 1) == "path";
        t = close + 1;
        // The value runs to the next '/' (to the next literal for a {name:path}).
        const std::size_t nextOpen = pathTemplate.find('{', t);
        const std::string after
            = pathTemplate.substr(t, nextOpen == std::string::npos ? nextOpen : nextOpen - t);
        std::size_t end;
        if (keepSlashes)
            end = after.empty() ? path.size() : path.rfind(after);
        else
            end = std::min(path.find('/', p), path.size());
        if (end == std::string::npos || end < p)
            return std::nullopt;
        values.emplace_back(inside.substr(0, colon), Http::percentDecode(path.substr(p, end - p)));
        p = end;
    }
    if (p != path.size())
        return std::nullopt;
    return values;
}

std::string fillPath(const std::string &pathTemplate,
                     const std::vector<std::pair<std::string, std::string>> &values)
{
    std::string out;
    std::size_t i = 0;
    while (i < pathTemplate.size()) {
        const std::size_t open = pathTemplate.find('{', i);
        const std::size_t close
            = open == std::string::npos ? std::string::npos : pathTemplate.find('}', open);
        if (close == std::string::npos) {
            out += pathTemplate.substr(i);
            break;
        }
        out += pathTemplate.substr(i, open - i);
        const std::string inside = pathTemplate.substr(open + 1, close - open - 1);
        const std::size_t colon = inside.find(':');
        const std::string name = inside.substr(0, colon);
        const bool keepSlashes = colon != std::string::npos && inside.substr(colon + 1) == "path";
        const auto it = std::find_if(values.begin(), values.end(),
                                     [&](const auto &v) { return v.first == name; });
        if (it == values.end() || it->second.empty()) {
            out += "{" + inside + "}";
        } else if (keepSlashes) {
            std::size_t start = 0;
            for (std::size_t slash; (slash = it->second.find('/', start)) != std::string::npos;
                 start = slash + 1)
                out += Http::percentEncode(it->second.substr(start, slash - start)) + "/";
            out += Http::percentEncode(it->second.substr(start));
        } else {
            out += Http::percentEncode(it->second);
        }
        i = close + 1;
    }
    return out;
}

std::string toCurl(const ComposedRequest &composed, const std::string &baseUrl)
{
    const RequestOptions r = composeRequest(composed);
    const auto quote = [](const std::string &s) {
        std::string out = "'";
        for (const char c : s)
            out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out + "'";
    };
    std::string out = "curl -X " + r.method + " " + quote(baseUrl + r.url);
    for (const auto &[name, value] : r.headers.fields())
        out += " -H " + quote(name + ": " + value);
    if (r.content)
        out += " --data-raw " + quote(*r.content);
    return out;
}

std::string toPytest(const ComposedRequest &composed, const ResponseSummary &response)
{
    const RequestOptions r = composeRequest(composed);
    std::string method = r.method;
    for (auto &c : method)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    std::string call = "client.request(\"" + r.method + "\", " + PyJson::dumpLenient(Json(r.url));
    if (r.content)
        call += ", content=" + PyJson::dumpLenient(Json(*r.content));
    if (!r.headers.empty()) {
        call += ", headers={";
        bool first = true;
        for (const auto &[name, value] : r.headers.fields()) {
            call += std::string(first ? "" : ", ") + PyJson::dumpLenient(Json(name)) + ": "
                    + PyJson::dumpLenient(Json(value));
            first = false;
        }
        call += "}";
    }
    call += ")";
    std::string out = "def test_" + method + "_request(client):\n    response = " + call + "\n";
    if (response.raised && response.error)
        return "import pytest\n\n\ndef test_" + method
               + "_request(client):\n    with pytest.raises(" + response.error->type
               + "):\n        " + call + "\n";
    out += "    assert response.status_code == " + std::to_string(response.status) + "\n";
    if (response.isJson) {
        try {
            out += "    assert response.json() == "
                   + PyJson::dumpLenient(PyJson::parse(response.rawBody)) + "\n";
        } catch (...) {
        }
    }
    return out;
}

} // namespace Engine::Client
