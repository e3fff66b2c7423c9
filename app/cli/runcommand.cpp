#include "app/cli/runcommand.h"

#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include "app/cli/appoptions.h"
#include "engine/core/clock.h"
#include "engine/suite/export.h"
#include "engine/suite/history.h"
#include "engine/suite/junit.h"
#include "engine/suite/runner.h"
#include "engine/suite/runrecorder.h"
#include "engine/validation/errorstyle.h"

using Engine::Json;
namespace Suite = Engine::Suite;

namespace {

bool loadOrReport(const std::vector<std::string> &files, Suite::LoadResult &loaded,
                  std::ostream &err)
{
    loaded = Suite::loadSuites(files);
    for (const auto &e : loaded.errors)
        err << e.toString() << "\n";
    return loaded.ok();
}

} // namespace

std::string RunCommand::summary() const
{
    return trs("run suite files like pytest (fixtures, random order, JUnit XML)");
}

std::string RunCommand::help() const
{
    return trs(
        "Usage: api-replay run SUITE.json... [options]\n\n"
        "  -k EXPR             run tests whose name contains EXPR (\"not EXPR\" inverts)\n"
        "  -x                  stop at the first failure\n"
        "  --seed N            random order from seed N (printed, so the order can be replayed)\n"
        "  --lf                run only the tests that failed in the last run (from history)\n"
        "  --repeat N          run everything N times and report a pass rate per test\n"
        "  --isolate           a fresh app for every test\n"
        "  --setup-show        print the fixture lifecycle (SETUP/TEARDOWN) like pytest\n"
        "  --timeout SECONDS   time limit per test (default 10)\n"
        "  --junit-xml FILE    write JUnit XML\n"
        "  --error-style v1|v2 the words of 422 bodies (default v2)\n"
        "  --app NAME | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]\n"
        "                      the target every suite runs against (default: the app each\n"
        "                      suite names); see 'api-replay requests --help'\n"
        "  --override DEP=DOUBLE  set on the target when it opens (repeatable)\n"
        "  --history PATH      the history database (default: $API_REPLAY_HISTORY or the\n"
        "                      user data directory); --no-history to skip it\n\n"
        "Exit status: 0 all passed, 1 failures, 2 usage or suite-file errors.\n");
}

int RunCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                    std::ostream &err)
{
    Suite::RunOptions options;
    std::vector<std::string> files;
    std::string junit, historyPath;
    bool lastFailed = false, useHistory = true;
    // The target options (--app, --asgi, ...) go to AppOptions as they are.
    std::vector<std::string> targetArgs;
    std::optional<std::string> errorStyle;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const std::string flag = a.substr(0, a.find('='));
        bool takesValue = false;
        // --error-style and --timeout are the run's own as well: they stay here.
        if (flag != "--error-style" && flag != "--timeout"
            && AppOptions::isTargetOption(flag, takesValue)) {
            targetArgs.push_back(a);
            if (takesValue && flag == a && i + 1 < args.size())
                targetArgs.push_back(args[++i]);
            continue;
        }
        const auto next = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                err << "api-replay run: " << a << " " << trs("needs a value") << "\n";
                return std::nullopt;
            }
            return args[++i];
        };
        try {
            if (a == "--help" || a == "-h") {
                out << help();
                return 0;
            } else if (a == "-k") {
                auto v = next();
                if (!v)
                    return 2;
                options.keyword = *v;
            } else if (a == "-x") {
                options.exitFirst = true;
            } else if (a == "--seed") {
                auto v = next();
                if (!v)
                    return 2;
                std::uint64_t seed = 0;
                const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), seed);
                if (ec != std::errc() || end != v->data() + v->size()) {
                    err << "api-replay run: --seed " << trs("needs a whole number from 0 to")
                        << " 18446744073709551615, " << trs("got") << " '" << *v << "'\n";
                    return 2;
                }
                options.seed = seed;
            } else if (a == "--lf") {
                lastFailed = true;
            } else if (a == "--repeat") {
                auto v = next();
                if (!v)
                    return 2;
                int repeat = 0;
                const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), repeat);
                if (ec != std::errc() || end != v->data() + v->size() || repeat < 1
                    || repeat > 1000000) {
                    err << "api-replay run: --repeat " << trs("needs a whole number from 1 to")
                        << " 1000000, " << trs("got") << " '" << *v << "'\n";
                    return 2;
                }
                options.repeat = repeat;
            } else if (a == "--isolate") {
                options.isolate = true;
            } else if (a == "--setup-show") {
                options.setupShow = true;
            } else if (a == "--timeout") {
                auto v = next();
                if (!v)
                    return 2;
                std::size_t used = 0;
                const double seconds = std::stod(*v, &used);
                if (used != v->size() || !(seconds > 0) || seconds > 86400) {
                    err << "api-replay run: --timeout "
                        << trs("needs a number of seconds above 0 and at most 86400, got") << " '"
                        << *v << "'\n";
                    return 2;
                }
                options.timeout = std::chrono::milliseconds(
                    std::max<long>(1, static_cast<long>(seconds * 1000)));
            } else if (a == "--junit-xml") {
                auto v = next();
                if (!v)
                    return 2;
                junit = *v;
            } else if (a == "--error-style") {
                auto v = next();
                if (!v)
                    return 2;
                auto style = Engine::Validation::parseErrorStyle(*v);
                if (!style) {
                    err << "api-replay run: " << trs("--error-style must be v1 or v2") << "\n";
                    return 2;
                }
                options.errorStyle = *style;
                errorStyle = *v;
            } else if (a == "--history") {
                auto v = next();
                if (!v)
                    return 2;
                historyPath = *v;
            } else if (a == "--no-history") {
                useHistory = false;
            } else if (a.rfind("-", 0) == 0) {
                err << "api-replay run: " << trs("unknown option") << " '" << a << "'\n";
                return 2;
            } else {
                files.push_back(a);
            }
        } catch (const std::exception &) {
            err << "api-replay run: " << trs("not a number:") << " '" << args[i] << "'\n";
            return 2;
        }
    }
    if (files.empty()) {
        err << "api-replay run: " << trs("no suite file given") << "\n";
        return 2;
    }
    Suite::LoadResult loaded;
    if (!loadOrReport(files, loaded, err))
        return 2;
    if (!targetArgs.empty()) {
        // A target named on the command line answers every suite, whatever app it names.
        AppOptions target;
        std::vector<std::string> rest;
        if (errorStyle) {
            targetArgs.push_back("--error-style");
            targetArgs.push_back(*errorStyle);
        }
        try {
            rest = target.parse(targetArgs);
        } catch (const UsageError &e) {
            err << "api-replay run: " << e.what() << "\n";
            return 2;
        }
        target.spec.timeout = options.timeout;
        // Opened once here, so a target that cannot start is a usage error before any test.
        auto first = std::make_shared<std::unique_ptr<Engine::Target::Target>>();
        try {
            *first = target.open();
        } catch (const std::exception &e) {
            err << "api-replay run: " << e.what() << "\n";
            return 2;
        }
        options.target = [first, target]() -> std::unique_ptr<Engine::Target::Target> {
            if (*first)
                return std::move(*first);
            return target.open();
        };
    }
    std::unique_ptr<Suite::RunRecorder> history;
    if (useHistory || lastFailed) {
        history = std::make_unique<Suite::RunRecorder>(
            historyPath.empty() ? Suite::History::defaultPath() : historyPath,
            [&err](const std::string &warning) {
                err << "api-replay run: " << warning << std::endl;
            });
        if (!history->available() && lastFailed)
            return 2;
    }
    if (lastFailed && history) {
        options.only = history->lastFailed();
        if (options.only.empty()) {
            out << trs("No failed tests in the last run; running everything.") << "\n";
        }
    }
    std::string joined;
    for (const auto &a : args)
        joined += (joined.empty() ? "" : " ") + a;
    if (history) {
        history->begin(options.seed.value_or(0), joined);
        options.onResult = [&history](const Suite::TestResult &r) {
            history->record(r);
        };
    }
    Suite::Runner runner(options, &out);
    Suite::RunReport report;
    try {
        report = runner.run(loaded.suites);
    } catch (const std::exception &e) {
        // Only a target that cannot be opened again (--isolate) ends a run early.
        err << "api-replay run: " << e.what() << "\n";
        return 2;
    }
    if (history)
        history->finish(report);
    bool header = false;
    for (const auto &r : report.results) {
        if (!Suite::isFailure(r.outcome))
            continue;
        if (!header) {
            out << "\n================================ FAILURES ================================\n";
            header = true;
        }
        out << "___ " << r.file << "::" << r.name << " ___\n" << r.message << "\n";
    }
    if (options.repeat > 1) {
        out << "\n" << trs("Pass rate per test:") << "\n";
        std::map<std::string, std::pair<int, int>> rates;
        for (const auto &r : report.results) {
            auto &[passed, total] = rates[r.file + "::" + r.name];
            passed += r.outcome == Suite::Outcome::Passed;
            ++total;
        }
        for (const auto &[name, pr] : rates)
            out << "  " << name << ": " << pr.first << "/" << pr.second << "\n";
    }
    if (!junit.empty()) {
        std::ofstream x(junit);
        x << Suite::junitXml(report);
        x.close(); // the bytes reach the file (or fail to) here
        if (!x) {
            err << "api-replay run: " << trs("cannot write") << " " << junit << "\n";
            return 2;
        }
    }
    if (options.seed)
        out << "Using --seed " << *options.seed << "\n";
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f", report.seconds);
    out << report.passed() << " passed, " << report.failed() << " failed";
    if (report.skipped() > 0)
        out << ", " << report.skipped() << " skipped";
    out << " in " << secs << "s\n";
    return report.failed() == 0 ? 0 : 1;
}

