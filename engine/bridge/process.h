#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace Engine::Bridge {

// A child process spoken to in lines over one socket (its stdin and stdout); its stderr is
// ours. A socket rather than pipes: writing to a child that died is an error to report, never
// a SIGPIPE that ends this process. The child runs in its own process group, so a kill takes
// whatever it started as well.
//
// Or a child that only reports, in lines it appends to file descriptor 3 (pytest with our
// plugin): that descriptor is an anonymous in-memory file (memfd) read here as it grows, not a
// socket. A write to a socket wakes the reader waiting on it, and on a virtual machine that
// wake-up costs the writer some 20 us, once per test; an append to a memory file wakes no one
// (2-3 us), and what was written survives the child's crash. The price is a reader that looks
// every few milliseconds instead of being woken.
class ChildProcess
{
public:
    // Where the child sees its channel: the socket as its stdin and stdout (a bridge), or the
    // report file as file descriptor 3 with stdin, stdout and stderr ours (pytest, whose
    // output the user reads). Fd3Quiet: the same, with the child's stdout and stderr sent to
    // /dev/null. writeLine is for Stdio only.
    enum class Channel { Stdio, Fd3, Fd3Quiet };
    // Throws Engine::Error when the program cannot be started.
    ChildProcess(const std::vector<std::string> &argv, const std::vector<std::string> &environment,
                 Channel channel = Channel::Stdio, const std::string &workingDirectory = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // False when the child is gone (the socket is closed at its end).
    bool writeLine(const std::string &line);
    // The next line (without its newline); nullopt on timeout. Throws Engine::Error when
    // the child closed its end (it exited; for Fd3, once its last line was read) or a line
    // grows past maxBytes.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout,
                                        std::size_t maxBytes = std::size_t(1) << 30);

    // SIGKILL to the child's process group, then reaps it.
    void kill();
    // SIGKILL to the child's process group (to the child alone when it shares ours, as pytest
    // does), safe from another thread while one reads (it sees the end of the socket); the
    // reaping is left to that thread.
    void signalKill() const;
    // "exit status 3", "killed by signal 9", or "still running"; reaps a child that ended.
    std::string exitDescription();
    pid_t pid() const { return m_pid; }
    // Waits for the child to end; its exit status (128 + signal when killed).
    int wait();

private:
    // Appends what the report file holds past m_offset to m_buffer; false when it held no more.
    bool readReport();
    // Reaps the child if it ended; whether it has.
    bool reap();

    pid_t m_pid = -1;
    int m_fd = -1;
    bool m_reportFile = false; // m_fd is the memfd the child appends to (Fd3, Fd3Quiet)
    off_t m_offset = 0;        // of the report file: read up to here
    off_t m_released = 0;      // of the report file: memory given back up to here
    std::string m_buffer;
    std::optional<int> m_status;
};

// The full path of program (as execvp would find it on PATH), or nullopt.
std::optional<std::string> findProgram(const std::string &program);

} // namespace Engine::Bridge
