#pragma once

#include <string>
#include <vector>

#include "app/cli/command.h"

// api-replay compare --left TARGET --right TARGET < lines.jsonl: the same requests to two
// targets, the differences by JSON pointer.
class CompareCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    static std::string trs(const char *text) { return tr(text).toStdString(); }
    std::string name() const override { return "compare"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;

    // "--app forge --error-style v1" -> {"--app", "forge", "--error-style", "v1"}: words split
    // at blanks, with '…' and "…" quoting. Throws UsageError for an unclosed quote.
    static std::vector<std::string> splitWords(const std::string &text);
};
