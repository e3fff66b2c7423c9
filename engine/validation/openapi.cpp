#include "engine/validation/openapi.h"

#include "engine/pipeline/app.h"

namespace Engine::Validation {

Json openapi(const Pipeline::App &app, ErrorStyle style)
{
    return Json{{"openapi", style == ErrorStyle::V1 ? "3.0.2" : "3.1.0"},
                {"info", {{"title", app.title()}, {"version", app.version()}}}};
}

Json skeleton(const Model &model)
{
    Json out = Json::object();
    for (const auto &f : model.fields)
        out[f.name] = f.required ? Json() : f.defaultValue;
    return out;
}

} // namespace Engine::Validation
