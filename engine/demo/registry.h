#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/demo/forge.h"

namespace Engine::Demo {

// The built-in demo apps by name ("forge"). Throws std::invalid_argument listing the valid
// names for an unknown one.
std::unique_ptr<ForgeApp> makeApp(const std::string &name, ForgeOptions options = {});
std::vector<std::string> appNames();

} // namespace Engine::Demo
