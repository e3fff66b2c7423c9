#include "engine/openapi/openapitarget.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "engine/auth/jwt.h"
#include "engine/core/pyjson.h"
#include "engine/di/resolver.h"
#include "engine/pipeline/call.h"
#include "engine/pipeline/exceptions.h"
#include "engine/store/temporarydatabase.h"
#include "engine/target/describe.h"

namespace Engine::OpenApi {

using Pipeline::HttpException;
using Pipeline::ParamSource;
using Validation::ErrorStyle;

namespace {

const std::string kMethods[]
    = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

std::string text(const Json &object, const char *key, std::string fallback = {})
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::string upper(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

bool isJsonMedia(const std::string &media)
{
    const std::string m = Http::Headers::lower(media.substr(0, media.find(';')));
    return m == "application/json" || (m.rfind("application/", 0) == 0 && m.ends_with("+json"));
}

// The local $ref of an object, followed (components/parameters, requestBodies, responses,
// examples); other objects as they are.
const Json &follow(const Json &object, const Json &doc, const std::string &pointer, int depth = 0)
{
    if (!object.is_object() || !object.contains("$ref"))
        return object;
    if (depth > 16)
        throw DocumentError(pointer, "$ref chain longer than 16 links (a cycle?)");
    const Json &ref = object["$ref"];
    if (!ref.is_string() || ref.get<std::string>().rfind("#/", 0) != 0)
        throw DocumentError(pointer + "/$ref", "expected a reference inside this document (#/...)");
    try {
        return follow(doc.at(Json::json_pointer(ref.get<std::string>().substr(1))), doc, pointer,
                      depth + 1);
    } catch (const Json::exception &) {
        throw DocumentError(pointer + "/$ref",
                            "'" + ref.get<std::string>() + "' points to nothing in the document");
    }
}

// The status a response key stands for: "201" is 201, "2XX" is 200; nullopt for "default" and
// for keys that are no status at all.
std::optional<int> statusOf(const std::string &key)
{
    if (key.size() != 3 || key[0] < '1' || key[0] > '5')
        return std::nullopt;
    if ((key[1] == 'X' || key[1] == 'x') && (key[2] == 'X' || key[2] == 'x'))
        return (key[0] - '0') * 100;
    if (!std::isdigit(static_cast<unsigned char>(key[1]))
        || !std::isdigit(static_cast<unsigned char>(key[2])))
        return std::nullopt;
    return std::stoi(key);
}

// The key of the first 2xx answer an operation's responses declare, empty when there is none:
// what a valid request gets.
std::string firstSuccess(const Json &responses)
{
    if (responses.is_object())
        for (auto it = responses.begin(); it != responses.end(); ++it)
            if (const auto s = statusOf(it.key()); s && *s / 100 == 2)
                return it.key();
    return {};
}

// "Prefer: code=404, example=missing" (Prism's header).
struct Preference
{
    std::string code;
    std::string example;
};

Preference preference(const Http::Request &request)
{
    Preference out;
    const auto header = request.headers.get("prefer");
    if (!header)
        return out;
    std::string token;
    const auto take = [&] {
        const auto eq = token.find('=');
        if (eq != std::string::npos) {
            auto trim = [](std::string s) {
                while (!s.empty() && (s.front() == ' ' || s.front() == '"'))
                    s.erase(s.begin());
                while (!s.empty() && (s.back() == ' ' || s.back() == '"'))
                    s.pop_back();
                return s;
            };
            const std::string key = Http::Headers::lower(trim(token.substr(0, eq)));
            const std::string value = trim(token.substr(eq + 1));
            if (key == "code")
                out.code = value;
            else if (key == "example")
                out.example = value;
        }
        token.clear();
    };
    for (const char c : *header) {
        if (c == ',' || c == ';')
            take();
        else
            token += c;
    }
    take();
    return out;
}

// ---- Sample values ----------------------------------------------------------------------

class Sampler
{
public:
    explicit Sampler(const Json &doc)
        : m_doc(doc)
    {}

    Json value(const Json &schema, int depth)
    {
        if (!schema.is_object() || depth > 12)
            return nullptr;
        if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
            const std::string r = ref->get<std::string>();
            if (std::count(m_stack.begin(), m_stack.end(), r) > 0 || r.rfind("#/", 0) != 0) {
                m_cut = true; // a recursive model: stop at the first repetition
                return nullptr;
            }
            const Json *target = nullptr;
            try {
                target = &m_doc.at(Json::json_pointer(r.substr(1)));
            } catch (const Json::exception &) {
                return nullptr;
            }
            m_stack.push_back(r);
            Json out = value(*target, depth + 1);
            m_stack.pop_back();
            return out;
        }
        for (const char *key : {"example", "default", "const"})
            if (const auto it = schema.find(key); it != schema.end())
                return *it;
        if (const auto it = schema.find("examples");
            it != schema.end() && it->is_array() && !it->empty())
            return it->front();
        if (const auto it = schema.find("enum");
            it != schema.end() && it->is_array() && !it->empty())
            return it->front();
        if (const auto it = schema.find("allOf"); it != schema.end() && it->is_array()) {
            Json merged = nullptr;
            for (const auto &part : *it) {
                Json v = value(part, depth + 1);
                if (merged.is_object() && v.is_object())
                    merged.update(v);
                else if (merged.is_null())
                    merged = std::move(v);
            }
            return merged;
        }
        for (const char *key : {"oneOf", "anyOf"})
            if (const auto it = schema.find(key); it != schema.end() && it->is_array())
                for (const auto &choice : *it)
                    if (!(choice.is_object() && choice.value("type", "") == "null"))
                        return value(choice, depth + 1);
        std::string type;
        if (const auto t = schema.find("type"); t != schema.end()) {
            if (t->is_string())
                type = t->get<std::string>();
            else if (t->is_array())
                for (const auto &name : *t)
                    if (name.is_string() && name != "null") {
                        type = name.get<std::string>();
                        break;
                    }
        }
        if (type.empty() && schema.contains("properties"))
            type = "object";
        if (type == "string")
            return string(schema);
        if (type == "integer" || type == "number")
            return number(schema, type == "integer");
        if (type == "boolean")
            return true;
        if (type == "array") {
            Json out = Json::array();
            // A tuple (Pydantic 1: "items": [...], Pydantic 2: "prefixItems"): each position.
            const Json &positions = schema.contains("prefixItems") ? schema["prefixItems"]
                                                                   : schema.value("items", Json());
            if (positions.is_array()) {
                for (const auto &position : positions)
                    out.push_back(value(position, depth + 1));
                return out;
            }
            const std::size_t n = std::max<std::size_t>(1, schema.value("minItems", 1));
            m_cut = false;
            const Json item = value(schema.value("items", Json::object()), depth + 1);
            if (std::exchange(m_cut, false))
                return Json::array(); // a list of the model being built: empty
            for (std::size_t i = 0; i < n && i < 16; ++i)
                out.push_back(item);
            if (schema.contains("maxItems") && schema["maxItems"] == 0)
                out = Json::array();
            return out;
        }
        if (type == "object") {
            Json out = Json::object();
            if (const auto props = schema.find("properties");
                props != schema.end() && props->is_object())
                for (auto it = props->begin(); it != props->end(); ++it) {
                    m_cut = false;
                    Json v = value(it.value(), depth + 1);
                    const bool required = schema.contains("required")
                                          && schema["required"].is_array()
                                          && std::find(schema["required"].begin(),
                                                       schema["required"].end(), Json(it.key()))
                                                 != schema["required"].end();
                    // An optional field that would repeat a model being built is left out.
                    if (!std::exchange(m_cut, false) || required)
                        out[it.key()] = std::move(v);
                }
            if (const auto extra = schema.find("additionalProperties");
                out.empty() && extra != schema.end() && extra->is_object())
                out["additionalProp1"] = value(*extra, depth + 1);
            return out;
        }
        return nullptr;
    }

private:
    static Json string(const Json &schema)
    {
        const std::string format = schema.value("format", "");
        std::string s = "string";
        if (format == "date")
            s = "2024-01-01";
        else if (format == "date-time")
            s = "2024-01-01T00:00:00Z";
        else if (format.rfind("uuid", 0) == 0)
            s = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        else if (format == "email")
            s = "user@example.com";
        else if (format == "uri")
            s = "https://example.com/";
        else if (format == "time")
            s = "00:00:00";
        const auto minLen = schema.value("minLength", Json(0));
        if (minLen.is_number_unsigned() && s.size() < minLen.get<std::size_t>())
            s.append(minLen.get<std::size_t>() - s.size(), 'x');
        const auto maxLen = schema.value("maxLength", Json());
        if (maxLen.is_number_unsigned() && s.size() > maxLen.get<std::size_t>())
            s.resize(maxLen.get<std::size_t>());
        return s;
    }

    static Json number(const Json &schema, bool integer)
    {
        double v = 0;
        const auto num = [&](const char *key) -> std::optional<double> {
            const auto it = schema.find(key);
            if (it == schema.end() || !it->is_number())
                return std::nullopt;
            return it->get<double>();
        };
        const bool exclusiveMinFlag = schema.value("exclusiveMinimum", Json()) == Json(true);
        const bool exclusiveMaxFlag = schema.value("exclusiveMaximum", Json()) == Json(true);
        if (auto m = num("minimum"))
            v = exclusiveMinFlag ? *m + 1 : *m;
        else if (auto e = num("exclusiveMinimum"))
            v = *e + 1;
        else if (auto mx = num("maximum"); mx && *mx < 0)
            v = exclusiveMaxFlag ? *mx - 1 : *mx;
        else if (auto ex = num("exclusiveMaximum"); ex && *ex <= 0)
            v = *ex - 1;
        if (auto m = num("multipleOf"); m && *m > 0)
            v = std::ceil(v / *m) * *m;
        if (integer)
            return static_cast<long long>(std::ceil(v));
        return v;
    }

    const Json &m_doc;
    std::vector<std::string> m_stack;
    bool m_cut = false; // a recursion was cut below the value being built
};

// ---- Security schemes -------------------------------------------------------------------

// get_authorization_scheme_param: scheme, _, param = value.partition(" ").
std::pair<std::string, std::string> schemeParam(const std::optional<std::string> &header)
{
    if (!header || header->empty())
        return {};
    const auto space = header->find(' ');
    if (space == std::string::npos)
        return {*header, {}};
    return {header->substr(0, space), header->substr(space + 1)};
}

// Python's base64.b64decode(s) (not validating: characters outside the alphabet are dropped;
// the padding must be right), then .decode("ascii").
std::optional<std::string> pythonB64Ascii(const std::string &s)
{
    std::string data;
    for (const char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            data += c;
        else if (c == '+')
            data += '-';
        else if (c == '/')
            data += '_';
        else if (c == '=')
            data += c;
    }
    if (data.size() % 4 != 0)
        return std::nullopt;
    auto decoded = Auth::base64UrlDecode(data);
    if (!decoded)
        return std::nullopt;
    for (const char c : *decoded)
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt;
    return decoded;
}

std::string titleWord(const std::string &s)
{
    std::string out = Http::Headers::lower(s);
    if (!out.empty())
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

} // namespace

Json sampleValue(const Json &schema, const Json &document)
{
    return Sampler(document).value(schema, 0);
}

// ---- DocumentApp ------------------------------------------------------------------------

DocumentApp::DocumentApp(Document document)
    : Pipeline::App(text(document.raw.value("info", Json::object()), "title", "OpenAPI document"),
                    text(document.raw.value("info", Json::object()), "version", "0.1.0"))
    , m_document(std::move(document))
{
    config().errorStyle = m_document.style;
    if (m_document.fastapi) // else it follows the error style, which --error-style may change
        config().strictContentType = m_document.strictContentType();
    m_schemas
        = std::make_unique<SchemaCompiler>(m_document.raw, m_document.style, m_document.notices);
    // FastAPI's own route: the document, as served.
    get("/openapi.json", "openapi",
        [this](Pipeline::Call &) { return Http::Response::json(200, m_document.raw); })
        .includeInSchema
        = false;

    const Json &paths = m_document.raw["paths"];
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const std::string pointer = "#/paths/" + pointerToken(it.key());
        const Json &item = follow(it.value(), m_document.raw, pointer);
        if (!item.is_object())
            throw DocumentError(pointer, "expected a path item object");
        if (it.key().empty() || it.key().front() != '/')
            throw DocumentError(pointer, "a path must start with '/'");
        // In the document's order: FastAPI writes a path's methods in the order the routes
        // were added, and Starlette's Allow header comes from the first route that matches.
        for (auto op = item.begin(); op != item.end(); ++op)
            if (std::find(std::begin(kMethods), std::end(kMethods), op.key()) != std::end(kMethods))
                addOperation(it.key(), op.key(), item, op.value(), pointer + "/" + op.key());
    }
    for (const char *unused : {"webhooks", "x-webhooks"})
        if (m_document.raw.contains(unused))
            m_document.notices.push_back(
                {std::string("#/") + unused, "webhooks are requests the app makes; not served"});
}

DocumentApp::~DocumentApp() = default;

void DocumentApp::addOperation(const std::string &path, const std::string &method,
                               const Json &pathItem, const Json &operation,
                               const std::string &pointer)
{
    if (!operation.is_object())
        throw DocumentError(pointer, "expected an operation object");
    const Json &doc = m_document.raw;
    std::string name = text(operation, "operationId");
    if (name.empty()) {
        name = method + path;
        for (auto &c : name)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
    }
    Pipeline::Route *route = nullptr;
    try {
        route = &this->route({upper(method)}, path, name, [this, &operation](Pipeline::Call &call) {
            return answer(operation, call.request());
        });
    } catch (const Engine::Error &e) {
        throw DocumentError(pointer, std::string("path template: ") + e.what());
    }
    route->summary = text(operation, "summary");
    route->description = text(operation, "description");
    if (const auto tags = operation.find("tags"); tags != operation.end() && tags->is_array())
        for (const auto &t : *tags)
            if (t.is_string())
                route->tags.push_back(t.get<std::string>());

    // Parameters: the path item's, replaced by the operation's of the same name and place.
    std::vector<std::pair<const Json *, std::string>> declared;
    for (const auto *owner : {&pathItem, &operation}) {
        const auto list = owner->find("parameters");
        if (list == owner->end())
            continue;
        const std::string base
            = (owner == &pathItem ? pointer.substr(0, pointer.rfind('/')) : pointer)
              + "/parameters";
        if (!list->is_array())
            throw DocumentError(base, "expected an array of parameters");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string where = base + "/" + std::to_string(i);
            const Json &p = follow((*list)[i], doc, where);
            const std::string in = text(p, "in");
            const std::string pname = text(p, "name");
            if (pname.empty())
                throw DocumentError(where + "/name", "expected the parameter's name");
            declared.erase(std::remove_if(declared.begin(), declared.end(),
                                          [&](const auto &d) {
                                              return text(*d.first, "name") == pname
                                                     && text(*d.first, "in") == in;
                                          }),
                           declared.end());
            declared.emplace_back(&p, where);
        }
    }
    for (const auto &[p, where] : declared) {
        Pipeline::Param param;
        param.name = text(*p, "name");
        param.convertUnderscores = false;
        const std::string in = text(*p, "in");
        if (in == "path")
            param.source = ParamSource::Path;
        else if (in == "query")
            param.source = ParamSource::Query;
        else if (in == "header")
            param.source = ParamSource::Header;
        else if (in == "cookie")
            param.source = ParamSource::Cookie;
        else
            throw DocumentError(where + "/in",
                                "expected path, query, header or cookie, found '" + in + "'");
        const Json *schema = nullptr;
        std::string schemaWhere = where + "/schema";
        if (const auto s = p->find("schema"); s != p->end()) {
            schema = &*s;
        } else if (const auto c = p->find("content");
                   c != p->end() && c->is_object() && !c->empty()) {
            schema = &c->begin().value()["schema"];
            schemaWhere = where + "/content/" + pointerToken(c->begin().key()) + "/schema";
        }
        static const Json anything = Json::object();
        param.type = m_schemas->compile(schema ? *schema : anything, schemaWhere);
        param.required = in == "path" || p->value("required", false) == true;
        if (schema && schema->is_object() && schema->contains("default"))
            param.defaultValue = (*schema)["default"];
        param.description = text(*p, "description");
        route->params.push_back(std::move(param));
    }

