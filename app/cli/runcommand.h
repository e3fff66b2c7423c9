#pragma once

#include "app/cli/command.h"

// api-replay run SUITE...: runs suites like pytest.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string name() const override { return "run"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};

// api-replay find-polluter SUITE --test NAME: the test that makes NAME fail, and what it left.
class FindPolluterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FindPolluterCommand)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string name() const override { return "find-polluter"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};

// api-replay export-pytest SUITE... --out DIR: the suites as real pytest files.
class ExportPytestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportPytestCommand)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string name() const override { return "export-pytest"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;
};

// api-replay history: recent runs and per-test pass rates.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string name() const override { return "history"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;

private:
    int importJunit(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
};
