#include "app/cli/requestscommand.h"

#include <cerrno>
#include <cstring>
#include <iostream>

#include "app/cli/appoptions.h"
#include "engine/client/presentation.h"
#include "engine/client/requestline.h"
#include "engine/core/pyjson.h"
#include "engine/http/url.h"
#include "engine/target/session.h"

using Engine::Json;

std::string RequestsCommand::summary() const
{
    return trs("replay JSON request lines from stdin against an app");
}

std::string RequestsCommand::help() const
{
    return trs("Usage: api-replay requests [TARGET] [options] < requests.jsonl\n"
               "\n"
               "Reads one JSON request per line on stdin:\n"
               "  {\"method\":\"POST\",\"path\":\"/users?skip=1\",\n"
               "   \"headers\":{\"Authorization\":\"Bearer x\"},\"json\":{...}}\n"
               "or with \"body\":\"raw text\" instead of \"json\" (sent with content-type\n"
               "application/json unless the line's headers say otherwise), or with a form\n"
               "as TestClient takes one: \"data\":{\"field\":\"value\"} (urlencoded) and\n"
               "\"files\":{\"upload\":{\"filename\":\"a.txt\",\"content\":\"...\",\n"
               "\"content_type\":\"text/plain\"}} (multipart); an optional \"query\" object is\n"
               "appended to the path.\n"
               "Writes one JSON line per request, each out before the next line is waited for:\n"
               "  {\"status\":201,\"headers\":{...},\"json\":<body>}  (\"text\" when not JSON)\n"
               "  {\"exception\":{\"type\":\"RuntimeError\",\"message\":\"Unexpected!\"}}\n"
               "  {\"error\":{\"line\":N,\"message\":\"...\"}}  for a line that is not a request\n"
               "All lines share one app and one client session. Exit status 1 if any line\n"
               "was an error, else 0.\n"
               "\n"
               "Options:\n")
           + AppOptions::helpText()
           + trs("  --no-raise-server-exceptions  answer unhandled errors with the 500 response\n"
                 "  --no-lifespan           do not run startup/shutdown (no `with TestClient`)\n"
                 "  --trace                 add the execution trace to each answer\n");
}

Engine::Client::RequestOptions RequestsCommand::parseLine(const std::string &line)
{
    Json j;
    try {
        j = Engine::PyJson::parse(line);
    } catch (const Engine::PyJson::DecodeError &e) {
        throw Engine::Client::InvalidRequest(std::string("invalid JSON: ") + e.what());
    } catch (const Engine::PyJson::EncodingError &) {
        throw Engine::Client::InvalidRequest("invalid JSON: the line is not UTF-8");
    }
    return Engine::Client::requestFromJson(j);
}

bool RequestsCommand::readLine(std::istream &in, std::string &line, bool &tooLong,
                               std::ostream *beforeWaiting)
{
    line.clear();
    tooLong = false;
    std::streambuf *buffer = in.rdbuf();
    bool any = false;
    // in_avail() is the buffered count, or when the buffer is empty what the descriptor has
    // ready (FIONREAD): 0 or less means the next read would wait for the other side.
    const auto next = [&] {
        if (beforeWaiting && buffer->in_avail() <= 0)
            beforeWaiting->flush();
        return buffer->sbumpc();
    };
    for (int c = next(); c != std::char_traits<char>::eof(); c = next()) {
        any = true;
        if (c == '\n')
            return true;
        if (line.size() < kMaxLineBytes)
            line.push_back(static_cast<char>(c));
        else
            tooLong = true; // the rest of the line is read and dropped, never kept
    }
    in.setstate(std::ios::eofbit);
    return any;
}

Json RequestsCommand::answer(const Engine::Client::Result &result, bool withTrace)
{
    return Engine::Client::answerJson(result, withTrace);
}

int RequestsCommand::run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
                         std::ostream &err)
{
    AppOptions options;
    std::vector<std::string> rest;
    try {
        rest = options.parse(args);
    } catch (const UsageError &e) {
        err << "api-replay requests: " << e.what() << "\n";
        return 2;
    }
    bool raise = true, lifespan = true, trace = false;
    for (const auto &a : rest) {
        if (a == "--no-raise-server-exceptions") {
            raise = false;
        } else if (a == "--no-lifespan") {
            lifespan = false;
        } else if (a == "--trace") {
            trace = true;
        } else if (a == "--help" || a == "-h") {
            out << help();
            return 0;
        } else {
            err << "api-replay requests: " << trs("unknown option") << " '" << a << "'\n"
                << trs("Try 'api-replay requests --help'.") << "\n";
            return 2;
        }
    }
    std::unique_ptr<Engine::Target::Session> session;
    try {
        Engine::Target::SessionOptions so;
        so.lifespan = lifespan;
        so.raiseServerExceptions = raise;
        auto target = options.open(&err);
        try {
            session = std::make_unique<Engine::Target::Session>(std::move(target), so);
        } catch (const Engine::Target::TargetError &) {
            throw;
        } catch (const std::exception &e) {
            // nothing was answered: a usage or environment problem, like a bad --db
            err << "api-replay requests: " << trs("startup failed:") << " " << e.what() << "\n";
            return 2;
        }
    } catch (const std::exception &e) {
        err << "api-replay requests: " << e.what() << "\n";
        return 2;
    }
    session->beginTest("api-replay requests");
    bool anyError = false;
    std::string line;
    std::size_t lineNo = 0;
    bool tooLong = false;
    // Every answer is out before the program waits for the next line, so a driver that sends
    // a line and waits for its answer gets it at once. While more lines are ready, the answers
    // of an app in this process (microseconds each) go out in batches at most kMaxAnswerDelay
    // apart, a write per batch instead of per line; a remote target's request may take long,
    // so what came before it is flushed first.
    const bool remote = session->target().remote();
    auto lastFlush = std::chrono::steady_clock::now();
    const auto flush = [&] {
        out.flush();
        lastFlush = std::chrono::steady_clock::now();
    };
    const auto cannotWrite = [&] {
        err << "api-replay requests: " << trs("cannot write the answers:") << " "
            << std::strerror(errno) << "\n";
        return 2;
    };
    while (readLine(in, line, tooLong, &out)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!tooLong && line.find_first_not_of(" \t") == std::string::npos)
            continue;
        Json answerLine;
        std::string lineError;
        if (tooLong)
            lineError = "the line is longer than " + std::to_string(kMaxLineBytes >> 20)
                        + " MiB, the limit for a request line; it was skipped unread";
        else {
            try {
                answerLine = answer(session->send(parseLine(line), trace), trace);
            } catch (const std::exception &e) {
                lineError = e.what();
            }
        }
        if (!lineError.empty()) {
            anyError = true;
            answerLine = Json{{"error", {{"line", lineNo}, {"message", lineError}}}};
        }
        out << Engine::PyJson::dumpLine(answerLine) << '\n';
        if (remote || std::chrono::steady_clock::now() - lastFlush >= kMaxAnswerDelay)
            flush();
        if (!out)
            return cannotWrite();
    }
    flush();
    if (!out)
        return cannotWrite();
    session.reset();
    return anyError ? 1 : 0;
}