std::string FindPolluterCommand::summary() const
{
    return trs("find the test that makes another one fail, and show what it left behind");
}

std::string FindPolluterCommand::help() const
{
    return trs("Usage: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]\n\n"
               "NAME must pass alone and fail after the tests before it. The tests before it are\n"
               "halved until one remains that makes NAME fail (as detect-test-pollution does);\n"
               "then it shows what that test left behind: overrides still set (and who set them),\n"
               "rows added, the client session left open, recorded mails.\n"
               "Exit status: 0 when a polluter was found, 1 when not, 2 for usage errors.\n");
}

int FindPolluterCommand::run(const std::vector<std::string> &args, std::istream &,
                             std::ostream &out, std::ostream &err)
{
    std::vector<std::string> files;
    std::string target;
    Suite::RunOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out << help();
            return 0;
        }
        if (args[i] == "--test" && i + 1 < args.size())
            target = args[++i];
        else if (args[i] == "--error-style" && i + 1 < args.size()) {
            auto style = Engine::Validation::parseErrorStyle(args[++i]);
            if (!style) {
                err << "api-replay find-polluter: " << trs("--error-style must be v1 or v2")
                    << "\n";
                return 2;
            }
            options.errorStyle = *style;
        } else if (args[i].rfind("-", 0) == 0) {
            err << "api-replay find-polluter: " << trs("unknown option") << " '" << args[i]
                << "'\n";
            return 2;
        } else
            files.push_back(args[i]);
    }
    if (files.size() != 1 || target.empty()) {
        err << "api-replay find-polluter: " << trs("give one suite file and --test NAME") << "\n";
        return 2;
    }
    Suite::LoadResult loaded;
    if (!loadOrReport(files, loaded, err))
        return 2;
    Suite::PolluterReport report;
    try {
        report = Suite::findPolluter(loaded.suites.front(), target, options);
    } catch (const Engine::Error &e) {
        err << "api-replay find-polluter: " << e.what() << "\n";
        return 2;
    }
    for (const auto &s : report.steps)
        out << s << "\n";
    if (!report.passesAlone) {
        out << trs("The test fails on its own: this is not pollution.") << "\n";
        return 1;
    }
    if (!report.failsInSuite) {
        out << trs("The test passes after the tests before it: nothing to find.") << "\n";
        return 1;
    }
    if (report.polluter.empty()) {
        out << trs("No single test makes it fail (it needs several together).") << "\n";
        return 1;
    }
    out << "\n" << trs("Polluter:") << " " << report.polluter << "\n";
    out << trs("It makes") << " " << target << " " << trs("fail with:") << "\n  " << report.failure
        << "\n";
    out << trs("What it left behind:") << "\n";
    for (const auto &o : report.leftovers.overrides)
        out << "  " << trs("override") << " " << o["dependency"].get<std::string>() << " -> "
            << o["provider"].get<std::string>() << ", " << trs("set by") << " "
            << o["set_by"].get<std::string>() << ", " << trs("still active") << "\n";
    for (auto it = report.leftovers.rows.begin(); it != report.leftovers.rows.end(); ++it)
        out << "  " << it.value().dump() << " " << trs("row(s) added to") << " " << it.key()
            << "\n";
    if (report.leftovers.sessionOpen)
        out << "  " << trs("the client session (lifespan) is still open") << "\n";
    if (report.leftovers.mails > 0)
        out << "  " << report.leftovers.mails << " " << trs("recorded mail(s)") << "\n";
    if (!report.leftovers.any())
        out << "  " << trs("nothing visible (overrides, rows, session and mails are clean)")
            << "\n";
    return 0;
}

