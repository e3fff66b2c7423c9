#include "app/cli/pytestcommand.h"

#include <charconv>
#include <iostream>
#include <map>
#include <optional>

#include "engine/pytest/project.h"
#include "engine/suite/history.h"
#include "engine/suite/runrecorder.h"

namespace Pytest = Engine::Pytest;
namespace Suite = Engine::Suite;

std::string PytestCommand::summary() const
{
    return trs("run your own pytest suite: history, random order, polluter search");
}

std::string PytestCommand::help() const
{
    return trs(
        "Usage: api-replay pytest run [options] [-- PYTEST ARGS...]\n"
        "       api-replay pytest find-polluter NODEID [options] [--run ID] [-- PYTEST ARGS...]\n"
        "\n"
        "Runs the project's tests with pytest itself (our plugin is loaded with -p; nothing\n"
        "to install). run prints pytest's progress and summary, records each test in the run\n"
        "history as it ends (file = its path, name = the rest of the node id) and exits with\n"
        "pytest's status. find-polluter checks that NODEID passes alone and fails after the\n"
        "tests before it (in file order, or in the order of recorded run ID), then halves\n"
        "them, one fresh pytest per step, until one test remains.\n"
        "\n"
        "Options:\n"
        "  --rootdir DIR       where pytest runs (default: the current directory)\n"
        "  --python EXE        the interpreter (default: DIR/.venv/bin/python, else python3)\n"
        "  --seed N|last       random order as pytest-randomly: modules, classes, functions\n"
        "  --repeat N          run the suite N times and print a pass rate per test\n"
        "  --junit-xml FILE    JUnit XML (pytest's own)\n"
        "  --timeout S         a test running longer than S seconds ends the pytest process\n"
        "                      (the test is an error, the tests after it do not run)\n"
        "  --history PATH      the history database; --no-history to skip it\n"
        "\n"
        "Overrides still set when the run ends are listed, with the test that set them, under\n"
        "\"api-test-explorer: left behind\" before pytest's summary line, and so is a\n"
        "TestClient used outside `with` on an app whose startup handlers then never ran.\n");
}

namespace {

struct Parsed
{
    Pytest::Options options;
    std::vector<std::string> positional;
    std::string historyPath;
    bool useHistory = true;
    int repeat = 1;
    std::optional<std::int64_t> run;
};

// Returns the exit status of a usage error, or nullopt when the arguments are whole.
std::optional<int> parse(const std::vector<std::string> &args, Parsed &p, std::ostream &err,
                         const std::string &command)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--") {
            p.options.pytestArgs.insert(p.options.pytestArgs.end(),
                                        args.begin() + std::ptrdiff_t(i) + 1, args.end());
            break;
        }
        const auto next = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                err << "api-replay pytest " << command << ": " << a << " "
                    << PytestCommand::trs("needs a value") << "\n";
                return std::nullopt;
            }
            return args[++i];
        };
        const auto number
            = [&](const std::string &v, long long low, long long high, long long &out) {
                  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
                  if (ec != std::errc() || end != v.data() + v.size() || out < low || out > high) {
                      err << "api-replay pytest " << command << ": " << a << " "
                          << PytestCommand::trs("needs a whole number from") << " " << low << " "
                          << PytestCommand::trs("to") << " " << high << ", "
                          << PytestCommand::trs("got") << " '" << v << "'\n";
                      return false;
                  }
                  return true;
              };
        std::optional<std::string> v;
        long long n = 0;
        if (a == "--rootdir" || a == "--python" || a == "--history" || a == "--junit-xml"
            || a == "--seed" || a == "--repeat" || a == "--run" || a == "--timeout") {
            if (!(v = next()))
                return 2;
        }
        if (a == "--rootdir")
            p.options.rootdir = *v;
        else if (a == "--python")
            p.options.python = *v;
        else if (a == "--history")
            p.historyPath = *v;
        else if (a == "--no-history")
            p.useHistory = false;
        else if (a == "--junit-xml")
            p.options.pytestArgs.push_back("--junit-xml=" + *v);
        else if (a == "--seed") {
            if (*v != "last" && !number(*v, 0, 4294967295LL, n))
                return 2;
            p.options.seed = *v;
        } else if (a == "--repeat") {
            if (!number(*v, 1, 10000, n))
                return 2;
            p.repeat = int(n);
        } else if (a == "--timeout") {
            double seconds = 0;
            const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), seconds);
            if (ec != std::errc() || end != v->data() + v->size() || !(seconds > 0)
                || seconds > 86400) {
                err << "api-replay pytest " << command << ": --timeout "
                    << PytestCommand::trs("needs seconds from 0.001 to 86400, got") << " '" << *v
                    << "'\n";
                return 2;
            }
            p.options.testTimeout = std::chrono::milliseconds(
                std::max<long long>(1, static_cast<long long>(seconds * 1000)));
        } else if (a == "--run") {
            if (!number(*v, 1, 1LL << 62, n))
                return 2;
            p.run = n;
        } else if (a.rfind("-", 0) == 0) {
            err << "api-replay pytest " << command << ": " << PytestCommand::trs("unknown option")
                << " '" << a << "' (" << PytestCommand::trs("pytest's own options go after --")
                << ")\n";
            return 2;
        } else {
            p.positional.push_back(a);
        }
    }
    return std::nullopt;
}

} // namespace

int PytestCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                       std::ostream &err)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        out << help();
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "run")
        return runTests(rest, out, err);
    if (args[0] == "find-polluter")
        return findPolluter(rest, out, err);
    err << "api-replay pytest: " << trs("unknown subcommand") << " '" << args[0] << "' ("
        << trs("run or find-polluter") << ")\n";
    return 2;
}

int PytestCommand::runTests(const std::vector<std::string> &args, std::ostream &out,
                            std::ostream &err)
{
    Parsed p;
    if (auto status = parse(args, p, err, "run"))
        return *status;
    if (!p.positional.empty()) {
        err << "api-replay pytest run: " << trs("unexpected argument") << " '" << p.positional[0]
            << "' (" << trs("pytest's own arguments go after --") << ")\n";
        return 2;
    }
    std::string joined = "pytest run";
    for (const auto &a : args)
        joined += " " + a;
    std::map<std::string, std::pair<int, int>> rates; // node id -> passed, runs
    int status = 0;
    out.flush();
    for (int rep = 0; rep < p.repeat; ++rep) {
        std::unique_ptr<Suite::RunRecorder> history;
        if (p.useHistory)
            history = std::make_unique<Suite::RunRecorder>(
                p.historyPath.empty() ? Suite::History::defaultPath() : p.historyPath,
                [&err](const std::string &warning) {
                    err << "api-replay pytest: " << warning << std::endl;
                });
        Suite::RunReport report;
        Pytest::RunResult result;
        try {
            bool begun = false;
            result = Pytest::run(p.options, [&](const Pytest::TestReport &t) {
                if (history && !begun) {
                    history->begin(0, joined);
                    begun = true;
                }
                report.results.push_back(t.toResult());
                if (history)
                    history->record(report.results.back());
                auto &[passed, runs] = rates[t.nodeId];
                passed += t.outcome == Suite::Outcome::Passed;
                ++runs;
            });
            if (history && begun) {
                report.seed = result.seed.value_or(0);
                history->finish(report);
            }
        } catch (const std::exception &e) {
            err << "api-replay pytest run: " << e.what() << "\n";
            return 2;
        }
        if (!result.interruption.empty()) {
            out << std::endl; // pytest's progress line was cut off
            err << "api-replay pytest run: " << result.interruption << "\n";
        }
        status = std::max(status, result.exitStatus);
        if (result.exitStatus >= 2) // interrupted, internal or usage error: no more repeats
            break;
    }
    if (p.repeat > 1) {
        out << "\n" << trs("Pass rate per test:") << "\n";
        for (const auto &[id, pr] : rates)
            out << "  " << id << ": " << pr.first << "/" << pr.second
                << (pr.first > 0 && pr.first < pr.second ? "  flaky" : "") << "\n";
    }
    return status;
}

int PytestCommand::findPolluter(const std::vector<std::string> &args, std::ostream &out,
                                std::ostream &err)
{
    Parsed p;
    if (auto status = parse(args, p, err, "find-polluter"))
        return *status;
    if (p.positional.size() != 1) {
        err << "api-replay pytest find-polluter: " << trs("give one node id, such as")
            << " tests/test_x.py::test_y\n";
        return 2;
    }
    const std::string target = p.positional[0];
    std::vector<std::string> before;
    try {
        std::vector<std::string> order;
        if (p.run) {
            Suite::History history(p.historyPath.empty() ? Suite::History::defaultPath()
                                                         : p.historyPath);
            for (const auto &[file, name] : history.testsOfRun(*p.run))
                order.push_back(file + "::" + name);
        } else {
            order = Pytest::collect(p.options);
        }
        bool found = false;
        for (const auto &id : order) {
            if (id == target) {
                found = true;
                break;
            }
            before.push_back(id);
        }
        if (!found) {
            err << "api-replay pytest find-polluter: " << target << " "
                << (p.run ? trs("did not run in that run") : trs("is not collected by pytest"))
                << "\n";
            return 2;
        }
        const auto report
            = Pytest::findPolluter(p.options, target, before, [&out](const std::string &step) {
                  out << "  " << step << std::endl;
              });
        out << "\n";
        if (!report.passesAlone) {
            out << trs("The test fails on its own: this is not pollution.") << "\n  "
                << report.failure << "\n";
        } else if (!report.failsAfterTheOthers) {
            out << trs("The test passes after the tests before it: no polluter to find in this "
                       "order.")
                << "\n";
        } else if (report.polluter.empty()) {
            out << trs("No single test makes it fail: the pollution needs several tests "
                       "together.")
                << "\n";
        } else {
            out << "Polluter: " << report.polluter << "\n"
                << "It makes " << target << " fail with:\n  " << report.failure << "\n"
                << "What it left behind:\n";
            if (report.leftovers.empty())
                out << "  " << trs("no dependency override (look at module state, caches, files)")
                    << "\n";
            for (const auto &l : report.leftovers)
                out << "  override " << l << ", set by " << report.polluter << ", still active\n";
        }
        out << report.runs << " " << trs("pytest runs") << "\n";
        return report.polluter.empty() ? 1 : 0;
    } catch (const std::exception &e) {
        err << "api-replay pytest find-polluter: " << e.what() << "\n";
        return 2;
    }
}
