#pragma once

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
};

struct FixtureUse
{
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
    Suite::Outcome outcome = Suite::Outcome::Passed;
    double seconds = 0;
    std::string message; // the failure's short form ("assert 200 == 401")
    std::vector<FixtureUse> fixtures;
    std::map<std::string, std::string> overridesBefore, overridesAfter;

    Suite::TestResult toResult() const;
};

struct RunResult
{
    int exitStatus = 0; // pytest's
    std::optional<std::uint64_t> seed;
    std::size_t collected = 0;
    std::vector<TestReport> tests;
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
};

// detect-test-pollution's method: the target must pass alone and fail after the tests before
// it (before: in run order); the candidates are halved, each step a fresh pytest process,
// until one test remains that makes it fail.
PolluterReport findPolluter(const Options &options, const std::string &target,
                            const std::vector<std::string> &before,
                            const std::function<void(const std::string &step)> &progress = {});

} // namespace Engine::Pytest
