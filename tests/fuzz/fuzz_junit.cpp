// Suite::parseJunit on any bytes: a run or an Engine::Error that names the file, never a crash,
// a hang or another exception. Each result names a test, attempts of one test count up from 0,
// and only attempts after the first are reruns.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "engine/core/pyerror.h"
#include "engine/suite/junit.h"
#include "tests/fuzz/check.h"

using namespace Engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    Suite::JunitRun run;
    try {
        run = Suite::parseJunit(text, "fuzz.xml");
    } catch (const Engine::Error &e) {
        FUZZ_CHECK(std::string(e.what()).rfind("fuzz.xml: ", 0) == 0, "an error names the file");
        return 0;
    }
    std::map<std::string, int> next;
    std::size_t reruns = 0;
    for (const auto &r : run.results) {
        int &expected = next[r.file + "::" + r.name];
        FUZZ_CHECK(r.repetition == expected, "attempts of a test count up from 0");
        reruns += r.repetition > 0;
        ++expected;
    }
    FUZZ_CHECK(reruns == run.reruns, "reruns are the attempts after the first");
    return 0;
}
