#include "engine/http/multipart.h"

#include <algorithm>
#include <cctype>
#include <random>

namespace Engine::Http {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The parameters of a header value ("form-data; name=\"a\"; filename=b.txt"), names
// lower-cased; quoted values lose their quotes and backslash escapes (as python-multipart's
// parse_options_header). The value before the first ';' is returned under "".
std::vector<std::pair<std::string, std::string>> options(std::string_view value)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t i = value.find(';');
    out.emplace_back("", std::string(trim(value.substr(0, i))));
    while (i != std::string_view::npos && i < value.size()) {
        ++i; // past ';'
        const std::size_t eq = value.find('=', i);
        const std::size_t semi = value.find(';', i);
        if (eq == std::string_view::npos || (semi != std::string_view::npos && semi < eq)) {
            i = semi;
            continue; // a flag without a value
        }
        const std::string name = lower(trim(value.substr(i, eq - i)));
        std::size_t j = eq + 1;
        while (j < value.size() && (value[j] == ' ' || value[j] == '\t'))
            ++j;
        std::string v;
        if (j < value.size() && value[j] == '"') {
            for (++j; j < value.size() && value[j] != '"'; ++j) {
                if (value[j] == '\\' && j + 1 < value.size())
                    ++j;
                v += value[j];
            }
            i = value.find(';', j);
        } else {
            i = value.find(';', j);
            v = std::string(trim(value.substr(j, i == std::string_view::npos ? i : i - j)));
        }
        out.emplace_back(name, std::move(v));
    }
    return out;
}

const std::string *option(const std::vector<std::pair<std::string, std::string>> &all,
                          std::string_view name)
{
    for (const auto &[k, v] : all)
        if (k == name)
            return &v;
    return nullptr;
}

} // namespace

std::vector<MultipartPart> parseMultipart(std::string_view body, std::string_view contentType,
                                          std::size_t maxParts)
{
    const auto params = options(contentType);
    if (lower(params.front().second) != "multipart/form-data")
        throw MultipartError("the content-type is not multipart/form-data");
    const std::string *boundaryParam = option(params, "boundary");
    if (!boundaryParam || boundaryParam->empty() || boundaryParam->size() > 200)
        throw MultipartError("the content-type names no boundary");
    const std::string delimiter = "--" + *boundaryParam;

    // The first delimiter opens the first part (a preamble before it is ignored).
    std::size_t at = body.find(delimiter);
    if (at == std::string_view::npos)
        throw MultipartError("the body holds no boundary");
    std::vector<MultipartPart> parts;
    for (;;) {
        at += delimiter.size();
        if (body.substr(at, 2) == "--")
            return parts; // the closing delimiter; an epilogue after it is ignored
        // The rest of the delimiter's line (transport padding), then the part's headers.
        const std::size_t lineEnd = body.find("\r\n", at);
        if (lineEnd == std::string_view::npos)
            throw MultipartError("a boundary line does not end");
        if (!trim(body.substr(at, lineEnd - at)).empty())
            throw MultipartError("text follows a boundary on its line");
        std::size_t pos = lineEnd + 2;
        MultipartPart part;
        bool named = false;
        for (;;) {
            const std::size_t end = body.find("\r\n", pos);
            if (end == std::string_view::npos)
                throw MultipartError("the headers of a part do not end");
            const std::string_view line = body.substr(pos, end - pos);
            pos = end + 2;
            if (line.empty())
                break;
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0)
                throw MultipartError("a part's header line is not 'Name: value'");
            const std::string name = lower(trim(line.substr(0, colon)));
            const std::string_view value = trim(line.substr(colon + 1));
            if (name == "content-disposition") {
                const auto disposition = options(value);
                if (const auto *n = option(disposition, "name")) {
                    part.name = *n;
                    named = true;
                }
                if (const auto *f = option(disposition, "filename"))
                    part.filename = *f;
            } else if (name == "content-type") {
                part.contentType = std::string(value);
            }
        }
        if (!named)
            throw MultipartError("a part has no name in its Content-Disposition");
        const std::string closing = "\r\n" + delimiter;
        const std::size_t next = body.find(closing, pos);
        if (next == std::string_view::npos)
            throw MultipartError("the body ends inside a part (no closing boundary)");
        part.data = std::string(body.substr(pos, next - pos));
        if (parts.size() == maxParts)
            throw MultipartError("more than " + std::to_string(maxParts) + " parts");
        parts.push_back(std::move(part));
        at = next + 2; // at the delimiter
    }
}

MultipartBody buildMultipart(const std::vector<MultipartPart> &parts, const std::string &fixed)
{
    // httpx: 16 random bytes, hex.
    static constexpr char hex[] = "0123456789abcdef";
    std::string boundary = fixed;
    if (boundary.empty()) {
        std::random_device random;
        for (int i = 0; i < 32; ++i)
            boundary += hex[random() % 16];
    }
    // httpx's (HTML5's) escaping of names and filenames: '"' as %22, '\\' doubled, control
    // characters but ESC as %XX.
    const auto quote = [](const std::string &s) {
        std::string out;
        for (char c : s) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"') {
                out += "%22";
            } else if (c == '\\') {
                out += "\\\\";
            } else if (u < 0x20 && u != 0x1B) {
                static constexpr char upper[] = "0123456789ABCDEF";
                out += '%';
                out += upper[u >> 4];
                out += upper[u & 15];
            } else {
                out += c;
            }
        }
        return out;
    };
    MultipartBody out;
    out.contentType = "multipart/form-data; boundary=" + boundary;
    for (const auto &part : parts) {
        out.body += "--" + boundary + "\r\n";
        out.body += "Content-Disposition: form-data; name=\"" + quote(part.name) + "\"";
        if (part.filename)
            out.body += "; filename=\"" + quote(*part.filename) + "\"";
        out.body += "\r\n";
        if (!part.contentType.empty())
            out.body += "Content-Type: " + part.contentType + "\r\n";
        out.body += "\r\n" + part.data + "\r\n";
    }
    out.body += "--" + boundary + "--\r\n";
    return out;
}

} // namespace Engine::Http
