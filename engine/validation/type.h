#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "engine/core/json.h"

namespace Engine::Validation {

struct Model;

enum class Kind { Any, String, Integer, Number, Boolean, List, Object, Literal };

// A validator written by the application (Pydantic's @validator / @field_validator, mode
// "after"): it receives the value after type validation and throws ValueError to reject it.
struct CustomValidator
{
    std::string name;
    std::function<void(const Json &value)> check;
};

// A compiled pattern shared by copies of a Type.
struct Pattern
{
    explicit Pattern(std::string source);
    std::string source;
    std::regex regex;
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
    Type &validator(std::string name, std::function<void(const Json &)> check);

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
