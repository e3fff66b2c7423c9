#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace Engine::Validation {

// The two eras of FastAPI's 422 body: V1 is FastAPI 0.9x with Pydantic 1.10 (Debian 12),
// V2 is FastAPI 0.132+ with Pydantic 2 (the default).
enum class ErrorStyle { V1, V2 };

std::string_view toString(ErrorStyle style);
std::optional<ErrorStyle> parseErrorStyle(std::string_view text);

} // namespace Engine::Validation
