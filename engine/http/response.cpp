#include "engine/http/response.h"

#include "engine/core/pyjson.h"

namespace Engine::Http {

namespace {
void appendExtra(Headers &headers, const Headers &extra)
{
    for (const auto &f : extra.fields())
        headers.add(f.first, f.second);
}
} // namespace

Response Response::json(int status, const Json &content, const Headers &extra)
{
    return jsonText(status, PyJson::dump(content), extra);
}

Response Response::jsonText(int status, std::string body, const Headers &extra)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    appendExtra(r.headers, extra);
    r.headers.add("content-length", std::to_string(r.body.size()));
    r.headers.add("content-type", "application/json");
    return r;
}

Response Response::text(int status, std::string body, const Headers &extra)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    appendExtra(r.headers, extra);
    r.headers.add("content-length", std::to_string(r.body.size()));
    r.headers.add("content-type", "text/plain; charset=utf-8");
    return r;
}

Response Response::empty(int status, const Headers &extra)
{
    Response r;
    r.status = status;
    appendExtra(r.headers, extra);
    if (!(status < 200 || status == 204 || status == 304))
        r.headers.add("content-length", "0");
    return r;
}

Response Response::redirect(int status, const std::string &location)
{
    Response r;
    r.status = status;
    r.headers.add("content-length", "0");
    r.headers.add("location", location);
    return r;
}

bool Response::isJson() const
{
    const std::string type = Headers::lower(headers.value("content-type"));
    const std::string media = type.substr(0, type.find(';'));
    return media == "application/json" || (media.size() > 5 && media.ends_with("+json"));
}

std::optional<Json> Response::parsedJson() const
{
    try {
        // A body may nest deeper than any request could: a 422 echoes a value nested up to the
        // request limit inside {"detail": [{"input": ...}]}.
        return PyJson::parse(body, 2 * PyJson::kDefaultMaxDepth);
    } catch (...) {
        return std::nullopt;
    }
}

std::string reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 418:
        return "I'm a Teapot";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return {};
    }
}

void to_json(Json &j, const Response &r)
{
    j = Json{{"status", r.status}, {"headers", r.headers.toJson()}, {"body", r.body}};
}

} // namespace Engine::Http
