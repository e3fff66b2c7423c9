#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Engine::Http {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// Python's urllib.parse.unquote: %XX with two hex digits is decoded, anything else (%zz, a lone
// %) stays as it is; the bytes are then decoded as UTF-8 with invalid sequences replaced.
std::string percentDecode(std::string_view s);

// urllib.parse.parse_qsl(qs, keep_blank_values=True) as Starlette uses it: pairs split on '&',
// '+' means space, a pair without '=' has the empty value; empty pairs are skipped.
QueryParams parseQuery(std::string_view query);

// Encodes a query value for a URL (RFC 3986 unreserved characters stay).
std::string percentEncode(std::string_view s);

struct SplitUrl
{
    std::string scheme;
    std::string host;
    std::string path;
    std::string query;
};

// Splits "http://testserver/a/b?x=1" or "/a/b?x=1" into its parts; a fragment is dropped.
SplitUrl splitUrl(std::string_view url);

} // namespace Engine::Http
