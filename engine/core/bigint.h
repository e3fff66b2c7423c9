#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/json.h"

// Python's int is exact at any size; JSON numbers in nlohmann are 64-bit. An integer that does
// not fit 64 bits is held as a JSON "binary" value of subtype kSubtype whose bytes are its
// decimal digits (with a leading '-'): a type no JSON text can produce otherwise, so it never
// passes for a string or an array. PyJson reads and writes it as a plain JSON number; the
// validator compares and coerces it exactly.
namespace Engine::BigInt {

inline constexpr std::uint8_t kSubtype = 0x49; // 'I'

bool is(const Json &value);
// Any integer (int64, uint64 or big) as decimal text: "-123".
std::string digits(const Json &value);
// The integer whose decimal text is given ("-?[0-9]+", leading zeros allowed): an int64 or
// uint64 when it fits, else a big integer. nullopt for text that is not such a number.
std::optional<Json> fromDecimal(std::string_view text);
// Python's int(d) for a finite double: the exact value of its integer part.
Json fromDouble(double d);
// Is the value an integer of any size (not a bool)?
bool isInteger(const Json &value);
// -1, 0 or 1 as a is less than, equal to or greater than b; both integers of any size.
int compare(const Json &a, const Json &b);
// The nearest long double (inf beyond its range), for comparisons with float limits.
long double approx(const Json &value);
// a % m == 0 for an integer of any size and a 64-bit m != 0.
bool divisible(const Json &a, std::int64_t m);

} // namespace Engine::BigInt
