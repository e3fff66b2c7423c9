#include "engine/validation/validator.h"

#include <charconv>
#include <cmath>
#include <limits>

#include "engine/core/bigint.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/validation/formats.h"

namespace Engine::Validation {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Digits with single underscores between them (Python's grammar for int() and float()).
std::optional<std::string> stripUnderscores(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == s.size() || s[i - 1] < '0' || s[i - 1] > '9' || s[i + 1] < '0'
                || s[i + 1] > '9')
                return std::nullopt;
            continue;
        }
        out += s[i];
    }
    return out;
}

// An integer token "-?digits", exact at any size (Python's int).
Json intFromDigits(std::string_view token)
{
    return *BigInt::fromDecimal(token);
}

// Python 3.11 refuses to convert a string of more than 4300 digits to an int (ValueError);
// jiter, in pydantic-core, has the same bound (NumberOutOfRange).
constexpr std::size_t kMaxIntDigits = 4300;

long double asLongDouble(const Json &v)
{
    if (BigInt::is(v))
        return BigInt::approx(v);
    if (v.is_number_integer() && !v.is_number_unsigned())
        return static_cast<long double>(v.get<std::int64_t>());
    if (v.is_number_unsigned())
        return static_cast<long double>(v.get<std::uint64_t>());
    if (v.is_boolean())
        return v.get<bool>() ? 1 : 0;
    return static_cast<long double>(v.get<double>());
}

bool isInt(const Json &v)
{
    return BigInt::isInteger(v);
}

// A float limit for a float field in v2 (pydantic-core keeps f64 limits), as declared otherwise.
Json limitFor(const Json &limit, const Type &type, ErrorStyle style)
{
    if (style == ErrorStyle::V2 && type.kind == Kind::Number && limit.is_number())
        return limit.get<double>();
    return limit;
}

Json limitParam(Json limit)
{
    Json j(Json::value_t::object);
    j["limit"] = std::move(limit);
    return j;
}

} // namespace

std::optional<Json> parsePythonInt(std::string_view text)
{
    const std::string ascii = asciiDigits(text);
    std::string_view s = trim(ascii);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    auto digits = stripUnderscores(s);
    if (!digits || !isDigits(*digits) || digits->size() > kMaxIntDigits)
        return std::nullopt;
    return intFromDigits((negative ? "-" : "") + *digits);
}

std::optional<Json> parsePydanticInt(std::string_view text, bool *tooBig)
{
    // jiter's NumberInt grammar first: -?(0|[1-9][0-9]*), exactly.
    const auto jsonInt = [](std::string_view s) {
        std::string_view d = s;
        if (!d.empty() && d[0] == '-')
            d.remove_prefix(1);
        return isDigits(d) && (d.size() == 1 || d[0] != '0');
    };
    if (jsonInt(text)) {
        if (text.size() - (text[0] == '-') > kMaxIntDigits) {
            if (tooBig)
                *tooBig = true;
            return std::nullopt;
        }
        return intFromDigits(text);
    }
    // pydantic-core's clean_int_str.
    std::string_view s = trim(text);
    const std::size_t lenBefore = text.size();
    if (!s.empty() && s[0] == '+') {
        if (s.size() > 1 && s[1] == '-')
            return std::nullopt;
        s.remove_prefix(1);
    }
    bool negative = false;
    if (!s.empty() && s[0] == '-') {
        if (s.size() > 1 && (s[1] == '-' || s[1] == '+'))
            return std::nullopt;
        negative = true;
        s.remove_prefix(1);
    }
    // strip_leading_zeros
    if (s.empty())
        return std::nullopt;
    if (s[0] == '0') {
        std::size_t i = 1;
        bool done = false;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '0' || c == '_')
                continue;
            if ((c >= '1' && c <= '9') || c == '-') {
                s = s.substr(i);
                done = true;
                break;
            }
            if (c == '.') {
                s = s.substr(i - 1);
                done = true;
                break;
            }
            return std::nullopt;
        }
        if (!done)
            s = s.substr(s.size() - 1);
    } else if (!((s[0] >= '1' && s[0] <= '9') || s[0] == '-')) {
        return std::nullopt;
    }
    const std::size_t dot = s.find('.');
    if (dot != std::string_view::npos) {
        const std::string_view decimals = s.substr(dot + 1);
        if (!decimals.empty() && decimals.find_first_not_of('0') == std::string_view::npos)
            s = s.substr(0, dot);
    }
    std::string cleaned;
    const bool hasUnderscore = s.find('_') != std::string_view::npos;
    if (hasUnderscore && s.front() != '_' && s.back() != '_'
        && s.find("__") == std::string_view::npos) {
        cleaned = std::string(s);
        std::erase(cleaned, '_');
    } else if (lenBefore == s.size()) {
        return std::nullopt;
    } else {
        cleaned = std::string(s);
    }
    if (negative)
        cleaned.insert(cleaned.begin(), '-');
    if (!jsonInt(cleaned))
        return std::nullopt;
    if (cleaned.size() - (cleaned[0] == '-') > kMaxIntDigits) {
        if (tooBig)
            *tooBig = true;
        return std::nullopt;
    }
    return intFromDigits(cleaned);
}

