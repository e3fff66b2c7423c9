#include "engine/validation/errorstyle.h"

namespace Engine::Validation {

std::string_view toString(ErrorStyle style)
{
    return style == ErrorStyle::V1 ? "v1" : "v2";
}

std::optional<ErrorStyle> parseErrorStyle(std::string_view text)
{
    if (text == "v1")
        return ErrorStyle::V1;
    if (text == "v2")
        return ErrorStyle::V2;
    return std::nullopt;
}

} // namespace Engine::Validation
