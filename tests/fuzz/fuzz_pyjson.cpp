// PyJson::parse on any bytes: a value or a DecodeError/EncodingError, never a crash, a hang
// or another exception. What parses survives a dump and a second parse unchanged, and every
// position it reports names a value that exists.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/core/pyjson.h"
#include "tests/fuzz/check.h"

using namespace Engine;

namespace {

std::size_t codePoints(std::string_view text)
{
    std::size_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Json value;
    PyJson::PositionMap positions;
    try {
        value = PyJson::parse(text, positions);
    } catch (const PyJson::DecodeError &e) {
        FUZZ_CHECK(!e.msg.empty(), "a decode error says what is wrong");
        FUZZ_CHECK(e.lineno >= 1 && e.colno >= 1, "line and column count from 1");
        FUZZ_CHECK(e.pos <= codePoints(text), "the error position lies within the document");
        FUZZ_CHECK(*e.what() != 0, "str(JSONDecodeError) is not empty");
        return 0;
    } catch (const PyJson::EncodingError &e) {
        FUZZ_CHECK(*e.what() != 0, "an encoding error says what is wrong");
        return 0;
    }
    for (const auto &[pointer, position] : positions) {
        FUZZ_CHECK(value.contains(Json::json_pointer(pointer)), "a position names a value");
        FUZZ_CHECK(position.line >= 1 && position.column >= 1, "positions count from 1");
    }
    const std::string once = PyJson::dumpLenient(value);
    const Json again = PyJson::parse(once);
    FUZZ_CHECK(PyJson::dumpLenient(again) == once, "dump, parse, dump is stable");
    return 0;
}
