#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/suite/suite.h"

namespace Engine::Suite {

// Writes suites as real pytest files: conftest.py with the client, and one test_<suite>.py per
// suite with fixtures (yield), app.dependency_overrides and TestClient calls. The code imports
// `app` and the dependency and double names of forge-app.md, and nothing else, from appModule,
// so it runs against any FastAPI implementation of the contract. Steps that only the engine can
// do (recorded mails, SQL, row counts) become comments and a skipped assertion with the reason.
// Returns file name -> content.
std::map<std::string, std::string> exportPytest(const std::vector<SuiteFile> &suites,
                                                const std::string &appModule);

// exportPytest written into dir (created when missing); returns the paths written. Throws
// Engine::Error naming the file that could not be written.
std::vector<std::string> writePytest(const std::vector<SuiteFile> &suites,
                                     const std::string &appModule, const std::string &dir);

} // namespace Engine::Suite
