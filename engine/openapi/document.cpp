#include "engine/openapi/document.h"

#include "engine/target/describe.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include "engine/core/bigint.h"
#include "engine/core/pyjson.h"

namespace Engine::OpenApi {

using Validation::Format;
using Validation::Kind;
using Validation::Type;

DocumentError::DocumentError(const std::string &pointer, const std::string &problem)
    : Target::TargetError((pointer.empty() ? std::string("#") : pointer) + ": " + problem)
    , m_pointer(pointer)
{}

std::string pointerToken(const std::string &key)
{
    // nlohmann's pointer escapes the token ("~" as "~0", "/" as "~1") when it is written.
    return (Json::json_pointer() / key).to_string().substr(1);
}

namespace {

// Deeper than any schema FastAPI writes (recursive models go through $ref).
constexpr std::size_t kMaxDocumentDepth = 1000;

const char *typeName(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::null:
        return "null";
    default:
        return "a number";
    }
}

} // namespace

Document parseDocument(const std::string &text)
{
    Document doc;
    try {
        // Python's json.loads, as FastAPI's document is json.dumps' (nlohmann's parser copied
        // every member of an object each time the object grew: a third of opening a document
        // of 10,000 operations).
        doc.raw = PyJson::parse(text, kMaxDocumentDepth);
    } catch (const PyError &e) { // DecodeError, EncodingError
        throw DocumentError("", std::string("not JSON (") + e.what()
                                    + "); the document must be the JSON FastAPI serves at "
                                      "/openapi.json");
    }
    if (!doc.raw.is_object())
        throw DocumentError("", std::string("expected an object, found ") + typeName(doc.raw));
    if (doc.raw.contains("swagger"))
        throw DocumentError("#/swagger",
                            "this is a Swagger 2.0 document; only OpenAPI 3.0 and 3.1 are read "
                            "(FastAPI writes 3.x; convert older documents with swagger2openapi)");
    const auto version = doc.raw.find("openapi");
    if (version == doc.raw.end() || !version->is_string())
        throw DocumentError("#/openapi", "expected the OpenAPI version as a string (\"3.1.0\")");
    doc.version = version->get<std::string>();
    if (doc.version.rfind("3.0", 0) == 0)
        doc.style = Validation::ErrorStyle::V1;
    else if (doc.version.rfind("3.1", 0) == 0)
        doc.style = Validation::ErrorStyle::V2;
    else
        throw DocumentError("#/openapi", "version " + doc.version
                                             + " is not one this version reads (3.0.x or 3.1.x)");
    const auto paths = doc.raw.find("paths");
    if (paths == doc.raw.end() || !paths->is_object())
        throw DocumentError("#/paths", "expected an object of paths");
    return doc;
}

Document loadDocument(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Target::TargetError(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return parseDocument(text.str());
    } catch (const DocumentError &e) {
        throw Target::TargetError(path + ": " + e.what());
    }
}

bool isDocumentFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream text;
    text << in.rdbuf();
    const Json doc = Json::parse(text.str(), nullptr, false);
    return doc.is_object() && (doc.contains("openapi") || doc.contains("swagger"));
}

// ---- SchemaCompiler ---------------------------------------------------------------------

SchemaCompiler::SchemaCompiler(const Json &document, Validation::ErrorStyle style,
                               std::vector<Notice> &notices)
    : m_document(document)
    , m_style(style)
    , m_notices(notices)
{}

SchemaCompiler::~SchemaCompiler() = default;

void SchemaCompiler::notice(const std::string &pointer, std::string message)
{
    m_notices.push_back({pointer, std::move(message)});
}

std::string SchemaCompiler::refName(const Json &schema)
{
    if (!schema.is_object())
        return {};
    const auto it = schema.find("$ref");
    if (it == schema.end() || !it->is_string())
        return {};
    const std::string ref = it->get<std::string>();
    return ref.substr(ref.rfind('/') + 1);
}

const Json &SchemaCompiler::resolve(const std::string &ref, const std::string &pointer) const
{
    if (ref.rfind("#/", 0) != 0 && ref != "#")
        throw DocumentError(pointer + "/$ref",
                            "'" + ref
                                + "' is not a reference inside this document; remote references "
                                  "are not followed (bundle the document first)");
    try {
        return m_document.at(Json::json_pointer(ref.substr(1)));
    } catch (const Json::exception &) {
        throw DocumentError(pointer + "/$ref", "'" + ref + "' points to nothing in the document");
    }
}

