#include "engine/pipeline/app.h"

#include "engine/core/pyjson.h"
#include "engine/pipeline/openapi.h"
#include "engine/pipeline/requestvalidation.h"

namespace Engine::Pipeline {

// Per-request state shared by the layers.
struct Exchange
{
    ExecutionTrace *trace = nullptr;
    std::unique_ptr<Di::Resolver> resolver;
    std::vector<BackgroundTask> background;
    const Route *route = nullptr;

    void add(std::string kind, std::string name, std::string detail = {})
    {
        if (trace)
            trace->add(std::move(kind), std::move(name), std::move(detail));
    }
};

Call::Call(const Http::Request &request, App &app, const Route &route, Json params,
           Di::Resolver &deps, std::vector<BackgroundTask> &background)
    : m_request(request)
    , m_app(app)
    , m_route(route)
    , m_params(std::move(params))
    , m_deps(deps)
    , m_background(background)
{}

const Json &Call::param(const std::string &name) const
{
    static const Json null;
    auto it = m_params.find(name);
    return it == m_params.end() ? null : *it;
}

void Call::addTask(std::string name, std::function<void()> run)
{
    m_background.push_back({std::move(name), std::move(run)});
}

Http::Response Call::json(const Json &content) const
{
    return Http::Response::json(m_route.statusCode, content);
}

Http::Response Call::empty() const
{
    return Http::Response::empty(m_route.statusCode);
}

Next::Next(App &app, Exchange &exchange, std::size_t index)
    : m_app(app)
    , m_exchange(exchange)
    , m_index(index)
{}

Http::Response Next::operator()(Http::Request &request) const
{
    return m_app.callLayer(m_index, request, m_exchange);
}

App::App(std::string title, std::string version)
    : m_title(std::move(title))
    , m_version(std::move(version))
{}

App::~App() = default;

Route &App::route(std::vector<std::string> methods, const std::string &path, std::string name,
                  Handler handler)
{
    Route r;
    r.methods = std::move(methods);
    r.path = path;
    r.pattern = PathTemplate(path);
    r.name = std::move(name);
    r.handler = std::move(handler);
    m_routes.push_back(std::move(r));
    return m_routes.back();
}

Route &App::get(const std::string &path, std::string name, Handler handler)
{
    return route({"GET"}, path, std::move(name), std::move(handler));
}

Route &App::post(const std::string &path, std::string name, Handler handler)
{
    return route({"POST"}, path, std::move(name), std::move(handler));
}

Route &App::put(const std::string &path, std::string name, Handler handler)
{
    return route({"PUT"}, path, std::move(name), std::move(handler));
}

Route &App::patch(const std::string &path, std::string name, Handler handler)
{
    return route({"PATCH"}, path, std::move(name), std::move(handler));
}

Route &App::del(const std::string &path, std::string name, Handler handler)
{
    return route({"DELETE"}, path, std::move(name), std::move(handler));
}

Route &App::websocket(const std::string &path, std::string name, WebSocketHandler handler)
{
    Route &r = route({}, path, std::move(name), {});
    r.isWebSocket = true;
    r.websocketHandler = std::move(handler);
    return r;
}

void App::addOpenApiRoute()
{
    Route &r = get("/openapi.json", "openapi", [this](Call &) {
        return Http::Response::json(200, openapi(*this, m_config.errorStyle));
    });
    r.includeInSchema = false;
}

const Route *App::findRoute(const std::string &name) const
{
    for (const auto &r : m_routes)
        if (r.name == name)
            return &r;
    return nullptr;
}

void App::addMiddleware(std::string name, Middleware middleware)
{
    // FastAPI's add_middleware inserts at 0: the last one added wraps all others.
    m_middleware.insert(m_middleware.begin(), {std::move(name), std::move(middleware)});
}

void App::addGlobalDependency(std::string name)
{
    m_globalDependencies.push_back(std::move(name));
}

void App::addExceptionHandler(std::string type, ExceptionHandler handler)
{
    m_exceptionHandlers[std::move(type)] = std::move(handler);
}

void App::onStartup(std::function<void()> hook)
{
    m_startup.push_back(std::move(hook));
}

void App::onShutdown(std::function<void()> hook)
{
    m_shutdown.push_back(std::move(hook));
}

void App::startup()
{
    for (auto &hook : m_startup)
        hook();
    m_lifespanActive = true;
}

void App::shutdown()
{
    m_lifespanActive = false;
    for (auto &hook : m_shutdown)
        hook();
}

void App::capture(Outcome &outcome, const Exchange &exchange, bool afterResponse) const
{
    outcome.error = std::current_exception();
    outcome.errorInfo = describe(outcome.error);
    outcome.errorInfo->traceback = traceback(*outcome.errorInfo, exchange);
    outcome.errorAfterResponse = afterResponse;
}

Outcome App::handle(Http::Request request, ExecutionTrace *trace)
{
    Exchange exchange;
    exchange.trace = trace;
    if (trace) {
        trace->start();
        trace->method = request.method;
        trace->path = request.path;
    }
    Outcome outcome;
    // Starlette: ServerErrorMiddleware is outermost; it answers 500 and re-raises, which
    // TestClient turns into an exception unless raise_server_exceptions is off.
    exchange.add("middleware", "ServerErrorMiddleware", "enter");
    try {
        outcome.response = callLayer(0, request, exchange);
    } catch (...) {
        capture(outcome, exchange, false);
        exchange.add("error", outcome.errorInfo->type, outcome.errorInfo->message);
        outcome.response = m_config.debug ? Http::Response::text(500, outcome.errorInfo->traceback)
                                          : Http::Response::text(500, "Internal Server Error");
        exchange.add("middleware", "ServerErrorMiddleware", "500 Internal Server Error");
    }
    // The response is complete; background tasks run after it, then dependency teardowns
    // (FastAPI 0.9x closes the dependency exit stack after the response was sent).
    if (!outcome.error) {
        for (auto &task : exchange.background) {
            exchange.add("background", task.name, "start");
            try {
                task.run();
                exchange.add("background", task.name, "done");
            } catch (...) {
                capture(outcome, exchange, true);
                exchange.add("background", task.name, "failed: " + outcome.errorInfo->type);
                // Starlette 0.26's BaseHTTPMiddleware (FastAPI 0.9x) streams the body through
                // a task group that the failing task cancels: the client gets the status and
                // headers but no body. Newer Starlette delivers the body first.
                if (m_config.errorStyle == Validation::ErrorStyle::V1 && !m_middleware.empty())
                    outcome.response.body.clear();
                break;
            }
        }
    }
    if (exchange.resolver) {
        try {
            // A background task's error passes through the dependencies' exits: in FastAPI
            // 0.9x and >= 0.118 the exit stack is still open while the tasks run.
            exchange.resolver->runTeardowns(outcome.errorAfterResponse);
        } catch (...) {
            if (!outcome.error)
                capture(outcome, exchange, true);
        }
    }
    if (trace) {
        trace->status = outcome.response.status;
        trace->totalMicros = trace->elapsedMicros();
    }
    return outcome;
}

std::string App::traceback(const ErrorInfo &info, const Exchange &exchange) const
{
    std::string where = exchange.route ? exchange.route->name : std::string("app");
    std::string path = exchange.route ? exchange.route->path : std::string();
    return "Traceback (most recent call last):\n  File \"<engine>\", route " + path + ", in "
           + where + "\n" + info.type + ": " + info.message + "\n";
}

Http::Response App::callLayer(std::size_t index, Http::Request &request, Exchange &exchange)
{
    if (index < m_middleware.size()) {
        const auto &[name, middleware] = m_middleware[index];
        exchange.add("middleware", name, "enter");
        Http::Response r = middleware(request, Next(*this, exchange, index + 1));
        exchange.add("middleware", name, "exit " + std::to_string(r.status));
        return r;
    }
    return exceptionLayer(request, exchange);
}

Http::Response App::answerException(const Http::Request &request, const PyError &error,
                                    Exchange &exchange, bool &handled)
{
    handled = true;
    auto it = m_exceptionHandlers.find(error.type());
    if (it != m_exceptionHandlers.end()) {
        if (exchange.trace)
            exchange.trace->exceptionHandler = error.type();
        exchange.add("exception", error.type(), "custom handler");
        return it->second(request, error);
    }
    if (const auto *http = dynamic_cast<const HttpException *>(&error)) {
        // fastapi.exception_handlers.http_exception_handler
        if (exchange.trace)
            exchange.trace->exceptionHandler = "http_exception_handler";
        exchange.add("exception", "HTTPException", std::to_string(http->status()));
        if (http->status() < 200 || http->status() == 204 || http->status() == 304)
            return Http::Response::empty(http->status(), http->headers());
        return Http::Response::json(http->status(), Json{{"detail", http->detail()}},
                                    http->headers());
    }
    if (const auto *invalid = dynamic_cast<const RequestValidationError *>(&error)) {
        // fastapi.exception_handlers.request_validation_exception_handler
        if (exchange.trace) {
            exchange.trace->exceptionHandler = "request_validation_exception_handler";
            exchange.trace->validationErrors
                = Validation::renderAll(invalid->errors(), m_config.errorStyle);
        }
        exchange.add("exception", "RequestValidationError",
                     std::to_string(invalid->errors().size()) + " error(s)");
        return Http::Response::jsonText(
            422, Validation::renderBody(invalid->errors(), m_config.errorStyle));
    }
    handled = false;
    return {};
}

Http::Response App::exceptionLayer(Http::Request &request, Exchange &exchange)
{
    exchange.add("middleware", "ExceptionMiddleware", "enter");
    try {
        return routerLayer(request, exchange);
    } catch (const PyError &error) {
        bool handled = false;
        Http::Response r = answerException(request, error, exchange, handled);
        if (handled)
            return r;
        throw;
    }
}

Http::Response App::routerLayer(Http::Request &request, Exchange &exchange)
{
    // Starlette's Router: the first full match handles; else the first partial match
    // (path matches, method does not) answers 405; else try the path with its trailing
    // slash toggled (307); else 404.
    const Route *partial = nullptr;
    std::map<std::string, std::string> params;
    for (const auto &r : m_routes) {
        if (r.isWebSocket)
            continue;
        params.clear();
        if (!r.pattern.match(request.path, params))
            continue;
        bool methodOk = false;
        for (const auto &m : r.methods)
            methodOk = methodOk || m == request.method;
        if (methodOk) {
            request.pathParams = std::move(params);
            return runRoute(r, request, exchange);
        }
        if (!partial)
            partial = &r;
    }
    if (partial) {
        exchange.add("route", partial->path, "method not allowed");
        std::string allow;
        for (const auto &m : partial->methods)
            allow += (allow.empty() ? "" : ", ") + m;
        // Answered as the exception layer would answer the raised HTTPException, without
        // paying for a C++ throw on this common path.
        bool handled = false;
        return answerException(request,
                               HttpException(405, nullptr, Http::Headers{{"allow", allow}}),
                               exchange, handled);
    }
    if (m_config.redirectSlashes && request.path != "/") {
        // Starlette: path.rstrip("/") when it ends with a slash ("/items//" is "/items"), else
        // path + "/".
        const auto toggle = [](const std::string &path) {
            if (!path.ends_with('/'))
                return path + "/";
            return path.substr(0, path.find_last_not_of('/') + 1);
        };
        const std::string toggled = toggle(request.path);
        for (const auto &r : m_routes) {
            params.clear();
            if (!r.isWebSocket && r.pattern.match(toggled, params)) {
                std::string rawToggled = toggle(request.rawPath);
                std::string location
                    = request.scheme + "://" + request.host + rawToggled
                      + (request.queryString.empty() ? "" : "?" + request.queryString);
                exchange.add("route", r.path, "redirect to " + location);
                return Http::Response::redirect(307, location);
            }
        }
    }
    exchange.add("route", "", "no route matches");
    bool handled = false;
    return answerException(request, HttpException(404), exchange, handled);
}

Http::Response App::runRoute(const Route &route, Http::Request &request, Exchange &exchange)
{
    exchange.route = &route;
    if (exchange.trace) {
        exchange.trace->route = route.path;
        exchange.trace->handler = route.name;
    }
    exchange.add("route", route.path, route.name);
    // FastAPI reads and parses the body first; invalid JSON answers at once.
    std::optional<Json> body;
    bool hasBody = false;
    for (const auto &p : route.params)
        hasBody = hasBody || p.source == ParamSource::Body;
    if (hasBody && route.formBody)
        body = readForm(route, request, BodyLimits{m_config.maxBodyBytes, m_config.maxJsonDepth});
    else if (hasBody)
        body = readBody(
            request,
            m_config.strictContentType.value_or(m_config.errorStyle == Validation::ErrorStyle::V2),
            BodyLimits{m_config.maxBodyBytes, m_config.maxJsonDepth});

    exchange.resolver
        = std::make_unique<Di::Resolver>(m_dependencies, m_overrides, request, exchange.trace);
    try {
        // Dependencies first, in declaration order, depth first; an HTTPException from one
        // answers before the route's own parameters are validated.
        for (const auto &dep : m_globalDependencies)
            exchange.resolver->resolve(dep);
        for (const auto &dep : route.dependencies)
            exchange.resolver->resolve(dep);
        std::vector<Validation::ErrorDetail> errors;
        Json params = validateParams(route, request, body, m_config.errorStyle, errors);
        if (!errors.empty()) {
            exchange.add("validation", route.name, std::to_string(errors.size()) + " error(s)");
            throw RequestValidationError(std::move(errors));
        }
        exchange.add("handler", route.name, "call");
        Call call(request, *this, route, std::move(params), *exchange.resolver,
                  exchange.background);
        Http::Response response = route.handler(call);
        exchange.add("handler", route.name, "returned " + std::to_string(response.status));
        return response;
    } catch (...) {
        // The dependency exit stack closes as the exception passes through it.
        exchange.background.clear();
        try {
            exchange.resolver->runTeardowns(true);
        } catch (...) {
            exchange.add("teardown", route.name, "a teardown failed while handling an error");
        }
        throw;
    }
}

const Route *App::matchWebSocket(Http::Request &request) const
{
    for (const auto &r : m_routes) {
        std::map<std::string, std::string> params;
        if (r.isWebSocket && r.pattern.match(request.path, params)) {
            request.pathParams = std::move(params);
            return &r;
        }
    }
    return nullptr;
}

} // namespace Engine::Pipeline
