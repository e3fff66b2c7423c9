#include "app/cli/cli.h"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>

#include <QCoreApplication>

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
        errno = 0;
        const int status
            = c->run(std::vector<std::string>(args.begin() + 1, args.end()), in, out, err);
        // Output that could not be written (a full disk, a closed pipe) is a failure, not 0.
        out.flush();
        if (!out) {
            err << "api-replay " << args[0] << ": " << Cli::trs("cannot write the output:") << " "
                << (errno ? std::strerror(errno) : "write error") << "\n";
            return 2;
        }
        return status;
    }
    err << "api-replay: " << Cli::trs("unknown command") << " '" << args[0] << "'\n";
    usage(err);
    return 2;
}