    if (const auto body = operation.find("requestBody"); body != operation.end()) {
        const std::string where = pointer + "/requestBody";
        const Json &rb = follow(*body, doc, where);
        const auto content = rb.find("content");
        if (content == rb.end() || !content->is_object() || content->empty())
            throw DocumentError(where + "/content", "expected the media types of the body");
        std::string media;
        for (auto it = content->begin(); it != content->end() && media.empty(); ++it)
            if (isJsonMedia(it.key()))
                media = it.key();
        for (auto it = content->begin(); it != content->end() && media.empty(); ++it)
            if (it.key() == "application/x-www-form-urlencoded"
                || it.key() == "multipart/form-data")
                media = it.key();
        if (media.empty())
            media = content->begin().key();
        const Json &mediaObject = (*content)[media];
        const std::string schemaWhere = where + "/content/" + pointerToken(media) + "/schema";
        const Json schema = mediaObject.is_object() ? mediaObject.value("schema", Json::object())
                                                    : Json::object();
        // Form and File parameters: FastAPI reads either kind of form, whichever the request
        // sends (the document names multipart/form-data when there is a file).
        const bool form
            = media == "application/x-www-form-urlencoded" || media == "multipart/form-data";
        const bool json = isJsonMedia(media);
        const std::string ref = SchemaCompiler::refName(schema);
        if (form || (json && ref.rfind("Body_", 0) == 0)) {
            // FastAPI's combined body: each property is a body parameter of its own.
            const Validation::Type t = m_schemas->compile(schema, schemaWhere);
            if (t.kind != Validation::Kind::Object || !t.model)
                throw DocumentError(schemaWhere, "expected an object schema for the body fields");
            for (const auto &field : t.model->fields) {
                Pipeline::Param param;
                param.name = field.name;
                param.source = ParamSource::Body;
                param.type = field.type;
                param.required = field.required;
                param.defaultValue = field.defaultValue;
                param.embed = true;
                route->params.push_back(std::move(param));
            }
            route->formBody = form;
        } else if (json) {
            Pipeline::Param param;
            param.name = ref.empty() ? "body" : ref;
            param.source = ParamSource::Body;
            param.type = m_schemas->compile(schema, schemaWhere);
            param.required = rb.value("required", false) == true;
            if (schema.contains("default"))
                param.defaultValue = schema["default"];
            route->params.push_back(std::move(param));
        } else {
            Pipeline::Param param;
            param.name = "body";
            param.source = ParamSource::Body;
            param.type = Validation::Type::any();
            param.required = false;
            route->params.push_back(std::move(param));
        }
    }

