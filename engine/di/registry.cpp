#include "engine/di/registry.h"

#include "engine/core/pyerror.h"

#include <stdexcept>

namespace Engine::Di {

void Registry::add(Dependency dependency)
{
    if (find(dependency.name))
        throw Engine::Error("dependency '" + dependency.name + "' is declared twice");
    if (dependency.real.name.empty())
        dependency.real.name = dependency.name;
    m_dependencies.push_back(std::move(dependency));
}

const Dependency *Registry::find(const std::string &name) const
{
    for (const auto &d : m_dependencies)
        if (d.name == name)
            return &d;
    return nullptr;
}

const Provider &Registry::activeProvider(const std::string &name, const Overrides &overrides) const
{
    const Dependency *dep = find(name);
    if (!dep)
        throw Engine::Error("unknown dependency '" + name + "'");
    if (auto chosen = overrides.providerFor(name))
        if (const Provider *p = dep->provider(*chosen))
            return *p;
    return dep->real;
}

Json Registry::tree(const std::vector<std::string> &roots, const Overrides &overrides) const
{
    Json out = Json::array();
    for (const auto &name : roots) {
        const Provider &p = activeProvider(name, overrides);
        Json node{{"name", name}, {"provider", p.name}};
        const auto active = overrides.active();
        bool overridden = false;
        for (const auto &a : active) {
            if (a.dependency == name) {
                overridden = true;
                node["set_by"] = a.setBy;
            }
        }
        node["overridden"] = overridden;
        node["depends_on"] = tree(p.dependsOn, overrides);
        out.push_back(std::move(node));
    }
    return out;
}

void Registry::checkOverride(const std::string &dependency, const std::string &provider) const
{
    const Dependency *dep = find(dependency);
    if (!dep) {
        std::string names;
        for (const auto &d : m_dependencies)
            names += (names.empty() ? "" : ", ") + d.name;
        throw Engine::Error("unknown dependency '" + dependency + "'; valid: " + names);
    }
    if (!dep->provider(provider)) {
        std::string names = "real";
        for (const auto &d : dep->doubles)
            names += ", " + d.name;
        throw Engine::Error("unknown double '" + provider + "' for " + dependency
                            + "; valid: " + names);
    }
}

} // namespace Engine::Di
