#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/suite/runner.h"

namespace Engine::Suite {

// A JUnit XML report (pytest --junit-xml, CI artefacts) as a run of the history: one result
// per attempt. Reruns inside the file count as attempts that failed before the final one:
// pytest-rerunfailures' <rerun>, Surefire's <rerunFailure>/<rerunError> and
// <flakyFailure>/<flakyError>, and a test case that appears more than once. A test that
// failed and then passed on rerun is flaky in the pass rates, not green.
struct JunitRun
{
    std::vector<TestResult> results; // attempts of one test are repetitions 0, 1, ...
    // The first <testsuite>'s timestamp (microseconds since the epoch), when it has one.
    std::optional<std::int64_t> startedMicros;
    double seconds = 0;
    std::size_t reruns = 0; // attempts before a final one
};

// Reads a report. Throws Engine::Error naming the file and, for malformed XML, the byte
// offset and what is wrong there; a document that is XML but not JUnit (no <testsuite> or
// <testsuites>) is refused too.
JunitRun readJunit(const std::string &path);
JunitRun parseJunit(const std::string &xml, const std::string &name);

// pytest's classname "tests.test_auth.TestLogin" and name "test_ok" -> file
// "tests/test_auth.py", test "TestLogin::test_ok" (the node id's parts; a file attribute wins).
std::pair<std::string, std::string>
junitNodeId(const std::string &classname, const std::string &name, const std::string &file = {});

} // namespace Engine::Suite
