#pragma once

#include <iosfwd>
#include <string>
#include <vector>

// api-replay's entry point without the process around it: dispatches to the subcommands.
int runCli(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
           std::ostream &err);
