// describeOpenApi on any document: the routes of a live server or of an OpenAPI file, never a
// crash or a hang, whatever the document holds ($ref loops, wrong types, missing members).
// Every route it lists has one method and a path that the document holds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/core/pyjson.h"
#include "engine/target/describe.h"
#include "tests/fuzz/check.h"

using namespace Engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Json doc;
    try {
        doc = PyJson::parse(std::string(text));
    } catch (...) {
        return 0;
    }
    const auto routes = Target::describeOpenApi(doc);
    for (const auto &r : routes) {
        FUZZ_CHECK(r.methods.size() == 1, "one method per route");
        FUZZ_CHECK(doc.is_object() && doc["paths"].contains(r.path), "a path of the document");
    }
    return 0;
}
