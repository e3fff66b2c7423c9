#include "engine/pytest/project.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "engine/bridge/process.h"
#include "engine/bridge/pythontarget.h"
#include "engine/core/pyjson.h"
#include "engine/store/temporarydatabase.h"
#include "engine/target/target.h"

namespace Engine::Pytest {

namespace {

Suite::Outcome outcomeOf(const std::string &text)
{
    if (text == "failed")
        return Suite::Outcome::Failed;
    if (text == "error")
        return Suite::Outcome::Error;
    if (text == "skipped")
        return Suite::Outcome::Skipped;
    return Suite::Outcome::Passed;
}

// "AssertionError: assert 200 == 401\n +  where ..." -> "assert 200 == 401"
std::string shortMessage(std::string message)
{
    message = message.substr(0, message.find('\n'));
    const std::string prefix = "AssertionError: ";
    if (message.rfind(prefix, 0) == 0)
        message.erase(0, prefix.size());
    return message;
}

TestReport reportOf(const Json &t)
{
    TestReport r;
    r.nodeId = t.value("nodeid", "");
    const auto sep = r.nodeId.find("::");
    r.file = r.nodeId.substr(0, sep);
    r.name = sep == std::string::npos ? r.nodeId : r.nodeId.substr(sep + 2);
    r.outcome = outcomeOf(t.value("outcome", "passed"));
    r.seconds = t.value("duration", 0.0);
    r.message = r.outcome == Suite::Outcome::Skipped ? t.value("message", "")
                                                     : shortMessage(t.value("message", ""));
    for (const auto &f : t.value("fixtures", Json::array())) {
        FixtureUse use{f.value("name", ""), f.value("scope", "function"), f.value("setup_at", 0.0),
                       std::nullopt};
        if (f.contains("teardown_at") && f["teardown_at"].is_number())
            use.teardownAt = f["teardown_at"].get<double>();
        r.fixtures.push_back(std::move(use));
    }
    const Json before = t.value("overrides_before", Json::object());
    const Json after = t.value("overrides_after", Json::object());
    for (auto it = before.begin(); it != before.end(); ++it)
        r.overridesBefore[it.key()] = it.value().is_string() ? it.value().get<std::string>() : "";
    for (auto it = after.begin(); it != after.end(); ++it)
        r.overridesAfter[it.key()] = it.value().is_string() ? it.value().get<std::string>() : "";
    return r;
}

} // namespace

Suite::TestResult TestReport::toResult() const
{
    Suite::TestResult r;
    r.file = file;
    r.name = name;
    r.outcome = outcome;
    r.seconds = seconds;
    r.message = message;
    for (const auto &f : fixtures)
        r.fixtures.push_back(f.name);
    return r;
}

RunResult run(const Options &options, const std::function<void(const TestReport &)> &onTest,
              bool quiet, const std::vector<std::string> &order)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(options.rootdir, ec))
        throw Target::TargetError("--rootdir " + options.rootdir + " is not a directory");
    const std::string python = Bridge::findInterpreter(options.python, options.rootdir);
    const std::string bridgeDir
        = options.bridgeDir.empty() ? Bridge::locateBridge() : options.bridgeDir;
    if (bridgeDir.empty())
        throw Target::TargetError("the pytest plugin (api_test_explorer/pytest_plugin.py) is not "
                                  "installed next to this program");
    std::vector<std::string> argv{python, "-m", "pytest", "-p", "api_test_explorer.pytest_plugin"};
    std::optional<Store::TemporaryDatabase> orderFile; // a temporary file name, removed after
    if (!order.empty()) {
        orderFile.emplace();
        std::ofstream f(orderFile->path());
        for (const auto &id : order)
            f << id << "\n";
        argv.push_back("--ate-order=" + orderFile->path());
        argv.push_back("-p");
        argv.push_back("no:randomly"); // the order is ours
    }
    if (options.seed)
        argv.push_back("--ate-seed=" + *options.seed);
    argv.insert(argv.end(), options.pytestArgs.begin(), options.pytestArgs.end());
    Bridge::ChildProcess child(
        argv, Bridge::pythonEnvironment(bridgeDir, {"API_TEST_EXPLORER_REPORT_FD=3"}),
        quiet ? Bridge::ChildProcess::Channel::Fd3Quiet : Bridge::ChildProcess::Channel::Fd3,
        options.rootdir);
    RunResult result;
    for (;;) {
        std::optional<std::string> line;
        try {
            line = child.readLine(std::chrono::hours(24 * 365));
        } catch (const std::exception &) {
            break; // pytest ended (the socket closed)
        }
        if (!line)
            continue;
        Json message;
        try {
            message = PyJson::parse(*line);
        } catch (...) {
            continue;
        }
        if (message.contains("collected")) {
            result.collected = message.value("collected", std::size_t(0));
            if (message.contains("seed") && message["seed"].is_number_unsigned())
                result.seed = message["seed"].get<std::uint64_t>();
        } else if (message.contains("test")) {
            result.tests.push_back(reportOf(message["test"]));
            if (onTest)
                onTest(result.tests.back());
        }
    }
    result.exitStatus = child.wait();
    if (result.exitStatus == 1 && result.collected == 0 && result.tests.empty() && quiet)
        throw Target::TargetError("pytest did not run under " + python
                                  + " (is pytest installed for it?)");
    return result;
}

