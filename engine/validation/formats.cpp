#include "engine/validation/formats.h"

#include <arpa/inet.h>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "engine/core/pyjson.h"
#include "engine/validation/validator.h"

namespace Engine::Validation {

namespace {

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

bool leapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

FormatError err(ErrorKind kind, std::string words)
{
    return {kind, Json{{"error", std::move(words)}}};
}

// ---- Pydantic 1: pydantic/datetime_parse.py --------------------------------------------------

// get_numeric(): a number, or a string float() accepts, is a Unix timestamp.
bool v1Numeric(const Json &v)
{
    if (v.is_number() || v.is_boolean())
        return true;
    return v.is_string() && parsePythonFloat(v.get_ref<const std::string &>()).has_value();
}

// Reads 1..max digits at s[i]; false when there are none.
bool readDigits(std::string_view s, std::size_t &i, std::size_t min, std::size_t max, int &out)
{
    std::size_t n = 0;
    out = 0;
    while (i < s.size() && n < max && digit(s[i])) {
        out = out * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    return n >= min;
}

// date_re: (?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$, then date(**kw).
bool v1Date(std::string_view s, std::size_t &i)
{
    int y = 0, m = 0, d = 0;
    if (!readDigits(s, i, 4, 4, y) || i >= s.size() || s[i++] != '-' || !readDigits(s, i, 1, 2, m)
        || i >= s.size() || s[i++] != '-' || !readDigits(s, i, 1, 2, d))
        return false;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// re.match with $: the end, or a final newline.
bool atEnd(std::string_view s, std::size_t i)
{
    return i == s.size() || (i + 1 == s.size() && s[i] == '\n');
}

bool v1DateString(std::string_view s)
{
    std::size_t i = 0;
    return v1Date(s, i) && atEnd(s, i);
}

// time_expr: HH:MM(:SS(.ffffff\d{0,6})?)?(Z|[+-]HH(:?MM)?)?$ from s[i], then time(...)'s
// ranges: what parse_time and parse_datetime accept after their date part.
bool v1TimeOfDay(std::string_view s, std::size_t i)
{
    int h = 0, mi = 0, sec = 0, us = 0;
    if (!readDigits(s, i, 1, 2, h) || i >= s.size() || s[i++] != ':' || !readDigits(s, i, 1, 2, mi))
        return false;
    if (i < s.size() && s[i] == ':') {
        const std::size_t save = i++;
        if (!readDigits(s, i, 1, 2, sec)) {
            i = save;
        } else if (i < s.size() && s[i] == '.') {
            const std::size_t dot = i++;
            if (!readDigits(s, i, 1, 6, us))
                i = dot;
            else
                while (i < s.size() && digit(s[i]) && i - dot <= 12)
                    ++i;
        }
    }
    if (i < s.size() && s[i] == 'Z') {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        const std::size_t save = i++;
        int th = 0, tm = 0;
        if (!readDigits(s, i, 2, 2, th)) {
            i = save;
        } else {
            std::size_t j = i;
            if (j < s.size() && s[j] == ':')
                ++j;
            if (readDigits(s, j, 2, 2, tm))
                i = j;
            if (th * 60 + tm >= 24 * 60)
                return false;
        }
    }
    return atEnd(s, i) && h <= 23 && mi <= 59 && sec <= 59;
}

// datetime_re: date [T ] time_expr
bool v1DateTimeString(std::string_view s)
{
    std::size_t i = 0;
    if (!v1Date(s, i) || i >= s.size() || (s[i] != 'T' && s[i] != ' '))
        return false;
    return v1TimeOfDay(s, i + 1);
}

std::optional<FormatError> v1DateLike(Format format, const Json &v)
{
    const bool date = format == Format::Date;
    if (v1Numeric(v))
        return std::nullopt;
    if (!v.is_string())
        return FormatError{date ? ErrorKind::DateType : ErrorKind::DateTimeType};
    const std::string &s = v.get_ref<const std::string &>();
    if (date ? v1DateString(s) : v1DateTimeString(s))
        return std::nullopt;
    return FormatError{date ? ErrorKind::DateParsing : ErrorKind::DateTimeParsing};
}

// ---- Pydantic 2: speedate, as pydantic-core calls it --------------------------------------

struct Parsed
{
    bool ok = false;
    std::string error;
    bool zeroTime = true; // for a datetime: midnight with no offset
};

Parsed fail(std::string words)
{
    return {false, std::move(words), true};
}

// Date::parse_bytes_partial: YYYY-MM-DD at the start.
Parsed datePrefix(std::string_view s)
{
    if (s.size() < 10)
        return fail("input is too short");
    for (int k = 0; k < 4; ++k)
        if (!digit(s[k]))
            return fail("invalid character in year");
    if (s[4] != '-')
        return fail("invalid date separator, expected `-`");
    if (!digit(s[5]) || !digit(s[6]))
        return fail("invalid character in month");
    if (s[7] != '-')
        return fail("invalid date separator, expected `-`");
    if (!digit(s[8]) || !digit(s[9]))
        return fail("invalid character in day");
    const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const int m = (s[5] - '0') * 10 + (s[6] - '0');
    const int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12)
        return fail("month value is outside expected range of 1-12");
    if (d < 1 || d > daysInMonth(y == 0 ? 1 : y, m))
        return fail("day value is outside expected range");
    return {true, {}, true};
}

Parsed dateFull(std::string_view s)
{
    Parsed p = datePrefix(s);
    if (p.ok && s.size() > 10)
        return fail("unexpected extra characters at the end of the input");
    return p;
}

bool two(std::string_view s, std::size_t i, int &out)
{
    if (i + 1 >= s.size() || !digit(s[i]) || !digit(s[i + 1]))
        return false;
    out = (s[i] - '0') * 10 + (s[i + 1] - '0');
    return true;
}

// Time::parse_bytes_partial and the offset, then nothing may follow.
Parsed timeAndOffset(std::string_view s)
{
    if (s.size() < 5)
        return fail("input is too short");
    int h = 0, m = 0, sec = 0;
    if (!two(s, 0, h))
        return fail("invalid character in hour");
    if (s[2] != ':')
        return fail("invalid time separator, expected `:`");
    if (!two(s, 3, m))
        return fail("invalid character in minute");
    std::size_t i = 5;
    bool fraction = false;
    if (i < s.size() && s[i] == ':') {
        if (!two(s, i + 1, sec))
            return fail("invalid character in second");
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            const char mark = s[i];
            ++i;
            const std::size_t start = i;
            while (i < s.size() && digit(s[i])) {
                fraction = fraction || s[i] != '0';
                ++i;
            }
            if (i == start)
                return fail(std::string("second fraction digits missing after `") + mark + "`");
        }
    }
    if (h > 23)
        return fail("hour value is outside expected range of 0-23");
    if (m > 59)
        return fail("minute value is outside expected range of 0-59");
    if (sec > 59)
        return fail("second value is outside expected range of 0-59");
    bool offset = false;
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        int th = 0, tm = 0;
        if (!two(s, i + 1, th))
            return fail("invalid timezone hour");
        i += 3;
        if (i < s.size()) {
            if (s[i] == ':')
                ++i;
            if (!two(s, i, tm))
                return fail("invalid timezone minute");
            i += 2;
        }
        if (th >= 24)
            return fail("timezone offset must be less than 24 hours");
        if (tm > 59)
            return fail("invalid timezone minute");
        offset = th != 0 || tm != 0;
    }
    if (i != s.size())
        return fail("unexpected extra characters at the end of the input");
    return {true, {}, h == 0 && m == 0 && sec == 0 && !fraction && !offset};
}

// A Unix timestamp as speedate reads one: digits with an optional sign and fraction; more than
// 2e10 is taken as milliseconds.
std::optional<double> timestamp(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const std::size_t start = i;
    while (i < s.size() && digit(s[i]))
        ++i;
    if (i == start)
        return std::nullopt;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && digit(s[i]))
            ++i;
    }
    if (i != s.size())
        return std::nullopt;
    return std::strtod(std::string(s).c_str(), nullptr);
}

