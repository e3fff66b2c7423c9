#include "engine/target/describe.h"

#include <algorithm>
#include <cctype>

namespace Engine::Target {

namespace {

// Members read without trusting the document: a member of the wrong type is as good as absent.
const Json &member(const Json &object, const char *key)
{
    static const Json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

std::string text(const Json &object, const char *key, std::string fallback = {})
{
    const Json &m = member(object, key);
    return m.is_string() ? m.get<std::string>() : fallback;
}

bool flag(const Json &object, const char *key)
{
    const Json &m = member(object, key);
    return m.is_boolean() && m.get<bool>();
}

const Json &list(const Json &object, const char *key)
{
    static const Json empty = Json::array();
    const Json &m = member(object, key);
    return m.is_array() ? m : empty;
}

const Json &resolve(const Json &schema, const Json &doc, int depth = 0)
{
    if (depth > 32 || !schema.is_object() || !schema.contains("$ref")
        || !schema["$ref"].is_string())
        return schema;
    const std::string ref = schema["$ref"].get<std::string>();
    if (ref.rfind("#/", 0) != 0)
        return schema;
    try {
        return resolve(doc.at(Json::json_pointer(ref.substr(1))), doc, depth + 1);
    } catch (...) {
        return schema;
    }
}

std::string typeName(const Json &schema, const Json &doc)
{
    if (!schema.is_object())
        return {};
    if (schema.contains("$ref") && schema["$ref"].is_string()) {
        const std::string ref = schema["$ref"].get<std::string>();
        const Json &target = resolve(schema, doc);
        if (target.is_object() && target.contains("enum") && !target.contains("properties"))
            return text(target, "type", "string");
        return ref.substr(ref.rfind('/') + 1);
    }
    for (const char *key : {"anyOf", "oneOf", "allOf"})
        if (schema.contains(key) && schema[key].is_array())
            for (const auto &s : schema[key]) {
                const std::string name = typeName(s, doc);
                if (!name.empty() && name != "null")
                    return name;
            }
    return text(schema, "type");
}

// Whether a schema takes a file: "format": "binary" (FastAPI < 0.129.1), "contentMediaType":
// "application/octet-stream" (since), an array of them, or either or null (Optional[...]).
bool takesFiles(const Json &raw, const Json &doc, int depth = 0)
{
    const Json &schema = resolve(raw, doc);
    if (!schema.is_object() || depth > 4)
        return false;
    if (text(schema, "type") == "array")
        return takesFiles(member(schema, "items"), doc, depth + 1);
    for (const char *key : {"anyOf", "oneOf"})
        if (const Json &members = member(schema, key); members.is_array())
            for (const auto &m : members)
                if (takesFiles(m, doc, depth + 1))
                    return true;
    return text(schema, "format") == "binary" || isOctetStream(schema);
}

// The properties of a form's schema that take files.
std::vector<std::string> fileFields(const Json &raw, const Json &doc)
{
    std::vector<std::string> out;
    const Json &props = member(resolve(raw, doc), "properties");
    if (!props.is_object())
        return out;
    for (auto it = props.begin(); it != props.end(); ++it)
        if (takesFiles(it.value(), doc))
            out.push_back(it.key());
    return out;
}

Json skeleton(const Json &raw, const Json &doc, int depth = 0)
{
    const Json &schema = resolve(raw, doc);
    if (!schema.is_object() || depth > 8)
        return nullptr;
    if (schema.contains("default"))
        return schema["default"];
    if (schema.contains("enum") && schema["enum"].is_array() && !schema["enum"].empty())
        return schema["enum"][0];
    for (const char *key : {"anyOf", "oneOf", "allOf"})
        if (schema.contains(key) && schema[key].is_array())
            for (const auto &s : schema[key])
                if (text(resolve(s, doc), "type") != "null")
                    return skeleton(s, doc, depth + 1);
    const std::string type = text(schema, "type");
    if (type == "object" || schema.contains("properties")) {
        Json out = Json::object();
        const Json &props = member(schema, "properties");
        const Json &required = list(schema, "required");
        if (!props.is_object())
            return out;
        for (auto it = props.begin(); it != props.end(); ++it)
            if (std::find(required.begin(), required.end(), Json(it.key())) != required.end())
                out[it.key()] = skeleton(it.value(), doc, depth + 1);
        return out;
    }
    if (type == "string")
        return "string";
    if (type == "integer" || type == "number")
        return 0;
    if (type == "boolean")
        return true;
    if (type == "array")
        return Json::array();
    return nullptr;
}

std::string titleCase(const std::string &name)
{
    std::string out;
    bool start = true;
    for (char c : name) {
        if (c == '_') {
            out += ' ';
            start = true;
            continue;
        }
        out += start ? char(std::toupper(static_cast<unsigned char>(c)))
                     : char(std::tolower(static_cast<unsigned char>(c)));
        start = false;
    }
    return out;
}

} // namespace

std::vector<RouteInfo> describeOpenApi(const Json &doc)
{
    std::vector<RouteInfo> out;
    if (!doc.is_object() || !doc.contains("paths") || !doc["paths"].is_object())
        return out;
    for (auto path = doc["paths"].begin(); path != doc["paths"].end(); ++path) {
        if (!path.value().is_object())
            continue;
        for (const char *method :
             {"get", "put", "post", "delete", "options", "head", "patch", "trace"}) {
            if (!path.value().contains(method) || !path.value()[method].is_object())
                continue;
            const Json &op = path.value()[method];
            RouteInfo info;
            std::string upper = method;
            std::transform(upper.begin(), upper.end(), upper.begin(),
                           [](unsigned char c) { return char(std::toupper(c)); });
            info.methods = {upper};
            info.path = path.key();
            info.name = text(op, "operationId", upper + " " + path.key());
            info.summary = text(op, "summary", titleCase(text(op, "operationId")));
            for (const auto &t : list(op, "tags"))
                if (t.is_string())
                    info.tags.push_back(t.get<std::string>());
            if (op.contains("responses") && op["responses"].is_object())
                for (auto r = op["responses"].begin(); r != op["responses"].end(); ++r)
                    if (r.key().size() == 3 && r.key()[0] == '2'
                        && std::isdigit(static_cast<unsigned char>(r.key()[1]))
                        && std::isdigit(static_cast<unsigned char>(r.key()[2]))) {
                        info.statusCode = std::stoi(r.key());
                        break;
                    }
            std::vector<Json> parameters;
            for (const auto &p : list(path.value(), "parameters"))
                parameters.push_back(p);
            for (const auto &p : list(op, "parameters"))
                parameters.push_back(p);
            for (const auto &raw : parameters) {
                const Json &p = resolve(raw, doc);
                if (!p.is_object())
                    continue;
                ParameterInfo param;
                param.name = text(p, "name");
                param.in = text(p, "in", "query");
                param.required = flag(p, "required");
                const Json schema = member(p, "schema");
                param.type = typeName(schema, doc);
                if (param.type.empty())
                    param.type = "string";
                const Json &resolved = resolve(schema, doc);
                if (resolved.is_object()) {
                    param.defaultValue = member(resolved, "default");
                    for (const auto &c : list(resolved, "enum"))
                        param.choices.push_back(c);
                }
                info.parameters.push_back(std::move(param));
            }
            const Json requestBody = member(op, "requestBody");
            const Json &body = resolve(requestBody, doc);
            if (body.is_object() && body.contains("content") && body["content"].is_object()
                && !body["content"].empty()) {
                const auto media = body["content"].begin();
                const Json schema = member(media.value(), "schema");
                const std::string type = typeName(schema, doc);
                info.parameters.push_back({"body",
                                           "body",
                                           flag(body, "required"),
                                           type.empty() ? media.key() : type,
                                           Json(),
                                           {}});
                info.bodyMedia = media.key();
                const bool form = media.key() == "application/x-www-form-urlencoded"
                                  || media.key() == "multipart/form-data";
                if (media.key() == "application/json" || form)
                    info.bodySkeleton = skeleton(schema, doc);
                if (form)
                    info.fileFields = fileFields(schema, doc);
            }
            // The operation's own requirements, else the document's (OpenAPI's inheritance).
            const Json &security
                = member(op, "security").is_array() ? list(op, "security") : list(doc, "security");
            for (const auto &requirement : security)
                if (requirement.is_object())
                    for (auto s = requirement.begin(); s != requirement.end(); ++s) {
                        info.dependencies.push_back(s.key());
                        info.dependencyTree.push_back(Json{{"name", s.key()},
                                                           {"provider", s.key()},
                                                           {"overridden", false},
                                                           {"depends_on", Json::array()}});
                    }
            out.push_back(std::move(info));
        }
    }
    return out;
}

namespace {

std::string routeKey(const RouteInfo &r)
{
    std::string methods;
    for (const auto &m : r.methods)
        methods += (methods.empty() ? "" : ",") + m;
    return methods + " " + r.path;
}

Json parameterSignature(const RouteInfo &r)
{
    Json out = Json::array();
    for (const auto &p : r.parameters)
        out.push_back(Json{{"name", p.name},
                           {"in", p.in},
                           {"required", p.required},
                           {"type", p.type},
                           {"default", p.defaultValue},
                           {"choices", p.choices}});
    return out;
}

} // namespace

std::vector<std::string> routeChanges(const std::vector<RouteInfo> &before,
                                      const std::vector<RouteInfo> &after)
{
    std::vector<std::string> out;
    for (const auto &now : after) {
        const auto was = std::find_if(before.begin(), before.end(), [&](const RouteInfo &r) {
            return routeKey(r) == routeKey(now);
        });
        if (was == before.end()) {
            out.push_back("added " + routeKey(now));
            continue;
        }
        std::vector<std::string> what;
        if (parameterSignature(*was) != parameterSignature(now))
            what.push_back("parameters");
        if (was->bodySkeleton != now.bodySkeleton)
            what.push_back("body");
        if (was->dependencies != now.dependencies)
            what.push_back("security");
        if (was->statusCode != now.statusCode)
            what.push_back("status " + std::to_string(was->statusCode) + " → "
                           + std::to_string(now.statusCode));
        if (was->summary != now.summary || was->tags != now.tags || was->name != now.name)
            what.push_back("description");
        if (what.empty())
            continue;
        std::string line = "changed " + routeKey(now) + " (";
        for (std::size_t i = 0; i < what.size(); ++i)
            line += (i ? ", " : "") + what[i];
        out.push_back(line + ")");
    }
    for (const auto &old : before)
        if (std::none_of(after.begin(), after.end(),
                         [&](const RouteInfo &r) { return routeKey(r) == routeKey(old); }))
            out.push_back("removed " + routeKey(old));
    return out;
}

bool isOctetStream(const Json &schema)
{
    if (!schema.is_object())
        return false;
    const auto media = schema.find("contentMediaType");
    return media != schema.end() && media->is_string() && *media == "application/octet-stream"
           && !schema.contains("contentEncoding");
}

} // namespace Engine::Target