    static const Json noRequirements = Json::array();
    const Json &security = operation.contains("security") ? operation["security"]
                           : doc.contains("security")     ? doc["security"]
                                                          : noRequirements;
    addSecurity(*route, security,
                operation.contains("security") ? pointer + "/security" : "#/security");

    // The status of a valid request: the first 2xx the document declares.
    if (const auto responses = operation.find("responses"); responses != operation.end())
        if (const std::string key = firstSuccess(*responses); !key.empty())
            route->statusCode = *statusOf(key);
    for (const char *unused : {"callbacks", "servers"})
        if (operation.contains(unused))
            m_document.notices.push_back(
                {pointer + "/" + unused, std::string("'") + unused + "' is not used"});
}

void DocumentApp::addSecurity(Pipeline::Route &route, const Json &requirements,
                              const std::string &pointer)
{
    if (!requirements.is_array())
        throw DocumentError(pointer, "expected an array of security requirements");
    if (requirements.empty())
        return;
    static const Json none = Json::object();
    const Json &components
        = m_document.raw.contains("components") ? m_document.raw["components"] : none;
    const Json &schemes = components.is_object() && components.contains("securitySchemes")
                              ? components["securitySchemes"]
                              : none;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < requirements.size(); ++i) {
        const Json &requirement = requirements[i];
        if (!requirement.is_object())
            throw DocumentError(pointer + "/" + std::to_string(i), "expected an object");
        for (auto it = requirement.begin(); it != requirement.end(); ++it) {
            const std::string where = "#/components/securitySchemes/" + pointerToken(it.key());
            if (!schemes.contains(it.key()))
                throw DocumentError(
                    pointer + "/" + std::to_string(i) + "/" + pointerToken(it.key()),
                    "no security scheme named '" + it.key() + "' in components/securitySchemes");
            if (!dependencies().find(it.key()))
                addScheme(it.key(), follow(schemes[it.key()], m_document.raw, where), where);
            if (std::find(names.begin(), names.end(), it.key()) == names.end())
                names.push_back(it.key());
        }
    }
    // FastAPI runs every security dependency of the route, in order.
    route.depends(names);
}

