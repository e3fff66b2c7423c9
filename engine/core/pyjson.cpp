#include "engine/core/pyjson.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <random>
#include <unordered_map>

#include "engine/core/bigint.h"
#include "engine/core/pyerror.h"

namespace Engine::PyJson {

std::string floatRepr(double d);

namespace {

// Length of the UTF-8 sequence starting at s[i] if it is well formed, else 0.
std::size_t validSequenceLength(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(s[k]);
    };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F; // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + need >= s.size())
        return 0;
    for (std::size_t k = 1; k <= need; ++k) {
        const unsigned char b = byte(i + k);
        const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h)
            return 0;
    }
    return need + 1;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Thrown inside the scanner where CPython raises StopIteration (no value starts here).
struct NoValue
{
    std::size_t at;
};

// A recursive-descent twin of CPython's Modules/_json.c scanner. Positions are byte offsets
// while scanning and become code point offsets when an error is reported.
class Scanner
{
public:
    Scanner(std::string_view text, std::size_t maxDepth, PositionMap *positions = nullptr)
        : m_s(text)
        , m_maxDepth(maxDepth)
        , m_positions(positions)
    {}

    Json decode()
    {
        std::size_t idx = skipWhitespace(0);
        Json value;
        try {
            value = scanOnce(idx, 0);
        } catch (const NoValue &nv) {
            fail("Expecting value", nv.at);
        }
        idx = skipWhitespace(idx);
        if (idx != m_s.size())
            fail("Extra data", idx);
        return value;
    }

private:
    [[noreturn]] void fail(const char *msg, std::size_t bytePos) const
    {
        const std::size_t pos = codePointLength(m_s.substr(0, bytePos));
        std::size_t lastNewline = std::string_view::npos;
        std::size_t lineno = 1;
        for (std::size_t i = 0; i < bytePos && i < m_s.size(); ++i) {
            if (m_s[i] == '\n') {
                ++lineno;
                lastNewline = i;
            }
        }
        const std::size_t colno
            = lastNewline == std::string_view::npos
                  ? pos + 1
                  : codePointLength(m_s.substr(lastNewline + 1, bytePos - lastNewline - 1)) + 1;
        throw DecodeError(msg, pos, lineno, colno, std::string(m_s));
    }

    std::size_t skipWhitespace(std::size_t idx) const
    {
        while (idx < m_s.size() && isWhitespace(m_s[idx]))
            ++idx;
        return idx;
    }

    bool startsWith(std::size_t idx, std::string_view word) const
    {
        return m_s.substr(idx, word.size()) == word;
    }

    Json scanOnce(std::size_t &idx, std::size_t depth)
    {
        if (idx >= m_s.size())
            throw NoValue{idx};
        record(idx);
        switch (m_s[idx]) {
        case '"':
            return scanString(idx);
        case '{':
            return parseObject(idx, depth + 1);
        case '[':
            return parseArray(idx, depth + 1);
        case 'n':
            if (startsWith(idx, "null")) {
                idx += 4;
                return nullptr;
            }
            break;
        case 't':
            if (startsWith(idx, "true")) {
                idx += 4;
                return true;
            }
            break;
        case 'f':
            if (startsWith(idx, "false")) {
                idx += 5;
                return false;
            }
            break;
        case 'N':
            if (startsWith(idx, "NaN")) {
                idx += 3;
                return std::numeric_limits<double>::quiet_NaN();
            }
            break;
        case 'I':
            if (startsWith(idx, "Infinity")) {
                idx += 8;
                return std::numeric_limits<double>::infinity();
            }
            break;
        case '-':
            if (startsWith(idx, "-Infinity")) {
                idx += 9;
                return -std::numeric_limits<double>::infinity();
            }
            break;
        default:
            break;
        }
        return matchNumber(idx);
    }

