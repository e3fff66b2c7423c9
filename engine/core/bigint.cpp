#include "engine/core/bigint.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Engine::BigInt {

bool is(const Json &value)
{
    return value.is_binary() && value.get_binary().has_subtype()
           && value.get_binary().subtype() == kSubtype;
}

bool isInteger(const Json &value)
{
    return value.is_number_integer() || is(value);
}

std::string digits(const Json &value)
{
    if (is(value)) {
        const auto &bytes = value.get_binary();
        return std::string(bytes.begin(), bytes.end());
    }
    if (value.is_number_unsigned())
        return std::to_string(value.get<std::uint64_t>());
    return std::to_string(value.get<std::int64_t>());
}

std::optional<Json> fromDecimal(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && text[0] == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    while (text.size() > 1 && text[0] == '0')
        text.remove_prefix(1);
    const std::string normal = (negative && text != "0" ? "-" : "") + std::string(text);
    std::int64_t i = 0;
    if (std::from_chars(normal.data(), normal.data() + normal.size(), i).ec == std::errc())
        return Json(i);
    std::uint64_t u = 0;
    if (std::from_chars(normal.data(), normal.data() + normal.size(), u).ec == std::errc())
        return Json(u);
    return Json::binary(Json::binary_t::container_type(normal.begin(), normal.end()), kSubtype);
}

Json fromDouble(double d)
{
    // glibc prints the exact decimal value of a double: the integer part of 1e308 is 309 digits.
    const double t = std::trunc(d);
    char buf[400];
    const int n = std::snprintf(buf, sizeof buf, "%.0f", t);
    return *fromDecimal(std::string_view(buf, static_cast<std::size_t>(n)));
}

namespace {
// Sign and magnitude digits (no leading zeros).
std::pair<bool, std::string> split(const Json &v)
{
    std::string d = digits(v);
    const bool negative = !d.empty() && d[0] == '-';
    if (negative)
        d.erase(0, 1);
    return {negative, d};
}
} // namespace

int compare(const Json &a, const Json &b)
{
    const auto [na, da] = split(a);
    const auto [nb, db] = split(b);
    if (na != nb)
        return na ? -1 : 1;
    int magnitude = da.size() != db.size() ? (da.size() < db.size() ? -1 : 1)
                                           : (da < db   ? -1
                                              : da > db ? 1
                                                        : 0);
    return na ? -magnitude : magnitude;
}

long double approx(const Json &value)
{
    const std::string d = digits(value);
    return std::strtold(d.c_str(), nullptr);
}

bool divisible(const Json &a, std::int64_t m)
{
    const auto [negative, d] = split(a);
    __extension__ typedef unsigned __int128 Wide;
    const Wide divisor = m < 0 ? Wide(0) - static_cast<Wide>(m) : static_cast<Wide>(m);
    Wide rest = 0;
    for (const char c : d)
        rest = (rest * 10 + static_cast<unsigned>(c - '0')) % divisor;
    return rest == 0;
}

} // namespace Engine::BigInt