void DocumentApp::addScheme(const std::string &name, const Json &scheme, const std::string &pointer)
{
    const std::string type = text(scheme, "type");
    const bool v1 = m_document.legacySecurity();
    // What FastAPI's security class for this scheme raises: (status, detail, headers) for a
    // missing credential and for a malformed one.
    struct Refusal
    {
        int status;
        std::string detail;
        Http::Headers headers;
    };
    Refusal missing{401, "Not authenticated", {}};
    Refusal malformed = missing;
    std::function<std::optional<std::string>(const Http::Request &, bool &)> read;
    std::string description;
    if (type == "apiKey") {
        const std::string in = text(scheme, "in");
        const std::string key = text(scheme, "name");
        if (key.empty() || (in != "header" && in != "query" && in != "cookie"))
            throw DocumentError(pointer, "an apiKey scheme needs 'name' and 'in' (header, query "
                                         "or cookie)");
        missing
            = v1 ? Refusal{403, "Not authenticated", {}}
                 : Refusal{401, "Not authenticated", Http::Headers{{"WWW-Authenticate", "APIKey"}}};
        description = "API key in the " + in + " '" + key + "'";
        read = [in, key](const Http::Request &r, bool &) -> std::optional<std::string> {
            std::optional<std::string> v;
            if (in == "header")
                v = r.headers.get(key);
            else if (in == "query")
                v = r.queryValue(key);
            else if (const auto cookies = r.cookies(); cookies.count(key))
                v = cookies.at(key);
            if (!v || v->empty())
                return std::nullopt;
            return v;
        };
    } else if (type == "http") {
        const std::string httpScheme = Http::Headers::lower(text(scheme, "scheme"));
        if (httpScheme.empty())
            throw DocumentError(pointer + "/scheme", "expected the HTTP authentication scheme");
        description = "Authorization: " + titleWord(httpScheme) + " <credentials>";
        if (httpScheme == "basic") {
            const Http::Headers basic{{"WWW-Authenticate", "Basic"}};
            missing = {401, "Not authenticated", basic};
            malformed
                = {401, v1 ? "Invalid authentication credentials" : "Not authenticated", basic};
            read = [](const Http::Request &r, bool &bad) -> std::optional<std::string> {
                const auto header = r.headers.get("authorization");
                const auto [s, param] = schemeParam(header);
                if (!header || header->empty() || Http::Headers::lower(s) != "basic")
                    return std::nullopt;
                const auto decoded = pythonB64Ascii(param);
                if (!decoded || decoded->find(':') == std::string::npos) {
                    bad = true;
                    return std::nullopt;
                }
                return decoded;
            };
        } else {
            missing = v1 ? Refusal{403, "Not authenticated", {}}
                         : Refusal{401, "Not authenticated",
                                   Http::Headers{{"WWW-Authenticate", titleWord(httpScheme)}}};
            malformed = v1 ? Refusal{403, "Invalid authentication credentials", {}} : missing;
            read = [httpScheme](const Http::Request &r, bool &bad) -> std::optional<std::string> {
                const auto header = r.headers.get("authorization");
                const auto [s, credentials] = schemeParam(header);
                if (!header || header->empty() || s.empty() || credentials.empty())
                    return std::nullopt;
                if (Http::Headers::lower(s) != httpScheme) {
                    bad = true;
                    return std::nullopt;
                }
                return credentials;
            };
        }
    } else if (type == "oauth2" || type == "openIdConnect") {
        const Json flows = scheme.value("flows", Json::object());
        const bool bearer = type == "oauth2"
                            && (flows.contains("password") || flows.contains("authorizationCode"));
        const Http::Headers challenge{{"WWW-Authenticate", "Bearer"}};
        description = bearer ? "Authorization: Bearer <token>" : "Authorization header";
        if (bearer || !v1)
            missing = {401, "Not authenticated", challenge};
        else
            missing = {403, "Not authenticated", {}};
        malformed = missing;
        read = [bearer](const Http::Request &r, bool &) -> std::optional<std::string> {
            const auto header = r.headers.get("authorization");
            if (!header || header->empty())
                return std::nullopt;
            const auto [s, param] = schemeParam(header);
            if (bearer && Http::Headers::lower(s) != "bearer")
                return std::nullopt;
            return bearer ? param : *header;
        };
    } else {
        throw DocumentError(pointer + "/type",
                            "expected apiKey, http, oauth2 or openIdConnect, found '" + type + "'");
    }
    const auto refuse = [](const Refusal &r) {
        return HttpException(r.status, r.detail, r.headers);
    };
    Di::Provider real{name, description, {}, [read, missing, malformed, refuse](Di::Resolver &r) {
                          bool bad = false;
                          auto credential = read(r.request(), bad);
                          if (!credential)
                              throw refuse(bad ? malformed : missing);
                          return Di::Provided{*credential, {}};
                      }};
    Di::Provider anonymous{"anonymous",
                           "no credential: answers " + std::to_string(missing.status) + " "
                               + missing.detail,
                           {},
                           [missing, refuse](Di::Resolver &) -> Di::Provided {
                               throw refuse(missing);
                           }};
    Di::Provider authenticated{
        "authenticated", "accepts the request as signed in", {}, [](Di::Resolver &) {
            return Di::Provided{std::string("authenticated"), {}};
        }};
    dependencies().add({name,
                        text(scheme, "description", "Security scheme " + name + " (" + type + ")"),
                        std::move(real),
                        {std::move(anonymous), std::move(authenticated)},
                        true,
                        Json{{"name", name}, {"scheme", scheme}}});
}

