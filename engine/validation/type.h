#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/core/regex.h"

namespace Engine::Validation {

struct Model;

enum class Kind { Any, String, Integer, Number, Boolean, List, Object, Literal };

// A validator written by the application (Pydantic's @validator / @field_validator, mode
// "after"): it receives the value after type validation and returns the message of the
// ValueError it raises, or nullopt to accept the value.
using CheckFn = std::function<std::optional<std::string>(const Json &value)>;
struct CustomValidator
{
    std::string name;
    CheckFn check;
};

// A compiled pattern shared by copies of a Type.
class Pattern
{
public:
    explicit Pattern(std::string source);

    // Pydantic 1: re.match (anchored at the start; Python's $ also matches before a final
    // newline). Pydantic 2: the Rust regex crate's is_match (search anywhere; $ at the end only).
    bool matchesV1(const std::string &s) const;
    bool matchesV2(const std::string &s) const;

    std::string source;

private:
    bool simpleMatch(std::string_view s) const;

    Regex m_regex; // linear time: no pattern can hang validation
    // Patterns of the form ^[class]+$ or ^[class]*$ (the common case) are matched with a
    // byte table instead of the regex engine; the result is the same.
    bool m_simple = false;
    bool m_allowEmpty = false;
    std::array<bool, 256> m_class{};
};

// The declared type of a field or parameter, with its constraints: the C++ spelling of
// `constr(min_length=3)`, `conint(ge=0)`, `Optional[...]`, `List[...]`, a nested model,
// `Literal[...]`. A value type; builders return *this so declarations read like Pydantic's.
class Type
{
public:
    static Type any();
    static Type string();
    static Type integer();
    static Type number();
    static Type boolean();
    static Type list(Type item);
    static Type object(std::shared_ptr<const Model> model);
    // Literal["a", "b"]; with enumName, a str Enum of that name.
    static Type literal(std::vector<Json> values, std::string enumName = {});

    Type &nullable(bool on = true);
    Type &minLength(std::size_t n);
    Type &maxLength(std::size_t n);
    Type &pattern(const std::string &regex);
    Type &gt(Json limit);
    Type &ge(Json limit);
    Type &lt(Json limit);
    Type &le(Json limit);
    Type &multipleOf(Json value);
    Type &validator(std::string name, CheckFn check);

    Kind kind = Kind::Any;
    bool isNullable = false;
    std::optional<std::size_t> minLen;
    std::optional<std::size_t> maxLen;
    std::shared_ptr<const Pattern> regex;
    std::optional<Json> gtLimit, geLimit, ltLimit, leLimit, multiple;
    std::shared_ptr<const Type> item;
    std::shared_ptr<const Model> model;
    std::vector<Json> literals;
    std::string enumName;
    std::vector<CustomValidator> validators;

    // "string", "integer", ... as JSON Schema names them.
    std::string schemaTypeName() const;
};

struct Field
{
    std::string name;
    Type type;
    bool required = true;
    Json defaultValue; // used when not required
    std::string title; // defaults to the name in title case
    std::string description;
};

// A Pydantic BaseModel: fields in declaration order. Unknown keys are ignored unless
// forbidExtra is set (model_config extra="forbid").
struct Model
{
    std::string name;
    std::vector<Field> fields;
    bool forbidExtra = false;
};

Field required(std::string name, Type type);
Field optional(std::string name, Type type, Json defaultValue);

// "full_name" -> "Full Name", as Pydantic derives a field's title.
std::string titleCase(const std::string &name);

} // namespace Engine::Validation
