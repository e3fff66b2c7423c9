#pragma once

#include <optional>
#include <vector>

#include "engine/core/json.h"
#include "engine/http/request.h"
#include "engine/pipeline/route.h"
#include "engine/validation/error.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Pipeline {

struct BodyLimits
{
    std::size_t maxBytes;
    std::size_t maxDepth;
};

// FastAPI's body reading for a route with body parameters: nullopt for an empty body, the
// parsed JSON when the content-type is JSON (or absent, unless strictContentType: FastAPI
// >= 0.132), else the raw text. Throws RequestValidationError for invalid JSON (json_invalid /
// value_error.jsondecode), HttpException 400 for a body that is not UTF-8, 413 for one over the
// limit.
std::optional<Json> readBody(const Http::Request &request, bool strictContentType,
                             const BodyLimits &limits);

// A form body (application/x-www-form-urlencoded or multipart/form-data) as FastAPI reads it for
// Form and File parameters: one value per field (the last one given), every value for a field
// declared as a list; empty values count as missing (FastAPI 0.9x). A file part given for a file
// field stands as its filename; a text part for a file field is marked (Validation::kTextForFile)
// for UploadFile's error. Anything that is not a form is an empty one; a multipart body that
// does not parse is HttpException 400 "There was an error parsing the body".
Json readForm(const Route &route, const Http::Request &request, const BodyLimits &limits);

// Validates the route's parameters (path, query, header, cookie, body; FastAPI's order) and
// returns them by name; errors are appended in the same order.
Json validateParams(const Route &route, const Http::Request &request,
                    const std::optional<Json> &body, Validation::ErrorStyle style,
                    std::vector<Validation::ErrorDetail> &errors);

} // namespace Engine::Pipeline