std::string HistoryCommand::summary() const
{
    return trs("list recent runs and per-test pass rates (flaky tests)");
}

std::string HistoryCommand::help() const
{
    return trs("Usage: api-replay history [--history PATH] [--last N] [--json]\n"
               "       api-replay history [--history PATH] --compare RUN RUN [--json]\n"
               "       api-replay history import-junit FILE... [--history PATH]\n\n"
               "Lists the last N runs (default 20) and, per test, how often it passed in them;\n"
               "a test that both passed and failed is marked flaky. --compare lists the tests\n"
               "whose outcome differs between two runs (numbers from the list of runs).\n"
               "import-junit records each JUnit XML file (pytest --junit-xml, CI artefacts) as\n"
               "a run; reruns in a file (<rerun>, <flakyFailure>, ...) count as attempts, so a\n"
               "test that failed and passed on rerun is flaky. A file that cannot be read is\n"
               "named and skipped (exit status 2); the others are imported.\n");
}

int HistoryCommand::importJunit(const std::vector<std::string> &args, std::ostream &out,
                                std::ostream &err)
{
    std::string path;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--history") {
            if (i + 1 >= args.size()) {
                err << "api-replay history import-junit: --history " << trs("needs a value")
                    << "\n";
                return 2;
            }
            path = args[++i];
        } else if (args[i].rfind("-", 0) == 0 && args[i] != "-") {
            err << "api-replay history import-junit: " << trs("unknown option") << " '" << args[i]
                << "'\n";
            return 2;
        } else {
            files.push_back(args[i]);
        }
    }
    if (files.empty()) {
        err << "api-replay history import-junit: " << trs("give one or more JUnit XML files")
            << "\n";
        return 2;
    }
    std::unique_ptr<Suite::History> history;
    try {
        history
            = std::make_unique<Suite::History>(path.empty() ? Suite::History::defaultPath() : path);
    } catch (const std::exception &e) {
        err << "api-replay history import-junit: " << e.what() << "\n";
        return 2;
    }
    int status = 0;
    for (const auto &file : files) {
        try {
            const auto junit = Suite::readJunit(file);
            // The run's counts: each test's final attempt.
            Suite::RunReport report;
            std::map<std::string, std::size_t> last;
            for (const auto &r : junit.results) {
                const std::string id = r.file + "::" + r.name;
                if (const auto it = last.find(id); it != last.end())
                    report.results[it->second] = r;
                else {
                    last[id] = report.results.size();
                    report.results.push_back(r);
                }
            }
            report.seconds = junit.seconds;
            const auto started = junit.startedMicros.value_or(Engine::Clock::system().nowMicros());
            const auto run
                = history->importRun("import-junit " + file, started, junit.results, report);
            out << file << ": " << trs("run") << " #" << run << ", " << report.results.size() << " "
                << trs("tests") << " (" << report.passed() << " " << trs("passed") << ", "
                << report.failed() << " " << trs("failed") << ", " << report.skipped() << " "
                << trs("skipped") << ", " << junit.reruns << " " << trs("reruns") << ")\n";
        } catch (const std::exception &e) {
            err << "api-replay history import-junit: " << e.what() << "\n";
            status = 2;
        }
    }
    return status;
}

