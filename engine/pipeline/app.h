#pragma once

#include <any>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/trace.h"
#include "engine/di/overrides.h"
#include "engine/di/registry.h"
#include "engine/http/request.h"
#include "engine/http/response.h"
#include "engine/pipeline/call.h"
#include "engine/pipeline/exceptions.h"
#include "engine/pipeline/route.h"
#include "engine/validation/errorstyle.h"

namespace Engine::Pipeline {

class App;
struct Exchange;

// call_next of a user middleware: runs the rest of the stack.
class Next
{
public:
    Next(App &app, Exchange &exchange, std::size_t index);
    Http::Response operator()(Http::Request &request) const;

private:
    App &m_app;
    Exchange &m_exchange;
    std::size_t m_index;
};

using Middleware = std::function<Http::Response(Http::Request &, const Next &)>;
// Answers an exception of the type it is registered for (exception_handler(Type)).
using ExceptionHandler = std::function<Http::Response(const Http::Request &, const PyError &)>;

struct AppConfig
{
    bool debug = false;
    Validation::ErrorStyle errorStyle = Validation::ErrorStyle::V2;
    std::size_t maxBodyBytes = 10 * 1024 * 1024;
    std::size_t maxJsonDepth = 512;
    bool redirectSlashes = true;
    // A JSON body without a Content-Type is not parsed (FastAPI >= 0.132); unset: as the error
    // style's era does (parsed in v1, refused in v2).
    std::optional<bool> strictContentType;
};

// What the app did with one request: the response, and the error that the server-error layer
// caught (the 500 was produced) or that a background task or teardown raised after the response.
struct Outcome
{
    Http::Response response;
    std::exception_ptr error;
    std::optional<ErrorInfo> errorInfo;
    bool errorAfterResponse = false;
};

// An ASGI-style application with Starlette's layering (outermost first): the server-error
// layer, user middleware, the exception layer, the router. Routes, dependencies, overrides,
// exception handlers, lifespan hooks and app.state live here.
class App
{
public:
    App(std::string title, std::string version);
    virtual ~App();
    App(const App &) = delete;
    App &operator=(const App &) = delete;

    const std::string &title() const { return m_title; }
    const std::string &version() const { return m_version; }
    AppConfig &config() { return m_config; }
    const AppConfig &config() const { return m_config; }

    Route &route(std::vector<std::string> methods, const std::string &path, std::string name,
                 Handler handler);
    Route &get(const std::string &path, std::string name, Handler handler);
    Route &post(const std::string &path, std::string name, Handler handler);
    Route &put(const std::string &path, std::string name, Handler handler);
    Route &patch(const std::string &path, std::string name, Handler handler);
    Route &del(const std::string &path, std::string name, Handler handler);
    Route &websocket(const std::string &path, std::string name, WebSocketHandler handler);
    const std::deque<Route> &routes() const { return m_routes; }
    const Route *findRoute(const std::string &name) const;
    // FastAPI's setup(): GET /openapi.json serving the app's OpenAPI document in the app's
    // error style. Call before adding the app's own routes, as FastAPI does.
    void addOpenApiRoute();

    // FastAPI(dependencies=[Depends(...)]): resolved for every route, before the route's own.
    void addGlobalDependency(std::string name);
    const std::vector<std::string> &globalDependencies() const { return m_globalDependencies; }

    // @app.middleware("http"): the middleware added last is the outermost.
    void addMiddleware(std::string name, Middleware middleware);
    void addExceptionHandler(std::string type, ExceptionHandler handler);

    void onStartup(std::function<void()> hook);
    void onShutdown(std::function<void()> hook);
    // Lifespan: run the startup hooks (throws what a hook throws) / the shutdown hooks.
    void startup();
    void shutdown();
    bool lifespanActive() const { return m_lifespanActive; }

    Di::Registry &dependencies() { return m_dependencies; }
    const Di::Registry &dependencies() const { return m_dependencies; }
    Di::Overrides &overrides() { return m_overrides; }
    const Di::Overrides &overrides() const { return m_overrides; }

    // app.state: values by name.
    std::map<std::string, std::any> &state() { return m_state; }

    // The full pipeline for one HTTP request. Never throws for application errors: they
    // come back in the Outcome (TestClient decides whether to raise them).
    Outcome handle(Http::Request request, ExecutionTrace *trace = nullptr);

    // Opens a websocket to path: the matched route's handler runs on the channel. Returns
    // false when no websocket route matches (the connection is closed with 1000).
    const Route *matchWebSocket(Http::Request &request) const;

private:
    friend class Next;
    Http::Response callLayer(std::size_t index, Http::Request &request, Exchange &exchange);
    Http::Response exceptionLayer(Http::Request &request, Exchange &exchange);
    Http::Response routerLayer(Http::Request &request, Exchange &exchange);
    Http::Response runRoute(const Route &route, Http::Request &request, Exchange &exchange);
    Http::Response answerException(const Http::Request &request, const PyError &error,
                                   Exchange &exchange, bool &handled);
    std::string traceback(const ErrorInfo &info, const Exchange &exchange) const;
    // Records the exception being handled in outcome (the error TestClient may re-raise).
    void capture(Outcome &outcome, const Exchange &exchange, bool afterResponse) const;

    std::string m_title;
    std::string m_version;
    AppConfig m_config;
    std::deque<Route> m_routes;
    std::vector<std::pair<std::string, Middleware>> m_middleware;
    std::vector<std::string> m_globalDependencies;
    std::map<std::string, ExceptionHandler> m_exceptionHandlers;
    std::vector<std::function<void()>> m_startup;
    std::vector<std::function<void()>> m_shutdown;
    bool m_lifespanActive = false;
    Di::Registry m_dependencies;
    Di::Overrides m_overrides;
    std::map<std::string, std::any> m_state;
};

} // namespace Engine::Pipeline
