#include "engine/bridge/process.h"

#include "engine/core/pyerror.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Engine::Bridge {

namespace {
std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> out;
    for (auto &s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}
} // namespace

ChildProcess::ChildProcess(const std::vector<std::string> &argv,
                           const std::vector<std::string> &environment, Channel channel,
                           const std::string &workingDirectory)
{
    int fds[2];
    if (channel == Channel::Stdio) {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
            throw Engine::Error(std::string("cannot make a socket for the bridge: ")
                                + std::strerror(errno));
    } else {
        // One open file, two descriptors: the child's appends (O_APPEND), our preads.
        fds[0] = ::memfd_create("api-test-explorer-report", MFD_CLOEXEC);
        if (fds[0] < 0 || ::fcntl(fds[0], F_SETFL, O_APPEND) != 0
            || (fds[1] = ::fcntl(fds[0], F_DUPFD_CLOEXEC, 0)) < 0) {
            const int error = errno;
            if (fds[0] >= 0)
                ::close(fds[0]);
            throw Engine::Error(std::string("cannot make the report file: ")
                                + std::strerror(error));
        }
        m_reportFile = true;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (channel == Channel::Stdio) {
        posix_spawn_file_actions_adddup2(&actions, fds[1], 0);
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    } else {
        posix_spawn_file_actions_adddup2(&actions, fds[1], 3);
        if (channel == Channel::Fd3Quiet) {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        }
    }
    if (!workingDirectory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, workingDirectory.c_str());
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (channel == Channel::Stdio)
        posix_spawnattr_setpgroup(&attributes, 0); // pytest stays in ours: Ctrl+C reaches it
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, (channel == Channel::Stdio ? POSIX_SPAWN_SETPGROUP : 0)
                                              | POSIX_SPAWN_SETSIGDEF);
    std::vector<std::string> args = argv, env = environment;
    auto argp = pointers(args), envp = pointers(env);
    const int rc = ::posix_spawn(&m_pid, args.front().c_str(), &actions, &attributes, argp.data(),
                                 envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        throw Engine::Error("cannot start " + args.front() + ": " + std::strerror(rc));
    }
    m_fd = fds[0];
}

ChildProcess::~ChildProcess()
{
    if (m_fd >= 0)
        ::close(m_fd); // the child reads end of input and ends on its own
    if (m_pid > 0 && !m_status) {
        // A bounded wait for a clean exit (shutdown hooks), then the kill.
        for (int i = 0; i < 200 && !m_status; ++i) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid)
                m_status = status;
            else
                ::usleep(10000);
        }
        if (!m_status)
            kill();
    }
}

bool ChildProcess::writeLine(const std::string &line)
{
    std::string data = line + "\n";
    std::size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(m_fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        sent += std::size_t(n);
    }
    return true;
}

bool ChildProcess::reap()
{
    int status = 0;
    if (!m_status && m_pid > 0 && ::waitpid(m_pid, &status, WNOHANG) == m_pid)
        m_status = status;
    return bool(m_status);
}

bool ChildProcess::readReport()
{
    char chunk[1 << 16];
    bool got = false;
    for (;;) {
        const ssize_t n = ::pread(m_fd, chunk, sizeof chunk, m_offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        m_buffer.append(chunk, std::size_t(n));
        m_offset += n;
        got = true;
    }
    // Give back the memory of what was read, a MiB at a time (a long run with many
    // failures writes tens of MiB); the file keeps its size, the hole reads as zeros.
    constexpr off_t kRelease = off_t(1) << 20;
    if (m_offset - m_released >= kRelease) {
        const off_t upTo = m_offset & ~(kRelease - 1);
        if (::fallocate(m_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, m_released,
                        upTo - m_released)
            == 0)
            m_released = upTo;
    }
    return got;
}

std::optional<std::string> ChildProcess::readLine(std::chrono::milliseconds timeout,
                                                  std::size_t maxBytes)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t scanned = 0;
    for (;;) {
        const auto newline = m_buffer.find('\n', scanned);
        if (newline != std::string::npos) {
            std::string line = m_buffer.substr(0, newline);
            m_buffer.erase(0, newline + 1);
            return line;
        }
        scanned = m_buffer.size();
        if (m_buffer.size() > maxBytes)
            throw Engine::Error("the bridge sent a line longer than "
                                + std::to_string(maxBytes >> 20) + " MiB");
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (m_reportFile) {
            // Whether the child ended is asked before reading: what it wrote before it ended
            // is then all there.
            const bool ended = reap();
            if (readReport())
                continue;
            if (ended)
                throw Engine::Error("the child ended (" + exitDescription() + ")");
            if (left.count() <= 0)
                return std::nullopt;
            // Looked at every 10 ms: soon enough for progress and per-test timeouts.
            ::usleep(useconds_t(std::min<long long>(left.count(), 10)) * 1000);
            continue;
        }
        if (left.count() <= 0)
            return std::nullopt;
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::min<long long>(left.count(), 1 << 30)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return std::nullopt;
        char chunk[1 << 16];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Engine::Error("the bridge ended (" + exitDescription() + ")");
        m_buffer.append(chunk, std::size_t(n));
    }
}

int ChildProcess::wait()
{
    if (m_pid > 0 && !m_status) {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_status = status;
    }
    if (!m_status)
        return -1;
    return WIFEXITED(*m_status) ? WEXITSTATUS(*m_status) : 128 + WTERMSIG(*m_status);
}

void ChildProcess::signalKill() const
{
    if (m_pid <= 0)
        return;
    // A bridge leads its own process group (what it started goes too); pytest stays in ours,
    // so that Ctrl+C reaches it, and only it is killed.
    if (::getpgid(m_pid) == m_pid)
        ::kill(-m_pid, SIGKILL);
    else
        ::kill(m_pid, SIGKILL);
}

void ChildProcess::kill()
{
    if (m_pid <= 0 || m_status)
        return;
    if (::getpgid(m_pid) == m_pid)
        ::kill(-m_pid, SIGKILL);
    ::kill(m_pid, SIGKILL);
    int status = 0;
    if (::waitpid(m_pid, &status, 0) == m_pid)
        m_status = status;
}

std::string ChildProcess::exitDescription()
{
    if (!m_status && m_pid > 0) {
        // It closed its socket: give it a moment to be reaped.
        for (int i = 0; i < 100 && !m_status; ++i) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid)
                m_status = status;
            else
                ::usleep(5000);
        }
    }
    if (!m_status)
        return "still running";
    if (WIFEXITED(*m_status))
        return "exit status " + std::to_string(WEXITSTATUS(*m_status));
    if (WIFSIGNALED(*m_status))
        return "killed by signal " + std::to_string(WTERMSIG(*m_status));
    return "ended";
}

std::optional<std::string> findProgram(const std::string &program)
{
    namespace fs = std::filesystem;
    const auto executable = [](const std::string &path) {
        std::error_code ec;
        return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
    };
    if (program.find('/') != std::string::npos)
        return executable(program) ? std::optional<std::string>(program) : std::nullopt;
    const char *path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const auto end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = dirs.substr(start, end - start);
        const std::string candidate = (dir.empty() ? "." : dir) + "/" + program;
        if (executable(candidate))
            return candidate;
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace Engine::Bridge
