#include "engine/validation/error.h"

#include "engine/core/pyjson.h"

namespace Engine::Validation {

namespace {

// One-key objects without nlohmann's initializer-list path (which copies every element).
Json one(const char *key, const Json &value)
{
    Json j(Json::value_t::object);
    j[key] = value;
    return j;
}

struct Words
{
    const char *type;
    std::string msg;
    Json ctx; // null: no ctx key
};

std::string plural(const Json &n)
{
    return n.is_number_integer() && n.get<long long>() == 1 ? "" : "s";
}

// Pydantic-core prints limits with Rust's Display: 0.0 as "0", 2.5 as "2.5".
std::string rustNumber(const Json &n)
{
    if (n.is_number_float()) {
        const double d = n.get<double>();
        if (d == static_cast<double>(static_cast<long long>(d)) && d < 1e15 && d > -1e15)
            return std::to_string(static_cast<long long>(d));
    }
    return PyJson::pythonStr(n);
}

std::string expectedList(const Json &values)
{
    // "'a', 'b' or 'c'", as pydantic-core joins expected literals.
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += i + 1 == values.size() ? " or " : ", ";
        out += PyJson::pythonRepr(values[i]);
    }
    return out;
}

std::string permittedList(const Json &values)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += PyJson::pythonRepr(values[i]);
    }
    return out;
}