    Json matchNumber(std::size_t &idx) const
    {
        const std::size_t start = idx;
        std::size_t i = idx;
        const auto isDigit = [&](std::size_t k) {
            return k < m_s.size() && m_s[k] >= '0' && m_s[k] <= '9';
        };
        if (i < m_s.size() && m_s[i] == '-')
            ++i;
        if (i < m_s.size() && m_s[i] >= '1' && m_s[i] <= '9') {
            while (isDigit(i))
                ++i;
        } else if (i < m_s.size() && m_s[i] == '0') {
            ++i;
        } else {
            throw NoValue{start};
        }
        bool isFloat = false;
        if (i + 1 < m_s.size() && m_s[i] == '.' && isDigit(i + 1)) {
            isFloat = true;
            i += 2;
            while (isDigit(i))
                ++i;
        }
        if (i < m_s.size() && (m_s[i] == 'e' || m_s[i] == 'E')) {
            const std::size_t eStart = i;
            ++i;
            if (i < m_s.size() && (m_s[i] == '-' || m_s[i] == '+'))
                ++i;
            if (isDigit(i)) {
                while (isDigit(i))
                    ++i;
                isFloat = true;
            } else {
                i = eStart;
            }
        }
        idx = i;
        const std::string_view token = m_s.substr(start, i - start);
        if (!isFloat) {
            std::int64_t value = 0;
            auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec == std::errc())
                return value;
            // Python's int is exact at any size: a big integer, not a float.
            if (auto big = BigInt::fromDecimal(token))
                return std::move(*big);
        }
        return parseDouble(token);
    }

    static double parseDouble(std::string_view token)
    {
        double value = 0;
        auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (ec == std::errc::result_out_of_range) {
            // Python's float() gives inf for overflow and 0.0 for underflow.
            const bool negative = !token.empty() && token[0] == '-';
            const auto e = token.find_first_of("eE");
            const bool negExp
                = e != std::string_view::npos && e + 1 < token.size() && token[e + 1] == '-';
            value = negExp ? 0.0 : std::numeric_limits<double>::infinity();
            if (negative)
                value = -value;
        }
        return value;
    }

    std::string scanString(std::size_t &idx) const
    {
        const std::size_t begin = idx;
        std::size_t i = idx + 1;
        std::string out;
        while (true) {
            if (i >= m_s.size())
                fail("Unterminated string starting at", begin);
            const char c = m_s[i];
            if (c == '"') {
                idx = i + 1;
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                fail("Invalid control character at", i);
            if (c != '\\') {
                out += c;
                ++i;
                continue;
            }
            ++i;
            if (i >= m_s.size())
                fail("Unterminated string starting at", begin);
            const char esc = m_s[i];
            if (esc != 'u') {
                switch (esc) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                default:
                    fail("Invalid \\escape", i - 1);
                }
                ++i;
                continue;
            }
            std::uint32_t cp = readHex4(i);
            i += 5;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < m_s.size() && m_s[i] == '\\'
                && m_s[i + 1] == 'u') {
                const std::uint32_t low = readHex4(i + 1);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            // A lone surrogate cannot be held in UTF-8; keep the replacement character.
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            appendUtf8(out, cp);
        }
    }

    // i points at the 'u' of an escape.
    std::uint32_t readHex4(std::size_t i) const
    {
        if (i + 4 >= m_s.size())
            fail("Invalid \\uXXXX escape", i);
        std::uint32_t cp = 0;
        for (std::size_t k = 1; k <= 4; ++k) {
            const int h = hexValue(m_s[i + k]);
            if (h < 0)
                fail("Invalid \\uXXXX escape", i);
            cp = cp * 16 + static_cast<std::uint32_t>(h);
        }
        return cp;
    }

    void checkDepth(std::size_t depth, std::size_t at) const
    {
        if (depth > m_maxDepth)
            fail("Maximum nesting depth exceeded", at);
    }

