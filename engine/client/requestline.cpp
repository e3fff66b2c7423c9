#include "engine/client/requestline.h"

#include "engine/client/presentation.h"
#include "engine/http/multipart.h"

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

namespace {
// TestClient's data= and files=: a form, multipart when there are files (data fields first).
void formBody(const Json &j, RequestOptions &r)
{
    std::vector<Http::MultipartPart> parts;
    if (j.contains("data")) {
        if (!j["data"].is_object())
            throw InvalidRequest("\"data\" must be an object of field names to strings");
        for (auto it = j["data"].begin(); it != j["data"].end(); ++it) {
            const Json values = it->is_array() ? *it : Json::array({*it});
            for (const auto &v : values) {
                if (v.is_object() || v.is_array() || v.is_null())
                    throw InvalidRequest("field \"" + it.key()
                                         + "\" of \"data\" must be a string or a number");
                parts.push_back({it.key(), std::nullopt, "", PyJson::pythonStr(v)});
            }
        }
    }
    const bool multipart = j.contains("files");
    if (multipart) {
        if (!j["files"].is_object())
            throw InvalidRequest("\"files\" must be an object of field names to files "
                                 "({\"filename\", \"content\", \"content_type\"})");
        for (auto it = j["files"].begin(); it != j["files"].end(); ++it) {
            const Json files = it->is_array() ? *it : Json::array({*it});
            for (const auto &f : files) {
                if (!f.is_object() || !f.contains("content") || !f["content"].is_string())
                    throw InvalidRequest("file \"" + it.key()
                                         + "\" must be an object with a string \"content\"");
                Http::MultipartPart part{it.key(), f.value("filename", it.key()),
                                         f.value("content_type", "application/octet-stream"),
                                         f["content"].get<std::string>()};
                for (const std::string *s : {&*part.filename, &part.contentType})
                    if (s->find_first_of(std::string("\r\n\0", 3)) != std::string::npos)
                        throw InvalidRequest("file \"" + it.key()
                                             + "\" has a line break in its name or type");
                parts.push_back(std::move(part));
            }
        }
    }
    if (multipart) {
        auto built = Http::buildMultipart(parts);
        r.content = std::move(built.body);
        r.headers.set("content-type", built.contentType);
        return;
    }
    std::vector<std::pair<std::string, std::string>> pairs;
    for (auto &p : parts)
        pairs.emplace_back(std::move(p.name), std::move(p.data));
    r.content = queryString(pairs);
    if (!r.headers.contains("content-type"))
        r.headers.add("content-type", "application/x-www-form-urlencoded");
}
} // namespace

RequestOptions requestFromJson(const Json &j)
{
    if (!j.is_object()) {
        throw InvalidRequest("a request line must be a JSON object");
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const std::vector<std::string> known{"method", "path",  "headers", "json",
                                                    "body",   "query", "data",    "files"};
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            throw InvalidRequest("unknown key \"" + it.key()
                                 + "\" (expected method, path, headers, query, json, body, data "
                                   "or files)");
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
    const int bodies = int(j.contains("json")) + int(j.contains("body"))
                       + int(j.contains("data") || j.contains("files"));
    if (bodies > 1) {
        throw InvalidRequest("give one of \"json\", \"body\" or \"data\"/\"files\", not more");
    }
    if (j.contains("data") || j.contains("files"))
        formBody(j, r);
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
