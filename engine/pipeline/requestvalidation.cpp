#include "engine/pipeline/requestvalidation.h"

#include "engine/http/multipart.h"

#include "engine/core/pyjson.h"
#include "engine/http/url.h"
#include "engine/pipeline/exceptions.h"
#include "engine/validation/validator.h"

namespace Engine::Pipeline {

namespace {

// email.message.Message's content type check, as FastAPI uses it: application/json or
// application/*+json.
bool isJsonContentType(const std::string &value)
{
    std::string media = Http::Headers::lower(value.substr(0, value.find(';')));
    while (!media.empty() && media.back() == ' ')
        media.pop_back();
    while (!media.empty() && media.front() == ' ')
        media.erase(media.begin());
    const auto slash = media.find('/');
    if (slash == std::string::npos || media.substr(0, slash) != "application")
        return false;
    const std::string subtype = media.substr(slash + 1);
    return subtype == "json" || subtype.ends_with("+json");
}

Json rawInput(const std::string &body)
{
    // jsonable_encoder decodes bytes as UTF-8 for the error's input.
    return PyJson::decodeUtf8Replace(body);
}

std::optional<Json> scalarOrList(const Param &p, const Http::Request &request)
{
    const bool isList = p.type.kind == Validation::Kind::List;
    std::vector<std::string> values;
    switch (p.source) {
    case ParamSource::Path: {
        auto it = request.pathParams.find(p.name);
        if (it == request.pathParams.end())
            return std::nullopt;
        return Json(it->second);
    }
    case ParamSource::Query:
        if (!isList) {
            auto v = request.queryValue(p.alias());
            return v ? std::optional<Json>(Json(*v)) : std::nullopt;
        }
        values = request.queryValues(p.alias());
        break;
    case ParamSource::Header:
        if (!isList) {
            auto v = request.headers.get(p.alias());
            return v ? std::optional<Json>(Json(*v)) : std::nullopt;
        }
        values = request.headers.getAll(p.alias());
        break;
    case ParamSource::Cookie: {
        const auto cookies = request.cookies();
        auto it = cookies.find(p.alias());
        if (it == cookies.end())
            return std::nullopt;
        return Json(it->second);
    }
    case ParamSource::Body:
        return std::nullopt;
    }
    if (values.empty())
        return std::nullopt;
    Json arr = Json::array();
    for (auto &v : values)
        arr.push_back(std::move(v));
    return arr;
}

} // namespace

std::optional<Json> readBody(const Http::Request &request, bool strictContentType,
                             const BodyLimits &limits)
{
    if (request.body.size() > limits.maxBytes)
        throw HttpException(413, "Request body too large");
    if (request.body.empty())
        return std::nullopt;
    const auto contentType = request.headers.get("content-type");
    const bool parseJson = contentType ? isJsonContentType(*contentType) : !strictContentType;
    if (!parseJson)
        return rawInput(request.body);
    try {
        return PyJson::parse(request.body, limits.maxDepth);
    } catch (const PyJson::DecodeError &e) {
        Validation::ErrorDetail detail{Validation::ErrorKind::JsonInvalid,
                                       Json::array({"body", e.pos}), Json::object(),
                                       Json{{"msg", e.msg},
                                            {"doc", e.doc},
                                            {"pos", e.pos},
                                            {"lineno", e.lineno},
                                            {"colno", e.colno}}};
        throw RequestValidationError({std::move(detail)});
    } catch (const PyJson::EncodingError &) {
        throw HttpException(400, "There was an error parsing the body");
    }
}

Json readForm(const Route &route, const Http::Request &request, const BodyLimits &limits)
{
    if (request.body.size() > limits.maxBytes)
        throw HttpException(413, "Request body too large");
    Json out = Json::object();
    const auto contentType = request.headers.get("content-type");
    const std::string media
        = contentType ? Http::Headers::lower(contentType->substr(0, contentType->find(';')))
                      : std::string();
    // Request.form(): pairs of a field's name and its value, in the body's order.
    std::vector<std::pair<std::string, Json>> pairs;
    if (media == "application/x-www-form-urlencoded") {
        for (auto &[key, value] : Http::parseQuery(request.body))
            pairs.emplace_back(std::move(key), Json(std::move(value)));
    } else if (media == "multipart/form-data") {
        std::vector<Http::MultipartPart> parts;
        try {
            parts = Http::parseMultipart(request.body, *contentType);
        } catch (const Http::MultipartError &) {
            throw HttpException(400, "There was an error parsing the body");
        }
        for (auto &part : parts) {
            Json value = PyJson::decodeUtf8Replace(part.data);
            if (part.filename) // an UploadFile: its name, type and size, as a value
                value = Json{{"filename", *part.filename},
                             {"content_type", part.contentType},
                             {"size", part.data.size()}};
            pairs.emplace_back(std::move(part.name), std::move(value));
        }
    } else {
        return out;
    }
    for (const auto &p : route.params) {
        if (p.source != ParamSource::Body)
            continue;
        const bool isList = p.type.kind == Validation::Kind::List;
        const Validation::Type &item = isList && p.type.item ? *p.type.item : p.type;
        const bool file
            = item.kind == Validation::Kind::String && item.format == Validation::Format::Binary;
        Json values = Json::array();
        for (const auto &[key, value] : pairs) {
            if (key != p.name
                || (value.is_string() && value.get_ref<const std::string &>().empty()))
                continue; // FastAPI 0.9x: an empty value is a missing one
            if (file && value.is_string())
                values.push_back(Json{{Validation::kTextForFile, value}});
            else if (file)
                values.push_back(value["filename"]); // a file: valid, shown by its name
            else
                values.push_back(value);
        }
        if (values.empty())
            continue;
        out[p.name] = isList ? values : values.back();
    }
    return out;
}

Json validateParams(const Route &route, const Http::Request &request,
                    const std::optional<Json> &body, Validation::ErrorStyle style,
                    std::vector<Validation::ErrorDetail> &errors)
{
    Validation::Validator validator(style, errors);
    Json out = Json::object();
    std::size_t bodyParams = 0;
    for (const auto &p : route.params)
        bodyParams += p.source == ParamSource::Body;

    for (const ParamSource source : {ParamSource::Path, ParamSource::Query, ParamSource::Header,
                                     ParamSource::Cookie, ParamSource::Body}) {
        for (const auto &p : route.params) {
            if (p.source != source)
                continue;
            Json loc = Json::array({toString(source)});
            std::optional<Json> input;
            Json enclosing = nullptr;
            if (source == ParamSource::Body) {
                if (bodyParams == 1 && !p.embed) {
                    // A single body parameter is not embedded: the body is the value.
                    input = body;
                    if (input && input->is_null())
                        input.reset();
                } else {
                    loc.push_back(p.name);
                    // get_missing_field_error: an embedded field's missing error has no input.
                    if (body && body->is_object()) {
                        auto it = body->find(p.name);
                        if (it != body->end() && !it->is_null())
                            input = *it;
                    } else if (body && !body->is_null()) {
                        // received_body.get(alias) raises AttributeError on a list or a string:
                        // FastAPI records the field as missing, required or not.
                        errors.push_back({Validation::ErrorKind::Missing, loc, nullptr});
                        continue;
                    }
                }
            } else {
                loc.push_back(p.alias());
                input = scalarOrList(p, request);
            }
            std::optional<Json> value;
            if (!input) {
                Validation::Field f{p.name, p.type, p.required, p.defaultValue, {}, {}};
                value = validator.missing(f, loc, enclosing);
            } else {
                value = validator.value(*input, p.type, loc);
            }
            if (value)
                out[p.name] = std::move(*value);
        }
    }
    return out;
}

} // namespace Engine::Pipeline
