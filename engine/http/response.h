#pragma once

#include <string>

#include "engine/core/json.h"
#include "engine/http/headers.h"

namespace Engine::Http {

// An HTTP response: status, headers (lower-cased names, in Starlette's order) and body bytes.
struct Response
{
    int status = 200;
    Headers headers;
    std::string body;

    // Starlette's JSONResponse: compact JSON, content-length then content-type
    // application/json. Throws PyError(ValueError) for NaN or infinity (allow_nan=False).
    static Response json(int status, const Json &content, const Headers &extra = {});
    // The same, for a body already serialised.
    static Response jsonText(int status, std::string body, const Headers &extra = {});
    // PlainTextResponse: content-type text/plain; charset=utf-8.
    static Response text(int status, std::string body, const Headers &extra = {});
    // Response(status_code=...) without content: no content-length for 1xx/204/304.
    static Response empty(int status, const Headers &extra = {});
    // RedirectResponse: location header, empty body.
    static Response redirect(int status, const std::string &location);

    bool isJson() const;
    // The parsed body, or nullopt when the body is not valid JSON.
    std::optional<Json> parsedJson() const;
};

// "OK", "Not Found", ... (http.HTTPStatus phrases); "" for unknown codes.
std::string reasonPhrase(int status);

void to_json(Json &j, const Response &r);

} // namespace Engine::Http
