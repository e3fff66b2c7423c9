#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/suite/runner.h"

namespace Engine::Pytest {

// A pytest project run by pytest itself, with our plugin (python/api_test_explorer/
// pytest_plugin.py) loaded by -p: nothing to install in the project.
struct Options
{
    std::string rootdir = ".";           // where pytest runs (and finds its configuration)
    std::string python;                  // empty: ROOTDIR/.venv/bin/python, else python3
    std::optional<std::string> seed;     // a number or "last": random order as pytest-randomly
    std::vector<std::string> pytestArgs; // given to pytest as they are
    std::string bridgeDir;               // empty: found as the Python target finds it
    // A test running longer is ended with the pytest process (its process group is killed);
    // it is reported as an error and the tests after it do not run.
    std::optional<std::chrono::milliseconds> testTimeout;
    // Checked while pytest runs: when it turns true the pytest process is killed. Not owned.
    const std::atomic<bool> *cancel = nullptr;
};

struct FixtureUse
{
    int id = 0; // the plugin's number for this fixture instance
    std::string name;
    std::string scope;
    double setupAt = 0;
    std::optional<double> teardownAt;
};

struct TestReport
{
    std::string nodeId;
    std::string file; // the node id's path part, relative to the rootdir
    std::string name; // the rest of the node id
    // pytest's xfailed is reported as skipped and xpassed as passed, each with its message.
    Suite::Outcome outcome = Suite::Outcome::Passed;
    double seconds = 0;
    double calledAt = 0; // when the test function was called (seconds since pytest started)
    std::string message; // the failure's short form ("assert 200 == 401")
    std::string details; // pytest's whole report of the failure (the traceback)
    std::vector<FixtureUse> fixtures;
    std::map<std::string, std::string> overridesBefore, overridesAfter;
    // What the plugin noticed, e.g. a TestClient used outside `with` (the lifespan never ran).
    std::vector<std::string> hints;

    Suite::TestResult toResult() const;
};

// An override still set after the run, with the test that set it.
struct LeakedOverride
{
    std::string dependency, provider, setBy;
};

struct RunResult
{
    int exitStatus = 0; // pytest's; 2 when the run was cut short by a timeout or Cancel
    std::optional<std::uint64_t> seed;
    std::size_t collected = 0;
    std::vector<TestReport> tests;
    // Each fixture instance from its setup to its teardown (the fixture timeline); firstTest
    // and lastTest index tests. class scope is drawn as module, package as session.
    std::vector<Suite::FixtureSpan> spans;
    bool cancelled = false;
    // Why pytest ended before its tests did: a test timed out, or the process died in one.
    std::string interruption;

    // The overrides set after the last test, each with the test that set it.
    std::vector<LeakedOverride> leakedOverrides() const;
    // The tests as the suite runner reports them (results and fixture spans).
    Suite::RunReport toReport() const;
    // pytest --setup-show's lines for the run (SETUP/TEARDOWN around each test).
    std::string setupShow() const;
};

// Runs pytest once. Its output is ours (quiet: dropped). onTest is called as each test ends.
// order: run exactly these node ids in this order. Throws Target::TargetError when pytest
// cannot be started at all (no interpreter, pytest missing).
RunResult run(const Options &options, const std::function<void(const TestReport &)> &onTest,
              bool quiet = false, const std::vector<std::string> &order = {});

// The node ids pytest collects, in collection order.
std::vector<std::string> collect(const Options &options);

struct PolluterReport
{
    bool passesAlone = false;
    bool failsAfterTheOthers = false;
    std::string polluter; // empty when not found
    std::string failure;  // how the target fails after the polluter
    std::vector<std::string> steps;
    int runs = 0; // pytest processes started
    // Overrides the polluter left set: "get_user -> fake_admin".
    std::vector<std::string> leftovers;
    bool cancelled = false; // options.cancel turned true: the search stopped
};

// detect-test-pollution's method: the target must pass alone and fail after the tests before
// it (before: in run order); the candidates are halved, each step a fresh pytest process,
// until one test remains that makes it fail. options.cancel ends the pytest process running
// and the search.
// detect-test-pollution's budget for n tests before the target: alone, all before, then
// ceil(log2(n)) halvings.
int polluterRunBudget(std::size_t before);

PolluterReport findPolluter(const Options &options, const std::string &target,
                            const std::vector<std::string> &before,
                            const std::function<void(const std::string &step)> &progress = {});

} // namespace Engine::Pytest