namespace {

// A model owned by the compiler, shared with the types that name it without owning it.
std::shared_ptr<const Validation::Model> borrowed(const Validation::Model *model)
{
    return std::shared_ptr<const Validation::Model>(std::shared_ptr<void>(), model);
}

bool isNullSchema(const Json &s)
{
    if (!s.is_object())
        return false;
    const auto t = s.find("type");
    return t != s.end() && t->is_string() && t->get<std::string>() == "null";
}

std::optional<std::string> typeOf(const Json &schema)
{
    const auto t = schema.find("type");
    if (t == schema.end())
        return std::nullopt;
    if (t->is_string())
        return t->get<std::string>();
    return std::nullopt;
}

Json number(const Json &v)
{
    return v.is_number() ? v : Json();
}

} // namespace

Type SchemaCompiler::compile(const Json &schema, const std::string &pointer)
{
    if (schema.is_boolean() || (schema.is_object() && schema.empty()))
        return Type::any();
    if (!schema.is_object())
        throw DocumentError(pointer,
                            std::string("expected a schema object, found ") + typeName(schema));
    if (m_depth > 512)
        throw DocumentError(
            pointer,
            "schemas nested more than 512 levels deep (a chain of $refs this long is not read)");
    struct Depth
    {
        int &d;
        explicit Depth(int &depth)
            : d(depth)
        {
            ++d;
        }
        ~Depth() { --d; }
    } depth(m_depth);

    if (const auto ref = schema.find("$ref"); ref != schema.end()) {
        if (!ref->is_string())
            throw DocumentError(pointer + "/$ref", "expected a string");
        Type t = compileRef(ref->get<std::string>(), pointer);
        if (schema.value("nullable", false))
            t.nullable();
        return t;
    }
    Type t;
    bool nullable = schema.value("nullable", false) == true;
    if (schema.contains("allOf")) {
        t = compileAllOf(schema, pointer);
    } else if (schema.contains("anyOf") || schema.contains("oneOf")) {
        t = compileUnion(schema, schema.contains("oneOf") ? "oneOf" : "anyOf", pointer);
    } else if (const auto e = schema.find("const"); e != schema.end()) {
        t = Type::literal({*e});
    } else if (const auto en = schema.find("enum"); en != schema.end()) {
        if (!en->is_array() || en->empty())
            throw DocumentError(pointer + "/enum", "expected a non-empty array of values");
        std::vector<Json> values;
        for (const auto &v : *en) {
            if (v.is_null())
                nullable = true;
            else
                values.push_back(v);
        }
        t = Type::literal(std::move(values));
    } else {
        std::string type;
        if (const auto types = schema.find("type"); types != schema.end() && types->is_array()) {
            // 3.1: "type": ["string", "null"].
            std::vector<Type> members;
            for (const auto &name : *types) {
                if (name == "null") {
                    nullable = true;
                    continue;
                }
                Json single = schema;
                single["type"] = name;
                members.push_back(compile(single, pointer));
            }
            t = members.size() == 1 ? members.front() : Type::unionOf(std::move(members));
            if (nullable)
                t.nullable();
            return t;
        }
        type = typeOf(schema).value_or(schema.contains("properties") ? "object" : "");
        if (type == "string") {
            t = Type::string();
            const std::string format = schema.value("format", "");
            // The formats Pydantic writes for its own types, by name.
            static const std::map<std::string, Format> named{
                {"date", Format::Date},    {"date-time", Format::DateTime},
                {"uuid", Format::Uuid},    {"uuid1", Format::Uuid},
                {"uuid3", Format::Uuid},   {"uuid4", Format::Uuid},
                {"uuid5", Format::Uuid},   {"email", Format::Email},
                {"time", Format::Time},    {"ipv4", Format::Ipv4},
                {"ipv6", Format::Ipv6},    {"ipvanyaddress", Format::IpAny},
                {"binary", Format::Binary}};
            if (const auto it = named.find(format); it != named.end())
                t.format = it->second;
            else if (Target::isOctetStream(schema))
                t.format = Format::Binary;
            else if (format == "uri")
                t.format = number(schema.value("maxLength", Json())) == Json(2083) ? Format::HttpUrl
                                                                                   : Format::Url;
            else if (!format.empty() && format != "byte" && format != "password" && format != "path"
                     && format != "regex" && format != "duration" && format != "ipvanyinterface"
                     && format != "ipvanynetwork" && format != "json-string"
                     && format != "multi-line" && format != "color" && format != "idn-email"
                     && format != "uri-reference")
                notice(pointer + "/format",
                       "format '" + format + "' is not one FastAPI writes; read as a plain string");
        } else if (type == "integer") {
            t = Type::integer();
        } else if (type == "number" && schema.value("format", "") == "time-delta") {
            t = Type::string(); // numbers and strings, read by Pydantic 1's parse_duration
            t.format = Format::Duration;
        } else if (type == "number") {
            t = Type::number();
        } else if (type == "boolean") {
            t = Type::boolean();
        } else if (type == "array") {
            const auto items = schema.find("items");
            // A tuple: Pydantic 1 writes its positions as an array of "items", Pydantic 2 as
            // "prefixItems" (with "items": false, or a schema for Tuple[int, ...] tails).
            const bool v1Tuple = items != schema.end() && items->is_array();
            const auto prefix = schema.find("prefixItems");
            if (v1Tuple || (prefix != schema.end() && prefix->is_array())) {
                const Json &positions = v1Tuple ? *items : *prefix;
                const std::string where = pointer + (v1Tuple ? "/items" : "/prefixItems");
                std::vector<Type> compiled;
                for (std::size_t i = 0; i < positions.size(); ++i)
                    compiled.push_back(compile(positions[i], where + "/" + std::to_string(i)));
                if (!v1Tuple && items != schema.end() && !items->is_boolean())
                    notice(pointer + "/items", "items after the tuple's positions are not "
                                               "checked; the tuple is read as its positions");
                t = Type::tuple(std::move(compiled));
            } else {
                t = Type::list(items == schema.end() || items->is_boolean()
                                   ? Type::any()
                                   : compile(*items, pointer + "/items"));
                if (schema.value("uniqueItems", false))
                    t.sequence = Validation::Sequence::Set;
            }
        } else if (type == "object") {
            t = compileObject(schema, pointer, schema.value("title", std::string("object")), true);
        } else if (type == "null") {
            t = Type::literal({nullptr});
        } else if (!type.empty()) {
            throw DocumentError(pointer + "/type", "'" + type
                                                       + "' is not a JSON Schema type (string, "
                                                         "integer, number, boolean, array, "
                                                         "object, null)");
        } else {
            t = Type::any();
        }
    }
    constrain(t, schema, pointer);
    if (nullable)
        t.nullable();
    for (const char *unused : {"not", "patternProperties", "if", "dependentSchemas"})
        if (schema.contains(unused))
            notice(pointer + "/" + unused, std::string("'") + unused + "' is not checked");
    return t;
}

