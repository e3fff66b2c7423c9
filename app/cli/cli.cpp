#include "app/cli/cli.h"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <streambuf>

#include <QCoreApplication>

#include "app/cli/comparecommand.h"
#include "app/cli/pytestcommand.h"
#include "app/cli/requestscommand.h"
#include "app/cli/routescommand.h"
#include "app/cli/runcommand.h"

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
};

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> out;
    out.push_back(std::make_unique<RequestsCommand>());
    out.push_back(std::make_unique<RoutesCommand>());
    out.push_back(std::make_unique<OpenApiCommand>());
    out.push_back(std::make_unique<RunCommand>());
    out.push_back(std::make_unique<FindPolluterCommand>());
    out.push_back(std::make_unique<ExportPytestCommand>());
    out.push_back(std::make_unique<HistoryCommand>());
    out.push_back(std::make_unique<PytestCommand>());
    out.push_back(std::make_unique<CompareCommand>());
    return out;
}

void usage(std::ostream &out)
{
    out << Cli::trs("Usage: api-replay COMMAND [options]\n\nCommands:\n");
    for (const auto &c : commands())
        out << "  " << c->name()
            << std::string(15 - std::min<std::size_t>(c->name().size(), 14), ' ') << c->summary()
            << "\n";
    out << Cli::trs("\nRun 'api-replay COMMAND --help' for a command's options.\n"
                    "'api-replay --version' prints the version.\n");
}

// Passes everything to another stream buffer and keeps the errno of the first write that
// failed, taken at the moment it failed (later clean-up would overwrite errno).
class RecordingBuffer : public std::streambuf
{
public:
    explicit RecordingBuffer(std::streambuf *to)
        : m_to(to)
    {}
    bool failed() const { return m_failed; }
    int error() const { return m_errno; }

protected:
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        errno = 0;
        if (traits_type::eq_int_type(m_to->sputc(traits_type::to_char_type(c)),
                                     traits_type::eof())) {
            fail();
            return traits_type::eof();
        }
        return c;
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        errno = 0;
        const std::streamsize written = m_to->sputn(s, n);
        if (written != n)
            fail();
        return written;
    }
    int sync() override
    {
        errno = 0;
        if (m_to->pubsync() == -1) {
            fail();
            return -1;
        }
        return 0;
    }

private:
    void fail()
    {
        if (!m_failed)
            m_errno = errno;
        m_failed = true;
    }

    std::streambuf *m_to;
    bool m_failed = false;
    int m_errno = 0;
};

} // namespace

int runCli(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
           std::ostream &err)
{
    if (args.empty()) {
        usage(err);
        return 2;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        usage(out);
        return 0;
    }
    if (args[0] == "--version") {
        out << "api-replay " << APITEST_VERSION << "\n";
        return 0;
    }
    for (const auto &c : commands()) {
        if (c->name() != args[0])
            continue;
        RecordingBuffer recording(out.rdbuf());
        std::ostream recorded(&recording);
        const int status
            = c->run(std::vector<std::string>(args.begin() + 1, args.end()), in, recorded, err);
        // Output that could not be written (a full disk, a closed pipe) is a failure, not 0.
        recorded.flush();
        if (!recorded || recording.failed()) {
            err << "api-replay " << args[0] << ": " << Cli::trs("cannot write the output:") << " "
                << (recording.error() ? std::strerror(recording.error()) : "write error") << "\n";
            return 2;
        }
        return status;
    }
    err << "api-replay: " << Cli::trs("unknown command") << " '" << args[0] << "'\n";
    usage(err);
    return 2;
}
