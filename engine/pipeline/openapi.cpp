#include "engine/pipeline/openapi.h"

#include <map>
#include <set>

#include "engine/pipeline/app.h"

namespace Engine::Pipeline {

using namespace Validation;

namespace {

const char *kRef = "#/components/schemas/";

// Pydantic 1 writes numeric constraints as floats in JSON Schema; Pydantic 2 keeps them.
Json number(const Json &v, ErrorStyle style)
{
    if (style == ErrorStyle::V1 && v.is_number())
        return v.get<double>();
    return v;
}

class SchemaWriter
{
public:
    explicit SchemaWriter(ErrorStyle style)
        : m_style(style)
    {}

    // The schema of a type without title or default; nullable handled by the caller.
    Json bare(const Type &t)
    {
        Json s = Json::object();
        const bool v2 = m_style == ErrorStyle::V2;
        if (t.kind == Kind::Object) {
            addModel(*t.model);
            return Json{{"$ref", kRef + t.model->name}};
        }
        if (v2 && !t.schemaTypeName().empty() && t.kind != Kind::List)
            s["type"] = t.schemaTypeName();
        if (t.kind == Kind::List) {
            if (v2) {
                s["items"] = bare(*t.item);
                s["type"] = "array";
                if (t.maxLen)
                    s["maxItems"] = *t.maxLen;
                if (t.minLen)
                    s["minItems"] = *t.minLen;
            } else {
                if (t.maxLen)
                    s["maxItems"] = *t.maxLen;
                if (t.minLen)
                    s["minItems"] = *t.minLen;
                s["type"] = "array";
                s["items"] = bare(*t.item);
            }
            return s;
        }
        if (t.kind == Kind::String) {
            if (t.maxLen)
                s["maxLength"] = *t.maxLen;
            if (t.minLen)
                s["minLength"] = *t.minLen;
            if (t.regex)
                s["pattern"] = t.regex->source;
        }
        if (t.kind == Kind::Integer || t.kind == Kind::Number) {
            const auto num = [&](const Json &limit) {
                return v2 && t.kind == Kind::Number ? Json(limit.get<double>())
                                                    : number(limit, m_style);
            };
            if (t.multiple)
                s["multipleOf"] = num(*t.multiple);
            if (t.leLimit)
                s["maximum"] = num(*t.leLimit);
            if (t.ltLimit)
                s["exclusiveMaximum"] = num(*t.ltLimit);
            if (t.geLimit)
                s["minimum"] = num(*t.geLimit);
            if (t.gtLimit)
                s["exclusiveMinimum"] = num(*t.gtLimit);
        }
        if (t.kind == Kind::Literal)
            s["enum"] = t.literals;
        if (!v2 && !t.schemaTypeName().empty())
            s["type"] = t.schemaTypeName();
        return s;
    }

    // A field or parameter schema: title, nullability (v2 anyOf) and default.
    Json field(const std::string &name, const Type &t, bool required, const Json &defaultValue)
    {
        const std::string title = titleCase(name);
        Json inner = bare(t);
        Json s = Json::object();
        if (m_style == ErrorStyle::V1) {
            if (inner.contains("$ref"))
                return inner;
            s["title"] = title;
            for (auto it = inner.begin(); it != inner.end(); ++it)
                s[it.key()] = it.value();
            if (!required && !defaultValue.is_null())
                s["default"] = defaultValue;
            return s;
        }
        if (t.isNullable)
            s["anyOf"] = Json::array({inner, Json{{"type", "null"}}});
        else
            s = inner;
        if (!required && !defaultValue.is_null())
            s["default"] = defaultValue;
        if (!(inner.contains("$ref") && !t.isNullable))
            s["title"] = title;
        return s;
    }

    void addModel(const Model &m)
    {
        if (m_models.count(m.name))
            return;
        m_models[m.name] = Json(); // placeholder against recursion
        Json props = Json::object();
        Json required = Json::array();
        for (const auto &f : m.fields) {
            props[f.name] = field(f.name, f.type, f.required, f.defaultValue);
            if (f.required)
                required.push_back(f.name);
        }
        Json s = Json::object();
        if (m_style == ErrorStyle::V1) {
            s["title"] = m.name;
            if (!required.empty())
                s["required"] = required;
            s["type"] = "object";
            s["properties"] = props;
        } else {
            s["properties"] = props;
            s["type"] = "object";
            if (!required.empty())
                s["required"] = required;
            s["title"] = m.name;
        }
        if (m.forbidExtra)
            s["additionalProperties"] = false;
        m_models[m.name] = s;
    }

