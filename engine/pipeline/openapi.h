#pragma once

#include "engine/core/json.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Pipeline {

class App;

// The OpenAPI 3 document FastAPI generates for an app (app.openapi()): paths with parameters,
// request bodies and responses (422 with HTTPValidationError), components/schemas with the
// models' constraints as JSON Schema keywords. The V1 style writes FastAPI 0.9x's document
// (OpenAPI 3.0.2, Pydantic 1 schemas), V2 FastAPI 0.132's (OpenAPI 3.1.0, Pydantic 2 schemas).
Json openapi(const App &app, Validation::ErrorStyle style);

} // namespace Engine::Pipeline
