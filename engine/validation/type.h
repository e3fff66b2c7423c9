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

enum class Kind { Any, String, Integer, Number, Boolean, List, Object, Literal, Dict, Union };

// What a string stands for (Pydantic's date, datetime, UUID, EmailStr, AnyUrl, HttpUrl), as an
// OpenAPI document's "format" names it. Checked after the string's own constraints.
// Binary: a file (UploadFile, bytes = File()), "format": "binary"; any string in a JSON body, and
// in a multipart form a file part (a text part is refused as FastAPI's UploadFile refuses it).
// Time, Ipv4, Ipv6, IpAny: datetime.time, IPv4Address, IPv6Address, IPvAnyAddress.
enum class Format {
    None,
    Date,
    DateTime,
    Uuid,
    Email,
    Url,
    HttpUrl,
    Binary,
    Time,
    Ipv4,
    Ipv6,
    IpAny,
    // timedelta: Pydantic 1 writes {"type": "number", "format": "time-delta"} and takes
    // numbers (seconds) and strings ("1 day, 10:00:00", "P3DT4H").
    Duration
};

// How a multipart form's text part given for a file field reaches the validator:
// {kTextForFile: "the text"}, which a Binary field refuses with UploadFile's message.
inline constexpr const char *kTextForFile = "\x1f"
                                            "text where a file was expected";

// What a JSON array stands for: a list, a set (uniqueItems: Set[...]), or a tuple of fixed
// positions (Tuple[int, str]: Pydantic 1 writes "items": [...], Pydantic 2 "prefixItems").
enum class Sequence { List, Set, Tuple };

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
    // Tuple[a, b, ...]: exactly these positions.
    static Type tuple(std::vector<Type> positions);
    static Type object(std::shared_ptr<const Model> model);
    // Literal["a", "b"]; with enumName, a str Enum of that name.
    static Type literal(std::vector<Json> values, std::string enumName = {});
    // Dict[str, value]: a JSON object whose values are validated.
    static Type dict(Type value);
    // Union[a, b, ...]: Pydantic 1 tries the members left to right; Pydantic 2 in smart mode
    // (an exact fit first, then the first that validates).
    static Type unionOf(std::vector<Type> members);
    // Annotated[Union[...], Field(discriminator=property)]: tags[i] selects members[i].
    static Type tagged(std::string property, std::vector<std::pair<Json, Type>> choices);
    static Type formatted(Format format);

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
    Sequence sequence = Sequence::List; // for Kind::List
    std::vector<Type> positions;        // a tuple's items, in order
    std::shared_ptr<const Model> model;
    std::vector<Json> literals;
    std::string enumName;
    std::vector<CustomValidator> validators;
    Format format = Format::None;
    std::vector<Type> members; // a union's choices
    std::vector<Json> tags;    // a tagged union's tag for each member
    std::string discriminator; // a tagged union's property
    // The name a union gives this member in an error's loc: Pydantic 2's validator name
    // ("int", "constrained-str", "list[int]", a model's name); empty: derived from the kind.
    std::string label;

    // The member label as Pydantic 2 writes it in a union error's loc.
    std::string unionLabel() const;

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