Parsed fromTimestamp(double t)
{
    if (!std::isfinite(t) || std::fabs(t) > 2e10 * 1000)
        return fail("dates after 9999 are not supported as unix timestamps");
    if (std::fabs(t) > 2e10)
        t /= 1000;
    return {true, {}, std::fmod(t, 86400.0) == 0};
}

// DateTime::parse_bytes: a date, then T/t/_/space and a time, or a timestamp.
Parsed dateTime(std::string_view s)
{
    Parsed date = datePrefix(s);
    if (!date.ok) {
        if (auto t = timestamp(s))
            return fromTimestamp(*t);
        return date;
    }
    if (s.size() == 10)
        return {true, {}, true};
    const char sep = s[10];
    if (sep != 'T' && sep != 't' && sep != '_' && sep != ' ')
        return fail("invalid datetime separator, expected `T`, `t`, `_` or space");
    return timeAndOffset(s.substr(11));
}

std::optional<FormatError> v2Date(const Json &v)
{
    if (v.is_number()) {
        const Parsed p = fromTimestamp(v.get<double>());
        if (!p.ok)
            return err(ErrorKind::DateParsing, p.error);
        if (!p.zeroTime)
            return FormatError{ErrorKind::DateFromDatetimeInexact};
        return std::nullopt;
    }
    if (!v.is_string())
        return FormatError{ErrorKind::DateType};
    const std::string &s = v.get_ref<const std::string &>();
    if (dateFull(s).ok)
        return std::nullopt;
    const Parsed dt = dateTime(s);
    if (!dt.ok)
        return err(ErrorKind::DateParsing, dt.error);
    if (!dt.zeroTime)
        return FormatError{ErrorKind::DateFromDatetimeInexact};
    return std::nullopt;
}

