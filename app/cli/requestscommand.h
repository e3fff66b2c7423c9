#pragma once

#include <chrono>

#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include "app/cli/command.h"
#include "engine/client/testclient.h"
#include "engine/core/json.h"

// api-replay requests: one JSON request per stdin line, one JSON answer per stdout line.
// Request lines from a stream, one at a time (RequestsCommand::readLine's rules), able to tell
// that the next line is not there yet instead of waiting for it.
class LineReader
{
public:
    // beforeWaiting: flushed whenever reading on would wait for input (nothing buffered and
    // nothing ready), also in the middle of a line.
    explicit LineReader(std::istream &in, std::ostream *beforeWaiting = nullptr);
    enum class Got { Line, NotYet, End };
    // wait false: NotYet when the line is not complete without waiting (what was read of it
    // is kept for the next call).
    Got next(std::string &line, bool &tooLong, bool wait = true);

private:
    std::istream &m_in;
    std::ostream *m_beforeWaiting;
    std::string m_line;
    bool m_tooLong = false;
    bool m_any = false;
};

class RequestsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RequestsCommand)

public:
    // tr() as std::string (lupdate is told that trs is tr: -tr-function-alias tr+=trs).
    static std::string trs(const char *text) { return tr(text).toStdString(); }

    std::string name() const override { return "requests"; }
    std::string summary() const override;
    std::string help() const override;
    int run(const std::vector<std::string> &args, std::istream &in, std::ostream &out,
            std::ostream &err) override;

    // Turns one input line into request options; throws Client::InvalidRequest when the line
    // is not a valid request.
    static Engine::Client::RequestOptions parseLine(const std::string &line);
    // A request line longer than this is answered with an error line, without being kept.
    static constexpr std::size_t kMaxLineBytes = std::size_t(64) << 20;
    // One line without its newline; false at the end of the input. A line over kMaxLineBytes
    // is consumed but only its first kMaxLineBytes are kept, and tooLong is set.
    static bool readLine(std::istream &in, std::string &line, bool &tooLong);
    // How many lines are read ahead (and announced to a remote target) while one is answered.
    static constexpr std::size_t kReadAhead = 16;
    // How long answers of an in-process target may wait in the output buffer while more
    // request lines are ready to be read.
    static constexpr std::chrono::milliseconds kMaxAnswerDelay{20};

    // The answer line for a result, as the CLI contract defines it.
    static Engine::Json answer(const Engine::Client::Result &result, bool withTrace);
};
