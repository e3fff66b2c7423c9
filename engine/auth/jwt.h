#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/json.h"

namespace Engine::Auth {

std::string base64UrlEncode(std::string_view bytes);
// nullopt for characters outside the URL-safe alphabet or an impossible length.
std::optional<std::string> base64UrlDecode(std::string_view text);
// HMAC-SHA256 with OpenSSL.
std::string hmacSha256(std::string_view key, std::string_view data);

enum class JwtError { Malformed, UnsupportedAlgorithm, BadSignature, Expired, TooLarge };
const char *toString(JwtError error);

// Signs payload as an HS256 JWT (header {"alg":"HS256","typ":"JWT"}).
std::string encodeHs256(const Json &payload, std::string_view secret);

struct DecodeResult
{
    std::optional<Json> payload;
    JwtError error = JwtError::Malformed;
};

// Verifies an HS256 JWT: three base64url parts, a JSON header whose alg is HS256 (so "none"
// and every other alg are refused), a signature compared in constant time, a JSON object
// payload, and "exp" (when present, a number) not in the past. Tokens over maxBytes are
// refused before any decoding.
DecodeResult decodeHs256(std::string_view token, std::string_view secret, std::int64_t nowSeconds,
                         std::size_t maxBytes = 8192);

} // namespace Engine::Auth