std::vector<std::string> collect(const Options &options)
{
    Store::TemporaryDatabase file;
    Options o = options;
    o.seed.reset();
    o.pytestArgs.insert(o.pytestArgs.begin(),
                        {"--collect-only", "-q", "--ate-collect=" + file.path()});
    const RunResult r = run(o, nullptr, true);
    std::ifstream in(file.path());
    std::vector<std::string> ids;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            ids.push_back(line);
    if (ids.empty() && r.exitStatus != 0 && r.exitStatus != 5)
        throw Target::TargetError("pytest could not collect the tests (exit status "
                                  + std::to_string(r.exitStatus) + ")");
    return ids;
}

PolluterReport findPolluter(const Options &options, const std::string &target,
                            const std::vector<std::string> &before,
                            const std::function<void(const std::string &)> &progress)
{
    PolluterReport report;
    Options o = options;
    o.seed.reset();
    const auto targetOutcome = [&](std::vector<std::string> ids, RunResult *out) {
        ids.push_back(target);
        RunResult r = run(o, nullptr, true, ids);
        ++report.runs;
        const TestReport *t = nullptr;
        for (const auto &test : r.tests)
            if (test.nodeId == target)
                t = &test;
        if (!t)
            throw Target::TargetError("pytest did not run " + target + " (exit status "
                                      + std::to_string(r.exitStatus) + ")");
        const bool passed = t->outcome == Suite::Outcome::Passed;
        if (!passed)
            report.failure = t->message;
        if (out)
            *out = std::move(r);
        return passed;
    };
    const auto step = [&](std::string line) {
        report.steps.push_back(line);
        if (progress)
            progress(line);
    };
    report.passesAlone = targetOutcome({}, nullptr);
    step("run " + target + " alone: " + (report.passesAlone ? "passed" : "failed"));
    if (!report.passesAlone)
        return report;
    report.failsAfterTheOthers = !targetOutcome(before, nullptr);
    step("run the " + std::to_string(before.size()) + " test(s) before it, then the target: "
         + (report.failsAfterTheOthers ? "failed" : "passed"));
    if (!report.failsAfterTheOthers)
        return report;
    std::vector<std::string> candidates = before;
    while (candidates.size() > 1) {
        const std::vector<std::string> half(
            candidates.begin(), candidates.begin() + std::ptrdiff_t(candidates.size() / 2));
        const bool fails = !targetOutcome(half, nullptr);
        step("bisect: " + std::to_string(half.size()) + " of " + std::to_string(candidates.size())
             + " candidate(s) then the target: " + (fails ? "failed" : "passed"));
        if (fails)
            candidates = half;
        else
            candidates.erase(candidates.begin(), candidates.begin() + std::ptrdiff_t(half.size()));
    }
    RunResult last;
    if (candidates.size() == 1 && !targetOutcome(candidates, &last)) {
        report.polluter = candidates.front();
        step("confirm: " + report.polluter + " then the target: failed");
        for (const auto &t : last.tests) {
            if (t.nodeId != report.polluter)
                continue;
            for (const auto &[dep, fn] : t.overridesAfter) {
                const auto was = t.overridesBefore.find(dep);
                if (was == t.overridesBefore.end() || was->second != fn)
                    report.leftovers.push_back(dep + " -> " + fn);
            }
        }
    }
    return report;
}

} // namespace Engine::Pytest
