// Validation::parseFastApiRelease (--fastapi, the Open app dialog) on any bytes: a release or
// nullopt, never a crash. A release prints as MAJOR.MINOR.PATCH, which parses back to itself,
// and before() orders it as its numbers do.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/validation/errorstyle.h"
#include "tests/fuzz/check.h"

using namespace Engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const auto release = Validation::parseFastApiRelease(input);
    if (!release)
        return 0;
    FUZZ_CHECK(release->major >= 0 && release->minor >= 0 && release->patch >= 0,
               "no negative numbers");
    const auto again = Validation::parseFastApiRelease(release->toString());
    FUZZ_CHECK(again && again->toString() == release->toString(), "prints as it parses");
    FUZZ_CHECK(!release->before(release->minor, release->patch), "not before itself");
    if (release->major == 0)
        FUZZ_CHECK(release->before(release->minor + 1), "before the next minor release");
    return 0;
}
