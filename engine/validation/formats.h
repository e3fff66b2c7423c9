#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/json.h"
#include "engine/validation/error.h"
#include "engine/validation/errorstyle.h"
#include "engine/validation/type.h"

namespace Engine::Validation {

// Why a value is not a valid date, UUID, URL or e-mail address, in the terms ErrorDetail needs.
struct FormatError
{
    ErrorKind kind;
    Json params = Json::object();
};

// Checks a value against a string format as the Pydantic of the style parses it: Pydantic 1's
// regular expressions (dates also as Unix timestamps), pydantic-core's parsers (speedate for
// dates, the uuid crate, the url crate's first checks) with their words for each fault.
// nullopt when the value is valid. The value may be any JSON (numbers are timestamps).
std::optional<FormatError> checkFormat(Format format, const Json &value, ErrorStyle style);

// Python's int() and float() read every Unicode decimal digit (category Nd) as its value, and
// re's \d matches them: "٣" is 3. Returns the text with such digits replaced by ASCII ones.
std::string asciiDigits(std::string_view s);

} // namespace Engine::Validation