Http::Response DocumentApp::answer(const Json &operation, const Http::Request &request) const
{
    const Json &doc = m_document.raw;
    const Preference prefer = preference(request);
    static const Json none = Json::object();
    const Json &responses = operation.contains("responses") && operation["responses"].is_object()
                                ? operation["responses"]
                                : none;
    std::string key;
    if (!prefer.code.empty() && responses.contains(prefer.code) && statusOf(prefer.code))
        key = prefer.code;
    if (key.empty())
        key = firstSuccess(responses);
    if (key.empty() && responses.contains("default"))
        key = "default";
    const int status = key.empty() ? 200 : statusOf(key).value_or(200);
    if (key.empty())
        return Http::Response::json(status, nullptr);
    const Json &response = follow(responses.at(key), doc, "#/responses");
    const auto content = response.is_object() ? response.find("content") : response.end();
    if (content == response.end() || !content->is_object() || content->empty()) {
        if (status == 204 || status == 304 || status < 200)
            return Http::Response::empty(status);
        return Http::Response::json(status, nullptr);
    }
    std::string media;
    for (auto it = content->begin(); it != content->end() && media.empty(); ++it)
        if (isJsonMedia(it.key()))
            media = it.key();
    if (media.empty())
        media = content->begin().key();
    const Json &m = (*content)[media];
    Json value;
    bool found = false;
    if (const auto examples = m.find("examples");
        examples != m.end() && examples->is_object() && !examples->empty()) {
        auto chosen = examples->begin();
        if (!prefer.example.empty() && examples->contains(prefer.example))
            chosen = examples->find(prefer.example);
        const Json &example = follow(chosen.value(), doc, "#/examples");
        if (example.is_object() && example.contains("value")) {
            value = example["value"];
            found = true;
        }
    }
    if (!found && m.is_object() && m.contains("example")) {
        value = m["example"];
        found = true;
    }
    if (!found)
        value = sampleValue(m.value("schema", Json::object()), doc);
    if (isJsonMedia(media)) {
        Http::Response r = Http::Response::json(status, value);
        if (media != "application/json")
            r.headers.set("content-type", media);
        return r;
    }
    Http::Response r = Http::Response::text(status, value.is_string() ? value.get<std::string>()
                                                                      : PyJson::dump(value));
    r.headers.set("content-type", media);
    return r;
}

