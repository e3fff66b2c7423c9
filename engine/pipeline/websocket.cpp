#include "engine/pipeline/websocket.h"

#include "engine/core/pyjson.h"

namespace Engine::Pipeline {

WebSocketDisconnect::WebSocketDisconnect(int code, std::string reason)
    : PyError("WebSocketDisconnect", std::to_string(code))
    , m_code(code)
    , m_reason(std::move(reason))
{}

void WsChannel::toServer(WsMessage m)
{
    {
        std::lock_guard lock(m_mutex);
        m_toServer.push_back(std::move(m));
    }
    m_cv.notify_all();
}

void WsChannel::toClient(WsMessage m)
{
    {
        std::lock_guard lock(m_mutex);
        m_toClient.push_back(std::move(m));
    }
    m_cv.notify_all();
}

WsMessage WsChannel::pop(std::deque<WsMessage> &q, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_cv.wait_for(lock, timeout, [&] { return !q.empty(); }))
        throw PyError("TimeoutError",
                      "no websocket message within " + std::to_string(timeout.count()) + " ms");
    WsMessage m = std::move(q.front());
    q.pop_front();
    return m;
}

WsMessage WsChannel::fromClient(std::chrono::milliseconds timeout)
{
    return pop(m_toServer, timeout);
}

WsMessage WsChannel::fromServer(std::chrono::milliseconds timeout)
{
    return pop(m_toClient, timeout);
}

WebSocket::WebSocket(const Http::Request &request, WsChannel &channel)
    : m_request(request)
    , m_channel(channel)
{}

void WebSocket::accept()
{
    m_channel.toClient({WsMessage::Type::Accept, {}, 0});
}

std::string WebSocket::receiveText()
{
    // The server waits as long as the client keeps the connection; an hour bounds a test.
    WsMessage m = m_channel.fromClient(std::chrono::hours(1));
    if (m.type == WsMessage::Type::Close) {
        m_closed = true;
        throw WebSocketDisconnect(m.code);
    }
    return m.text;
}

Json WebSocket::receiveJson()
{
    return PyJson::parse(receiveText());
}

void WebSocket::sendText(const std::string &text)
{
    m_channel.toClient({WsMessage::Type::Text, text, 0});
}

void WebSocket::sendJson(const Json &value)
{
    sendText(PyJson::dump(value));
}

void WebSocket::close(int code)
{
    if (m_closed)
        return;
    m_closed = true;
    m_channel.toClient({WsMessage::Type::Close, {}, code});
}

} // namespace Engine::Pipeline
