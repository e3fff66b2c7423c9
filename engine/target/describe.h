#pragma once

#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/target/target.h"

namespace Engine::Target {

// The routes an OpenAPI document declares (paths × operations), with their parameters (path,
// query, header, cookie), body types and a body to start from: what a target that only has a
// document (a live server, an app built from the document) shows in the route tree. Security
// requirements become a dependency named after the scheme.
std::vector<RouteInfo> describeOpenApi(const Json &document);

// Whether a string schema is a file as FastAPI >= 0.129.1 writes one (UploadFile and bytes alike):
// "contentMediaType": "application/octet-stream" without a "contentEncoding" (base64 bytes in
// JSON carry one). Older FastAPI writes "format": "binary".
bool isOctetStream(const Json &schema);

// What changed between two listings of a target's routes (a document edited on disk): one line
// per route, "added GET /items", "removed DELETE /items/{id}", "changed POST /items
// (parameters, body)", in the order of the new listing, removed ones last.
std::vector<std::string> routeChanges(const std::vector<RouteInfo> &before,
                                      const std::vector<RouteInfo> &after);

} // namespace Engine::Target
