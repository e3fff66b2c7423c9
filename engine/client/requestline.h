#pragma once

#include <optional>
#include <string>

#include "engine/client/testclient.h"
#include "engine/core/json.h"

namespace Engine::Client {

// A request written as JSON, as `api-replay requests` lines and suite steps write it:
// {"method", "path", "headers"?, "query"?, "json"? | "body"?}. "query" is percent-encoded onto
// the path; a "body" is sent as it is, with content-type application/json unless the headers
// name one. nullopt with error set ("\"path\" must be a string starting with \"/\"", ...) for
// anything that is not a valid request.
// An HTTP token (RFC 9110): what a method or a header name must be.
bool isToken(const std::string &s);

std::optional<RequestOptions> requestFromJson(const Json &line, std::string &error);

} // namespace Engine::Client
