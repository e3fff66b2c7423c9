#include "engine/validation/skeleton.h"

namespace Engine::Validation {

namespace {
Json exampleFor(const Type &t)
{
    switch (t.kind) {
    case Kind::String:
        switch (t.format) {
        case Format::Date:
            return "2024-01-01";
        case Format::DateTime:
            return "2024-01-01T00:00:00Z";
        case Format::Uuid:
            return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        case Format::Email:
            return "user@example.com";
        case Format::Url:
        case Format::HttpUrl:
            return "https://example.com/";
        case Format::Time:
            return "12:00:00";
        case Format::Duration:
            return "P1D";
        case Format::Ipv4:
        case Format::IpAny:
            return "127.0.0.1";
        case Format::Ipv6:
            return "::1";
        case Format::None:
        case Format::Binary:
            break;
        }
        return std::string(t.minLen.value_or(0) > 6 ? t.minLen.value_or(0) : 6, 'x');
    case Kind::Integer:
        return t.geLimit ? *t.geLimit
                         : (t.gtLimit ? Json(t.gtLimit->get<long long>() + 1) : Json(0));
    case Kind::Number:
        return t.geLimit ? *t.geLimit
                         : (t.gtLimit ? Json(t.gtLimit->get<double>() + 1) : Json(0.0));
    case Kind::Boolean:
        return true;
    case Kind::List: {
        Json out = Json::array(); // a tuple needs each of its positions
        for (const auto &position : t.positions)
            out.push_back(exampleFor(position));
        return out;
    }
    case Kind::Object:
        return skeleton(*t.model);
    case Kind::Literal:
        return t.literals.empty() ? Json() : t.literals.front();
    case Kind::Dict:
        return Json::object();
    case Kind::Union:
        return t.members.empty() ? Json() : exampleFor(t.members.front());
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
