// Http::parseMultipart on any bytes, the first line being the content-type: parts or a
// MultipartError, never a crash, a hang or another exception. Every part's data lies inside
// the body, and what buildMultipart writes of the parts parses back to the same parts.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/http/multipart.h"
#include "tests/fuzz/check.h"

using namespace Engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t newline = input.find('\n');
    const std::string_view contentType = input.substr(0, newline);
    const std::string_view body
        = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
    std::vector<Http::MultipartPart> parts;
    try {
        parts = Http::parseMultipart(body, contentType, 64);
    } catch (const Http::MultipartError &) {
        return 0;
    }
    FUZZ_CHECK(parts.size() <= 64, "at most maxParts parts");
    std::size_t total = 0;
    for (const auto &p : parts)
        total += p.data.size();
    FUZZ_CHECK(total <= body.size(), "the parts' data comes from the body");
    // Quotes and control characters in names and filenames are percent-encoded on the way out
    // (as httpx does), so only parts without them make the same round trip.
    const auto encoded = [](const std::string &s) {
        for (char c : s)
            if (c == '"' || (static_cast<unsigned char>(c) < 0x20 && c != 0x1B))
                return true;
        return false;
    };
    for (const auto &p : parts)
        if (encoded(p.name) || (p.filename && encoded(*p.filename))
            || p.contentType.find_first_of(std::string("\r\n", 2)) != std::string::npos)
            return 0;
    const auto built = Http::buildMultipart(parts);
    const auto back = Http::parseMultipart(built.body, built.contentType, 64);
    FUZZ_CHECK(back.size() == parts.size(), "a built body has its parts");
    for (std::size_t i = 0; i < parts.size(); ++i) {
        FUZZ_CHECK(back[i].name == parts[i].name, "names round-trip");
        FUZZ_CHECK(back[i].filename == parts[i].filename, "filenames round-trip");
        FUZZ_CHECK(back[i].data == parts[i].data, "data round-trips");
    }
    return 0;
}
