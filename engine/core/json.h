#pragma once

#include <nlohmann/json.hpp>

namespace Engine {

// The only JSON type of the engine: keys keep their insertion order, as Python dicts do.
using Json = nlohmann::ordered_json;

} // namespace Engine