Words v2Words(const ErrorDetail &e)
{
    const Json &p = e.params;
    switch (e.kind) {
    case ErrorKind::Missing:
        return {"missing", "Field required", nullptr};
    case ErrorKind::NoneNotAllowed:
    case ErrorKind::StringType:
        return {"string_type", "Input should be a valid string", nullptr};
    case ErrorKind::IntType:
        return {"int_type", "Input should be a valid integer", nullptr};
    case ErrorKind::IntParsing:
        return {"int_parsing",
                "Input should be a valid integer, unable to parse string as an integer", nullptr};
    case ErrorKind::IntFromFloat:
        return {"int_from_float",
                "Input should be a valid integer, got a number with a fractional part", nullptr};
    case ErrorKind::IntParsingSize:
        return {"int_parsing_size",
                "Unable to parse input string as an integer, exceeded maximum size", nullptr};
    case ErrorKind::FloatType:
        return {"float_type", "Input should be a valid number", nullptr};
    case ErrorKind::FloatParsing:
        return {"float_parsing",
                "Input should be a valid number, unable to parse string as a number", nullptr};
    case ErrorKind::FiniteNumber:
        return {"finite_number", "Input should be a finite number", nullptr};
    case ErrorKind::BoolType:
        return {"bool_type", "Input should be a valid boolean", nullptr};
    case ErrorKind::BoolParsing:
        return {"bool_parsing", "Input should be a valid boolean, unable to interpret input",
                nullptr};
    case ErrorKind::ListType:
        return {"list_type", "Input should be a valid list", nullptr};
    case ErrorKind::SetType:
        return {"set_type", "Input should be a valid set", nullptr};
    case ErrorKind::TupleType:
    case ErrorKind::TupleLength: // a v1 error; v2 reports missing positions and too_long
        return {"tuple_type", "Input should be a valid tuple", nullptr};
    case ErrorKind::ModelAttributesType:
        return {"model_attributes_type",
                "Input should be a valid dictionary or object to extract fields from", nullptr};
    case ErrorKind::StringTooShort:
        return {"string_too_short",
                "String should have at least " + PyJson::pythonStr(p["limit"]) + " character"
                    + plural(p["limit"]),
                one("min_length", p["limit"])};
    case ErrorKind::StringTooLong:
        return {"string_too_long",
                "String should have at most " + PyJson::pythonStr(p["limit"]) + " character"
                    + plural(p["limit"]),
                one("max_length", p["limit"])};
    case ErrorKind::StringPatternMismatch:
        return {"string_pattern_mismatch",
                "String should match pattern '" + p["pattern"].get<std::string>() + "'",
                one("pattern", p["pattern"])};
    case ErrorKind::GreaterThan:
        return {"greater_than", "Input should be greater than " + rustNumber(p["limit"]),
                one("gt", p["limit"])};
    case ErrorKind::GreaterThanEqual:
        return {"greater_than_equal",
                "Input should be greater than or equal to " + rustNumber(p["limit"]),
                one("ge", p["limit"])};
    case ErrorKind::LessThan:
        return {"less_than", "Input should be less than " + rustNumber(p["limit"]),
                one("lt", p["limit"])};
    case ErrorKind::LessThanEqual:
        return {"less_than_equal",
                "Input should be less than or equal to " + rustNumber(p["limit"]),
                one("le", p["limit"])};
    case ErrorKind::MultipleOf:
        return {"multiple_of", "Input should be a multiple of " + rustNumber(p["limit"]),
                one("multiple_of", p["limit"])};
    case ErrorKind::ListTooShort:
    case ErrorKind::ListTooLong: {
        // pydantic-core's too_short / too_long, for a list, a set or a tuple.
        const std::string what = p.value("sequence", std::string("List"));
        const bool shortOf = e.kind == ErrorKind::ListTooShort;
        return {shortOf ? "too_short" : "too_long",
                what + (shortOf ? " should have at least " : " should have at most ")
                    + PyJson::pythonStr(p["limit"]) + " item" + plural(p["limit"])
                    + " after validation, not " + PyJson::pythonStr(p["actual"]),
                Json{{"field_type", what},
                     {shortOf ? "min_length" : "max_length", p["limit"]},
                     {"actual_length", p["actual"]}}};
    }
    case ErrorKind::ValueError:
        // The ctx holds the exception object, which jsonable_encoder turns into {}.
        return {"value_error", "Value error, " + p["message"].get<std::string>(),
                one("error", Json::object())};
    case ErrorKind::ExtraForbidden:
        return {"extra_forbidden", "Extra inputs are not permitted", nullptr};
    case ErrorKind::KeywordsNotStrings: // Pydantic 2 never calls dict(): no such error
        return {"model_attributes_type",
                "Input should be a valid dictionary or object to extract fields from", nullptr};
    case ErrorKind::Literal:
        return {"literal_error", "Input should be " + expectedList(p["values"]),
                one("expected", expectedList(p["values"]))};
    case ErrorKind::Enum:
        return {"enum", "Input should be " + expectedList(p["values"]),
                one("expected", expectedList(p["values"]))};
    case ErrorKind::JsonInvalid:
        return {"json_invalid", "JSON decode error", one("error", p["msg"])};
    case ErrorKind::DictType:
        return {"dict_type", "Input should be a valid dictionary", nullptr};
    case ErrorKind::UnionTagNotFound:
        return {"union_tag_not_found",
                "Unable to extract tag using discriminator "
                    + PyJson::pythonRepr(p["discriminator"]),
                one("discriminator", PyJson::pythonRepr(p["discriminator"]))};
    case ErrorKind::UnionTagInvalid: {
        const std::string expected = permittedList(p["expected"]);
        const std::string tag = PyJson::pythonStr(p["tag"]);
        return {"union_tag_invalid",
                "Input tag '" + tag + "' found using " + PyJson::pythonRepr(p["discriminator"])
                    + " does not match any of the expected tags: " + expected,
                Json{{"discriminator", PyJson::pythonRepr(p["discriminator"])},
                     {"tag", tag},
                     {"expected_tags", expected}}};
    }
    case ErrorKind::DateType:
        return {"date_type", "Input should be a valid date", nullptr};
    case ErrorKind::TimeType:
        return {"time_type", "Input should be a valid time", nullptr};
    case ErrorKind::TimeParsing:
        return {"time_parsing",
                "Input should be in a valid time format, " + p["error"].get<std::string>(),
                one("error", p["error"])};
    case ErrorKind::DurationType:
        return {"time_delta_type", "Input should be a valid timedelta", nullptr};
    case ErrorKind::DurationParsing:
        return {"time_delta_parsing",
                "Input should be a valid timedelta, " + p.value("error", std::string()),
                one("error", p.value("error", std::string()))};
    case ErrorKind::IpAddress: {
        // pydantic/networks.py: PydanticCustomError from IPv4Address(...) and friends.
        const std::string version = p.value("version", "4");
        if (version == "any")
            return {"ip_any_address", "value is not a valid IPv4 or IPv6 address", nullptr};
        if (version == "6")
            return {"ip_v6_address", "Input is not a valid IPv6 address", nullptr};
        return {"ip_v4_address", "Input is not a valid IPv4 address", nullptr};
    }
    case ErrorKind::DateParsing:
        return {"date_from_datetime_parsing",
                "Input should be a valid date or datetime, " + p["error"].get<std::string>(),
                one("error", p["error"])};
    case ErrorKind::DateFromDatetimeInexact:
        return {"date_from_datetime_inexact",
                "Datetimes provided to dates should have zero time - e.g. be exact dates", nullptr};
    case ErrorKind::DateTimeType:
        return {"datetime_type", "Input should be a valid datetime", nullptr};
    case ErrorKind::DateTimeParsing:
        return {"datetime_from_date_parsing",
                "Input should be a valid datetime or date, " + p["error"].get<std::string>(),
                one("error", p["error"])};
    case ErrorKind::UuidType:
        return {"uuid_type", "UUID input should be a string, bytes or UUID object", nullptr};
    case ErrorKind::UuidParsing:
        return {"uuid_parsing", "Input should be a valid UUID, " + p["error"].get<std::string>(),
                one("error", p["error"])};
    case ErrorKind::UrlType:
        return {"url_type", "URL input should be a string or URL", nullptr};
    case ErrorKind::UrlParsing:
        return {"url_parsing", "Input should be a valid URL, " + p["error"].get<std::string>(),
                one("error", p["error"])};
    case ErrorKind::UrlScheme:
        return {"url_scheme", "URL scheme should be 'http' or 'https'",
                one("expected_schemes", "'http' or 'https'")};
    case ErrorKind::UrlTooLong:
        return {"url_too_long",
                "URL should have at most " + PyJson::pythonStr(p["limit"]) + " character"
                    + plural(p["limit"]),
                one("max_length", p["limit"])};
    case ErrorKind::Unhashable:
        return {"literal_error", "Input should be " + expectedList(p["values"]),
                one("expected", expectedList(p["values"]))};
    case ErrorKind::EmailParsing:
        return {"value_error",
                "value is not a valid email address: " + p["reason"].get<std::string>(),
                one("reason", p["reason"])};
    }
    return {"value_error", "", nullptr};
}

