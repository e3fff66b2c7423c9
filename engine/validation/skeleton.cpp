#include "engine/validation/skeleton.h"

namespace Engine::Validation {

namespace {
Json exampleFor(const Type &t)
{
    switch (t.kind) {
    case Kind::String:
        return std::string(t.minLen.value_or(0) > 6 ? t.minLen.value_or(0) : 6, 'x');
    case Kind::Integer:
        return t.geLimit ? *t.geLimit
                         : (t.gtLimit ? Json(t.gtLimit->get<long long>() + 1) : Json(0));
    case Kind::Number:
        return t.geLimit ? *t.geLimit
                         : (t.gtLimit ? Json(t.gtLimit->get<double>() + 1) : Json(0.0));
    case Kind::Boolean:
        return true;
    case Kind::List:
        return Json::array();
    case Kind::Object:
        return skeleton(*t.model);
    case Kind::Literal:
        return t.literals.empty() ? Json() : t.literals.front();
    case Kind::Any:
        break;
    }
    return nullptr;
}
} // namespace

Json skeleton(const Model &model)
{
    Json out = Json::object();
    for (const auto &f : model.fields)
        out[f.name] = f.required ? exampleFor(f.type) : f.defaultValue;
    return out;
}

} // namespace Engine::Validation
