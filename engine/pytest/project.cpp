#include "engine/pytest/project.h"

#include <cctype>
#include <cmath>
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
    if (text == "skipped" || text == "xfailed")
        return Suite::Outcome::Skipped;
    return Suite::Outcome::Passed; // passed, xpassed
}

Suite::Scope scopeOf(const std::string &scope)
{
    if (scope == "function")
        return Suite::Scope::Function;
    if (scope == "class")
        return Suite::Scope::Class;
    if (scope == "module")
        return Suite::Scope::Module;
    if (scope == "package")
        return Suite::Scope::Package;
    return Suite::Scope::Session;
}

std::string text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
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
    r.nodeId = text(t, "nodeid");
    const auto sep = r.nodeId.find("::");
    r.file = r.nodeId.substr(0, sep);
    r.name = sep == std::string::npos ? r.nodeId : r.nodeId.substr(sep + 2);
    r.outcome = outcomeOf(text(t, "outcome"));
    r.seconds = t.value("duration", 0.0);
    r.message = r.outcome == Suite::Outcome::Skipped || r.outcome == Suite::Outcome::Passed
                    ? text(t, "message")
                    : shortMessage(text(t, "message"));
    r.details = text(t, "details");
    r.calledAt = t.value("called_at", t.value("started", 0.0));
    for (const auto &f : t.value("fixtures", Json::array())) {
        if (!f.is_object())
            continue;
        FixtureUse use{f.value("id", 0), text(f, "name"), text(f, "scope"),
                       f.value("setup_at", 0.0), std::nullopt};
        if (f.contains("teardown_at") && f["teardown_at"].is_number())
            use.teardownAt = f["teardown_at"].get<double>();
        r.fixtures.push_back(std::move(use));
    }
    for (const auto &h : t.value("hints", Json::array()))
        if (h.is_string())
            r.hints.push_back(h.get<std::string>());
    const Json before = t.value("overrides_before", Json::object());
    const Json after = t.value("overrides_after", Json::object());
    for (auto it = before.begin(); it != before.end(); ++it)
        r.overridesBefore[it.key()] = it.value().is_string() ? it.value().get<std::string>() : "";
    for (auto it = after.begin(); it != after.end(); ++it)
        r.overridesAfter[it.key()] = it.value().is_string() ? it.value().get<std::string>() : "";
    return r;
}

// "2" or "0.5": a timeout in the user's words.
std::string seconds(std::chrono::milliseconds ms)
{
    std::string text = std::to_string(ms.count() / 1000);
    if (const auto rest = ms.count() % 1000) {
        std::string fraction = std::to_string(1000 + rest).substr(1);
        while (fraction.back() == '0')
            fraction.pop_back();
        text += "." + fraction;
    }
    return text;
}

// Thrown inside findPolluter when options.cancel ended a pytest run.
struct Cancelled
{};

} // namespace

Suite::TestResult TestReport::toResult() const
{
    Suite::TestResult r;
    r.file = file;
    r.name = name;
    r.outcome = outcome;
    r.seconds = seconds;
    r.message = message;
    r.details = details;
    for (const auto &h : hints)
        r.details += (r.details.empty() ? "" : "\n\n") + std::string("Hint: ") + h;
    for (const auto &f : fixtures)
        r.fixtures.push_back(f.name);
    return r;
}

std::vector<LeakedOverride> RunResult::leakedOverrides() const
{
    std::map<std::string, std::string> setBy;
    for (const auto &t : tests) {
        for (auto it = setBy.begin(); it != setBy.end();)
            it = t.overridesAfter.count(it->first) ? std::next(it) : setBy.erase(it);
        for (const auto &[dep, fn] : t.overridesAfter) {
            const auto was = t.overridesBefore.find(dep);
            if (was == t.overridesBefore.end() || was->second != fn)
                setBy[dep] = t.nodeId;
        }
    }
    std::vector<LeakedOverride> leaked;
    if (tests.empty())
        return leaked;
    for (const auto &[dep, fn] : tests.back().overridesAfter) {
        const auto who = setBy.find(dep);
        leaked.push_back({dep, fn, who == setBy.end() ? std::string() : who->second});
    }
    return leaked;
}