Words v1Words(const ErrorDetail &e)
{
    const Json &p = e.params;
    const auto limit = [&] {
        return Json{{"limit_value", p["limit"]}};
    };
    switch (e.kind) {
    case ErrorKind::Missing:
        return {"value_error.missing", "field required", nullptr};
    case ErrorKind::NoneNotAllowed:
        return {"type_error.none.not_allowed", "none is not an allowed value", nullptr};
    case ErrorKind::StringType:
        return {"type_error.str", "str type expected", nullptr};
    case ErrorKind::IntType:
    case ErrorKind::IntParsing:
    case ErrorKind::IntFromFloat:
    case ErrorKind::IntParsingSize:
        return {"type_error.integer", "value is not a valid integer", nullptr};
    case ErrorKind::FloatType:
    case ErrorKind::FloatParsing:
    case ErrorKind::FiniteNumber:
        return {"type_error.float", "value is not a valid float", nullptr};
    case ErrorKind::BoolType:
    case ErrorKind::BoolParsing:
        return {"type_error.bool", "value could not be parsed to a boolean", nullptr};
    case ErrorKind::ListType:
        return {"type_error.list", "value is not a valid list", nullptr};
    case ErrorKind::SetType:
        return {"type_error.set", "value is not a valid set", nullptr};
    case ErrorKind::TupleType:
        return {"type_error.tuple", "value is not a valid tuple", nullptr};
    case ErrorKind::TupleLength:
        return {"value_error.tuple.length",
                "wrong tuple length " + PyJson::pythonStr(p["actual"]) + ", expected "
                    + PyJson::pythonStr(p["expected"]),
                Json{{"actual_length", p["actual"]}, {"expected_length", p["expected"]}}};
    case ErrorKind::ModelAttributesType:
        return {"type_error.dict", "value is not a valid dict", nullptr};
    case ErrorKind::StringTooShort:
        return {"value_error.any_str.min_length",
                "ensure this value has at least " + PyJson::pythonStr(p["limit"]) + " characters",
                limit()};
    case ErrorKind::StringTooLong:
        return {"value_error.any_str.max_length",
                "ensure this value has at most " + PyJson::pythonStr(p["limit"]) + " characters",
                limit()};
    case ErrorKind::StringPatternMismatch:
        return {"value_error.str.regex",
                "string does not match regex \"" + p["pattern"].get<std::string>() + "\"",
                one("pattern", p["pattern"])};
    case ErrorKind::GreaterThan:
        return {"value_error.number.not_gt",
                "ensure this value is greater than " + PyJson::pythonStr(p["limit"]), limit()};
    case ErrorKind::GreaterThanEqual:
        return {"value_error.number.not_ge",
                "ensure this value is greater than or equal to " + PyJson::pythonStr(p["limit"]),
                limit()};
    case ErrorKind::LessThan:
        return {"value_error.number.not_lt",
                "ensure this value is less than " + PyJson::pythonStr(p["limit"]), limit()};
    case ErrorKind::LessThanEqual:
        return {"value_error.number.not_le",
                "ensure this value is less than or equal to " + PyJson::pythonStr(p["limit"]),
                limit()};
    case ErrorKind::MultipleOf:
        return {"value_error.number.not_multiple",
                "ensure this value is a multiple of " + PyJson::pythonStr(p["limit"]),
                one("multiple_of", p["limit"])};
    case ErrorKind::ListTooShort:
        return {p.value("sequence", "") == "Set" ? "value_error.set.min_items"
                                                 : "value_error.list.min_items",
                "ensure this value has at least " + PyJson::pythonStr(p["limit"]) + " items",
                limit()};
    case ErrorKind::ListTooLong:
        return {p.value("sequence", "") == "Set" ? "value_error.set.max_items"
                                                 : "value_error.list.max_items",
                "ensure this value has at most " + PyJson::pythonStr(p["limit"]) + " items",
                limit()};
    case ErrorKind::ValueError:
        return {"value_error", p["message"].get<std::string>(), nullptr};
    case ErrorKind::ExtraForbidden:
        return {"value_error.extra", "extra fields not permitted", nullptr};
    case ErrorKind::KeywordsNotStrings:
        // Model.validate calls cls(**dict(value)) outside its try; the field's validator
        // wrapper turns the TypeError into an error of its own (pydantic/main.py, fields.py).
        return {"type_error", "keywords must be strings", nullptr};
    case ErrorKind::Literal:
        return {"value_error.const", "unexpected value; permitted: " + permittedList(p["values"]),
                Json{{"given", e.input}, {"permitted", p["values"]}}};
    case ErrorKind::Enum:
        return {"type_error.enum",
                "value is not a valid enumeration member; permitted: " + permittedList(p["values"]),
                Json{{"enum_values", p["values"]}}};
    case ErrorKind::JsonInvalid: {
        const std::string msg = p["msg"].get<std::string>();
        return {"value_error.jsondecode",
                msg + ": line " + PyJson::pythonStr(p["lineno"]) + " column "
                    + PyJson::pythonStr(p["colno"]) + " (char " + PyJson::pythonStr(p["pos"]) + ")",
                Json{{"msg", msg},
                     {"doc", p["doc"]},
                     {"pos", p["pos"]},
                     {"lineno", p["lineno"]},
                     {"colno", p["colno"]}}};
    }
    case ErrorKind::DictType:
        return {"type_error.dict", "value is not a valid dict", nullptr};
    case ErrorKind::UnionTagNotFound:
        return {"value_error.discriminated_union.missing_discriminator",
                "Discriminator " + PyJson::pythonRepr(p["discriminator"]) + " is missing in value",
                one("discriminator_key", p["discriminator"])};
    case ErrorKind::UnionTagInvalid: {
        const std::string allowed = permittedList(p["expected"]);
        return {"value_error.discriminated_union.invalid_discriminator",
                "No match for discriminator " + PyJson::pythonRepr(p["discriminator"])
                    + " and value " + PyJson::pythonRepr(p["tag"]) + " (allowed values: " + allowed
                    + ")",
                Json{{"discriminator_key", p["discriminator"]},
                     {"discriminator_value", p["tag"]},
                     {"allowed_values", allowed}}};
    }
    case ErrorKind::DateType:
        return {"type_error", "invalid type; expected date, string, bytes, int or float", nullptr};
    case ErrorKind::TimeType:
        return {"type_error", "invalid type; expected time, string, bytes, int or float", nullptr};
    case ErrorKind::TimeParsing:
        return {"value_error.time", "invalid time format", nullptr};
    case ErrorKind::DurationType:
        return {"type_error", "invalid type; expected timedelta, string, bytes, int or float",
                nullptr};
    case ErrorKind::DurationParsing:
        return {"value_error.duration", "invalid duration format", nullptr};
    case ErrorKind::IpAddress: {
        const std::string version = p.value("version", "4");
        if (version == "any")
            return {"value_error.ipvanyaddress", "value is not a valid IPv4 or IPv6 address",
                    nullptr};
        if (version == "6")
            return {"value_error.ipv6address", "value is not a valid IPv6 address", nullptr};
        return {"value_error.ipv4address", "value is not a valid IPv4 address", nullptr};
    }
    case ErrorKind::DateParsing:
    case ErrorKind::DateFromDatetimeInexact:
        return {"value_error.date", "invalid date format", nullptr};
    case ErrorKind::DateTimeType:
        return {"type_error", "invalid type; expected datetime, string, bytes, int or float",
                nullptr};
    case ErrorKind::DateTimeParsing:
        return {"value_error.datetime", "invalid datetime format", nullptr};
    case ErrorKind::UuidType:
    case ErrorKind::UuidParsing:
        return {"type_error.uuid", "value is not a valid uuid", nullptr};
    case ErrorKind::UrlType:
        return {"type_error.str", "str type expected", nullptr};
    case ErrorKind::UrlParsing:
        if (p.value("error", "") == "host")
            return {"value_error.url.host", "URL host invalid", nullptr};
        return {"value_error.url.scheme", "invalid or missing URL scheme", nullptr};
    case ErrorKind::UrlScheme:
        // The ctx holds a Python set: jsonable_encoder lists it in hash order, which varies
        // with PYTHONHASHSEED; written here in sorted order.
        return {"value_error.url.scheme", "URL scheme not permitted",
                one("allowed_schemes", Json::array({"http", "https"}))};
    case ErrorKind::UrlTooLong:
        return {"value_error.any_str.max_length",
                "ensure this value has at most " + PyJson::pythonStr(p["limit"]) + " characters",
                Json{{"limit_value", p["limit"]}}};
    case ErrorKind::EmailParsing:
        return {"value_error.email", "value is not a valid email address", nullptr};
    case ErrorKind::Unhashable:
        return {"type_error",
                std::string("unhashable type: '") + (e.input.is_object() ? "dict" : "list") + "'",
                nullptr};
    }
    return {"value_error", "", nullptr};
}

} // namespace

