#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include <QCoreApplication>

// A command line that cannot be used (exit status 2): what was wrong with it, in the words the
// user reads after "api-replay NAME: ".
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One subcommand of api-replay (KeePassXC's cli/Command): parses its own arguments and works
// on injected streams, so tests run it in-process.
class Command
{
public:
    virtual ~Command() = default;
    virtual std::string name() const = 0;
    virtual std::string summary() const = 0;
    virtual std::string help() const = 0;
    // Exit status: 0 success, 1 failures in the work, 2 usage errors.
    virtual int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
                    std::ostream &err)
        = 0;
};
