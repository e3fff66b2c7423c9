// Validation::checkFormat (the string formats Pydantic writes: dates, times, durations, UUIDs,
// URLs, e-mail and IP addresses) on any text, in both error styles: an answer, never a crash
// or an exception. A duration that is only ASCII digits is always valid (seconds), as in
// Pydantic 1.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/validation/formats.h"
#include "tests/fuzz/check.h"

using namespace Engine;
using Validation::Format;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    const Json value(input);
    for (const Format format :
         {Format::Date, Format::DateTime, Format::Uuid, Format::Email, Format::Url, Format::HttpUrl,
          Format::Time, Format::Ipv4, Format::Ipv6, Format::IpAny, Format::Duration}) {
        for (const auto style : {Validation::ErrorStyle::V1, Validation::ErrorStyle::V2})
            (void)Validation::checkFormat(format, value, style);
    }
    bool digits = !input.empty() && input.size() < 300;
    for (const char c : input)
        digits = digits && c >= '0' && c <= '9';
    if (digits)
        FUZZ_CHECK(!Validation::checkFormat(Format::Duration, value, Validation::ErrorStyle::V1),
                   "digits are a number of seconds");
    return 0;
}
