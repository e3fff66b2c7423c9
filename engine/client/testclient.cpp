#include "engine/client/testclient.h"

#include "engine/core/pyjson.h"
#include "engine/http/url.h"

namespace Engine::Client {

ServerException::ServerException(Pipeline::ErrorInfo info)
    : PyError(info.type, info.message)
    , m_info(std::move(info))
{}

LifespanSession::LifespanSession(Pipeline::App &app)
    : m_app(app)
{
    m_app.startup();
}

LifespanSession::~LifespanSession()
{
    try {
        m_app.shutdown();
    } catch (...) {
        // A failing shutdown hook must not escape a destructor.
    }
}

TestClient::TestClient(Pipeline::App &app, ClientOptions options)
    : m_app(app)
    , m_options(std::move(options))
    , m_base(Http::splitUrl(m_options.baseUrl))
{
    // httpx's default headers, built once.
    m_defaultHeaders.add("host", m_base.host);
    m_defaultHeaders.add("accept", "*/*");
    m_defaultHeaders.add("accept-encoding", "gzip, deflate");
    m_defaultHeaders.add("connection", "keep-alive");
    m_defaultHeaders.add("user-agent", "testclient");
}

std::unique_ptr<LifespanSession> TestClient::session()
{
    return std::make_unique<LifespanSession>(m_app);
}

Http::Request TestClient::build(const std::string &method, const std::string &url,
                                const Http::Headers &headers, const std::string *body,
                                const char *contentType)
{
    std::string target = url;
    const bool absolute = target.find("://") != std::string::npos;
    if (!absolute) {
        if (m_base.path != "/")
            target = (target.starts_with('/') ? m_base.path : m_base.path + "/") + target;
        else if (!target.starts_with('/'))
            target = "/" + target;
    }
    Http::Request r = Http::Request::make(method, target);
    if (!absolute) {
        r.scheme = m_base.scheme;
        r.host = m_base.host;
    }
    // httpx's default headers, then the caller's (which win).
    r.headers = m_defaultHeaders;
    if (absolute)
        r.headers.set("host", r.host);
    if (body) {
        r.body = *body;
        r.headers.add("content-length", std::to_string(body->size()));
        if (contentType)
            r.headers.add("content-type", contentType);
    }
    for (const auto &f : headers.fields())
        r.headers.set(f.first, f.second);
    if (!m_cookies.empty() && !headers.contains("cookie")) {
        std::string cookie;
        for (const auto &[name, value] : m_cookies)
            cookie += (cookie.empty() ? "" : "; ") + name + "=" + value;
        r.headers.set("cookie", cookie);
    }
    return r;
}

void TestClient::storeCookies(const Http::Response &response)
{
    for (const auto &header : response.headers.getAll("set-cookie")) {
        const std::string pair = header.substr(0, header.find(';'));
        const auto eq = pair.find('=');
        if (eq == std::string::npos)
            continue;
        std::string name = pair.substr(0, eq);
        std::string value = pair.substr(eq + 1);
        const std::string lower = Http::Headers::lower(header);
        if (lower.find("max-age=0") != std::string::npos
            || lower.find("expires=thu, 01 jan 1970") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
}

Result TestClient::send(const RequestOptions &options, bool withTrace)
{
    std::string method = options.method;
    std::string url = options.url;
    std::optional<std::string> body;
    const char *contentType = nullptr;
    if (options.content) {
        body = options.content;
    } else if (options.json) {
        body = PyJson::dump(*options.json);
        contentType = "application/json";
    }
    Result result;
    Http::Headers headers = options.headers;
    for (int hop = 0;; ++hop) {
        Http::Request request = build(method, url, headers, body ? &*body : nullptr, contentType);
        result.trace = {};
        Pipeline::Outcome outcome
            = m_app.handle(std::move(request), withTrace ? &result.trace : nullptr);
        storeCookies(outcome.response);
        if (method == "HEAD")
            outcome.response.body.clear(); // h11 reads no body for a HEAD response
        if (outcome.error) {
            result.error = outcome.errorInfo;
            result.errorAfterResponse = outcome.errorAfterResponse;
            result.raised = m_options.raiseServerExceptions;
            result.response = std::move(outcome.response);
            return result;
        }
        const int s = outcome.response.status;
        const auto location = outcome.response.headers.get("location");
        if (!m_options.followRedirects || !location
            || !(s == 301 || s == 302 || s == 303 || s == 307 || s == 308)) {
            result.response = std::move(outcome.response);
            return result;
        }
        if (hop >= m_options.maxRedirects)
            throw PyError("TooManyRedirects", "Exceeded maximum allowed redirects.");
        // httpx: 302 and 303 become GET (not HEAD); 301 turns POST into GET; 307/308 keep
        // method and body.
        if (((s == 302 || s == 303) && method != "HEAD") || (s == 301 && method == "POST")) {
            method = "GET";
            body.reset();
            contentType = nullptr;
        }
        // httpx's _redirect_headers: the cookie header comes from the jar, never from the
        // request that was redirected.
        headers.remove("cookie");
        url = *location;
        result.history.push_back(std::move(outcome.response));
    }
}

Http::Response TestClient::request(const RequestOptions &options)
{
    Result r = send(options, false);
    if (r.raised && r.error)
        throw ServerException(*r.error);
    return std::move(r.response);
}

Http::Response TestClient::get(const std::string &url, const Http::Headers &headers)
{
    return request({"GET", url, headers, std::nullopt, std::nullopt});
}

Http::Response TestClient::post(const std::string &url, const Json &json,
                                const Http::Headers &headers)
{
    return request({"POST", url, headers, json, std::nullopt});
}

Http::Response TestClient::del(const std::string &url, const Http::Headers &headers)
{
    return request({"DELETE", url, headers, std::nullopt, std::nullopt});
}

std::unique_ptr<WebSocketSession> TestClient::websocketConnect(const std::string &path,
                                                               const Http::Headers &headers)
{
    Http::Request r = build("GET", path, headers, nullptr, nullptr);
    r.scheme = "ws";
    return std::make_unique<WebSocketSession>(m_app, std::move(r));
}

WebSocketSession::WebSocketSession(Pipeline::App &app, Http::Request request,
                                   std::chrono::milliseconds timeout)
    : m_channel(std::make_shared<Pipeline::WsChannel>())
    , m_request(std::make_shared<Http::Request>(std::move(request)))
    , m_timeout(timeout)
    , m_serverError(std::make_shared<std::optional<Pipeline::ErrorInfo>>())
{
    const Pipeline::Route *route = app.matchWebSocket(*m_request);
    if (!route) {
        // Starlette closes a websocket to an unknown path with 1000 before accepting.
        m_closeCode = 1000;
        throw Pipeline::WebSocketDisconnect(1000);
    }
    auto channel = m_channel;
    auto req = m_request;
    auto error = m_serverError;
    auto handler = route->websocketHandler;
    m_thread = std::thread([channel, req, error, handler] {
        Pipeline::WebSocket ws(*req, *channel);
        try {
            handler(ws);
        } catch (const Pipeline::WebSocketDisconnect &) {
            // The client went away; nothing to report.
        } catch (...) {
            *error = Pipeline::describe(std::current_exception());
        }
        // Starlette closes with 1000 when the handler returns without closing, and with
        // 1011 (internal error) when it raised.
        if (!ws.closed())
            channel->toClient(
                {Pipeline::WsMessage::Type::Close, {}, error->has_value() ? 1011 : 1000});
    });
    Pipeline::WsMessage first = m_channel->fromServer(m_timeout);
    if (first.type == Pipeline::WsMessage::Type::Close) {
        m_closeCode = first.code;
        join();
        if (m_serverError->has_value())
            throw ServerException(**m_serverError);
        throw Pipeline::WebSocketDisconnect(first.code);
    }
    m_accepted = true;
}

WebSocketSession::~WebSocketSession()
{
    if (!m_clientClosed && !m_closeCode)
        m_channel->toServer({Pipeline::WsMessage::Type::Close, {}, 1000});
    join();
}

void WebSocketSession::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void WebSocketSession::sendText(const std::string &text)
{
    m_channel->toServer({Pipeline::WsMessage::Type::Text, text, 0});
}

void WebSocketSession::sendJson(const Json &value)
{
    sendText(PyJson::dump(value));
}

std::string WebSocketSession::receiveText()
{
    Pipeline::WsMessage m = m_channel->fromServer(m_timeout);
    if (m.type == Pipeline::WsMessage::Type::Close) {
        m_closeCode = m.code;
        join();
        if (m_serverError->has_value())
            throw ServerException(**m_serverError);
        throw Pipeline::WebSocketDisconnect(m.code);
    }
    return m.text;
}

Json WebSocketSession::receiveJson()
{
    return PyJson::parse(receiveText());
}

void WebSocketSession::close(int code)
{
    if (m_clientClosed || m_closeCode)
        return;
    m_clientClosed = true;
    m_channel->toServer({Pipeline::WsMessage::Type::Close, {}, code});
    join();
}

void to_json(Json &j, const Result &r)
{
    j = Json{{"response", r.response}, {"trace", r.trace}};
    if (r.error)
        j["error"] = *r.error;
    j["raised"] = r.raised;
}

} // namespace Engine::Client