void SchemaCompiler::constrain(Type &t, const Json &s, const std::string &pointer)
{
    const auto size = [&](const char *key) -> std::optional<std::size_t> {
        const auto it = s.find(key);
        if (it == s.end())
            return std::nullopt;
        if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<long long>() >= 0))
            throw DocumentError(pointer + "/" + key, "expected a non-negative integer");
        return it->get<std::size_t>();
    };
    if (t.kind == Kind::String) {
        t.minLen = size("minLength");
        t.maxLen = size("maxLength");
        if (const auto p = s.find("pattern"); p != s.end()) {
            if (!p->is_string())
                throw DocumentError(pointer + "/pattern", "expected a regular expression");
            try {
                t.pattern(p->get<std::string>());
            } catch (const std::exception &e) {
                notice(pointer + "/pattern", "pattern '" + p->get<std::string>()
                                                 + "' cannot be compiled (" + e.what()
                                                 + "); not checked");
            }
        }
    } else if (t.kind == Kind::List && t.sequence != Validation::Sequence::Tuple) {
        // (A tuple's minItems and maxItems only repeat its positions' count.)
        t.minLen = size("minItems");
        t.maxLen = size("maxItems");
    } else if (t.kind == Kind::Integer || t.kind == Kind::Number) {
        const auto limit = [&](const char *key) -> std::optional<Json> {
            const auto it = s.find(key);
            if (it == s.end() || it->is_boolean())
                return std::nullopt;
            if (BigInt::is(*it))
                return *it; // le=10**30 as Pydantic 2 writes it; compared as the number it is
            if (!it->is_number())
                throw DocumentError(pointer + "/" + key, "expected a number");
            // FastAPI 0.9x stores every bound as a float in its OpenAPI models ("minimum":
            // 1.0 for ge=1); Pydantic 1's message shows the bound as written, most often an
            // int. Pydantic 2 documents keep the bound as written.
            if (m_style == Validation::ErrorStyle::V1 && it->is_number_float()) {
                const double d = it->get<double>();
                if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
                    return Json(static_cast<long long>(d));
            }
            return *it;
        };
        // 3.0 writes exclusiveMinimum: true next to minimum; 3.1 (and Pydantic 1, whatever
        // the version says) writes the bound itself.
        const bool exclusiveMin = s.value("exclusiveMinimum", Json()) == Json(true);
        const bool exclusiveMax = s.value("exclusiveMaximum", Json()) == Json(true);
        if (auto v = limit("minimum"))
            (exclusiveMin ? t.gtLimit : t.geLimit) = *v;
        if (auto v = limit("maximum"))
            (exclusiveMax ? t.ltLimit : t.leLimit) = *v;
        if (auto v = limit("exclusiveMinimum"))
            t.gtLimit = *v;
        if (auto v = limit("exclusiveMaximum"))
            t.ltLimit = *v;
        if (auto v = limit("multipleOf"))
            t.multiple = *v;
    }
}

