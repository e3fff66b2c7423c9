#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "engine/core/json.h"
#include "engine/core/pyerror.h"
#include "engine/core/trace.h"
#include "engine/http/headers.h"
#include "engine/http/response.h"
#include "engine/http/url.h"
#include "engine/pipeline/app.h"
#include "engine/pipeline/exceptions.h"
#include "engine/pipeline/websocket.h"

namespace Engine::Client {

struct ClientOptions
{
    std::string baseUrl = "http://testserver";
    bool raiseServerExceptions = true;
    bool followRedirects = true;
    int maxRedirects = 20;
};

// One request as a test writes it: client.post(url, json=..., headers=...).
struct RequestOptions
{
    std::string method = "GET";
    std::string url = "/";
    Http::Headers headers;
    std::optional<Json> json;           // sent as application/json
    std::optional<std::string> content; // raw bytes, sent as they are
};

// An unhandled application error re-raised into the test (raise_server_exceptions=True).
class ServerException : public PyError
{
public:
    explicit ServerException(Pipeline::ErrorInfo info);
    const Pipeline::ErrorInfo &info() const { return m_info; }

private:
    Pipeline::ErrorInfo m_info;
};

// The complete answer to a request: the final response (after redirects), the error that
// would be raised into the test, the redirect hops and the trace of the final request.
struct Result
{
    Http::Response response;
    std::optional<Pipeline::ErrorInfo> error;
    bool errorAfterResponse = false;
    std::vector<Http::Response> history;
    ExecutionTrace trace;

    // Whether TestClient would raise (error set and raise_server_exceptions on).
    bool raised = false;
};

// The client end of a websocket (TestClient.websocket_connect).
class WebSocketSession
{
public:
    WebSocketSession(Pipeline::App &app, Http::Request request,
                     std::chrono::milliseconds timeout = std::chrono::seconds(10));
    ~WebSocketSession();
    WebSocketSession(const WebSocketSession &) = delete;
    WebSocketSession &operator=(const WebSocketSession &) = delete;

    void sendText(const std::string &text);
    void sendJson(const Json &value);
    // Throws WebSocketDisconnect when the server closed, PyError(TimeoutError) on timeout.
    std::string receiveText();
    Json receiveJson();
    void close(int code = 1000);
    bool accepted() const { return m_accepted; }
    // The close code sent by the server, once it closed.
    std::optional<int> closeCode() const { return m_closeCode; }

private:
    void join();

    std::shared_ptr<Pipeline::WsChannel> m_channel;
    std::shared_ptr<Http::Request> m_request;
    std::thread m_thread;
    std::chrono::milliseconds m_timeout;
    bool m_accepted = false;
    bool m_clientClosed = false;
    std::optional<int> m_closeCode;
    std::shared_ptr<std::optional<Pipeline::ErrorInfo>> m_serverError;
};

class TestClient;

// `with TestClient(app) as client:`: startup on construction, shutdown on destruction.
class LifespanSession
{
public:
    explicit LifespanSession(Pipeline::App &app);
    ~LifespanSession();
    LifespanSession(const LifespanSession &) = delete;
    LifespanSession &operator=(const LifespanSession &) = delete;

private:
    Pipeline::App &m_app;
};

// Starlette's TestClient over the in-process app: no sockets. Requests work without a
// lifespan session (only startup/shutdown do not run).
class TestClient
{
public:
    explicit TestClient(Pipeline::App &app, ClientOptions options = {});

    // Never throws for application errors; see Result::raised.
    Result send(const RequestOptions &options, bool withTrace = true);
    // Throws ServerException when the app raised and raise_server_exceptions is on.
    Http::Response request(const RequestOptions &options);
    Http::Response get(const std::string &url, const Http::Headers &headers = {});
    Http::Response post(const std::string &url, const Json &json,
                        const Http::Headers &headers = {});
    Http::Response del(const std::string &url, const Http::Headers &headers = {});

    std::unique_ptr<LifespanSession> session();
    std::unique_ptr<WebSocketSession> websocketConnect(const std::string &path,
                                                       const Http::Headers &headers = {});

    ClientOptions &options() { return m_options; }
    std::map<std::string, std::string> &cookies() { return m_cookies; }
    Pipeline::App &app() { return m_app; }

private:
    Http::Request build(const std::string &method, const std::string &url,
                        const Http::Headers &headers, const std::string *body,
                        const char *contentType);
    void storeCookies(const Http::Response &response);

    Pipeline::App &m_app;
    ClientOptions m_options;
    Http::SplitUrl m_base;          // m_options.baseUrl, split once
    Http::Headers m_defaultHeaders; // httpx's defaults for m_base's host
    std::map<std::string, std::string> m_cookies;
};

void to_json(Json &j, const Result &r);

} // namespace Engine::Client
