#pragma once

#include <any>
#include <functional>
#include <string>
#include <vector>

#include "engine/core/json.h"

namespace Engine::Di {

class Resolver;

// What a provider gives: the value, and for yield-style dependencies the code after the
// yield, which runs at teardown (after the response and its background tasks).
struct Provided
{
    std::any value;
    // The code after a generator dependency's yield: runs when the request is over.
    std::function<void()> teardown;
    // Its except branch, run instead of teardown when an error passes through the dependency's
    // exit (a handler's, another dependency's or a background task's). Empty: teardown runs.
    std::function<void()> abort = {};
};

using ProviderFn = std::function<Provided(Resolver &)>;

// One way to provide a dependency: the real one or a named double. dependsOn lists the
// dependencies this provider needs, resolved before it runs (FastAPI resolves an override's own
// parameters as dependencies in their own right).
struct Provider
{
    std::string name;
    std::string description;
    std::vector<std::string> dependsOn;
    ProviderFn fn;
};

// A dependency declared once (FastAPI's Depends(get_db)), with its real provider and the
// doubles a test or the GUI may swap in.
struct Dependency
{
    std::string name;
    std::string description;
    Provider real;
    std::vector<Provider> doubles;
    bool useCache = true;
    // A security scheme this dependency implements ({"name": ..., "scheme": {...}}), listed in
    // OpenAPI for every route whose dependency tree contains it; null when none.
    Json security;

    const Provider *provider(const std::string &providerName) const;
    std::vector<std::string> providerNames() const; // the real one first
};

} // namespace Engine::Di
