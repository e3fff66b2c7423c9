#include "engine/demo/forge.h"

namespace Engine::Demo {

using Validation::Type;

bool isValidEmail(const std::string &email)
{
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos)
        return false;
    const std::string domain = email.substr(at + 1);
    return !domain.empty() && domain.find('.') != std::string::npos;
}

namespace {
std::optional<std::string> checkEmail(const Json &value)
{
    if (isValidEmail(value.get<std::string>()))
        return std::nullopt;
    return "value is not a valid email address";
}
} // namespace

const ForgeModels &ForgeModels::get()
{
    static const ForgeModels models = [] {
        ForgeModels m;
        auto user = std::make_shared<Validation::Model>();
        user->name = "UserCreate";
        user->fields = {
            Validation::required("username",
                                 Type::string().minLength(3).maxLength(32).pattern("^[a-z0-9_]+$")),
            Validation::required("email", Type::string().validator("check_email", checkEmail)),
            Validation::optional("full_name", Type::string().maxLength(64).nullable(), nullptr),
            Validation::optional("age", Type::integer().ge(0).le(150).nullable(), nullptr),
            Validation::optional("tags",
                                 Type::list(Type::string().minLength(1).maxLength(16)).maxLength(5),
                                 Json::array()),
        };
        m.userCreate = user;

        auto login = std::make_shared<Validation::Model>();
        login->name = "Login";
        login->fields = {Validation::required("username", Type::string()),
                         Validation::required("password", Type::string())};
        m.login = login;

        auto dims = std::make_shared<Validation::Model>();
        dims->name = "Dimensions";
        dims->fields = {Validation::required("width", Type::number().gt(0)),
                        Validation::required("height", Type::number().gt(0))};
        m.dimensions = dims;

        auto item = std::make_shared<Validation::Model>();
        item->name = "ItemCreate";
        item->fields = {
            Validation::required("name", Type::string().minLength(1).maxLength(50)),
            Validation::required("price", Type::number().gt(0)),
            Validation::optional("quantity", Type::integer().ge(0), 1),
            Validation::optional("in_stock", Type::boolean(), true),
            Validation::optional("dimensions", Type::object(dims).nullable(), nullptr),
        };
        m.itemCreate = item;
        return m;
    }();
    return models;
}

} // namespace Engine::Demo
