#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>

#include "engine/core/json.h"
#include "engine/core/pyerror.h"
#include "engine/http/request.h"

namespace Engine::Pipeline {

// Starlette's WebSocketDisconnect, raised on the side that receives a close.
class WebSocketDisconnect : public PyError
{
public:
    explicit WebSocketDisconnect(int code, std::string reason = {});
    int code() const noexcept { return m_code; }
    const std::string &reason() const noexcept { return m_reason; }

private:
    int m_code;
    std::string m_reason;
};

struct WsMessage
{
    enum class Type { Accept, Text, Close };
    Type type = Type::Text;
    std::string text;
    int code = 1000;
};

// A two-way message queue between the client and the app's websocket handler, which runs on
// its own thread (as TestClient runs the app in a portal thread).
class WsChannel
{
public:
    void toServer(WsMessage m);
    void toClient(WsMessage m);
    // Waits up to timeout; throws PyError(TimeoutError) when nothing arrives.
    WsMessage fromClient(std::chrono::milliseconds timeout);
    WsMessage fromServer(std::chrono::milliseconds timeout);

private:
    WsMessage pop(std::deque<WsMessage> &q, std::chrono::milliseconds timeout);
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<WsMessage> m_toServer;
    std::deque<WsMessage> m_toClient;
};

// The server side handed to a websocket route's handler.
class WebSocket
{
public:
    WebSocket(const Http::Request &request, WsChannel &channel);

    const Http::Request &request() const { return m_request; }
    void accept();
    // Throws WebSocketDisconnect when the client closed.
    std::string receiveText();
    Json receiveJson();
    void sendText(const std::string &text);
    void sendJson(const Json &value);
    void close(int code = 1000);
    bool closed() const { return m_closed; }

private:
    const Http::Request &m_request;
    WsChannel &m_channel;
    bool m_closed = false;
};

} // namespace Engine::Pipeline