    std::map<std::string, Json> &models() { return m_models; }

private:
    ErrorStyle m_style;
    std::map<std::string, Json> m_models;
};

Json validationErrorSchemas(ErrorStyle style)
{
    Json props{
        {"loc",
         {{"title", "Location"},
          {"type", "array"},
          {"items", {{"anyOf", Json::array({{{"type", "string"}}, {{"type", "integer"}}})}}}}},
        {"msg", {{"title", "Message"}, {"type", "string"}}},
        {"type", {{"title", "Error Type"}, {"type", "string"}}}};
    if (style == ErrorStyle::V2) {
        props["input"] = Json{{"title", "Input"}};
        props["ctx"] = Json{{"title", "Context"}, {"type", "object"}};
    }
    return Json{{"ValidationError",
                 {{"title", "ValidationError"},
                  {"required", Json::array({"loc", "msg", "type"})},
                  {"type", "object"},
                  {"properties", props}}},
                {"HTTPValidationError",
                 {{"title", "HTTPValidationError"},
                  {"type", "object"},
                  {"properties",
                   {{"detail",
                     {{"title", "Detail"},
                      {"type", "array"},
                      {"items", {{"$ref", std::string(kRef) + "ValidationError"}}}}}}}}}};
}

void collectSecurity(const Di::Registry &registry, const std::vector<std::string> &names,
                     std::vector<const Di::Dependency *> &out, std::set<std::string> &seen)
{
    for (const auto &n : names) {
        const Di::Dependency *d = registry.find(n);
        if (!d || !seen.insert(n).second)
            continue;
        collectSecurity(registry, d->real.dependsOn, out, seen);
        if (!d->security.is_null())
            out.push_back(d);
    }
}

} // namespace

Json openapi(const App &app, ErrorStyle style)
{
    SchemaWriter writer(style);
    Json paths = Json::object();
    Json securitySchemes = Json::object();
    bool anyValidation = false;
    for (const auto &route : app.routes()) {
        if (route.isWebSocket || !route.includeInSchema)
            continue;
        Json op = Json::object();
        op["summary"] = route.displaySummary();
        op["operationId"] = route.operationId();
        Json parameters = Json::array();
        Json body;
        for (const auto &p : route.params) {
            if (p.source == Pipeline::ParamSource::Body) {
                body = Json{{"content",
                             {{"application/json",
                               {{"schema", writer.field(p.name, p.type, true, nullptr)}}}}},
                            {"required", true}};
                continue;
            }
            Json schema = writer.field(p.name, p.type, p.required, p.defaultValue);
            if (style == ErrorStyle::V1)
                parameters.push_back(Json{{"required", p.required},
                                          {"schema", schema},
                                          {"name", p.alias()},
                                          {"in", Pipeline::toString(p.source)}});
            else
                parameters.push_back(Json{{"name", p.alias()},
                                          {"in", Pipeline::toString(p.source)},
                                          {"required", p.required},
                                          {"schema", schema}});
        }
        if (!parameters.empty())
            op["parameters"] = parameters;
        if (!body.is_null())
            op["requestBody"] = body;
        Json responses = Json::object();
        Json ok{{"description", "Successful Response"}};
        if (route.statusCode != 204 && route.statusCode != 304 && route.statusCode >= 200)
            ok["content"] = Json{{"application/json", {{"schema", Json::object()}}}};
        responses[std::to_string(route.statusCode)] = ok;
        if (!route.params.empty()) {
            anyValidation = true;
            responses["422"]
                = Json{{"description", "Validation Error"},
                       {"content",
                        {{"application/json",
                          {{"schema", {{"$ref", std::string(kRef) + "HTTPValidationError"}}}}}}}};
        }
        op["responses"] = responses;
        std::vector<const Di::Dependency *> secured;
        std::set<std::string> seen;
        collectSecurity(app.dependencies(), route.dependencies, secured, seen);
        if (!secured.empty()) {
            Json sec = Json::array();
            for (const auto *d : secured) {
                sec.push_back(Json{{d->security["name"].get<std::string>(), Json::array()}});
                securitySchemes[d->security["name"].get<std::string>()] = d->security["scheme"];
            }
            op["security"] = sec;
        }
        const std::string path = route.pattern.openapiPath();
        if (!paths.contains(path))
            paths[path] = Json::object();
        for (const auto &m : route.methods) {
            std::string method = m;
            for (auto &c : method)
                c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            paths[path][method] = op;
        }
    }
    Json out{{"openapi", style == ErrorStyle::V1 ? "3.0.2" : "3.1.0"},
             {"info", {{"title", app.title()}, {"version", app.version()}}},
             {"paths", paths}};
    Json schemas = Json::object();
    if (anyValidation) {
        const Json errors = validationErrorSchemas(style);
        for (auto it = errors.begin(); it != errors.end(); ++it)
            writer.models()[it.key()] = it.value();
    }
    for (auto &[name, s] : writer.models())
        schemas[name] = s;
    Json components = Json::object();
    if (!schemas.empty())
        components["schemas"] = schemas;
    if (!securitySchemes.empty())
        components["securitySchemes"] = securitySchemes;
    if (!components.empty())
        out["components"] = components;
    return out;
}

} // namespace Engine::Pipeline
