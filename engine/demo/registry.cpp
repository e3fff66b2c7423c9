#include "engine/demo/registry.h"

#include <stdexcept>

namespace Engine::Demo {

std::vector<std::string> appNames()
{
    return {"forge"};
}

std::unique_ptr<ForgeApp> makeApp(const std::string &name, ForgeOptions options)
{
    if (name == "forge")
        return std::make_unique<ForgeApp>(std::move(options));
    throw std::invalid_argument("unknown app '" + name + "'; valid: forge");
}

} // namespace Engine::Demo
