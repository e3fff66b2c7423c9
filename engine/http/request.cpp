#include "engine/http/request.h"

namespace Engine::Http {

Request Request::make(std::string method, const std::string &target)
{
    Request r;
    r.method = std::move(method);
    const SplitUrl parts = splitUrl(target);
    if (!parts.scheme.empty())
        r.scheme = parts.scheme;
    if (!parts.host.empty())
        r.host = parts.host;
    r.rawPath = parts.path;
    r.path = percentDecode(parts.path);
    r.queryString = parts.query;
    r.query = parseQuery(parts.query);
    return r;
}

std::map<std::string, std::string> Request::cookies() const
{
    std::map<std::string, std::string> out;
    for (const auto &header : headers.getAll("cookie")) {
        std::size_t start = 0;
        while (start < header.size()) {
            std::size_t end = header.find(';', start);
            if (end == std::string::npos)
                end = header.size();
            std::string part = header.substr(start, end - start);
            const auto first = part.find_first_not_of(' ');
            part = first == std::string::npos ? std::string() : part.substr(first);
            const auto eq = part.find('=');
            if (!part.empty()) {
                std::string name = eq == std::string::npos ? std::string() : part.substr(0, eq);
                std::string value = eq == std::string::npos ? part : part.substr(eq + 1);
                while (!name.empty() && name.back() == ' ')
                    name.pop_back();
                out[name] = value;
            }
            start = end + 1;
        }
    }
    return out;
}

std::optional<std::string> Request::queryValue(const std::string &name) const
{
    // Starlette's QueryParams.get returns the last value of a repeated key.
    std::optional<std::string> out;
    for (const auto &p : query)
        if (p.first == name)
            out = p.second;
    return out;
}

std::vector<std::string> Request::queryValues(const std::string &name) const
{
    std::vector<std::string> out;
    for (const auto &p : query)
        if (p.first == name)
            out.push_back(p.second);
    return out;
}

std::string Request::url() const
{
    return scheme + "://" + host + rawPath + (queryString.empty() ? "" : "?" + queryString);
}

void to_json(Json &j, const Request &r)
{
    j = Json{{"method", r.method},
             {"url", r.url()},
             {"path", r.path},
             {"headers", r.headers.toJson()},
             {"body", r.body}};
}

} // namespace Engine::Http
