#include "engine/auth/jwt.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "engine/core/pyjson.h"

namespace Engine::Auth {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
}

std::string base64UrlEncode(std::string_view bytes)
{
    std::string out;
    std::size_t i = 0;
    while (i + 2 < bytes.size()) {
        const auto n = (static_cast<unsigned char>(bytes[i]) << 16)
                       | (static_cast<unsigned char>(bytes[i + 1]) << 8)
                       | static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += kAlphabet[(n >> 6) & 63];
        out += kAlphabet[n & 63];
        i += 3;
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const auto n = static_cast<unsigned char>(bytes[i]) << 16;
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
    } else if (rest == 2) {
        const auto n = (static_cast<unsigned char>(bytes[i]) << 16)
                       | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += kAlphabet[(n >> 6) & 63];
    }
    return out;
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '-')
            v = 62;
        else if (c == '_')
            v = 63;
        else
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string hmacSha256(std::string_view key, std::string_view data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.data()), data.size(), mac, &len);
    return std::string(reinterpret_cast<const char *>(mac), len);
}

const char *toString(JwtError error)
{
    switch (error) {
    case JwtError::Malformed:
        return "malformed token";
    case JwtError::UnsupportedAlgorithm:
        return "unsupported algorithm";
    case JwtError::BadSignature:
        return "signature verification failed";
    case JwtError::Expired:
        return "token expired";
    case JwtError::TooLarge:
        return "token too large";
    }
    return "";
}

std::string encodeHs256(const Json &payload, std::string_view secret)
{
    const std::string header = base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})");
    const std::string body = base64UrlEncode(PyJson::dump(payload));
    const std::string signingInput = header + "." + body;
    return signingInput + "." + base64UrlEncode(hmacSha256(secret, signingInput));
}

DecodeResult decodeHs256(std::string_view token, std::string_view secret, std::int64_t nowSeconds,
                         std::size_t maxBytes)
{
    DecodeResult r;
    if (token.size() > maxBytes) {
        r.error = JwtError::TooLarge;
        return r;
    }
    const auto dot1 = token.find('.');
    const auto dot2 = dot1 == std::string_view::npos ? dot1 : token.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos || token.find('.', dot2 + 1) != std::string_view::npos)
        return r;
    const auto header = base64UrlDecode(token.substr(0, dot1));
    const auto payload = base64UrlDecode(token.substr(dot1 + 1, dot2 - dot1 - 1));
    const auto signature = base64UrlDecode(token.substr(dot2 + 1));
    if (!header || !payload || !signature)
        return r;
    Json h, p;
    try {
        h = PyJson::parse(*header, 32);
        p = PyJson::parse(*payload, 32);
    } catch (...) {
        return r;
    }
    if (!h.is_object() || !p.is_object())
        return r;
    if (!h.contains("alg") || h["alg"] != "HS256") {
        r.error = JwtError::UnsupportedAlgorithm;
        return r;
    }
    const std::string expected = hmacSha256(secret, token.substr(0, dot2));
    if (signature->size() != expected.size()
        || CRYPTO_memcmp(signature->data(), expected.data(), expected.size()) != 0) {
        r.error = JwtError::BadSignature;
        return r;
    }
    if (p.contains("exp")) {
        if (!p["exp"].is_number())
            return r;
        if (p["exp"].get<double>() <= static_cast<double>(nowSeconds)) {
            r.error = JwtError::Expired;
            return r;
        }
    }
    r.payload = std::move(p);
    return r;
}

} // namespace Engine::Auth