// ---- OpenApiTarget ----------------------------------------------------------------------

namespace {

std::string baseName(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

namespace {

// The app of the document in the file; a fault names the file, then where in the document.
std::unique_ptr<DocumentApp> appFromFile(const std::string &path,
                                         std::optional<Validation::FastApiRelease> fastapi)
{
    Document document = loadDocument(path);
    document.fastapi = fastapi;
    try {
        return std::make_unique<DocumentApp>(std::move(document));
    } catch (const DocumentError &e) {
        throw Engine::Target::TargetError(path + ": " + e.what());
    }
}

} // namespace

OpenApiTarget::OpenApiTarget(const std::string &path,
                             std::optional<Validation::FastApiRelease> fastapi)
    : OpenApiTarget(baseName(path), appFromFile(path, fastapi))
{}

OpenApiTarget::OpenApiTarget(const std::string &name, Document document)
    : OpenApiTarget(name, std::make_unique<DocumentApp>(std::move(document)))
{}

OpenApiTarget::OpenApiTarget(const std::string &name, std::unique_ptr<DocumentApp> app)
    : Engine::Target::EmbeddedTarget("openapi", name, std::move(app))
    , m_app(static_cast<DocumentApp *>(&this->app()))
{}
Json OpenApiTarget::openapi()
{
    return m_app->document().raw;
}

std::vector<std::string> OpenApiTarget::notices() const
{
    std::vector<std::string> out;
    for (const auto &n : m_app->document().notices)
        out.push_back(n.pointer + ": " + n.message);
    return out;
}

std::vector<Engine::Target::RouteInfo> OpenApiTarget::routes()
{
    if (!m_described)
        m_described = Engine::Target::describeOpenApi(m_app->document().raw);
    std::vector<Engine::Target::RouteInfo> out = *m_described;
    // The app's routes by path and methods (the first of each, as the router matches them).
    const auto key = [](const std::string &path, const std::vector<std::string> &methods) {
        std::string k = path;
        for (const auto &m : methods)
            k += '\x1f' + m;
        return k;
    };
    std::unordered_map<std::string, const Pipeline::Route *> byKey;
    for (const auto &route : m_app->routes())
        byKey.emplace(key(route.path, route.methods), &route);
    for (auto &info : out) {
        const auto it = byKey.find(key(info.path, info.methods));
        if (it == byKey.end())
            continue;
        info.dependencies = it->second->dependencies;
        info.dependencyTree
            = m_app->dependencies().tree(it->second->dependencies, m_app->overrides());
    }
    return out;
}

} // namespace Engine::OpenApi
