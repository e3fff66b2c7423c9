#pragma once

#include <vector>

#include "engine/core/json.h"
#include "engine/target/target.h"

namespace Engine::Target {

// The routes an OpenAPI document declares (paths × operations), with their parameters (path,
// query, header, cookie), body types and a body to start from: what a target that only has a
// document (a live server, an app built from the document) shows in the route tree. Security
// requirements become a dependency named after the scheme.
std::vector<RouteInfo> describeOpenApi(const Json &document);

} // namespace Engine::Target