Type SchemaCompiler::compileRef(const std::string &ref, const std::string &pointer)
{
    if (const auto it = m_compiled.find(ref); it != m_compiled.end())
        return it->second;
    const Json &target = resolve(ref, pointer);
    const std::string name = ref.substr(ref.rfind('/') + 1);
    if (m_inProgress.count(ref)) {
        notice(pointer + "/$ref",
               "'" + ref + "' refers to itself outside an object; accepted as any value");
        return Type::any();
    }
    m_inProgress.insert(ref);
    Type t;
    const bool isObject
        = target.is_object()
          && (target.contains("properties") || typeOf(target).value_or("") == "object")
          && !target.contains("allOf") && !target.contains("anyOf") && !target.contains("oneOf");
    if (isObject) {
        // The model exists before its fields, so that a field may refer back to it.
        t = compileObject(target, ref, name, false);
        m_compiled[ref] = t;
        if (t.kind == Kind::Object)
            fillModel(*m_models.back(), target, ref);
    } else {
        t = compile(target, ref);
        if (t.kind == Kind::Literal && target.is_object() && target.contains("enum"))
            t.enumName = name; // an Enum class, not a Literal: the error says "enum"
        m_compiled[ref] = t;
    }
    m_inProgress.erase(ref);
    return t;
}

Type SchemaCompiler::compileObject(const Json &schema, const std::string &pointer, std::string name,
                                   bool fillNow)
{
    const auto props = schema.find("properties");
    const auto extra = schema.find("additionalProperties");
    if (props == schema.end() || !props->is_object() || props->empty()) {
        if (extra != schema.end() && extra->is_object())
            return Type::dict(compile(*extra, pointer + "/additionalProperties"));
        if (props == schema.end())
            return Type::dict(Type::any());
    }
    auto model = std::make_unique<Validation::Model>();
    model->name = std::move(name);
    const Validation::Model *raw = model.get();
    m_models.push_back(std::move(model));
    if (fillNow)
        fillModel(*m_models.back(), schema, pointer);
    return Type::object(borrowed(raw));
}

