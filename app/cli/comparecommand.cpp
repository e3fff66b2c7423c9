#include "app/cli/comparecommand.h"

#include <iostream>

#include "app/cli/appoptions.h"
#include "app/cli/requestscommand.h"
#include "engine/client/requestline.h"
#include "engine/core/pyjson.h"
#include "engine/suite/runner.h"
#include "engine/target/session.h"

using Engine::Json;

std::string CompareCommand::summary() const
{
    return trs("send the same requests to two targets and list the differences");
}

std::string CompareCommand::help() const
{
    return trs("Usage: api-replay compare --left TARGET --right TARGET [--ignore-header NAME]...\n"
               "                          < requests.jsonl\n"
               "\n"
               "TARGET is written as its options, in quotes: \"--app forge --error-style v1\",\n"
               "\"--asgi main:app --app-dir .\", \"--base-url http://127.0.0.1:8000\".\n"
               "Each request line (as for 'api-replay requests') goes to both; one JSON line per\n"
               "request says whether the answers are the same, else lists the differences by\n"
               "JSON pointer (/status, /headers/NAME, /json/..., /text, /exception/...). The\n"
               "headers a server adds on its own (date, server) are ignored, and so is every\n"
               "--ignore-header NAME. Ends with 'N same, M different'; exit status 1 if any\n"
               "differ, 2 for usage errors.\n");
}

std::vector<std::string> CompareCommand::splitWords(const std::string &text)
{
    std::vector<std::string> out;
    std::string word;
    bool inWord = false;
    char quote = 0;
    for (const char c : text) {
        if (quote) {
            if (c == quote)
                quote = 0;
            else
                word += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            inWord = true;
        } else if (c == ' ' || c == '\t' || c == '\n') {
            if (inWord)
                out.push_back(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw UsageError(trs("an unclosed quote in") + " '" + text + "'");
    if (inWord)
        out.push_back(word);
    return out;
}

int CompareCommand::run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
                        std::ostream &err)
{
    std::string left, right;
    std::vector<std::string> ignored; // besides date and server (answerDifferences)
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            out << help();
            return 0;
        }
        if ((a == "--left" || a == "--right" || a == "--ignore-header") && i + 1 < args.size()) {
            const std::string &v = args[++i];
            if (a == "--left")
                left = v;
            else if (a == "--right")
                right = v;
            else
                ignored.push_back(v);
            continue;
        }
        err << "api-replay compare: " << trs("unknown option or missing value") << " '" << a
            << "'\n";
        return 2;
    }
    if (left.empty() || right.empty()) {
        err << "api-replay compare: " << trs("give both --left TARGET and --right TARGET") << "\n";
        return 2;
    }
    std::unique_ptr<Engine::Target::Session> sessions[2];
    const std::string specs[2] = {left, right};
    for (int side = 0; side < 2; ++side) {
        AppOptions options;
        Engine::Target::SessionOptions sessionOptions;
        try {
            for (const auto &word : options.parse(splitWords(specs[side]))) {
                if (word == "--no-raise-server-exceptions")
                    sessionOptions.raiseServerExceptions = false;
                else if (word == "--no-lifespan")
                    sessionOptions.lifespan = false;
                else
                    throw UsageError(trs("unknown option") + " '" + word + "'");
            }
        } catch (const UsageError &e) {
            err << "api-replay compare: " << (side ? "--right: " : "--left: ") << e.what() << "\n";
            return 2;
        }
        try {
            sessions[side]
                = std::make_unique<Engine::Target::Session>(options.open(), sessionOptions);
            sessions[side]->beginTest("api-replay compare");
        } catch (const std::exception &e) {
            err << "api-replay compare: " << (side ? "--right: " : "--left: ") << e.what() << "\n";
            return 2;
        }
    }
    std::size_t same = 0, different = 0, lineNo = 0;
    std::string line;
    bool tooLong = false;
    while (RequestsCommand::readLine(in, line, tooLong)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!tooLong && line.find_first_not_of(" \t") == std::string::npos)
            continue;
        std::optional<Engine::Client::RequestOptions> request;
        std::string error = "the line is too long";
        try {
            if (!tooLong)
                request = RequestsCommand::parseLine(line);
        } catch (const Engine::Client::InvalidRequest &e) {
            error = e.what();
        }
        if (!request) {
            out << Engine::PyJson::dumpLine(Json{{"line", lineNo}, {"error", error}}) << std::endl;
            ++different;
            continue;
        }
        Json answers[2];
        for (int side = 0; side < 2; ++side) {
            try {
                answers[side] = RequestsCommand::answer(sessions[side]->send(*request), false);
            } catch (const std::exception &e) {
                answers[side] = Json{{"error", e.what()}};
            }
        }
        Json report{{"line", lineNo}, {"method", request->method}, {"path", request->url}};
        const auto differences = Engine::Suite::answerDifferences(std::move(answers[0]),
                                                                  std::move(answers[1]), ignored);
        if (differences.empty()) {
            ++same;
            report["same"] = true;
        } else {
            ++different;
            Json list = Json::array();
            for (const auto &d : differences) {
                Json item{{"pointer", d.pointer}};
                item["left"] = d.expected ? *d.expected : Json("(absent)");
                item["right"] = d.actual ? *d.actual : Json("(absent)");
                list.push_back(std::move(item));
            }
            report["differences"] = std::move(list);
        }
        out << Engine::PyJson::dumpLine(report) << std::endl;
    }
    out << same << " same, " << different << " different\n";
    return different ? 1 : 0;
}