    Json parseObject(std::size_t &idx, std::size_t depth)
    {
        checkDepth(depth, idx);
        Json obj = Json::object();
        std::size_t i = skipWhitespace(idx + 1);
        if (i < m_s.size() && m_s[i] == '}') {
            idx = i + 1;
            return obj;
        }
        // ordered_json looks keys up linearly; an index keeps a large object linear to build.
        auto &members = obj.get_ref<Json::object_t &>();
        std::unordered_map<std::string, std::size_t> index;
        while (true) {
            if (i >= m_s.size() || m_s[i] != '"')
                fail("Expecting property name enclosed in double quotes", i);
            std::string key = scanString(i);
            i = skipWhitespace(i);
            if (i >= m_s.size() || m_s[i] != ':')
                fail("Expecting ':' delimiter", i);
            i = skipWhitespace(i + 1);
            Json value;
            const std::size_t pointerLength = m_pointer.size();
            const auto seen = index.find(key);
            if (m_positions) {
                m_pointer += "/" + escapePointer(key);
                if (seen != index.end())
                    forgetBelow(m_pointer); // the last value wins: its places, not the first's
            }
            try {
                value = scanOnce(i, depth);
            } catch (const NoValue &nv) {
                fail("Expecting value", nv.at);
            }
            m_pointer.resize(pointerLength);
            // Python dicts keep the position of the first key and the value of the last.
            if (seen != index.end()) {
                (members.begin() + static_cast<std::ptrdiff_t>(seen->second))->second
                    = std::move(value);
            } else {
                index.emplace(key, members.size());
                members.emplace_back(std::move(key), std::move(value));
            }
            i = skipWhitespace(i);
            if (i < m_s.size() && m_s[i] == '}') {
                idx = i + 1;
                return obj;
            }
            if (i >= m_s.size() || m_s[i] != ',')
                fail("Expecting ',' delimiter", i);
            i = skipWhitespace(i + 1);
        }
    }

    Json parseArray(std::size_t &idx, std::size_t depth)
    {
        checkDepth(depth, idx);
        Json arr = Json::array();
        std::size_t i = skipWhitespace(idx + 1);
        if (i < m_s.size() && m_s[i] == ']') {
            idx = i + 1;
            return arr;
        }
        while (true) {
            const std::size_t pointerLength = m_pointer.size();
            if (m_positions)
                m_pointer += "/" + std::to_string(arr.size());
            try {
                arr.push_back(scanOnce(i, depth));
            } catch (const NoValue &nv) {
                fail("Expecting value", nv.at);
            }
            m_pointer.resize(pointerLength);
            i = skipWhitespace(i);
            if (i < m_s.size() && m_s[i] == ']') {
                idx = i + 1;
                return arr;
            }
            if (i >= m_s.size() || m_s[i] != ',')
                fail("Expecting ',' delimiter", i);
            i = skipWhitespace(i + 1);
        }
    }

    void record(std::size_t bytePos)
    {
        if (!m_positions)
            return;
        // Values are recorded in increasing order: advance a cursor instead of rescanning.
        for (; m_cursor < bytePos && m_cursor < m_s.size(); ++m_cursor) {
            if (m_s[m_cursor] == '\n') {
                ++m_cursorPos.line;
                m_cursorPos.column = 1;
            } else if ((static_cast<unsigned char>(m_s[m_cursor]) & 0xC0) != 0x80) {
                ++m_cursorPos.column;
            }
        }
        (*m_positions)[m_pointer] = m_cursorPos;
    }

    // Drops the recorded places of everything inside the value at pointer.
    void forgetBelow(const std::string &pointer)
    {
        const std::string prefix = pointer + "/";
        auto it = m_positions->lower_bound(prefix);
        while (it != m_positions->end() && it->first.compare(0, prefix.size(), prefix) == 0)
            it = m_positions->erase(it);
    }

    static std::string escapePointer(const std::string &key)
    {
        std::string out;
        for (const char c : key) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
        return out;
    }

    std::string_view m_s;
    std::size_t m_maxDepth;
    PositionMap *m_positions;
    std::string m_pointer;
    std::size_t m_cursor = 0;
    Position m_cursorPos;
};