std::optional<double> parsePythonFloat(std::string_view text)
{
    const std::string ascii = asciiDigits(text);
    std::string_view s = trim(ascii);
    std::string lowered;
    for (const char c : s)
        lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    std::string_view body = lowered;
    bool negative = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    if (body == "inf" || body == "infinity")
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (body == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    auto cleaned = stripUnderscores(body);
    if (!cleaned || cleaned->empty())
        return std::nullopt;
    // Python's grammar: digits [. digits] or . digits, then an optional exponent.
    const std::string &t = *cleaned;
    std::size_t i = 0, mantissaDigits = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
        ++i;
        ++mantissaDigits;
    }
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return std::nullopt;
    if (i < t.size() && t[i] == 'e') {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i >= t.size() || t[i] < '0' || t[i] > '9')
            return std::nullopt;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
    }
    if (i != t.size())
        return std::nullopt;
    double d = 0;
    const auto res = std::from_chars(t.data(), t.data() + t.size(), d);
    if (res.ec == std::errc::result_out_of_range) {
        const auto e = t.find('e');
        d = e != std::string::npos && e + 1 < t.size() && t[e + 1] == '-'
                ? 0.0
                : std::numeric_limits<double>::infinity();
    }
    return negative ? -d : d;
}

std::optional<double> parseRustFloat(std::string_view text)
{
    // Rust's f64::from_str after trim(): [+-] then inf|infinity|nan (any case) or a decimal.
    const auto rust = [](std::string_view s) -> std::optional<double> {
        if (s.empty() || s.find('_') != std::string_view::npos)
            return std::nullopt;
        for (const char c : s)
            if (static_cast<unsigned char>(c) >= 0x80)
                return std::nullopt; // Rust reads ASCII digits only
        return parsePythonFloat(s);
    };
    if (auto d = rust(trim(text)))
        return d;
    auto stripped = stripUnderscores(text);
    if (stripped && text.find('_') != std::string_view::npos)
        return rust(*stripped);
    return std::nullopt;
}

Validator::Validator(ErrorStyle style, std::vector<ErrorDetail> &errors)
    : m_style(style)
    , m_errors(errors)
{}

Validator::Push::Push(Validator &validator, Step step)
    : v(validator)
{
    v.m_path.push_back(step);
}

Validator::Push::~Push()
{
    v.m_path.pop_back();
}

Json Validator::currentLoc() const
{
    Json loc = m_prefix ? *m_prefix : Json::array();
    for (const auto &step : m_path) {
        if (const auto *key = std::get_if<std::string_view>(&step))
            loc.push_back(std::string(*key));
        else
            loc.push_back(std::get<std::size_t>(step));
    }
    return loc;
}

void Validator::fail(ErrorKind kind, const Json &input, Json params)
{
    m_errors.push_back(ErrorDetail{kind, currentLoc(), input, std::move(params)});
}