int HistoryCommand::run(const std::vector<std::string> &args, std::istream &, std::ostream &out,
                        std::ostream &err)
{
    std::string path;
    int last = 20;
    bool json = false;
    std::optional<std::pair<std::int64_t, std::int64_t>> compare;
    if (!args.empty() && args[0] == "import-junit")
        return importJunit({args.begin() + 1, args.end()}, out, err);
    // A positive whole number, or a message that says which option wanted one.
    const auto positive
        = [&err](const std::string &option, const std::string &text, std::int64_t &value) {
              const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
              if (ec != std::errc() || end != text.data() + text.size() || value < 1) {
                  err << "api-replay history: " << option << " "
                      << trs("needs a positive number, got") << " '" << text << "'\n";
                  return false;
              }
              return true;
          };
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out << help();
            return 0;
        } else if (args[i] == "--history" && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == "--last" && i + 1 < args.size()) {
            std::int64_t n = 0;
            if (!positive("--last", args[++i], n))
                return 2;
            last = int(std::min<std::int64_t>(n, 1000000));
        } else if (args[i] == "--compare" && i + 2 < args.size()) {
            std::int64_t a = 0, b = 0;
            if (!positive("--compare", args[i + 1], a) || !positive("--compare", args[i + 2], b))
                return 2;
            compare.emplace(a, b);
            i += 2;
        } else if (args[i] == "--json")
            json = true;
        else {
            err << "api-replay history: " << trs("unknown option") << " '" << args[i] << "'\n";
            return 2;
        }
    }
    try {
        Suite::History history(path.empty() ? Suite::History::defaultPath() : path);
        if (compare) {
            const auto changes = history.compare(compare->first, compare->second);
            if (json) {
                out << Suite::toJson(changes).dump(2) << "\n";
                return 0;
            }
            const auto outcome = [](const std::optional<Suite::RecordedOutcome> &o) {
                if (!o)
                    return trs("(not run)");
                switch (*o) {
                case Suite::RecordedOutcome::Passed:
                    return trs("passed");
                case Suite::RecordedOutcome::Failed:
                    return trs("failed");
                case Suite::RecordedOutcome::Flaky:
                    return trs("flaky");
                case Suite::RecordedOutcome::Skipped:
                    return trs("skipped");
                case Suite::RecordedOutcome::Error:
                    break;
                }
                return trs("error");
            };
            out << trs("Tests whose outcome changed from run") << " #" << compare->first << " "
                << trs("to run") << " #" << compare->second << ":\n";
            for (const auto &c : changes)
                out << "  " << c.file << "::" << c.test << ": " << outcome(c.before) << " -> "
                    << outcome(c.after) << "\n";
            if (changes.empty())
                out << "  " << trs("(none)") << "\n";
            return 0;
        }
        const Suite::HistorySummary s = history.summary(last);
        if (json) {
            out << Suite::toJson(s).dump(2) << "\n";
            return 0;
        }
        const auto count = [](const std::optional<std::int64_t> &n) {
            return n ? std::to_string(*n) : std::string("-");
        };
        out << trs("Runs (newest first):") << "\n";
        for (const auto &r : s.runs)
            out << "  #" << r.id << "  " << r.status << "  " << count(r.passed) << " "
                << trs("passed") << ", " << count(r.failed) << " " << trs("failed") << "  "
                << r.arguments << "\n";
        out << trs("Tests:") << "\n";
        for (const auto &t : s.tests)
            out << "  " << t.file << "::" << t.test << ": " << trs("passed") << " " << t.passed
                << " " << trs("of the last") << " " << t.runs << " " << trs("runs")
                << (t.flaky() ? "  " + trs("(flaky)") : std::string()) << "\n";
    } catch (const std::exception &e) {
        err << "api-replay history: " << e.what() << "\n";
        return 2;
    }
    return 0;
}

std::string ExportPytestCommand::summary() const
{
    return trs("write suites as pytest files that use TestClient and dependency_overrides");
}

std::string ExportPytestCommand::help() const
{
    return trs(
        "Usage: api-replay export-pytest SUITE.json... --out DIR [--app-module MODULE]\n\n"
        "Writes DIR/conftest.py and one DIR/test_<suite>.py per suite. The files import app\n"
        "and the dependency and double names of the forge contract from MODULE (default\n"
        "forge_app), so they run against any FastAPI implementation of the contract. Steps\n"
        "only the engine can do (recorded mails, SQL, row counts) become comments.\n");
}

int ExportPytestCommand::run(const std::vector<std::string> &args, std::istream &,
                             std::ostream &out, std::ostream &err)
{
    std::vector<std::string> files;
    std::string dir, module = "forge_app";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out << help();
            return 0;
        }
        if (args[i] == "--out" && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == "--app-module" && i + 1 < args.size())
            module = args[++i];
        else if (args[i].rfind("-", 0) == 0) {
            err << "api-replay export-pytest: " << trs("unknown option") << " '" << args[i]
                << "'\n";
            return 2;
        } else
            files.push_back(args[i]);
    }
    if (files.empty() || dir.empty()) {
        err << "api-replay export-pytest: " << trs("give suite files and --out DIR") << "\n";
        return 2;
    }
    Suite::LoadResult loaded;
    if (!loadOrReport(files, loaded, err))
        return 2;
    try {
        for (const auto &path : Suite::writePytest(loaded.suites, module, dir))
            out << path << "\n";
    } catch (const std::exception &e) {
        err << "api-replay export-pytest: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
