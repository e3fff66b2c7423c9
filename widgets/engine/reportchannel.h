#pragma once

#include <functional>
#include <mutex>
#include <utility>

#include <QMetaObject>
#include <QObject>

// Where a worker thread's reports go: a receiver QObject on the GUI thread, a child of the
// adapter that owns the worker. Closing the channel (on the GUI thread) destroys the receiver,
// so that nothing the worker reports afterwards reaches the window: the calls already queued
// for it are dropped by Qt with it, and the lock keeps a late report from being posted to it
// while it goes. The adapter closes the channel before it goes itself; a report that runs is
// therefore always run while the adapter is alive.
class ReportChannel
{
public:
    explicit ReportChannel(QObject *parent)
        : m_receiver(new QObject(parent))
    {}

    // From any thread: f runs on the GUI thread, unless the channel is closed first.
    void post(std::function<void()> f)
    {
        const std::lock_guard lock(m_mutex);
        if (m_receiver)
            QMetaObject::invokeMethod(m_receiver, std::move(f), Qt::QueuedConnection);
    }

    // On the GUI thread.
    void close()
    {
        QObject *receiver = nullptr;
        {
            const std::lock_guard lock(m_mutex);
            receiver = std::exchange(m_receiver, nullptr);
        }
        delete receiver;
    }

private:
    std::mutex m_mutex;
    QObject *m_receiver;
};