std::optional<FormatError> v2DateTime(const Json &v)
{
    if (v.is_number())
        return std::nullopt;
    if (!v.is_string())
        return FormatError{ErrorKind::DateTimeType};
    const std::string &s = v.get_ref<const std::string &>();
    if (dateTime(s).ok)
        return std::nullopt;
    const Parsed date = dateFull(s);
    if (date.ok)
        return std::nullopt;
    return err(ErrorKind::DateTimeParsing, date.error);
}

// ---- UUIDs ------------------------------------------------------------------------------

bool hex(char c)
{
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool hyphenated(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !hex(s[i]))
            return false;
    }
    return true;
}

bool simple(std::string_view s)
{
    if (s.size() != 32)
        return false;
    for (const char c : s)
        if (!hex(c))
            return false;
    return true;
}

// Python's uuid.UUID(str): braces, "urn:" and "uuid:" and hyphens removed, 32 hex digits left.
bool pythonUuid(std::string s)
{
    for (const char *prefix : {"urn:", "uuid:"})
        if (s.rfind(prefix, 0) == 0)
            s.erase(0, std::string_view(prefix).size());
    std::string out;
    for (const char c : s)
        if (c != '{' && c != '}' && c != '-')
            out += c;
    return simple(out);
}

// The uuid crate's parse_str and its InvalidUuid::into_err, as pydantic-core reports them.
std::optional<std::string> rustUuid(std::string_view input)
{
    std::string_view s = input;
    std::size_t offset = 0;
    bool isSimple = true;
    if (s.size() == 38 && s.front() == '{' && s.back() == '}') {
        s = s.substr(1, 36);
        offset = 1;
        isSimple = false;
    } else if (s.size() == 45 && s.substr(0, 9) == "urn:uuid:") {
        s = s.substr(9);
        offset = 9;
        isSimple = false;
    }
    if (simple(s) || hyphenated(s))
        return std::nullopt;
    std::size_t hyphens = 0;
    std::size_t bounds[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            // A character of several bytes: reported whole, at its first byte.
            std::size_t n = 1;
            while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
                ++n;
            return "invalid character: found `" + std::string(s.substr(i, n)) + "` at "
                   + std::to_string(i + offset + 1);
        }
        if (c == '-') {
            if (hyphens < 4)
                bounds[hyphens] = i;
            ++hyphens;
        } else if (!hex(static_cast<char>(c))) {
            return "invalid character: found `" + std::string(1, static_cast<char>(c)) + "` at "
                   + std::to_string(i + offset + 1);
        }
    }
    if (hyphens == 0 && isSimple)
        return "invalid length: expected length 32 for simple format, found "
               + std::to_string(input.size());
    if (hyphens != 4)
        return "invalid group count: expected 5, found " + std::to_string(hyphens + 1);
    static constexpr std::size_t starts[5] = {0, 9, 14, 19, 24};
    static constexpr std::size_t lengths[5] = {8, 4, 4, 4, 12};
    for (int g = 0; g < 4; ++g)
        if (bounds[g] != starts[g + 1] - 1)
            return "invalid group length in group " + std::to_string(g) + ": expected "
                   + std::to_string(lengths[g]) + ", found "
                   + std::to_string(bounds[g] - starts[g]);
    return "invalid group length in group 4: expected 12, found "
           + std::to_string(s.size() - starts[4]);
}

