#include "engine/di/dependency.h"

namespace Engine::Di {

const Provider *Dependency::provider(const std::string &providerName) const
{
    if (providerName == real.name || providerName == "real")
        return &real;
    for (const auto &d : doubles)
        if (d.name == providerName)
            return &d;
    return nullptr;
}

std::vector<std::string> Dependency::providerNames() const
{
    std::vector<std::string> out{real.name};
    for (const auto &d : doubles)
        out.push_back(d.name);
    return out;
}

} // namespace Engine::Di
