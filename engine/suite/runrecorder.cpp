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
    stopWriter();
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
}

std::vector<std::string> RunRecorder::lastFailed()
{
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
    if (!m_history || m_thread.joinable())
        return;
    try {
        m_run = m_history->beginRun(seed, arguments, Clock::system().nowMicros());
    } catch (const std::exception &e) {
        fail(e);
        return;
    }
    m_thread = std::thread([this] { writer(); });
}

void RunRecorder::record(const TestResult &result)
{
    if (!m_thread.joinable())
        return;
    std::lock_guard lock(m_mutex);
    if (m_pending.empty())
        m_oldestPending = std::chrono::steady_clock::now();
    // Only what the history keeps (not the bodies and fixture lists of a failure).
    TestResult &kept = m_pending.emplace_back();
    kept.file = result.file;
    kept.name = result.name;
    kept.outcome = result.outcome;
    kept.seconds = result.seconds;
    kept.message = result.message;
}

void RunRecorder::finish(const RunReport &report)
{
    stopWriter(); // every result is written before the run is marked finished
    if (!m_history || !m_run)
        return;
    try {
        m_history->finishRun(m_run, report, Clock::system().nowMicros());
    } catch (const std::exception &e) {
        fail(e);
    }
}

void RunRecorder::stopWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RunRecorder::write(const std::vector<TestResult> &batch)
{
    if (!m_history || batch.empty())
        return;
    try {
        m_history->recordAll(m_run, batch);
    } catch (const std::exception &e) {
        fail(e);
    }
}

void RunRecorder::writer()
{
    std::vector<TestResult> batch;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait_for(lock, kBatchAge);
        const bool stop = m_stop;
        if (stop
            || (!m_pending.empty()
                && std::chrono::steady_clock::now() - m_oldestPending >= kBatchAge)) {
            batch.swap(m_pending);
            lock.unlock(); // the tests go on while the batch is written
            write(batch);
            batch.clear();
            lock.lock();
        }
        if (stop)
            return;
    }
}

} // namespace Engine::Suite
