#include "app/cli/requestscommand.h"

#include <cerrno>
#include <cstring>
#include <deque>
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

LineReader::LineReader(std::istream &in, std::ostream *beforeWaiting)
    : m_in(in)
    , m_beforeWaiting(beforeWaiting)
{}

LineReader::Got LineReader::next(std::string &line, bool &tooLong, bool wait)
{
    std::streambuf *buffer = m_in.rdbuf();
    for (;;) {
        // in_avail() is the buffered count, or when the buffer is empty what the descriptor
        // has ready (FIONREAD): 0 or less means the next read would wait for the other side.
        if (buffer->in_avail() <= 0) {
            if (!wait)
                return Got::NotYet; // what was read of the line stays for the next call
            if (m_beforeWaiting)
                m_beforeWaiting->flush();
        }
        const int c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            m_in.setstate(std::ios::eofbit);
            if (!m_any)
                return Got::End;
            break;
        }
        m_any = true;
        if (c == '\n')
            break;
        if (m_line.size() < RequestsCommand::kMaxLineBytes)
            m_line.push_back(static_cast<char>(c));
        else
            m_tooLong = true; // the rest of the line is read and dropped, never kept
    }
    line = std::move(m_line);
    tooLong = m_tooLong;
    m_line.clear();
    m_tooLong = m_any = false;
    return Got::Line;
}

bool RequestsCommand::readLine(std::istream &in, std::string &line, bool &tooLong)
{
    return LineReader(in).next(line, tooLong) == LineReader::Got::Line;
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
    // Every answer is out before the program waits for the next line, so a driver that sends
    // a line and waits for its answer gets it at once. While more lines are ready, the answers
    // of an app in this process (microseconds each) go out in batches at most kMaxAnswerDelay
    // apart, a write per batch instead of per line. A remote target's answers go out one by
    // one (its next request may take long), and the lines already waiting are announced to it
    // (Target::sendAhead) so that the user's app has the next request as soon as it answered.
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
    struct Pending
    {
        std::size_t lineNo;
        std::optional<Engine::Client::RequestOptions> request;
        std::string error; // a line that is not a request
    };
    std::deque<Pending> pending;
    std::size_t lineNo = 0;
    LineReader reader(in, &out);
    // Reads one line into pending (false when there is none: the end, or none ready yet).
    const auto readOne = [&](bool wait) {
        std::string line;
        bool tooLong = false;
        if (reader.next(line, tooLong, wait) != LineReader::Got::Line)
            return false;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!tooLong && line.find_first_not_of(" \t") == std::string::npos)
            return true;
        Pending p{lineNo, std::nullopt, {}};
        if (tooLong) {
            p.error = "the line is longer than " + std::to_string(kMaxLineBytes >> 20)
                      + " MiB, the limit for a request line; it was skipped unread";
        } else {
            try {
                p.request = parseLine(line);
            } catch (const std::exception &e) {
                p.error = e.what();
            }
        }
        if (p.request)
            session->sendAhead(*p.request, trace);
        pending.push_back(std::move(p));
        return true;
    };
    for (;;) {
        if (pending.empty()) {
            if (!readOne(true))
                break; // the end of the input
            continue;  // the next round answers it (or it was a blank line)
        }
        while (remote && pending.size() < kReadAhead && readOne(false)) {
        }
        Pending p = std::move(pending.front());
        pending.pop_front();
        Json answerLine;
        if (p.request) {
            try {
                answerLine = answer(session->send(*p.request, trace), trace);
            } catch (const std::exception &e) {
                p.error = e.what();
            }
        }
        if (!p.error.empty()) {
            anyError = true;
            answerLine = Json{{"error", {{"line", p.lineNo}, {"message", p.error}}}};
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
