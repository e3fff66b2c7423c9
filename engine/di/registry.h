#pragma once

#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/di/dependency.h"
#include "engine/di/overrides.h"

namespace Engine::Di {

// Every dependency an app declares, in declaration order.
class Registry
{
public:
    // Throws Engine::Error when the name is taken or a provider needs an unknown
    // dependency (checked lazily, at resolution, for forward declarations).
    void add(Dependency dependency);
    const Dependency *find(const std::string &name) const;
    const std::vector<Dependency> &all() const { return m_dependencies; }

    // The provider that runs for name now: the override's double or the real provider.
    const Provider &activeProvider(const std::string &name, const Overrides &overrides) const;

    // The dependency tree below roots, with the active provider of each node:
    // [{"name","provider","overridden","set_by","depends_on":[...]}].
    Json tree(const std::vector<std::string> &roots, const Overrides &overrides) const;

    // Throws Engine::Error, listing the valid names, for an unknown dependency or
    // double ("real" and the real provider's own name select the real provider).
    void checkOverride(const std::string &dependency, const std::string &provider) const;

private:
    std::vector<Dependency> m_dependencies;
};

} // namespace Engine::Di
