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

// A FastAPI release, for what the framework itself changed between releases where the Pydantic
// era does not tell (a document says 3.1.0 for every FastAPI since 0.99): missing credentials
// answered 403 before 0.122 and 401 since; a JSON body without a Content-Type parsed before
// 0.132 and refused since.
struct FastApiRelease
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    bool before(int minorRelease, int patchRelease = 0) const
    {
        return major == 0
               && (minor < minorRelease || (minor == minorRelease && patch < patchRelease));
    }
    std::string toString() const;
};

// "0.115", "0.115.2" (a leading "v" is allowed); nullopt for anything else.
std::optional<FastApiRelease> parseFastApiRelease(std::string_view text);

} // namespace Engine::Validation
