#include "engine/suite/runrecorder.h"

#include "engine/core/clock.h"
#include "engine/suite/history.h"

namespace Engine::Suite {

RunRecorder::RunRecorder(const std::string &path, Warn warn)
    : m_warn(std::move(warn))
{
    try {
        m_history = std::make_unique<History>(path);
    } catch (const std::exception &e) {
        fail(e);
    }
}

RunRecorder::~RunRecorder()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        flushLocked();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool RunRecorder::available() const
{
    return m_history != nullptr;
}

void RunRecorder::fail(const std::exception &e)
{
    if (m_warn)
        m_warn(std::string("history unavailable: ") + e.what()
               + " (the run goes on without recording)");
    m_history.reset();
    m_pending.clear();
}

std::vector<std::string> RunRecorder::lastFailed()
{
    std::lock_guard lock(m_mutex);
    if (!m_history)
        return {};
    try {
        return m_history->lastFailed();
    } catch (const std::exception &e) {
        fail(e);
        return {};
    }
}

void RunRecorder::begin(std::uint64_t seed, const std::string &arguments)
{
    std::lock_guard lock(m_mutex);
    if (!m_history)
        return;
    try {
        m_run = m_history->beginRun(seed, arguments, Clock::system().nowMicros());
    } catch (const std::exception &e) {
        fail(e);
        return;
    }
    m_thread = std::thread([this] { flusher(); });
}

void RunRecorder::record(const TestResult &result)
{
    std::lock_guard lock(m_mutex);
    if (!m_history || !m_run)
        return;
    if (m_pending.empty())
        m_oldestPending = std::chrono::steady_clock::now();
    m_pending.push_back(result);
    if (std::chrono::steady_clock::now() - m_oldestPending >= kBatchAge)
        flushLocked();
}

void RunRecorder::finish(const RunReport &report)
{
    std::lock_guard lock(m_mutex);
    flushLocked();
    if (!m_history || !m_run)
        return;
    try {
        m_history->finishRun(m_run, report, Clock::system().nowMicros());
    } catch (const std::exception &e) {
        fail(e);
    }
}

void RunRecorder::flushLocked()
{
    if (!m_history || m_pending.empty())
        return;
    try {
        m_history->recordAll(m_run, m_pending);
        m_pending.clear();
    } catch (const std::exception &e) {
        fail(e);
    }
}

void RunRecorder::flusher()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, kBatchAge);
        if (!m_pending.empty() && std::chrono::steady_clock::now() - m_oldestPending >= kBatchAge)
            flushLocked();
    }
}

} // namespace Engine::Suite