std::optional<Json> Validator::missing(const Field &field, const Json &loc, const Json &enclosing)
{
    if (!field.required)
        return field.defaultValue;
    m_errors.push_back(ErrorDetail{ErrorKind::Missing, loc, enclosing, Json::object()});
    return std::nullopt;
}

std::optional<Json> Validator::value(const Json &input, const Type &type, const Json &loc)
{
    m_prefix = &loc;
    m_path.clear();
    return validate(input, type);
}

std::optional<Json> Validator::model(const Json &input, const Model &model, const Json &loc)
{
    m_prefix = &loc;
    m_path.clear();
    return validateModel(input, model);
}

std::optional<Json> Validator::validate(const Json &input, const Type &type)
{
    if (input.is_null()) {
        if (type.isNullable || type.kind == Kind::Any)
            return input;
        if (m_style == ErrorStyle::V1) {
            fail(ErrorKind::NoneNotAllowed, input);
            return std::nullopt;
        }
    }
    auto v = typed(input, type);
    if (!v)
        return v;
    for (const auto &custom : type.validators) {
        if (auto message = custom.check(*v)) {
            fail(ErrorKind::ValueError, input, Json{{"message", std::move(*message)}});
            return std::nullopt;
        }
    }
    return v;
}

std::optional<Json> Validator::typed(const Json &input, const Type &type)
{
    switch (type.kind) {
    case Kind::Any:
        return input;
    case Kind::String: {
        if (type.format == Format::Binary) {
            if (input.is_object() && input.contains(kTextForFile)) {
                // FastAPI's UploadFile validator, given a form's text value.
                fail(ErrorKind::ValueError, input[kTextForFile],
                     Json{{"message", "Expected UploadFile, received: <class 'str'>"}});
                return std::nullopt;
            }
            Type plain = type; // bytes: any string
            plain.format = Format::None;
            return typed(input, plain);
        }
        if (type.format != Format::None)
            return formatted(input, type);
        std::optional<Json> s;
        if (input.is_string())
            s = input;
        else if (m_style == ErrorStyle::V1)
            s = stringV1(input);
        else
            fail(ErrorKind::StringType, input);
        if (!s || !checkString(s->get_ref<const std::string &>(), type, input))
            return std::nullopt;
        return s;
    }
    case Kind::Integer: {
        auto v = integer(input);
        if (!v || !checkNumber(*v, type, input))
            return std::nullopt;
        return v;
    }
    case Kind::Number: {
        auto v = number(input);
        if (!v || !checkNumber(*v, type, input))
            return std::nullopt;
        return v;
    }
    case Kind::Boolean:
        return boolean(input);
    case Kind::List:
        return list(input, type);
    case Kind::Object:
        return validateModel(input, *type.model);
    case Kind::Literal:
        return literal(input, type);
    case Kind::Dict:
        return dict(input, type);
    case Kind::Union:
        return type.discriminator.empty() ? unionOf(input, type) : tagged(input, type);
    }
    return std::nullopt;
}

std::optional<Json> Validator::formatted(const Json &input, const Type &type)
{
    const bool v1 = m_style == ErrorStyle::V1;
    Json value = input;
    if (type.format == Format::Url || type.format == Format::HttpUrl
        || type.format == Format::Email) {
        // Pydantic 1's AnyUrl and EmailStr take str(value) and check its length first;
        // pydantic-core's URL validator has its own length rule, EmailStr is a str first.
        if (v1 || type.format == Format::Email) {
            std::optional<Json> s;
            if (input.is_string())
                s = input;
            else if (v1)
                s = stringV1(input);
            else
                fail(ErrorKind::StringType, input);
            if (!s || (v1 && !checkString(s->get_ref<const std::string &>(), type, input)))
                return std::nullopt;
            value = std::move(*s);
        }
    }
    if (auto problem = checkFormat(type.format, value, m_style)) {
        fail(problem->kind, input, std::move(problem->params));
        return std::nullopt;
    }
    return value;
}

