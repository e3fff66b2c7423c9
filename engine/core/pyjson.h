#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "engine/core/json.h"
#include "engine/core/pyerror.h"

namespace Engine::PyJson {

// Raised by parse(): Python's json.JSONDecodeError with its fields. pos, lineno and colno
// count code points, as Python's str indices do; what() reads as str(JSONDecodeError):
// "Expecting value: line 1 column 1 (char 0)".
class DecodeError : public PyError
{
public:
    DecodeError(std::string msg, std::size_t pos, std::size_t lineno, std::size_t colno,
                std::string doc);

    std::string msg;
    std::size_t pos = 0;
    std::size_t lineno = 1;
    std::size_t colno = 1;
    std::string doc;
};

// Thrown for UTF-8 that is not valid (Python raises UnicodeDecodeError before parsing).
class EncodingError : public PyError
{
public:
    explicit EncodingError(const std::string &message);
};

constexpr std::size_t kDefaultMaxDepth = 512;

// Parses text with the grammar and error messages of CPython's json.loads (3.11): NaN,
// Infinity and -Infinity are accepted, duplicate keys keep the last value, integers that do not
// fit 64 bits stay exact (engine/core/bigint.h). Throws DecodeError or EncodingError. Nesting
// deeper than maxDepth is a DecodeError, never unbounded recursion.
Json parse(std::string_view text, std::size_t maxDepth = kDefaultMaxDepth);

// Where each value of a document starts: JSON pointer ("/tests/0/name") -> line and column
// (1-based, columns in code points). Filled by parse() when given.
struct Position
{
    std::size_t line = 1;
    std::size_t column = 1;
};
using PositionMap = std::map<std::string, Position>;
Json parse(std::string_view text, PositionMap &positions, std::size_t maxDepth = kDefaultMaxDepth);

// Serialises like Starlette's JSONResponse: json.dumps(..., ensure_ascii=False,
// allow_nan=False, separators=(",", ":")). Throws PyError(ValueError) for NaN or infinity.
std::string dump(const Json &value);

// json.dumps with its defaults' NaN handling (allow_nan=True): NaN, Infinity, -Infinity, as
// httpx writes a request body.
std::string dumpLenient(const Json &value);
// A compact line for the CLI: nlohmann's dump (invalid UTF-8 replaced by U+FFFD), with big
// integers written as the numbers they are.
std::string dumpLine(const Json &value);
// The same with nlohmann's indentation (indent spaces per level), for files people read.
std::string dumpIndented(const Json &value, int indent);

// Python's repr() of a float: "1.0", "1e+16", "1.5e-05", "-0.0".
std::string floatRepr(double d);

// Python's str() / repr() of a JSON scalar, used by messages that quote values.
std::string pythonRepr(const Json &value);
std::string pythonStr(const Json &value);

// Number of code points in a UTF-8 string (invalid bytes count one each).
std::size_t codePointLength(std::string_view utf8);

// Whether text is valid UTF-8.
bool isValidUtf8(std::string_view text);

// Decodes bytes as Python's bytes.decode("utf-8", "replace") does.
std::string decodeUtf8Replace(std::string_view bytes);

} // namespace Engine::PyJson
