#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/di/resolver.h"
#include "engine/http/request.h"
#include "engine/http/response.h"

namespace Engine::Pipeline {

class App;
struct Route;

struct BackgroundTask
{
    std::string name;
    std::function<void()> run;
};

// What a handler receives: the request, its validated parameters (by name), the resolved
// dependencies, and the background tasks to run once the response is produced.
class Call
{
public:
    Call(const Http::Request &request, App &app, const Route &route, Json params,
         Di::Resolver &deps, std::vector<BackgroundTask> &background);

    const Http::Request &request() const { return m_request; }
    App &app() const { return m_app; }
    const Route &route() const { return m_route; }
    // A validated parameter; null for an optional one that was not given.
    const Json &param(const std::string &name) const;

    template<class T>
    T &dep(const std::string &name)
    {
        return m_deps.get<T>(name);
    }

    void addTask(std::string name, std::function<void()> run);

    // A JSON response with the route's status code (status_code=... in the decorator).
    Http::Response json(const Json &content) const;
    // Response(status_code=route status) without a body (204).
    Http::Response empty() const;

private:
    const Http::Request &m_request;
    App &m_app;
    const Route &m_route;
    Json m_params;
    Di::Resolver &m_deps;
    std::vector<BackgroundTask> &m_background;
};

} // namespace Engine::Pipeline