std::optional<Json> Validator::dict(const Json &input, const Type &type)
{
    const Json *object = &input;
    Json converted;
    if (!input.is_object()) {
        // Pydantic 1's dict_validator tries dict(value); pydantic-core takes dicts only.
        const auto d
            = m_style == ErrorStyle::V1 ? pythonDict(input) : PythonDict{PythonDict::NotADict, {}};
        if (d.outcome == PythonDict::NotADict) {
            fail(ErrorKind::DictType, input);
            return std::nullopt;
        }
        converted = d.value;
        object = &converted;
    }
    Json out = Json::object();
    bool ok = true;
    for (auto it = object->begin(); it != object->end(); ++it) {
        Push step(*this, std::string_view(it.key()));
        auto v = validate(it.value(), *type.item);
        if (v)
            out[it.key()] = std::move(*v);
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

bool Validator::exactFit(const Json &input, const Type &type)
{
    if (input.is_null())
        return type.isNullable;
    switch (type.kind) {
    case Kind::Any:
        return true;
    case Kind::String:
        return input.is_string();
    case Kind::Integer:
        return input.is_number_integer() || BigInt::is(input);
    case Kind::Number:
        return input.is_number();
    case Kind::Boolean:
        return input.is_boolean();
    case Kind::List:
        return input.is_array();
    case Kind::Object:
    case Kind::Dict:
        return input.is_object();
    case Kind::Literal:
        for (const auto &allowed : type.literals)
            if (allowed == input && allowed.type() == input.type())
                return true;
        return false;
    case Kind::Union:
        for (const auto &member : type.members)
            if (exactFit(input, member))
                return true;
        return false;
    }
    return false;
}

std::optional<Json> Validator::unionOf(const Json &input, const Type &type)
{
    const std::size_t before = m_errors.size();
    if (m_style == ErrorStyle::V1) {
        // ModelField._validate_singleton: each member in turn, the first that validates wins;
        // when none does, every member's errors, at the field's own loc.
        for (const auto &member : type.members) {
            if (auto v = validate(input, member)) {
                m_errors.resize(before);
                return v;
            }
        }
        return std::nullopt;
    }
    // pydantic-core's smart union: a member the value fits exactly, then the first member
    // that validates in lax mode; else the errors of each, under the member's label.
    for (const auto &member : type.members) {
        if (!exactFit(input, member))
            continue;
        if (auto v = validate(input, member)) {
            m_errors.resize(before);
            return v;
        }
        m_errors.resize(before);
    }
    std::vector<std::string> labels;
    labels.reserve(type.members.size());
    for (const auto &member : type.members)
        labels.push_back(member.unionLabel());
    for (std::size_t i = 0; i < type.members.size(); ++i) {
        Push step(*this, std::string_view(labels[i]));
        if (auto v = validate(input, type.members[i])) {
            m_errors.resize(before);
            return v;
        }
    }
    return std::nullopt;
}

std::optional<Json> Validator::tagged(const Json &input, const Type &type)
{
    const bool v1 = m_style == ErrorStyle::V1;
    const Json key(type.discriminator);
    if (!input.is_object()) {
        // Pydantic 1 looks the key up in anything; pydantic-core wants a dict first.
        if (v1)
            fail(ErrorKind::UnionTagNotFound, input, Json{{"discriminator", key}});
        else
            fail(ErrorKind::ModelAttributesType, input);
        return std::nullopt;
    }
    const auto it = input.find(type.discriminator);
    if (it == input.end()) {
        fail(ErrorKind::UnionTagNotFound, input, Json{{"discriminator", key}});
        return std::nullopt;
    }
    for (std::size_t i = 0; i < type.members.size(); ++i) {
        if (type.tags[i] != *it)
            continue;
        // The member's loc step: its class name (v1's display_as_type), the tag (v2).
        const std::string label
            = v1 ? type.members[i].unionLabel() : PyJson::pythonStr(type.tags[i]);
        Push step(*this, std::string_view(label));
        return validate(input, type.members[i]);
    }
    fail(ErrorKind::UnionTagInvalid, input,
         Json{{"discriminator", key}, {"tag", *it}, {"expected", type.tags}});
    return std::nullopt;
}

std::optional<Json> Validator::stringV1(const Json &input)
{
    // pydantic.validators.str_validator: numbers (bool included, it is an int) become str(v).
    if (input.is_number() || input.is_boolean() || BigInt::is(input))
        return Json(PyJson::pythonStr(input));
    fail(ErrorKind::StringType, input);
    return std::nullopt;
}

bool Validator::checkString(const std::string &s, const Type &type, const Json &input)
{
    if (type.minLen || type.maxLen) {
        const std::size_t n = PyJson::codePointLength(s);
        if (type.minLen && n < *type.minLen) {
            fail(ErrorKind::StringTooShort, input, limitParam(*type.minLen));
            return false;
        }
        if (type.maxLen && n > *type.maxLen) {
            fail(ErrorKind::StringTooLong, input, limitParam(*type.maxLen));
            return false;
        }
    }
    if (type.regex) {
        const bool ok
            = m_style == ErrorStyle::V1 ? type.regex->matchesV1(s) : type.regex->matchesV2(s);
        if (!ok) {
            fail(ErrorKind::StringPatternMismatch, input, Json{{"pattern", type.regex->source}});
            return false;
        }
    }
    return true;
}

std::optional<Json> Validator::integer(const Json &input)
{
    if (input.is_boolean())
        return Json(input.get<bool>() ? 1 : 0);
    if (isInt(input))
        return input;
    if (m_style == ErrorStyle::V1) {
        // int(v): floats truncate; strings follow Python's int() grammar.
        if (input.is_number_float()) {
            const double d = input.get<double>();
            if (std::isfinite(d)) {
                const double t = std::trunc(d);
                if (std::fabs(t) < 9.2e18)
                    return Json(static_cast<std::int64_t>(t));
                return BigInt::fromDouble(t); // int(1e308): 309 exact digits
            }
        } else if (input.is_string()) {
            if (auto v = parsePythonInt(input.get_ref<const std::string &>()))
                return v;
        }
        fail(ErrorKind::IntType, input);
        return std::nullopt;
    }
    if (input.is_number_float()) {
        const double d = input.get<double>();
        if (!std::isfinite(d))
            fail(ErrorKind::FiniteNumber, input);
        else if (std::fmod(d, 1.0) != 0.0)
            fail(ErrorKind::IntFromFloat, input);
        else if (d > -9.223372036854775e18 && d < 9.223372036854775e18)
            return Json(static_cast<std::int64_t>(d));
        else
            fail(ErrorKind::IntParsingSize, input);
        return std::nullopt;
    }
    if (input.is_string()) {
        bool tooBig = false;
        if (auto v = parsePydanticInt(input.get_ref<const std::string &>(), &tooBig); v && !tooBig)
            return v;
        fail(tooBig ? ErrorKind::IntParsingSize : ErrorKind::IntParsing, input);
        return std::nullopt;
    }
    fail(ErrorKind::IntType, input);
    return std::nullopt;
}

std::optional<Json> Validator::number(const Json &input)
{
    if (input.is_boolean())
        return Json(input.get<bool>() ? 1.0 : 0.0);
    if (input.is_number() || BigInt::is(input)) // float(int): the nearest double
        return Json(static_cast<double>(asLongDouble(input)));
    if (input.is_string()) {
        const auto &s = input.get_ref<const std::string &>();
        const auto d = m_style == ErrorStyle::V1 ? parsePythonFloat(s) : parseRustFloat(s);
        if (d)
            return Json(*d);
        fail(m_style == ErrorStyle::V1 ? ErrorKind::FloatType : ErrorKind::FloatParsing, input);
        return std::nullopt;
    }
    fail(ErrorKind::FloatType, input);
    return std::nullopt;
}

std::optional<Json> Validator::boolean(const Json &input)
{
    if (input.is_boolean())
        return input;
    if (m_style == ErrorStyle::V1) {
        // pydantic.validators.bool_validator: BOOL_TRUE / BOOL_FALSE after str.lower(); numbers
        // compare equal to 1 or 0.
        if (input.is_string()) {
            std::string s = input.get<std::string>();
            for (auto &c : s)
                c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            if (s == "1" || s == "on" || s == "t" || s == "true" || s == "y" || s == "yes")
                return Json(true);
            if (s == "0" || s == "off" || s == "f" || s == "false" || s == "n" || s == "no")
                return Json(false);
        } else if (input.is_number()) {
            const long double d = asLongDouble(input);
            if (d == 1)
                return Json(true);
            if (d == 0)
                return Json(false);
        }
        fail(ErrorKind::BoolType, input);
        return std::nullopt;
    }
    // pydantic-core validate_bool (Python input, lax).
    if (input.is_string()) {
        std::string s = input.get<std::string>();
        for (auto &c : s)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (s == "0" || s == "f" || s == "n" || s == "no" || s == "off" || s == "false")
            return Json(false);
        if (s == "1" || s == "t" || s == "y" || s == "on" || s == "yes" || s == "true")
            return Json(true);
        fail(ErrorKind::BoolParsing, input);
        return std::nullopt;
    }
    if (input.is_number_integer()) {
        const long double d = asLongDouble(input);
        if (d == 0 || d == 1)
            return Json(d == 1);
        fail(ErrorKind::BoolParsing, input);
        return std::nullopt;
    }
    if (input.is_number_float()) {
        const double d = input.get<double>();
        if (std::isfinite(d) && std::fmod(d, 1.0) == 0.0) {
            if (d == 0 || d == 1)
                return Json(d == 1);
            fail(ErrorKind::BoolParsing, input);
            return std::nullopt;
        }
    }
    fail(ErrorKind::BoolType, input);
    return std::nullopt;
}

bool Validator::checkNumber(const Json &v, const Type &type, const Json &input)
{
    const long double x = asLongDouble(v);
    const bool isNan = std::isnan(x);
    const auto check = [&](const std::optional<Json> &limit, ErrorKind kind, auto ok) {
        if (!limit)
            return true;
        // Integers past 64 bits on either side compare exactly, as Python's ints do.
        if ((BigInt::is(v) || BigInt::is(*limit)) && BigInt::isInteger(v)
            && BigInt::isInteger(*limit)) {
            if (ok(static_cast<long double>(BigInt::compare(v, *limit)), 0.0L))
                return true;
        } else if (!isNan && ok(x, asLongDouble(*limit))) {
            return true;
        }
        fail(kind, input, limitParam(limitFor(*limit, type, m_style)));
        return false;
    };
    const auto gt = [](long double a, long double b) {
        return a > b;
    };
    const auto ge = [](long double a, long double b) {
        return a >= b;
    };
    const auto lt = [](long double a, long double b) {
        return a < b;
    };
    const auto le = [](long double a, long double b) {
        return a <= b;
    };
    const auto multipleOk = [&] {
        if (!type.multiple)
            return true;
        const long double m = asLongDouble(*type.multiple);
        bool ok;
        if (m_style == ErrorStyle::V1) {
            // number_multiple_validator, for ints and floats alike: float(v) / float(m) % 1
            // within almost_equal_floats' 1e-8 of 0 or 1 (0.5 is a multiple of 0.05 there,
            // though fmod(0.5, 0.05) is not 0).
            const double q = double(x) / double(m);
            const double mod = q - std::floor(q);
            ok = std::fabs(mod) <= 1e-8 || std::fabs(mod - 1.0) <= 1e-8;
        } else if (type.kind == Kind::Integer && type.multiple->is_number_integer() && isInt(v)) {
            ok = BigInt::divisible(v, type.multiple->get<std::int64_t>());
        } else {
            // pydantic-core's float validator: the remainder (fmod, the sign of x) within
            // |x| / 1e9 of 0 or of m. A negative x whose remainder comes out as -m is refused
            // there (-0.5 is not a multiple of 0.05), and 1e10 + 0.001 is one.
            const double f = double(x), step = double(m);
            const double rem = std::fmod(f, step), threshold = std::fabs(f) / 1e9;
            ok = !(std::fabs(rem) > threshold && std::fabs(rem - step) > threshold);
        }
        if (!ok)
            fail(ErrorKind::MultipleOf, input, limitParam(limitFor(*type.multiple, type, m_style)));
        return ok;
    };
    if (m_style == ErrorStyle::V1) {
        // number_size_validator (gt, else ge; lt, else le), then number_multiple_validator.
        if (type.gtLimit ? !check(type.gtLimit, ErrorKind::GreaterThan, gt)
                         : !check(type.geLimit, ErrorKind::GreaterThanEqual, ge))
            return false;
        if (type.ltLimit ? !check(type.ltLimit, ErrorKind::LessThan, lt)
                         : !check(type.leLimit, ErrorKind::LessThanEqual, le))
            return false;
        return multipleOk();
    }
    // pydantic-core: multiple_of, le, lt, ge, gt.
    return multipleOk() && check(type.leLimit, ErrorKind::LessThanEqual, le)
           && check(type.ltLimit, ErrorKind::LessThan, lt)
           && check(type.geLimit, ErrorKind::GreaterThanEqual, ge)
           && check(type.gtLimit, ErrorKind::GreaterThan, gt);
}

std::optional<Json> Validator::tuple(const Json &input, const Type &type)
{
    const std::size_t n = input.size();
    const std::size_t expected = type.positions.size();
    if (m_style == ErrorStyle::V1 && n != expected) {
        // Pydantic 1's _validate_tuple: the length first, then the items.
        fail(ErrorKind::TupleLength, input, Json{{"actual", n}, {"expected", expected}});
        return std::nullopt;
    }
    // pydantic-core's TupleValidator: each position in turn, a missing one is "missing" at its
    // index; items past the last position replace every other error with too_long.
    const std::size_t before = m_errors.size();
    Json out = Json::array();
    bool ok = true;
    for (std::size_t i = 0; i < expected; ++i) {
        Push step(*this, i);
        if (i >= n) {
            fail(ErrorKind::Missing, input);
            ok = false;
        } else if (auto v = validate(input[i], type.positions[i])) {
            out.push_back(std::move(*v));
        } else {
            ok = false;
        }
    }
    if (n > expected) {
        m_errors.resize(before);
        fail(ErrorKind::ListTooLong, input,
             Json{{"limit", expected}, {"actual", n}, {"sequence", "Tuple"}});
        return std::nullopt;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<Json> Validator::list(const Json &input, const Type &type)
{
    if (!input.is_array()) {
        fail(type.sequence == Sequence::Tuple ? ErrorKind::TupleType
             : type.sequence == Sequence::Set ? ErrorKind::SetType
                                              : ErrorKind::ListType,
             input);
        return std::nullopt;
    }
    if (type.sequence == Sequence::Tuple)
        return tuple(input, type);
    const std::size_t n = input.size();
    const char *sequence = type.sequence == Sequence::Set ? "Set" : "List";
    // Both eras check the length before the items, the minimum first (v1: conlist's
    // list_length_validator is a pre validator; v2: pydantic-core's length_check! macro).
    if (type.minLen && n < *type.minLen) {
        fail(ErrorKind::ListTooShort, input,
             Json{{"limit", *type.minLen}, {"actual", n}, {"sequence", sequence}});
        return std::nullopt;
    }
    if (type.maxLen && n > *type.maxLen) {
        fail(ErrorKind::ListTooLong, input,
             Json{{"limit", *type.maxLen}, {"actual", n}, {"sequence", sequence}});
        return std::nullopt;
    }
    Json out = Json::array();
    bool ok = true;
    for (std::size_t i = 0; i < n; ++i) {
        Push step(*this, i);
        auto v = validate(input[i], *type.item);
        if (v)
            out.push_back(std::move(*v));
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<Json> Validator::literal(const Json &input, const Type &type)
{
    if (m_style == ErrorStyle::V1 && type.enumName.empty() && input.is_structured()) {
        fail(ErrorKind::Unhashable, input, Json{{"values", type.literals}});
        return std::nullopt;
    }
    for (const auto &allowed : type.literals)
        if (allowed == input)
            return input;
    if (m_style == ErrorStyle::V2 && !type.enumName.empty() && input.is_string()) {
        // pydantic-core's lax mode reads a string as the int of an IntEnum (not of a Literal).
        if (const auto n = parsePydanticInt(input.get_ref<const std::string &>()))
            for (const auto &allowed : type.literals)
                if (allowed.is_number_integer() && allowed == *n)
                    return allowed;
    }
    fail(type.enumName.empty() ? ErrorKind::Literal : ErrorKind::Enum, input,
         Json{{"values", type.literals}});
    return std::nullopt;
}

namespace {

// The items Python's iter() gives for a JSON value: code points of a string, elements of a
// list, keys of a dict; nullopt when it is not iterable (numbers, bools, None).
std::optional<std::vector<Json>> pythonIter(const Json &v)
{
    std::vector<Json> out;
    if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        for (std::size_t i = 0; i < s.size();) {
            std::size_t n = 1;
            while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
                ++n;
            out.emplace_back(s.substr(i, n));
            i += n;
        }
    } else if (v.is_array()) {
        out.assign(v.begin(), v.end());
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            out.emplace_back(it.key());
    } else {
        return std::nullopt;
    }
    return out;
}

} // namespace

// dict(value) as Python computes it for a JSON value that is not an object: "" and [] are {},
// each element of a list must iterate to exactly two items (a [key, value] list, a two-letter
// string, a two-key object) whose first is hashable; a later equal key keeps the first one's
// place and takes the later value.
Validator::PythonDict Validator::pythonDict(const Json &input)
{
    PythonDict out{PythonDict::Ok, Json::object()};
    const auto elements = pythonIter(input);
    if (!elements)
        return {PythonDict::NotADict, {}};
    bool nonStringKey = false;
    for (const auto &element : *elements) {
        const auto pair = pythonIter(element);
        if (!pair || pair->size() != 2 || (*pair)[0].is_structured())
            return {PythonDict::NotADict, {}};
        if (!(*pair)[0].is_string()) {
            nonStringKey = true; // cls(**d) raises once dict() has finished
            continue;
        }
        out.value[(*pair)[0].get<std::string>()] = (*pair)[1];
    }
    if (nonStringKey)
        return {PythonDict::NonStringKey, {}};
    return out;
}

std::optional<Json> Validator::validateModel(const Json &input, const Model &model)
{
    const Json *object = &input;
    Json converted;
    if (!input.is_object()) {
        // Pydantic 1's Model.validate calls dict(value) on anything that is not a dict.
        const auto dict = m_style == ErrorStyle::V1 && !input.is_null()
                              ? pythonDict(input)
                              : PythonDict{PythonDict::NotADict, {}};
        if (dict.outcome != PythonDict::Ok) {
            fail(dict.outcome == PythonDict::NonStringKey ? ErrorKind::KeywordsNotStrings
                                                          : ErrorKind::ModelAttributesType,
                 input);
            return std::nullopt;
        }
        converted = dict.value;
        object = &converted;
    }
    Json out = Json::object();
    bool ok = true;
    for (const auto &field : model.fields) {
        Push step(*this, std::string_view(field.name));
        auto it = object->find(field.name);
        std::optional<Json> v;
        if (it != object->end())
            v = validate(*it, field.type);
        else if (!field.required)
            v = field.defaultValue;
        else
            fail(ErrorKind::Missing, *object);
        if (v)
            out[field.name] = std::move(*v);
        else
            ok = false;
    }
    if (model.forbidExtra) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            bool known = false;
            for (const auto &field : model.fields)
                known = known || field.name == it.key();
            if (!known) {
                Push step(*this, std::string_view(it.key()));
                fail(ErrorKind::ExtraForbidden, it.value());
                ok = false;
            }
        }
    }
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace Engine::Validation
