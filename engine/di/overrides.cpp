#include "engine/di/overrides.h"

namespace Engine::Di {

Overrides::Overrides(const Clock &clock)
    : m_clock(&clock)
{}

void Overrides::set(const std::string &dependency, const std::string &provider,
                    const std::string &by)
{
    const auto now = m_clock->nowMicros();
    m_active[dependency] = ActiveOverride{dependency, provider, by, now};
    m_history.push_back({"set", dependency, provider, by, now});
}

bool Overrides::remove(const std::string &dependency, const std::string &by)
{
    auto it = m_active.find(dependency);
    if (it == m_active.end())
        return false;
    m_history.push_back({"remove", dependency, it->second.provider, by, m_clock->nowMicros()});
    m_active.erase(it);
    return true;
}

void Overrides::clear(const std::string &by)
{
    m_history.push_back({"clear", {}, {}, by, m_clock->nowMicros()});
    m_active.clear();
}

std::optional<std::string> Overrides::providerFor(const std::string &dependency) const
{
    auto it = m_active.find(dependency);
    if (it == m_active.end())
        return std::nullopt;
    return it->second.provider;
}

std::vector<ActiveOverride> Overrides::active() const
{
    std::vector<ActiveOverride> out;
    for (const auto &[name, a] : m_active)
        out.push_back(a);
    return out;
}

void to_json(Json &j, const OverrideEvent &e)
{
    j = Json{{"action", e.action},
             {"dependency", e.dependency},
             {"provider", e.provider},
             {"by", e.by},
             {"at_us", e.atMicros}};
}

void to_json(Json &j, const ActiveOverride &a)
{
    j = Json{{"dependency", a.dependency},
             {"provider", a.provider},
             {"set_by", a.setBy},
             {"since_us", a.sinceMicros}};
}

} // namespace Engine::Di
