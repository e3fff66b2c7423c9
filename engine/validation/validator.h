#pragma once

#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/json.h"
#include "engine/validation/error.h"
#include "engine/validation/errorstyle.h"
#include "engine/validation/type.h"

namespace Engine::Validation {

// Validates JSON values the way Pydantic does in lax mode: Pydantic 1.10's coercions for
// ErrorStyle::V1, pydantic-core's Python-mode lax rules (as FastAPI calls validate_python) for
// ErrorStyle::V2. Errors are appended, in Pydantic's order, to the list given at construction;
// loc paths are built from the prefix pushed by the caller.
class Validator
{
public:
    Validator(ErrorStyle style, std::vector<ErrorDetail> &errors);

    // The validated (coerced) value, or nullopt when an error was recorded.
    std::optional<Json> value(const Json &input, const Type &type, const Json &loc);
    std::optional<Json> model(const Json &input, const Model &model, const Json &loc);

    // A field that was not given at all: its default, or a Missing error with the given input
    // (v2 reports the enclosing object; FastAPI reports null for parameters).
    std::optional<Json> missing(const Field &field, const Json &loc, const Json &enclosing);

    ErrorStyle style() const { return m_style; }

private:
    // The loc of the value being validated: the caller's prefix plus the keys and indexes
    // pushed on the way down. Materialised as JSON only when an error is recorded.
    using Step = std::variant<std::string_view, std::size_t>;
    struct Push
    {
        Validator &v;
        Push(Validator &validator, Step step);
        ~Push();
    };
    Json currentLoc() const;

    void fail(ErrorKind kind, const Json &input, Json params = Json::object());
    std::optional<Json> validate(const Json &input, const Type &type);
    std::optional<Json> validateModel(const Json &input, const Model &model);
    struct PythonDict
    {
        enum Outcome { Ok, NotADict, NonStringKey } outcome;
        Json value;
    };
    static PythonDict pythonDict(const Json &input);
    std::optional<Json> typed(const Json &input, const Type &type);
    std::optional<Json> stringV1(const Json &input);
    std::optional<Json> integer(const Json &input);
    std::optional<Json> number(const Json &input);
    std::optional<Json> boolean(const Json &input);
    std::optional<Json> list(const Json &input, const Type &type);
    std::optional<Json> tuple(const Json &input, const Type &type);
    std::optional<Json> literal(const Json &input, const Type &type);
    std::optional<Json> formatted(const Json &input, const Type &type);
    std::optional<Json> dict(const Json &input, const Type &type);
    std::optional<Json> unionOf(const Json &input, const Type &type);
    std::optional<Json> tagged(const Json &input, const Type &type);
    // Pydantic 2's strict pass over a union: whether the JSON value is exactly of this type.
    static bool exactFit(const Json &input, const Type &type);
    bool checkString(const std::string &s, const Type &type, const Json &input);
    bool checkNumber(const Json &v, const Type &type, const Json &input);

    ErrorStyle m_style;
    std::vector<ErrorDetail> &m_errors;
    const Json *m_prefix = nullptr;
    std::vector<Step> m_path;
};

// Python's int(str) (v1) and pydantic-core's str_as_int (v2); nullopt when not an integer.
std::optional<Json> parsePythonInt(std::string_view text);
std::optional<Json> parsePydanticInt(std::string_view text, bool *tooBig = nullptr);
// Python's float(str) (v1) and Rust's str::parse::<f64> with pydantic's underscore rule (v2).
std::optional<double> parsePythonFloat(std::string_view text);
std::optional<double> parseRustFloat(std::string_view text);

} // namespace Engine::Validation
