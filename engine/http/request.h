#pragma once

#include <map>
#include <string>

#include "engine/core/json.h"
#include "engine/http/headers.h"
#include "engine/http/url.h"

namespace Engine::Http {

// An HTTP request as the ASGI app sees it (Starlette's scope plus body): the path is
// percent-decoded, the query string kept raw and parsed.
struct Request
{
    std::string method = "GET";
    std::string scheme = "http";
    std::string host = "testserver";
    std::string path = "/";
    std::string rawPath = "/";
    std::string queryString;
    QueryParams query;
    Headers headers;
    std::string body;
    // Filled by the router from the matched path template.
    std::map<std::string, std::string> pathParams;

    // Builds a request from a URL path with an optional query ("/a/b?x=1"): the path is
    // percent-decoded as Starlette does, the query parsed with parse_qsl semantics.
    static Request make(std::string method, const std::string &target);

    // Name -> value from the Cookie header (the last of duplicate names wins, as Starlette).
    std::map<std::string, std::string> cookies() const;
    std::optional<std::string> queryValue(const std::string &name) const;
    std::vector<std::string> queryValues(const std::string &name) const;
    std::string url() const;
};

void to_json(Json &j, const Request &r);

} // namespace Engine::Http