Suite::RunReport RunResult::toReport() const
{
    Suite::RunReport report;
    for (const auto &t : tests) {
        report.results.push_back(t.toResult());
        report.seconds += t.seconds;
    }
    report.fixtureSpans = spans;
    report.seed = seed.value_or(0);
    report.cancelled = cancelled;
    return report;
}

std::string RunResult::setupShow() const
{
    // In time order: setups happen before a test's call, teardowns after it.
    std::vector<std::pair<double, std::string>> events;
    const auto letter = [](Suite::Scope s) { // F, C, M, P, S as pytest --setup-show
        return std::string(1, char(std::toupper(Suite::toString(s)[0])));
    };
    for (const auto &s : spans) {
        events.emplace_back(s.setupAt, "SETUP    " + letter(s.scope) + " " + s.name);
        if (s.tornDown)
            events.emplace_back(s.teardownAt, "TEARDOWN " + letter(s.scope) + " " + s.name);
    }
    for (const auto &t : tests)
        events.emplace_back(t.calledAt, "        " + t.nodeId + " " + Suite::toString(t.outcome));
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::string out;
    for (const auto &e : events)
        out += e.second + "\n";
    return out;
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
    std::map<int, std::size_t> spanOf;  // the plugin's fixture id -> index into result.spans
    std::vector<std::string> runOrder;  // the node ids in the order pytest runs them
    std::optional<std::string> running; // the node id of the test pytest is in
    auto runningSince = std::chrono::steady_clock::now();
    // The test after the last one reported is running (pytest runs them in the order it sent).
    const auto next = [&] {
        runningSince = std::chrono::steady_clock::now();
        if (result.tests.size() < runOrder.size())
            running = runOrder[result.tests.size()];
        else
            running.reset();
    };
    bool killed = false;
    bool finished = false; // pytest said its session ended in good order
    const auto kill = [&](std::string why) {
        if (killed)
            return;
        killed = true;
        child.signalKill();
        result.interruption = std::move(why);
    };
    const auto handle = [&](const Json &message) {
        if (message.contains("collected")) {
            result.collected = message.value("collected", std::size_t(0));
            if (message.contains("seed") && message["seed"].is_number_unsigned())
                result.seed = message["seed"].get<std::uint64_t>();
            for (const auto &id : message.value("order", Json::array()))
                if (id.is_string())
                    runOrder.push_back(id.get<std::string>());
            next();
        } else if (message.contains("test") && message["test"].is_object()) {
            TestReport t = reportOf(message["test"]);
            const std::size_t index = result.tests.size();
            for (const auto &f : t.fixtures) {
                Suite::FixtureSpan span{f.name,
                                        scopeOf(f.scope),
                                        index,
                                        index,
                                        f.setupAt,
                                        f.teardownAt.value_or(0),
                                        bool(f.teardownAt)};
                spanOf[f.id] = result.spans.size();
                result.spans.push_back(std::move(span));
            }
            result.tests.push_back(std::move(t));
            next();
            if (onTest)
                onTest(result.tests.back());
        } else if (message.contains("finished")) {
            finished = true;
            running.reset();
        } else if (message.contains("teardown") && message["teardown"].is_object()) {
            const auto it = spanOf.find(message["teardown"].value("id", 0));
            if (it == spanOf.end())
                return;
            auto &span = result.spans[it->second];
            span.teardownAt = message["teardown"].value("at", 0.0);
            span.tornDown = true;
            // Torn down while the next test runs (or after the last one): it served up to
            // the last test that ended.
            span.lastTest = std::max(span.firstTest, result.tests.size() - 1);
        }
    };
    for (;;) {
        std::optional<std::string> line;
        try {
            line = child.readLine(std::chrono::milliseconds(100));
        } catch (const std::exception &) {
            break; // pytest ended, and its last report was read
        }
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            kill("cancelled");
        }
        if (running && options.testTimeout && !killed
            && std::chrono::steady_clock::now() - runningSince > *options.testTimeout)
            kill(*running + " ran longer than " + seconds(*options.testTimeout)
                 + " s (the timeout): the pytest process was killed");
        if (!line)
            continue;
        try {
            handle(PyJson::parse(*line));
        } catch (...) {
            continue; // not ours: a line we cannot read is dropped, the run goes on
        }
    }
    result.exitStatus = child.wait();
    const std::string ended = child.exitDescription();
    if (killed)
        result.exitStatus = 2; // as pytest when interrupted
    if (running && !finished && !result.cancelled) {
        // pytest ended inside a test: a timeout, or the process crashed (os._exit, a signal).
        TestReport t;
        t.nodeId = *running;
        const auto sep = t.nodeId.find("::");
        t.file = t.nodeId.substr(0, sep);
        t.name = sep == std::string::npos ? t.nodeId : t.nodeId.substr(sep + 2);
        t.outcome = Suite::Outcome::Error;
        t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - runningSince)
                        .count();
        if (result.interruption.empty())
            result.interruption
                = "the pytest process ended during " + *running + " (" + ended + ")";
        t.message = result.interruption;
        result.tests.push_back(std::move(t));
        if (onTest)
            onTest(result.tests.back());
        if (!killed && result.exitStatus < 2)
            result.exitStatus = 3; // pytest's "internal error"
    }
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

