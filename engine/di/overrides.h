#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/clock.h"
#include "engine/core/json.h"

namespace Engine::Di {

// One change to the overrides, with who made it (a test, a fixture, "GUI", "CLI") and when.
struct OverrideEvent
{
    std::string action; // "set", "remove", "clear"
    std::string dependency;
    std::string provider;
    std::string by;
    std::int64_t atMicros = 0;
};

struct ActiveOverride
{
    std::string dependency;
    std::string provider;
    std::string setBy;
    std::int64_t sinceMicros = 0;
};

// app.dependency_overrides, keyed by dependency name, with provenance: every set, remove
// and clear is recorded so the product can say which override leaked from where.
class Overrides
{
public:
    explicit Overrides(const Clock &clock = Clock::system());

    void set(const std::string &dependency, const std::string &provider, const std::string &by);
    // Returns false when nothing was set for dependency.
    bool remove(const std::string &dependency, const std::string &by);
    void clear(const std::string &by);

    std::optional<std::string> providerFor(const std::string &dependency) const;
    std::vector<ActiveOverride> active() const;
    const std::vector<OverrideEvent> &history() const { return m_history; }
    bool empty() const { return m_active.empty(); }

private:
    const Clock *m_clock;
    std::map<std::string, ActiveOverride> m_active;
    std::vector<OverrideEvent> m_history;
};

void to_json(Json &j, const OverrideEvent &e);
void to_json(Json &j, const ActiveOverride &a);

} // namespace Engine::Di
