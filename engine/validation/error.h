#pragma once

#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Validation {

// What went wrong, independent of the words either Pydantic era uses for it.
enum class ErrorKind {
    Missing,
    NoneNotAllowed, // v1 only: None for a field that is not Optional
    StringType,
    IntType,
    IntParsing,
    IntFromFloat,
    IntParsingSize,
    FloatType,
    FloatParsing,
    FiniteNumber,
    BoolType,
    BoolParsing,
    ListType,
    SetType,
    TupleType,
    TupleLength,         // Pydantic 1: a tuple of another length
    ModelAttributesType, // v1: type_error.dict
    KeywordsNotStrings,  // v1 only: dict(value) gave a non-string key, cls(**d) raised TypeError
    StringTooShort,
    StringTooLong,
    StringPatternMismatch,
    GreaterThan,
    GreaterThanEqual,
    LessThan,
    LessThanEqual,
    MultipleOf,
    ListTooShort,
    ListTooLong,
    ValueError,
    ExtraForbidden,
    Literal,
    Enum,
    JsonInvalid,
    DictType,
    UnionTagNotFound, // params: discriminator
    UnionTagInvalid,  // params: discriminator, tag, expected
    TimeType,
    TimeParsing, // params: error (v2: speedate's words)
    DurationType,
    DurationParsing, // params: error (v2: speedate's words)
    IpAddress,       // params: version ("4", "6" or "any")
    DateType,
    DateParsing, // params: error (v2: pydantic-core's words from speedate)
    DateFromDatetimeInexact,
    DateTimeType,
    DateTimeParsing, // params: error
    UuidType,
    UuidParsing, // params: error
    UrlType,
    UrlParsing,   // params: error; v1: which part ("scheme", "host")
    UrlScheme,    // params: expected
    UrlTooLong,   // params: limit
    EmailParsing, // params: reason (v2: email-validator's words)
    Unhashable,   // v1 only: a list or dict given to a Literal (`v in set` raised TypeError)
};

// One validation error. params holds what the message needs (limits, pattern, the custom
// message, the JSON decode details); render() turns it into Pydantic's words for a style.
struct ErrorDetail
{
    ErrorKind kind;
    Json loc;
    Json input;
    Json params = Json::object();
};

// {"type","loc","msg","input","ctx"} (v2) or {"loc","msg","type","ctx"} (v1), exactly as
// FastAPI puts it in a 422 body.
Json render(const ErrorDetail &error, ErrorStyle style);
Json renderAll(const std::vector<ErrorDetail> &errors, ErrorStyle style);

// The 422 response body {"detail": [...]} as JSON text, written directly (the same bytes as
// PyJson::dump of {"detail": renderAll(...)}, without building the JSON tree).
std::string renderBody(const std::vector<ErrorDetail> &errors, ErrorStyle style);

} // namespace Engine::Validation