int polluterRunBudget(std::size_t before)
{
    return 2 + int(std::ceil(std::log2(double(std::max<std::size_t>(before, 1)))));
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
        if (r.cancelled)
            throw Cancelled{};
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
    const auto search = [&] {
        report.passesAlone = targetOutcome({}, nullptr);
        step("run " + target + " alone: " + (report.passesAlone ? "passed" : "failed"));
        if (!report.passesAlone)
            return;
        RunResult full; // the polluter's overrides are read from this run
        report.failsAfterTheOthers = !targetOutcome(before, &full);
        step("run the " + std::to_string(before.size()) + " test(s) before it, then the target: "
             + (report.failsAfterTheOthers ? "failed" : "passed"));
        if (!report.failsAfterTheOthers)
            return;
        const int budget = polluterRunBudget(before.size());
        std::vector<std::string> candidates = before;
        bool confirmed = candidates.size() == 1; // the full run showed it
        while (candidates.size() > 1) {
            const std::vector<std::string> half(
                candidates.begin(), candidates.begin() + std::ptrdiff_t(candidates.size() / 2));
            const bool fails = !targetOutcome(half, nullptr);
            step("bisect: " + std::to_string(half.size()) + " of "
                 + std::to_string(candidates.size())
                 + " candidate(s) then the target: " + (fails ? "failed" : "passed"));
            if (fails)
                candidates = half;
            else
                candidates.erase(candidates.begin(),
                                 candidates.begin() + std::ptrdiff_t(half.size()));
            confirmed = fails;
        }
        if (!confirmed && report.runs < budget) {
            // The last half was inferred (the other one passed): run it when the budget allows,
            // which tells a polluter made of several tests from a single one.
            confirmed = true;
            const bool fails = !targetOutcome(candidates, nullptr);
            step("confirm: " + candidates.front()
                 + " then the target: " + (fails ? "failed" : "passed"));
            if (!fails)
                return;
        }
        report.polluter = candidates.front();
        if (!confirmed)
            step("(" + report.polluter
                 + " was not run alone before the target: the bisection infers it)");
        for (const auto &t : full.tests) {
            if (t.nodeId != report.polluter)
                continue;
            for (const auto &[dep, fn] : t.overridesAfter) {
                const auto was = t.overridesBefore.find(dep);
                if (was == t.overridesBefore.end() || was->second != fn)
                    report.leftovers.push_back(dep + " -> " + fn);
            }
        }
    };
    try {
        search();
    } catch (const Cancelled &) {
        report.cancelled = true;
        step("cancelled");
    }
    return report;
}

} // namespace Engine::Pytest