void appendEscaped(std::string &out, const std::string &s)
{
    static const char *hex = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s, run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(s, run, std::string::npos);
    out += '"';
}

// json.dumps(..., ensure_ascii=False, allow_nan=False, separators=(",", ":")).
void write(std::string &out, const Json &v, bool allowNan)
{
    switch (v.type()) {
    case Json::value_t::null:
        out += "null";
        break;
    case Json::value_t::boolean:
        out += v.get<bool>() ? "true" : "false";
        break;
    case Json::value_t::string:
        appendEscaped(out, v.get_ref<const std::string &>());
        break;
    case Json::value_t::number_integer: {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.get<std::int64_t>());
        out.append(buf, r.ptr);
        break;
    }
    case Json::value_t::number_unsigned: {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.get<std::uint64_t>());
        out.append(buf, r.ptr);
        break;
    }
    case Json::value_t::number_float: {
        const double d = v.get<double>();
        if (!std::isfinite(d)) {
            if (!allowNan)
                throw PyError("ValueError", "Out of range float values are not JSON compliant");
            out += std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
        } else {
            out += floatRepr(d);
        }
        break;
    }
    case Json::value_t::binary:
        if (!BigInt::is(v))
            throw PyError("TypeError", "Object of type bytes is not JSON serializable");
        out += BigInt::digits(v);
        break;
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto &item : v) {
            if (!first)
                out += ',';
            first = false;
            write(out, item, allowNan);
        }
        out += ']';
        break;
    }
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            appendEscaped(out, it.key());
            out += ':';
            write(out, it.value(), allowNan);
        }
        out += '}';
        break;
    }
    case Json::value_t::discarded:
        out += "null";
        break;
    }
}

std::string quoteRepr(const std::string &s)
{
    const bool useDouble = s.find('\'') != std::string::npos && s.find('"') == std::string::npos;
    const char q = useDouble ? '"' : '\'';
    std::string out(1, q);
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == q || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7F) {
            static const char *hex = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
    out += q;
    return out;
}

} // namespace

DecodeError::DecodeError(std::string msg_, std::size_t pos_, std::size_t lineno_,
                         std::size_t colno_, std::string doc_)
    : PyError("JSONDecodeError", msg_ + ": line " + std::to_string(lineno_) + " column "
                                     + std::to_string(colno_) + " (char " + std::to_string(pos_)
                                     + ")")
    , msg(std::move(msg_))
    , pos(pos_)
    , lineno(lineno_)
    , colno(colno_)
    , doc(std::move(doc_))
{}

EncodingError::EncodingError(const std::string &message)
    : PyError("UnicodeDecodeError", message)
{}

Json parse(std::string_view text, PositionMap &positions, std::size_t maxDepth)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (!isValidUtf8(text))
        throw EncodingError("the file is not UTF-8");
    return Scanner(text, maxDepth, &positions).decode();
}

Json parse(std::string_view text, std::size_t maxDepth)
{
    // json.loads(bytes) decodes a UTF-8 BOM away (detect_encoding gives utf-8-sig).
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (!isValidUtf8(text))
        throw EncodingError("'utf-8' codec can't decode the request body");
    return Scanner(text, maxDepth).decode();
}

