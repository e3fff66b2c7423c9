#include "engine/http/url.h"

#include "engine/core/pyjson.h"

namespace Engine::Http {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string percentDecode(std::string_view s)
{
    if (s.find('%') == std::string_view::npos)
        return PyJson::isValidUtf8(s) ? std::string(s) : PyJson::decodeUtf8Replace(s);
    std::string bytes;
    bytes.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const int hi = hexDigit(s[i + 1]);
            const int lo = hexDigit(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                bytes += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        bytes += s[i];
    }
    return PyJson::decodeUtf8Replace(bytes);
}

QueryParams parseQuery(std::string_view query)
{
    QueryParams out;
    std::size_t start = 0;
    while (start <= query.size()) {
        std::size_t end = query.find('&', start);
        if (end == std::string_view::npos)
            end = query.size();
        std::string_view pair = query.substr(start, end - start);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            std::string name(pair.substr(0, eq));
            std::string value(eq == std::string_view::npos ? std::string_view()
                                                           : pair.substr(eq + 1));
            for (auto *part : {&name, &value})
                for (auto &c : *part)
                    if (c == '+')
                        c = ' ';
            out.emplace_back(percentDecode(name), percentDecode(value));
        }
        start = end + 1;
    }
    return out;
}

std::string percentEncode(std::string_view s)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

SplitUrl splitUrl(std::string_view url)
{
    SplitUrl out;
    const std::size_t hash = url.find('#');
    if (hash != std::string_view::npos)
        url = url.substr(0, hash);
    const std::size_t scheme = url.find("://");
    if (scheme != std::string_view::npos && url.find('/') > scheme) {
        out.scheme = std::string(url.substr(0, scheme));
        url.remove_prefix(scheme + 3);
        const std::size_t slash = url.find_first_of("/?");
        out.host = std::string(url.substr(0, slash));
        url = slash == std::string_view::npos ? std::string_view() : url.substr(slash);
    }
    const std::size_t q = url.find('?');
    out.path = std::string(url.substr(0, q));
    if (q != std::string_view::npos)
        out.query = std::string(url.substr(q + 1));
    if (out.path.empty())
        out.path = "/";
    return out;
}

} // namespace Engine::Http
