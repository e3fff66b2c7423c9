#include "engine/di/resolver.h"

#include <algorithm>

#include "engine/core/pyerror.h"
#include "engine/core/trace.h"

namespace Engine::Di {

Resolver::Resolver(const Registry &registry, const Overrides &overrides,
                   const Http::Request &request, ExecutionTrace *trace)
    : m_registry(registry)
    , m_overrides(overrides)
    , m_request(request)
    , m_trace(trace)
{}

Resolver::~Resolver()
{
    // Teardowns normally ran already; this only guards against a path that skipped them.
    try {
        runTeardowns();
    } catch (...) {
    }
}

std::any &Resolver::resolve(const std::string &name)
{
    const Dependency *dep = m_registry.find(name);
    if (!dep)
        throw Engine::Error("unknown dependency '" + name + "'");
    if (dep->useCache) {
        auto it = m_cache.find(name);
        if (it != m_cache.end()) {
            if (m_trace)
                m_trace->add("dependency", name, "cache hit");
            return it->second;
        }
    }
    if (std::find(m_resolving.begin(), m_resolving.end(), name) != m_resolving.end())
        throw std::logic_error("dependency cycle through '" + name + "'");
    const Provider &provider = m_registry.activeProvider(name, m_overrides);
    m_resolving.push_back(name);
    struct Pop
    {
        std::vector<std::string> &v;
        ~Pop() { v.pop_back(); }
    } pop{m_resolving};
    for (const auto &sub : provider.dependsOn)
        resolve(sub);
    Provided provided = provider.fn(*this);
    if (m_trace) {
        const bool overridden = &provider != &dep->real;
        m_trace->add("dependency", name,
                     provider.name + (overridden ? " (override)" : "")
                         + (provided.teardown ? ", yield" : ""));
    }
    if (provided.teardown)
        m_teardowns.push_back(Exit{name, std::move(provided.teardown), std::move(provided.abort)});
    auto [it, inserted] = m_cache.insert_or_assign(name, std::move(provided.value));
    return it->second;
}

void Resolver::runTeardowns(bool failed)
{
    std::exception_ptr first;
    while (!m_teardowns.empty()) {
        Exit exit = std::move(m_teardowns.back());
        m_teardowns.pop_back();
        const std::string &name = exit.name;
        try {
            const bool aborting = failed && exit.abort;
            (aborting ? exit.abort : exit.teardown)();
            if (m_trace)
                m_trace->add("teardown", name, aborting ? "after an error" : "");
        } catch (...) {
            if (m_trace)
                m_trace->add("teardown", name, "failed");
            if (!first)
                first = std::current_exception();
        }
    }
    if (first)
        std::rethrow_exception(first);
}

} // namespace Engine::Di
