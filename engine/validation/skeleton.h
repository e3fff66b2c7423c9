#pragma once

#include "engine/core/json.h"
#include "engine/validation/type.h"

namespace Engine::Validation {

// A JSON value that fits a model: defaults where given, examples otherwise ("string", 0, ...),
// for the GUI's "Fill from schema".
Json skeleton(const Model &model);

} // namespace Engine::Validation