void SchemaCompiler::fillModel(Validation::Model &model, const Json &schema,
                               const std::string &pointer)
{
    const auto props = schema.find("properties");
    if (props != schema.end() && !props->is_object())
        throw DocumentError(pointer + "/properties", "expected an object of schemas");
    std::set<std::string> required;
    if (const auto r = schema.find("required"); r != schema.end()) {
        if (!r->is_array())
            throw DocumentError(pointer + "/required", "expected an array of property names");
        for (const auto &n : *r)
            if (n.is_string())
                required.insert(n.get<std::string>());
    }
    if (const auto extra = schema.find("additionalProperties");
        extra != schema.end() && *extra == Json(false))
        model.forbidExtra = true;
    if (props == schema.end())
        return;
    for (auto it = props->begin(); it != props->end(); ++it) {
        const std::string where = pointer + "/properties/" + pointerToken(it.key());
        Validation::Field field;
        field.name = it.key();
        field.type = compile(it.value(), where);
        field.required = required.count(it.key()) > 0;
        const bool hasDefault = it.value().is_object() && it.value().contains("default");
        if (hasDefault)
            field.defaultValue = it.value()["default"];
        // Pydantic 1 writes Optional[X] = None as X, not required, without a default: None is
        // accepted for such a field. A field with a default of its own refuses None.
        if (m_style == Validation::ErrorStyle::V1 && !field.required
            && (!hasDefault || field.defaultValue.is_null()))
            field.type.nullable();
        model.fields.push_back(std::move(field));
    }
}

Type SchemaCompiler::compileAllOf(const Json &schema, const std::string &pointer)
{
    const Json &parts = schema["allOf"];
    if (!parts.is_array() || parts.empty())
        throw DocumentError(pointer + "/allOf", "expected a non-empty array of schemas");
    if (parts.size() == 1)
        return compile(parts[0], pointer + "/allOf/0"); // Pydantic 1's wrapper of a $ref
    // Several parts: an object with every part's properties.
    Json merged = {{"type", "object"}, {"properties", Json::object()}, {"required", Json::array()}};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string where = pointer + "/allOf/" + std::to_string(i);
        const Json *part = &parts[i];
        if (part->is_object() && part->contains("$ref"))
            part = &resolve((*part)["$ref"].get<std::string>(), where);
        if (!part->is_object())
            continue;
        if (const auto p = part->find("properties"); p != part->end() && p->is_object())
            for (auto it = p->begin(); it != p->end(); ++it)
                merged["properties"][it.key()] = it.value();
        if (const auto r = part->find("required"); r != part->end() && r->is_array())
            for (const auto &n : *r)
                merged["required"].push_back(n);
    }
    merged["title"] = schema.value("title", std::string("object"));
    Type t = compileObject(merged, pointer, merged["title"].get<std::string>(), true);
    return t;
}

Type SchemaCompiler::compileUnion(const Json &schema, const char *keyword,
                                  const std::string &pointer)
{
    const Json &choices = schema[keyword];
    const std::string where = pointer + "/" + keyword;
    if (!choices.is_array() || choices.empty())
        throw DocumentError(where, "expected a non-empty array of schemas");
    bool nullable = false;
    std::vector<Type> members;
    std::vector<const Json *> sources;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (isNullSchema(choices[i])) {
            nullable = true;
            continue;
        }
        members.push_back(compile(choices[i], where + "/" + std::to_string(i)));
        sources.push_back(&choices[i]);
    }
    Type t;
    const auto disc = schema.find("discriminator");
    if (disc != schema.end() && disc->is_object() && disc->contains("propertyName")) {
        const std::string property = (*disc)["propertyName"].get<std::string>();
        std::vector<std::pair<Json, Type>> tagged;
        for (std::size_t i = 0; i < members.size(); ++i) {
            // The tag: the mapping's key for this member's $ref, else the member's own
            // Literal/const for the property.
            Json tag;
            const std::string ref = sources[i]->value("$ref", "");
            if (const auto mapping = disc->find("mapping");
                mapping != disc->end() && mapping->is_object())
                for (auto it = mapping->begin(); it != mapping->end(); ++it)
                    if (it.value() == ref)
                        tag = it.key();
            if (tag.is_null() && members[i].kind == Kind::Object && members[i].model)
                for (const auto &f : members[i].model->fields)
                    if (f.name == property && f.type.kind == Kind::Literal
                        && !f.type.literals.empty())
                        tag = f.type.literals.front();
            if (tag.is_null())
                throw DocumentError(where + "/" + std::to_string(i),
                                    "no tag for this member of the union discriminated by '"
                                        + property + "'");
            tagged.emplace_back(std::move(tag), members[i]);
        }
        t = Type::tagged(property, std::move(tagged));
    } else if (members.size() == 1) {
        t = members.front();
    } else {
        t = Type::unionOf(std::move(members));
    }
    if (nullable)
        t.nullable();
    return t;
}

} // namespace Engine::OpenApi
