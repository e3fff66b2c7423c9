#pragma once

#include "app/cli/command.h"

// api-replay pytest run|find-polluter: the user's own pytest suite, run by pytest itself with
// our plugin, recorded in the run history.
class PytestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PytestCommand)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string name() const override { return "pytest"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;

private:
    int runTests(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
    int findPolluter(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
};
