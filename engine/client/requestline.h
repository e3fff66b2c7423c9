#pragma once

#include <optional>
#include <string>

#include "engine/client/testclient.h"
#include "engine/core/json.h"
#include "engine/core/pyerror.h"

namespace Engine::Client {

// A request line or step that is not a request: what is wrong with it.
class InvalidRequest : public Error
{
public:
    using Error::Error;
};

// A request written as JSON, as `api-replay requests` lines and suite steps write it:
// {"method", "path", "headers"?, "query"?, "json"? | "body"?}. "query" is percent-encoded onto
// the path; a "body" is sent as it is, with content-type application/json unless the headers
// name one. Throws InvalidRequest ("\"path\" must be a string starting with \"/\"", ...) for
// anything that is not a valid request.
RequestOptions requestFromJson(const Json &line);

// An HTTP token (RFC 9110): what a method or a header name must be.
bool isToken(const std::string &s);

} // namespace Engine::Client