// ---- URLs -------------------------------------------------------------------------------

bool schemeChar(char c, bool first)
{
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? alpha : alpha || digit(c) || c == '+' || c == '-' || c == '.';
}

// The scheme before ':' (lower-cased), or empty when there is none.
std::string scheme(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && schemeChar(s[i], i == 0))
        ++i;
    if (i == 0 || i >= s.size() || s[i] != ':')
        return {};
    std::string out(s.substr(0, i));
    for (auto &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool special(const std::string &scheme)
{
    return scheme == "http" || scheme == "https" || scheme == "ws" || scheme == "wss"
           || scheme == "ftp" || scheme == "file";
}

// The host of "scheme://host[:port]/...", after the url crate's leniency with slashes.
std::string_view host(std::string_view s, const std::string &schemeName)
{
    s.remove_prefix(schemeName.size() + 1);
    while (!s.empty() && (s.front() == '/' || s.front() == '\\'))
        s.remove_prefix(1);
    const auto end = s.find_first_of("/\\?#");
    s = s.substr(0, end);
    if (const auto at = s.rfind('@'); at != std::string_view::npos)
        s.remove_prefix(at + 1);
    if (const auto colon = s.rfind(':'); colon != std::string_view::npos && s.front() != '[')
        s = s.substr(0, colon);
    return s;
}

std::optional<FormatError> v2Url(const Json &v, bool http)
{
    if (!v.is_string())
        return FormatError{ErrorKind::UrlType};
    const std::string &s = v.get_ref<const std::string &>();
    if (s.empty())
        return err(ErrorKind::UrlParsing, "input is empty");
    const std::string name = scheme(s);
    if (name.empty())
        return err(ErrorKind::UrlParsing, "relative URL without a base");
    if (special(name) && name != "file") {
        const std::string_view h = host(s, name);
        if (h.empty())
            return err(ErrorKind::UrlParsing, "empty host");
        for (const char c : h)
            if (c == ' ' || c == '<' || c == '>' || c == '^' || c == '|' || c == '%')
                return err(ErrorKind::UrlParsing, "invalid international domain name");
    }
    if (http && name != "http" && name != "https")
        return FormatError{ErrorKind::UrlScheme};
    if (http && s.size() > 2083)
        return FormatError{ErrorKind::UrlTooLong, Json{{"limit", 2083}}};
    return std::nullopt;
}

// pydantic.networks.url_regex, reduced to what decides its errors: a scheme followed by "//",
// then a host.
std::optional<FormatError> v1Url(const std::string &s, bool http)
{
    const std::string name = scheme(s);
    if (name.empty() || s.compare(name.size() + 1, 2, "//") != 0)
        return FormatError{ErrorKind::UrlParsing, Json{{"error", "scheme"}}};
    if (http && name != "http" && name != "https")
        return FormatError{ErrorKind::UrlScheme};
    const std::string_view rest = std::string_view(s).substr(name.size() + 3);
    const std::string_view h = rest.substr(0, rest.find_first_of("/?#"));
    if (h.empty() || h.front() == ':' || h.front() == '@')
        return FormatError{ErrorKind::UrlParsing, Json{{"error", "host"}}};
    return std::nullopt;
}

// ---- E-mail addresses -------------------------------------------------------------------

// What email-validator checks first (syntax only, no deliverability): one @, a local part, a
// domain with a dot and no empty label.
std::optional<std::string> emailProblem(const std::string &s)
{
    const auto at = s.rfind('@');
    if (at == std::string::npos)
        return "An email address must have an @-sign.";
    if (at == 0)
        return "There must be something before the @-sign.";
    const std::string domain = s.substr(at + 1);
    if (domain.empty())
        return "There must be something after the @-sign.";
    if (s.find('@') != at)
        return "The email address contains invalid characters before the @-sign: '@'.";
    if (s.find(' ') != std::string::npos)
        return "The email address contains invalid characters before the @-sign: SPACE.";
    if (domain.find('.') == std::string::npos)
        return "The part after the @-sign is not valid. It should have a period.";
    if (domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string::npos)
        return "An email address cannot have a period immediately after the @-sign.";
    return std::nullopt;
}

// Python's ipaddress.IPv4Address(value): an int in range, or four decimal octets (no leading
// zeros, each at most 255).
bool pythonIpv4(const Json &v)
{
    if (v.is_boolean())
        return true;
    if (v.is_number_unsigned())
        return v.get<std::uint64_t>() <= 0xFFFFFFFFull;
    if (v.is_number_integer())
        return v.get<std::int64_t>() >= 0 && v.get<std::int64_t>() <= 0xFFFFFFFFll;
    if (!v.is_string())
        return false;
    const std::string &s = v.get_ref<const std::string &>();
    std::size_t start = 0;
    for (int octet = 0; octet < 4; ++octet) {
        const std::size_t end = octet == 3 ? s.size() : s.find('.', start);
        if (end == std::string::npos)
            return false;
        const std::string_view part(s.data() + start, end - start);
        if (part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0'))
            return false;
        int value = 0;
        for (const char c : part) {
            if (!digit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        if (value > 255)
            return false;
        start = end + 1;
    }
    return true;
}

// Python's ipaddress.IPv6Address(value): an int below 2**128 (JSON holds fewer), or the text
// form inet_pton reads (a zone after '%' allowed, as Python 3.9+ allows it).
bool pythonIpv6(const Json &v)
{
    if (v.is_boolean() || v.is_number_unsigned())
        return true;
    if (v.is_number_integer())
        return v.get<std::int64_t>() >= 0;
    if (!v.is_string())
        return false;
    std::string s = v.get<std::string>();
    if (const auto zone = s.find('%'); zone != std::string::npos) {
        if (zone + 1 == s.size())
            return false;
        s.resize(zone);
    }
    in6_addr address{};
    return s.find('/') == std::string::npos && inet_pton(AF_INET6, s.c_str(), &address) == 1;
}

// Pydantic 1's parse_time: a number is seconds after midnight; else time_re and time(...).
std::optional<FormatError> v1Time(const Json &v)
{
    if (v.is_number() || v.is_boolean() || (v.is_string() && v1Numeric(v))) {
        const double seconds = v.is_string()
                                   ? *parsePythonFloat(v.get<std::string>())
                                   : (v.is_boolean() ? double(v.get<bool>()) : v.get<double>());
        if (std::isnan(seconds))
            return FormatError{ErrorKind::ValueError,
                               Json{{"message", "cannot convert float NaN to integer"}}};
        if (seconds >= 86400 || seconds < 0)
            return FormatError{ErrorKind::TimeParsing};
        return std::nullopt;
    }
    if (!v.is_string())
        return FormatError{ErrorKind::TimeType};
    if (!v1TimeOfDay(v.get_ref<const std::string &>(), 0))
        return FormatError{ErrorKind::TimeParsing};
    return std::nullopt;
}

// ---- Pydantic 1's parse_duration ------------------------------------------------------------

// -?\d+ at s[i] (ASCII digits: the text went through asciiDigits).
bool durationInt(std::string_view s, std::size_t &i, bool minus)
{
    std::size_t j = i;
    if (minus && j < s.size() && s[j] == '-')
        ++j;
    const std::size_t start = j;
    while (j < s.size() && digit(s[j]))
        ++j;
    if (j == start)
        return false;
    i = j;
    return true;
}

// standard_duration_re: [-D (day|days, )][[-H:]M:]S[.ffffff], where the hours take the
// lookahead (?=\d+:\d+): with hours, the minutes and seconds have no sign.
bool standardDuration(std::string_view s)
{
    std::size_t i = 0;
    {
        std::size_t j = 0;
        if (durationInt(s, j, true) && j < s.size() && s[j] == ' ') {
            ++j;
            for (std::string_view word : {"days, ", "day, "})
                if (s.substr(j, word.size()) == word) {
                    j += word.size();
                    break;
                }
            i = j;
        }
    }
    const auto fractionToEnd = [&](std::size_t j) {
        if (j < s.size() && s[j] == '.') {
            const std::size_t start = ++j;
            while (j < s.size() && digit(s[j]) && j - start < 12)
                ++j;
            if (j == start)
                return false;
        }
        return j == s.size();
    };
    const auto part = [&](std::size_t j, bool minus, bool colonAfter) {
        if (!durationInt(s, j, minus))
            return std::string_view::npos;
        if (colonAfter) {
            if (j >= s.size() || s[j] != ':')
                return std::string_view::npos;
            ++j;
        }
        return j;
    };
    // H:M:S, then M:S, then S.
    if (auto h = part(i, true, true); h != std::string_view::npos)
        if (auto m = part(h, false, true); m != std::string_view::npos)
            if (auto sec = part(m, false, false);
                sec != std::string_view::npos && fractionToEnd(sec))
                return true;
    if (auto m = part(i, true, true); m != std::string_view::npos)
        if (auto sec = part(m, true, false); sec != std::string_view::npos && fractionToEnd(sec))
            return true;
    if (auto sec = part(i, true, false); sec != std::string_view::npos && fractionToEnd(sec))
        return true;
    return false;
}

// iso8601_duration_re: [-+]P[nD][T[nH][nM][nS]] where n is \d+(.\d+)? and the '.' is any
// character: float() then reads the number, and refuses it (ValueError) unless that character
// is '.', '_' or an exponent. Sets badNumber to such a number.
bool isoDuration(std::string_view s, std::string &badNumber)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    if (i >= s.size() || s[i] != 'P')
        return false;
    ++i;
    std::string bad;
    const auto number = [&](std::size_t &at, char unit) {
        std::size_t j = at;
        if (!durationInt(s, j, false))
            return false;
        // With a separator and more digits, if the unit follows them.
        if (j < s.size()) {
            const auto c = static_cast<unsigned char>(s[j]);
            const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            std::size_t k = j + len;
            if (k <= s.size() && durationInt(s, k, false) && k < s.size() && s[k] == unit) {
                const char sep = s[j];
                if (len > 1 || (sep != '.' && sep != '_' && sep != 'e' && sep != 'E'))
                    if (bad.empty())
                        bad = std::string(s.substr(at, k - at));
                at = k + 1;
                return true;
            }
        }
        if (j < s.size() && s[j] == unit) {
            at = j + 1;
            return true;
        }
        return false;
    };
    number(i, 'D');
    if (i < s.size() && s[i] == 'T') {
        ++i;
        number(i, 'H');
        number(i, 'M');
        number(i, 'S');
    }
    if (i != s.size())
        return false;
    badNumber = bad;
    return true;
}

std::optional<FormatError> v1Duration(const Json &v)
{
    // Numbers become f'{value:f}', which always reads as seconds.
    if (v.is_number() || v.is_boolean())
        return std::nullopt;
    if (!v.is_string())
        return FormatError{ErrorKind::DurationType};
    std::string s = asciiDigits(v.get_ref<const std::string &>());
    if (!s.empty() && s.back() == '\n')
        s.pop_back(); // re's $ also matches before a final newline
    if (standardDuration(s))
        return std::nullopt;
    std::string bad;
    if (!isoDuration(s, bad))
        return FormatError{ErrorKind::DurationParsing};
    if (!bad.empty())
        return FormatError{ErrorKind::ValueError,
                           Json{{"message", "could not convert string to float: "
                                                + PyJson::pythonRepr(Json(bad))}}};
    return std::nullopt;
}

// pydantic-core's time validator for a string (speedate's Time::parse_str); numbers are left
// as they are.
std::optional<FormatError> v2Time(const Json &v)
{
    if (v.is_number())
        return std::nullopt;
    if (!v.is_string())
        return FormatError{ErrorKind::TimeType};
    const Parsed p = timeAndOffset(v.get_ref<const std::string &>());
    if (!p.ok)
        return err(ErrorKind::TimeParsing, p.error);
    return std::nullopt;
}

} // namespace

std::string asciiDigits(std::string_view s)
{
    static const std::uint32_t zeros[]
        = {0x0660,  0x06F0,  0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6, 0x0B66, 0x0BE6,
           0x0C66,  0x0CE6,  0x0D66,  0x0DE6,  0x0E50,  0x0ED0,  0x0F20, 0x1040, 0x1090,
           0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50, 0x1BB0, 0x1C40,
           0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50, 0xABF0, 0xFF10,
           0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + len > s.size())
            len = 1;
        std::uint32_t cp = len == 1 ? c : (c & (0x7F >> len));
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        bool mapped = false;
        for (const auto z : zeros) {
            if (cp >= z && cp < z + 10) {
                out += static_cast<char>('0' + (cp - z));
                mapped = true;
                break;
            }
        }
        if (!mapped)
            out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

std::optional<FormatError> checkFormat(Format format, const Json &value, ErrorStyle style)
{
    const bool v1 = style == ErrorStyle::V1;
    switch (format) {
    case Format::None:
    case Format::Binary:
        return std::nullopt;
    case Format::Date:
        return v1 ? v1DateLike(format, value) : v2Date(value);
    case Format::DateTime:
        return v1 ? v1DateLike(format, value) : v2DateTime(value);
    case Format::Uuid:
        if (!value.is_string())
            return FormatError{ErrorKind::UuidType};
        if (v1)
            return pythonUuid(value.get<std::string>())
                       ? std::nullopt
                       : std::optional<FormatError>(FormatError{ErrorKind::UuidParsing});
        if (auto problem = rustUuid(value.get_ref<const std::string &>()))
            return err(ErrorKind::UuidParsing, *problem);
        return std::nullopt;
    case Format::Url:
    case Format::HttpUrl:
        if (v1)
            return v1Url(value.get<std::string>(), format == Format::HttpUrl);
        return v2Url(value, format == Format::HttpUrl);
    case Format::Time:
        return v1 ? v1Time(value) : v2Time(value);
    case Format::Duration:
        // Pydantic 2 documents write a duration as a plain string ("format": "duration"),
        // which is not read as this format: only Pydantic 1's is checked.
        return v1 ? v1Duration(value) : std::nullopt;
    case Format::Ipv4:
    case Format::Ipv6:
    case Format::IpAny: {
        const bool ok = format == Format::Ipv4   ? pythonIpv4(value)
                        : format == Format::Ipv6 ? pythonIpv6(value)
                                                 : pythonIpv4(value) || pythonIpv6(value);
        if (ok)
            return std::nullopt;
        return FormatError{ErrorKind::IpAddress,
                           Json{{"version", format == Format::Ipv4   ? "4"
                                            : format == Format::Ipv6 ? "6"
                                                                     : "any"}}};
    }
    case Format::Email:
        if (auto problem = emailProblem(value.get<std::string>()))
            return FormatError{ErrorKind::EmailParsing, Json{{"reason", *problem}}};
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Engine::Validation
