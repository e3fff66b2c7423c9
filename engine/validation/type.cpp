#include "engine/validation/type.h"

#include "engine/core/pyjson.h"

namespace Engine::Validation {

Pattern::Pattern(std::string src)
    : source(std::move(src))
    , m_regex(source)
{
    // Recognise ^[...]+$ / ^[...]*$ with plain characters and ranges.
    const std::string &p = source;
    if (p.size() < 6 || p.substr(0, 2) != "^[" || p.back() != '$')
        return;
    const std::size_t close = p.find(']', 2);
    if (close == std::string::npos || close + 3 != p.size()
        || (p[close + 1] != '+' && p[close + 1] != '*'))
        return;
    const std::string cls = p.substr(2, close - 2);
    if (cls.empty() || cls[0] == '^')
        return;
    for (std::size_t i = 0; i < cls.size(); ++i) {
        const auto c = static_cast<unsigned char>(cls[i]);
        if (c == '\\' || c == '[' || c >= 0x80)
            return;
        if (i + 2 < cls.size() && cls[i + 1] == '-') {
            const auto end = static_cast<unsigned char>(cls[i + 2]);
            if (end < c || end >= 0x80 || end == '\\')
                return;
            for (unsigned k = c; k <= end; ++k)
                m_class[k] = true;
            i += 2;
        } else {
            m_class[c] = true;
        }
    }
    m_allowEmpty = p[close + 1] == '*';
    m_simple = true;
}

bool Pattern::simpleMatch(std::string_view s) const
{
    if (s.empty())
        return m_allowEmpty;
    for (const char c : s)
        if (!m_class[static_cast<unsigned char>(c)])
            return false;
    return true;
}

bool Pattern::matchesV1(const std::string &s) const
{
    const bool finalNewline = !s.empty() && s.back() == '\n';
    if (m_simple)
        return simpleMatch(s)
               || (finalNewline && simpleMatch(std::string_view(s).substr(0, s.size() - 1)));
    if (m_regex.matchAtStart(s))
        return true;
    return finalNewline && m_regex.matchAtStart(std::string_view(s).substr(0, s.size() - 1));
}

bool Pattern::matchesV2(const std::string &s) const
{
    if (m_simple)
        return simpleMatch(s);
    return m_regex.search(s);
}

namespace {
Type make(Kind kind)
{
    Type t;
    t.kind = kind;
    return t;
}
} // namespace

Type Type::any()
{
    return make(Kind::Any);
}
Type Type::string()
{
    return make(Kind::String);
}
Type Type::integer()
{
    return make(Kind::Integer);
}
Type Type::number()
{
    return make(Kind::Number);
}
Type Type::boolean()
{
    return make(Kind::Boolean);
}

Type Type::list(Type item)
{
    Type t = make(Kind::List);
    t.item = std::make_shared<const Type>(std::move(item));
    return t;
}

Type Type::tuple(std::vector<Type> positions)
{
    Type t = make(Kind::List);
    t.item = std::make_shared<const Type>(Type::any());
    t.sequence = Sequence::Tuple;
    t.positions = std::move(positions);
    return t;
}

Type Type::object(std::shared_ptr<const Model> model)
{
    Type t = make(Kind::Object);
    t.model = std::move(model);
    return t;
}

Type Type::literal(std::vector<Json> values, std::string enumName)
{
    Type t = make(Kind::Literal);
    t.literals = std::move(values);
    t.enumName = std::move(enumName);
    return t;
}

Type Type::dict(Type value)
{
    Type t = make(Kind::Dict);
    t.item = std::make_shared<const Type>(std::move(value));
    return t;
}

Type Type::unionOf(std::vector<Type> members)
{
    Type t = make(Kind::Union);
    t.members = std::move(members);
    return t;
}

Type Type::tagged(std::string property, std::vector<std::pair<Json, Type>> choices)
{
    Type t = make(Kind::Union);
    t.discriminator = std::move(property);
    for (auto &[tag, member] : choices) {
        t.tags.push_back(std::move(tag));
        t.members.push_back(std::move(member));
    }
    return t;
}

Type Type::formatted(Format format)
{
    Type t = make(Kind::String);
    t.format = format;
    return t;
}

std::string Type::unionLabel() const
{
    if (!label.empty())
        return label;
    const bool constrained
        = minLen || maxLen || regex || gtLimit || geLimit || ltLimit || leLimit || multiple;
    switch (kind) {
    case Kind::String:
        switch (format) {
        case Format::Date:
            return "date";
        case Format::DateTime:
            return "datetime";
        case Format::Uuid:
            return "uuid";
        case Format::Url:
        case Format::HttpUrl:
            return "url";
        case Format::Email:
            return "function-after[validate(), str]";
        case Format::Binary:
            return "bytes";
        case Format::Time:
            return "time";
        case Format::Duration:
            return "timedelta";
        case Format::Ipv4:
        case Format::Ipv6:
        case Format::IpAny:
            return "function-plain[ip_v"
                   + std::string(format == Format::Ipv4   ? "4"
                                 : format == Format::Ipv6 ? "6"
                                                          : "any")
                   + "_address_validator()]";
        case Format::None:
            break;
        }
        return constrained ? "constrained-str" : "str";
    case Kind::Integer:
        return constrained ? "constrained-int" : "int";
    case Kind::Number:
        return constrained ? "constrained-float" : "float";
    case Kind::Boolean:
        return "bool";
    case Kind::List:
        return "list[" + item->unionLabel() + "]";
    case Kind::Dict:
        return "dict[str," + item->unionLabel() + "]";
    case Kind::Object:
        return model ? model->name : "dict";
    case Kind::Literal: {
        if (!enumName.empty())
            return (literals.empty() || literals.front().is_string() ? "str-enum[" : "int-enum[")
                   + enumName + "]";
        std::string out = "literal[";
        for (std::size_t i = 0; i < literals.size(); ++i)
            out += (i ? "," : "") + PyJson::pythonRepr(literals[i]);
        return out + "]";
    }
    case Kind::Union: {
        std::string out = "union[";
        for (std::size_t i = 0; i < members.size(); ++i)
            out += (i ? "," : "") + members[i].unionLabel();
        return out + "]";
    }
    case Kind::Any:
        break;
    }
    return "any";
}

Type &Type::nullable(bool on)
{
    isNullable = on;
    return *this;
}

Type &Type::minLength(std::size_t n)
{
    minLen = n;
    return *this;
}

Type &Type::maxLength(std::size_t n)
{
    maxLen = n;
    return *this;
}

Type &Type::pattern(const std::string &source)
{
    regex = std::make_shared<const Pattern>(source);
    return *this;
}

Type &Type::gt(Json limit)
{
    gtLimit = std::move(limit);
    return *this;
}

Type &Type::ge(Json limit)
{
    geLimit = std::move(limit);
    return *this;
}

Type &Type::lt(Json limit)
{
    ltLimit = std::move(limit);
    return *this;
}

Type &Type::le(Json limit)
{
    leLimit = std::move(limit);
    return *this;
}

Type &Type::multipleOf(Json value)
{
    multiple = std::move(value);
    return *this;
}

Type &Type::validator(std::string name, CheckFn check)
{
    validators.push_back({std::move(name), std::move(check)});
    return *this;
}

std::string Type::schemaTypeName() const
{
    switch (kind) {
    case Kind::String:
        return "string";
    case Kind::Integer:
        return "integer";
    case Kind::Number:
        return "number";
    case Kind::Boolean:
        return "boolean";
    case Kind::List:
        return "array";
    case Kind::Object:
        return "object";
    case Kind::Literal:
        return "string";
    case Kind::Dict:
        return "object";
    case Kind::Union:
    case Kind::Any:
        break;
    }
    return {};
}

Field required(std::string name, Type type)
{
    Field f;
    f.name = std::move(name);
    f.type = std::move(type);
    return f;
}

Field optional(std::string name, Type type, Json defaultValue)
{
    Field f;
    f.name = std::move(name);
    f.type = std::move(type);
    f.required = false;
    f.defaultValue = std::move(defaultValue);
    return f;
}

std::string titleCase(const std::string &name)
{
    std::string out;
    bool start = true;
    for (const char c : name) {
        if (c == '_') {
            out += ' ';
            start = true;
        } else {
            out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
            start = false;
        }
    }
    return out;
}

} // namespace Engine::Validation