Json render(const ErrorDetail &error, ErrorStyle style)
{
    Json out = Json::object();
    if (style == ErrorStyle::V2) {
        Words w = v2Words(error);
        out["type"] = w.type;
        out["loc"] = error.loc;
        out["msg"] = std::move(w.msg);
        out["input"] = error.kind == ErrorKind::JsonInvalid ? Json::object() : error.input;
        if (!w.ctx.is_null())
            out["ctx"] = std::move(w.ctx);
    } else {
        Words w = v1Words(error);
        out["loc"] = error.loc;
        out["msg"] = std::move(w.msg);
        out["type"] = w.type;
        if (!w.ctx.is_null())
            out["ctx"] = std::move(w.ctx);
    }
    return out;
}

Json renderAll(const std::vector<ErrorDetail> &errors, ErrorStyle style)
{
    Json out = Json::array();
    for (const auto &e : errors)
        out.push_back(render(e, style));
    return out;
}

std::string renderBody(const std::vector<ErrorDetail> &errors, ErrorStyle style)
{
    std::string out = "{\"detail\":[";
    out.reserve(160 * errors.size() + 16);
    bool first = true;
    for (const auto &e : errors) {
        out += first ? "{" : ",{";
        first = false;
        if (style == ErrorStyle::V2) {
            Words w = v2Words(e);
            out += "\"type\":\"";
            out += w.type;
            out += "\",\"loc\":" + PyJson::dump(e.loc)
                   + ",\"msg\":" + PyJson::dump(Json(std::move(w.msg))) + ",\"input\":"
                   + (e.kind == ErrorKind::JsonInvalid ? std::string("{}") : PyJson::dump(e.input));
            if (!w.ctx.is_null())
                out += ",\"ctx\":" + PyJson::dump(w.ctx);
        } else {
            Words w = v1Words(e);
            out += "\"loc\":" + PyJson::dump(e.loc)
                   + ",\"msg\":" + PyJson::dump(Json(std::move(w.msg))) + ",\"type\":\"";
            out += w.type;
            out += "\"";
            if (!w.ctx.is_null())
                out += ",\"ctx\":" + PyJson::dump(w.ctx);
        }
        out += "}";
    }
    out += "]}";
    return out;
}

} // namespace Engine::Validation
