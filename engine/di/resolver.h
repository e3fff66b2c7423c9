#pragma once

#include <any>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/di/registry.h"
#include "engine/http/request.h"

namespace Engine {
struct ExecutionTrace;
}

namespace Engine::Di {

// Resolves dependencies for one request: depth first, each once (per-request cache), with
// teardowns kept in setup order and run in reverse. Records into the trace which provider ran.
class Resolver
{
public:
    Resolver(const Registry &registry, const Overrides &overrides, const Http::Request &request,
             ExecutionTrace *trace);
    ~Resolver();
    Resolver(const Resolver &) = delete;
    Resolver &operator=(const Resolver &) = delete;

    // The value of a dependency, resolving it (and what it needs) on first use.
    std::any &resolve(const std::string &name);

    template<class T>
    T &get(const std::string &name)
    {
        std::any &v = resolve(name);
        if (T *p = std::any_cast<T>(&v))
            return *p;
        throw std::logic_error("dependency '" + name + "' does not hold the requested type");
    }

    const Http::Request &request() const { return m_request; }

    // Runs the teardowns in reverse order of setup; with failed, an error is passing through and
    // a dependency's abort runs where it has one. Every teardown runs; the first error is
    // rethrown afterwards.
    void runTeardowns(bool failed = false);

private:
    const Registry &m_registry;
    const Overrides &m_overrides;
    const Http::Request &m_request;
    ExecutionTrace *m_trace;
    std::map<std::string, std::any> m_cache;
    std::vector<std::string> m_resolving;
    struct Exit
    {
        std::string name;
        std::function<void()> teardown;
        std::function<void()> abort;
    };
    std::vector<Exit> m_teardowns;
};

} // namespace Engine::Di
