#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/pipeline/app.h"
#include "engine/target/embedded.h"

namespace Engine::Demo {

// Where a built-in app keeps its data for one session.
struct AppEnvironment
{
    std::string databasePath; // the "production" database file opened by the lifespan
    bool durable = true;      // false for a throwaway file (see ForgeOptions::durable)
};

// A built-in app: its name on the command line (--app NAME), one line about it, and how to
// build one. An app may implement Target::TestScope, DatabaseAccess and MailLog.
struct BuiltinApp
{
    std::string name;
    std::string description;
    std::function<std::unique_ptr<Pipeline::App>(const AppEnvironment &)> make;
};

// The built-in apps; the first is the default target.
const std::vector<BuiltinApp> &builtinApps();
// Throws Engine::Error listing the valid names for an unknown one.
const BuiltinApp &builtinApp(const std::string &name);

// The factories of the apps in this folder.
std::unique_ptr<Pipeline::App> makeForgeApp(const AppEnvironment &environment);
std::unique_ptr<Pipeline::App> makeNotesApp(const AppEnvironment &environment);

} // namespace Engine::Demo
