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

RequestOptions requestFromJson(const Json &j)
{
    if (!j.is_object()) {
        throw InvalidRequest("a request line must be a JSON object");
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const std::vector<std::string> known{"method", "path", "headers",
                                                    "json",   "body", "query"};
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            throw InvalidRequest("unknown key \"" + it.key()
                                 + "\" (expected method, path, headers, query, json or body)");
        }
    }
    RequestOptions r;
    if (!j.contains("method") || !j["method"].is_string()
        || !isToken(j["method"].get<std::string>())) {
        throw InvalidRequest("\"method\" must be an HTTP method name such as \"GET\"");
    }
    r.method = j["method"].get<std::string>();
    for (auto &c : r.method)
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (!j.contains("path") || !j["path"].is_string() || j["path"].get<std::string>().empty()
        || j["path"].get<std::string>()[0] != '/') {
        throw InvalidRequest("\"path\" must be a string starting with \"/\"");
    }
    r.url = j["path"].get<std::string>();
    if (r.url.find_first_of("\r\n") != std::string::npos || r.url.find('\0') != std::string::npos) {
        throw InvalidRequest("\"path\" must not contain line breaks or NUL (percent-encode them)");
    }
    if (j.contains("query")) {
        if (!j["query"].is_object()) {
            throw InvalidRequest("\"query\" must be an object of names to values");
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
            throw InvalidRequest("\"headers\" must be an object of names to string values");
        }
        for (auto it = j["headers"].begin(); it != j["headers"].end(); ++it) {
            if (!it->is_string()) {
                throw InvalidRequest("header \"" + it.key() + "\" must have a string value");
            }
            const std::string v = it->get<std::string>();
            if (!isToken(it.key())) {
                throw InvalidRequest("header name \"" + it.key() + "\" is not a valid HTTP token");
            }
            if (v.find_first_of("\r\n") != std::string::npos || v.find('\0') != std::string::npos) {
                throw InvalidRequest("header \"" + it.key()
                                     + "\" has a line break or NUL in its value");
            }
            r.headers.add(it.key(), v);
        }
    }
    if (j.contains("json") && j.contains("body")) {
        throw InvalidRequest("give either \"json\" or \"body\", not both");
    }
    if (j.contains("json"))
        r.json = j["json"];
    if (j.contains("body")) {
        if (!j["body"].is_string()) {
            throw InvalidRequest("\"body\" must be a string (use \"json\" for a JSON value)");
        }
        r.content = j["body"].get<std::string>();
        if (!r.headers.contains("content-type"))
            r.headers.add("content-type", "application/json");
    }
    return r;
}

} // namespace Engine::Client
