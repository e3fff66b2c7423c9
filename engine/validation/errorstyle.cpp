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

std::string FastApiRelease::toString() const
{
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

std::optional<FastApiRelease> parseFastApiRelease(std::string_view text)
{
    if (!text.empty() && text.front() == 'v')
        text.remove_prefix(1);
    int parts[3] = {0, 0, 0};
    int count = 0;
    std::size_t i = 0;
    while (count < 3) {
        std::size_t digits = 0;
        int value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 4) {
            value = value * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        parts[count++] = value;
        if (i == text.size())
            break;
        if (text[i] != '.')
            return std::nullopt;
        ++i;
    }
    if (i != text.size() || count < 2)
        return std::nullopt;
    return FastApiRelease{parts[0], parts[1], parts[2]};
}

} // namespace Engine::Validation
