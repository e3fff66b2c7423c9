#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "engine/suite/runner.h"

namespace Engine::Suite {

class History;

// Records one run into the run history as it goes, and never lets the history cost the run:
// results are handed to a writer thread as their tests end and written in one short
// transaction per batch (a batch is at most about 25 ms old, so a killed run loses at most
// that much), off the thread that runs the tests; any failure of the history (locked,
// read-only, damaged, full disk) is reported once through warn and turns the recorder off; the
// run and its output go on.
class RunRecorder
{
public:
    using Warn = std::function<void(const std::string &)>;

    // Opens the history at path (see History). A history that cannot be opened is a warning.
    RunRecorder(const std::string &path, Warn warn);
    ~RunRecorder();
    RunRecorder(const RunRecorder &) = delete;
    RunRecorder &operator=(const RunRecorder &) = delete;

    bool available() const;
    // The tests that failed in the last finished run ("file::name" is not used: bare names).
    std::vector<std::string> lastFailed();

    void begin(std::uint64_t seed, const std::string &arguments);
    void record(const TestResult &result);
    void finish(const RunReport &report);
    std::int64_t runId() const { return m_run; }

    static constexpr std::chrono::milliseconds kBatchAge{25};

private:
    void fail(const std::exception &e);
    void write(const std::vector<TestResult> &batch);
    void writer();
    void stopWriter();

    Warn m_warn;
    // Used by the calling thread before begin() and after stopWriter(), by the writer between.
    std::unique_ptr<History> m_history;
    std::int64_t m_run = 0;
    std::mutex m_mutex; // guards what the two threads share: the pending results, m_stop
    std::condition_variable m_wake;
    std::vector<TestResult> m_pending;
    std::chrono::steady_clock::time_point m_oldestPending;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Engine::Suite
