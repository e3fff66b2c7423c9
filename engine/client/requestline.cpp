#include "engine/client/requestline.h"

#include <algorithm>

#include "engine/core/pyjson.h"
#include "engine/http/url.h"

namespace Engine::Client {

bool isToken(const std::string &s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
        if (!ok)
            return false;
    }
    return true;
}

std::optional<RequestOptions> requestFromJson(const Json &j, std::string &error)
{
    if (!j.is_object()) {
        error = "a request line must be a JSON object";
        return std::nullopt;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const std::vector<std::string> known{"method", "path", "headers",
                                                    "json",   "body", "query"};
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            error = "unknown key \"" + it.key()
                    + "\" (expected method, path, headers, query, json or body)";
            return std::nullopt;
        }
    }
    RequestOptions r;
    if (!j.contains("method") || !j["method"].is_string()
        || !isToken(j["method"].get<std::string>())) {
        error = "\"method\" must be an HTTP method name such as \"GET\"";
        return std::nullopt;
    }
    r.method = j["method"].get<std::string>();
    for (auto &c : r.method)
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (!j.contains("path") || !j["path"].is_string() || j["path"].get<std::string>().empty()
        || j["path"].get<std::string>()[0] != '/') {
        error = "\"path\" must be a string starting with \"/\"";
        return std::nullopt;
    }
    r.url = j["path"].get<std::string>();
    if (r.url.find_first_of("\r\n") != std::string::npos || r.url.find('\0') != std::string::npos) {
        error = "\"path\" must not contain line breaks or NUL (percent-encode them)";
        return std::nullopt;
    }
    if (j.contains("query")) {
        if (!j["query"].is_object()) {
            error = "\"query\" must be an object of names to values";
            return std::nullopt;
        }
        std::string qs;
        for (auto it = j["query"].begin(); it != j["query"].end(); ++it) {
            const auto add = [&](const Json &v) {
                qs += (qs.empty() ? "" : "&") + Http::percentEncode(it.key()) + "="
                      + Http::percentEncode(PyJson::pythonStr(v));
            };
            if (it->is_array())
                for (const auto &v : *it)
                    add(v);
            else
                add(*it);
        }
        if (!qs.empty())
            r.url += (r.url.find('?') == std::string::npos ? "?" : "&") + qs;
    }
    if (j.contains("headers")) {
        if (!j["headers"].is_object()) {
            error = "\"headers\" must be an object of names to string values";
            return std::nullopt;
        }
        for (auto it = j["headers"].begin(); it != j["headers"].end(); ++it) {
            if (!it->is_string()) {
                error = "header \"" + it.key() + "\" must have a string value";
                return std::nullopt;
            }
            const std::string v = it->get<std::string>();
            if (!isToken(it.key())) {
                error = "header name \"" + it.key() + "\" is not a valid HTTP token";
                return std::nullopt;
            }
            if (v.find_first_of("\r\n") != std::string::npos || v.find('\0') != std::string::npos) {
                error = "header \"" + it.key() + "\" has a line break or NUL in its value";
                return std::nullopt;
            }
            r.headers.add(it.key(), v);
        }
    }
    if (j.contains("json") && j.contains("body")) {
        error = "give either \"json\" or \"body\", not both";
        return std::nullopt;
    }
    if (j.contains("json"))
        r.json = j["json"];
    if (j.contains("body")) {
        if (!j["body"].is_string()) {
            error = "\"body\" must be a string (use \"json\" for a JSON value)";
            return std::nullopt;
        }
        r.content = j["body"].get<std::string>();
        if (!r.headers.contains("content-type"))
            r.headers.add("content-type", "application/json");
    }
    return r;
}

} // namespace Engine::Client
