// The suite loader on any text: a list of suites or a list of problems, each with a message
// and a place, never a crash or an exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/suite/suite.h"
#include "tests/fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const Engine::Suite::LoadResult result = Engine::Suite::loadSuiteText("fuzz.json", text);
    FUZZ_CHECK(result.ok() == (result.suites.size() == 1),
               "one suite when there are no problems, none when there are");
    for (const auto &e : result.errors) {
        FUZZ_CHECK(!e.message.empty(), "a problem says what is wrong");
        FUZZ_CHECK(e.toString().find("fuzz.json") == 0, "a problem names its file");
    }
    return 0;
}