std::string floatRepr(double d)
{
    // Python's repr(float): the shortest digits that round-trip, in fixed notation for
    // exponents -4..15 (always with a fractional part), else d[.ddd]e[+-]XX.
    if (d == 0)
        return std::signbit(d) ? "-0.0" : "0.0";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(r.ptr - buf));
    const bool negative = sci[0] == '-';
    if (negative)
        sci.remove_prefix(1);
    const auto e = sci.find('e');
    std::string digits;
    for (const char c : sci.substr(0, e))
        if (c != '.')
            digits += c;
    int exp = 0;
    std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+'), sci.data() + sci.size(), exp);
    std::string out = negative ? "-" : "";
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out += "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
        } else if (static_cast<std::size_t>(exp) + 1 >= digits.size()) {
            out += digits + std::string(static_cast<std::size_t>(exp) + 1 - digits.size(), '0')
                   + ".0";
        } else {
            out += digits.substr(0, static_cast<std::size_t>(exp) + 1) + "."
                   + digits.substr(static_cast<std::size_t>(exp) + 1);
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1)
        out += "." + digits.substr(1);
    out += exp < 0 ? "e-" : "e+";
    const std::string e2 = std::to_string(exp < 0 ? -exp : exp);
    out += (e2.size() < 2 ? "0" : "") + e2;
    return out;
}

std::string dump(const Json &value)
{
    std::string out;
    out.reserve(64);
    write(out, value, false);
    return out;
}

std::string dumpLenient(const Json &value)
{
    std::string out;
    write(out, value, true);
    return out;
}

namespace {
bool hasBigInt(const Json &v)
{
    if (BigInt::is(v))
        return true;
    if (v.is_structured())
        for (const auto &item : v)
            if (hasBigInt(item))
                return true;
    return false;
}

// A marker no value holds by chance: U+0001, a per-process random tag, U+0001.
const std::string &bigIntTag()
{
    static const std::string tag = [] {
        std::random_device random;
        return "BIGINT" + std::to_string(random()) + std::to_string(random()) + ":";
    }();
    return tag;
}

// Each big integer becomes a marker string holding its digits.
Json markBigInts(const Json &v)
{
    if (BigInt::is(v))
        return "\x01" + bigIntTag() + BigInt::digits(v) + "\x01";
    if (v.is_object()) {
        Json out = Json::object();
        for (auto it = v.begin(); it != v.end(); ++it)
            out[it.key()] = markBigInts(it.value());
        return out;
    }
    if (v.is_array()) {
        Json out = Json::array();
        for (const auto &item : v)
            out.push_back(markBigInts(item));
        return out;
    }
    return v;
}
} // namespace

std::string dumpLine(const Json &value)
{
    return dumpIndented(value, -1);
}

std::string dumpIndented(const Json &value, int indent)
{
    if (!hasBigInt(value))
        return value.dump(indent, ' ', false, Json::error_handler_t::replace);
    std::string text = markBigInts(value).dump(indent, ' ', false, Json::error_handler_t::replace);
    // "\u0001TAG-123\u0001" (with its quotes) -> -123.
    const std::string open = "\"\\u0001" + bigIntTag(), close = "\\u0001\"";
    std::string out;
    std::size_t at = 0;
    for (std::size_t pos; (pos = text.find(open, at)) != std::string::npos;) {
        const std::size_t end = text.find(close, pos + open.size());
        const std::string_view inner
            = end == std::string::npos
                  ? std::string_view()
                  : std::string_view(text).substr(pos + open.size(), end - pos - open.size());
        if (inner.empty() || !BigInt::fromDecimal(inner)) {
            out.append(text, at, pos + open.size() - at);
            at = pos + open.size();
            continue;
        }
        out.append(text, at, pos - at);
        out.append(inner);
        at = end + close.size();
    }
    out.append(text, at, std::string::npos);
    return out;
}

std::string pythonRepr(const Json &value)
{
    if (value.is_string())
        return quoteRepr(value.get<std::string>());
    return pythonStr(value);
}

std::string pythonStr(const Json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_null())
        return "None";
    if (value.is_boolean())
        return value.get<bool>() ? "True" : "False";
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (std::isnan(d))
            return "nan";
        if (std::isinf(d))
            return d > 0 ? "inf" : "-inf";
        return floatRepr(d);
    }
    return dumpLenient(value);
}

std::size_t codePointLength(std::string_view utf8)
{
    std::size_t n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = validSequenceLength(text, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

std::string decodeUtf8Replace(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = validSequenceLength(bytes, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        out.append(bytes.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace Engine::PyJson
