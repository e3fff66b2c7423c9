#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/http/response.h"
#include "engine/validation/type.h"

namespace Engine::Pipeline {

class Call;
class WebSocket;

enum class ParamSource { Path, Query, Header, Cookie, Body };
std::string toString(ParamSource source);

// A declared parameter of a route (FastAPI's Path/Query/Header/Cookie/Body), validated before
// the handler runs.
struct Param
{
    std::string name;
    ParamSource source = ParamSource::Query;
    Validation::Type type;
    bool required = true;
    Json defaultValue;
    std::string description;
    // FastAPI's convert_underscores: a header named x_token is read as x-token. Off for
    // names that are already the header's (read from an OpenAPI document).
    bool convertUnderscores = true;
    // Body(embed=True): the value sits under its name even when it is the only body parameter.
    bool embed = false;

    // The name looked up in the request: headers convert '_' to '-' (FastAPI's
    // convert_underscores).
    std::string alias() const;
};

using Handler = std::function<Http::Response(Call &)>;
using WebSocketHandler = std::function<void(WebSocket &)>;

// A Starlette path template: "/users/{user_id}", "/files/{rest:path}", "/n/{n:int}".
class PathTemplate
{
public:
    PathTemplate() = default;
    // Throws Engine::Error for an unknown convertor or an unbalanced brace.
    explicit PathTemplate(const std::string &path);

    // Matches a decoded path, filling params with the captured strings.
    bool match(const std::string &path, std::map<std::string, std::string> &params) const;
    const std::vector<std::string> &paramNames() const { return m_names; }
    // The template with convertors removed, as OpenAPI writes it: "/n/{n}".
    std::string openapiPath() const;

private:
    struct Segment
    {
        std::string literal;   // text before the parameter
        std::string name;      // empty for a trailing literal
        std::string convertor; // str, int, float, path, uuid
    };
    std::vector<Segment> m_segments;
    std::vector<std::string> m_names;
};

// A route of the app with its metadata (listed by the GUI and exported to OpenAPI).
struct Route
{
    std::vector<std::string> methods;
    std::string path;
    PathTemplate pattern;
    std::string name;
    std::string summary;
    std::string description;
    std::vector<std::string> tags;
    int statusCode = 200;
    std::vector<Param> params;
    std::vector<std::string> dependencies;
    Handler handler;
    WebSocketHandler websocketHandler;
    bool isWebSocket = false;
    // false for the routes FastAPI adds itself (/openapi.json): not listed, not in the schema.
    bool includeInSchema = true;
    // The body is a form (application/x-www-form-urlencoded): body parameters are its fields.
    bool formBody = false;

    Route &named(std::string routeName);
    Route &status(int code);
    Route &tag(std::string t);
    Route &depends(std::vector<std::string> names);
    Route &pathParam(std::string n, Validation::Type type);
    Route &query(std::string n, Validation::Type type);
    Route &query(std::string n, Validation::Type type, Json defaultValue);
    Route &header(std::string n, Validation::Type type, Json defaultValue = nullptr,
                  bool isRequired = false);
    Route &body(std::string n, Validation::Type type);

    // FastAPI's operationId: name + path with non-word characters as "_" + "_" + method.
    std::string operationId() const;
    // The summary, or the name in title case ("health_check" -> "Health Check").
    std::string displaySummary() const;
};

} // namespace Engine::Pipeline
