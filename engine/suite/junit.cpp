#include "engine/suite/junit.h"

#include <cctype>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "engine/core/pyerror.h"

namespace Engine::Suite {

namespace {

bool isClassName(const std::string &part)
{
    return !part.empty() && std::isupper(static_cast<unsigned char>(part.front()));
}

std::vector<std::string> split(const std::string &text, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, sep))
        parts.push_back(part);
    return parts;
}

// "2026-12-07T01:02:03.456789" (pytest: local time without an offset, read as UTC) or with
// "+00:00"/"Z".
std::optional<std::int64_t> timestampMicros(const std::string &text)
{
    std::tm tm{};
    std::istringstream in(text);
    in >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%S");
    if (in.fail())
        return std::nullopt;
    std::int64_t micros = std::int64_t(timegm(&tm)) * 1000000;
    if (in.peek() == '.') {
        in.get();
        std::string digits;
        while (std::isdigit(in.peek()) && digits.size() < 6)
            digits += char(in.get());
        digits.resize(6, '0');
        micros += std::stoll(digits);
    }
    return micros;
}

// The attempts a test case records before its final outcome, as (outcome, message).
const std::map<std::string, Outcome> &rerunElements()
{
    static const std::map<std::string, Outcome> elements{
        {"rerun", Outcome::Failed},     {"rerunFailure", Outcome::Failed},
        {"rerunError", Outcome::Error}, {"flakyFailure", Outcome::Failed},
        {"flakyError", Outcome::Error},
    };
    return elements;
}

std::string messageOf(const pugi::xml_node &node)
{
    std::string message = node.attribute("message").as_string();
    if (message.empty())
        message = node.child_value();
    return message.substr(0, message.find('\n'));
}

void readCases(const pugi::xml_node &suite, JunitRun &run, std::map<std::string, int> &attempts)
{
    for (const auto &testcase : suite.children("testcase")) {
        // Named, not a structured binding: the lambda below captures them (clang).
        const auto id = junitNodeId(testcase.attribute("classname").as_string(),
                                    testcase.attribute("name").as_string(),
                                    testcase.attribute("file").as_string());
        const std::string &file = id.first, &test = id.second;
        int &attempt = attempts[file + "::" + test];
        const double seconds = testcase.attribute("time").as_double();
        run.seconds += seconds;
        const auto add = [&](Outcome outcome, std::string message, double time) {
            TestResult r;
            r.file = file;
            r.name = test;
            r.outcome = outcome;
            r.message = std::move(message);
            r.seconds = time;
            r.repetition = attempt++;
            if (r.repetition > 0)
                ++run.reruns;
            run.results.push_back(std::move(r));
        };
        for (const auto &child : testcase.children()) {
            const auto rerun = rerunElements().find(child.name());
            if (rerun != rerunElements().end())
                add(rerun->second, messageOf(child), child.attribute("time").as_double());
        }
        if (const auto failure = testcase.child("failure"))
            add(Outcome::Failed, messageOf(failure), seconds);
        else if (const auto error = testcase.child("error"))
            add(Outcome::Error, messageOf(error), seconds);
        else if (const auto skipped = testcase.child("skipped"))
            add(Outcome::Skipped, messageOf(skipped), seconds);
        else
            add(Outcome::Passed, {}, seconds);
    }
    for (const auto &nested : suite.children("testsuite"))
        readCases(nested, run, attempts);
}

} // namespace

std::pair<std::string, std::string> junitNodeId(const std::string &classname,
                                                const std::string &name, const std::string &file)
{
    std::vector<std::string> parts = split(classname, '.');
    std::vector<std::string> classes;
    while (parts.size() > 1 && isClassName(parts.back())) {
        classes.insert(classes.begin(), parts.back());
        parts.pop_back();
    }
    std::string path = file;
    if (path.empty()) {
        for (const auto &p : parts)
            path += (path.empty() ? "" : "/") + p;
        if (!path.empty())
            path += ".py";
    }
    std::string test;
    for (const auto &c : classes)
        test += c + "::";
    return {path, test + name};
}

JunitRun parseJunit(const std::string &xml, const std::string &name)
{
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed)
        throw Engine::Error(name + ": not well-formed XML at byte " + std::to_string(parsed.offset)
                            + ": " + parsed.description());
    JunitRun run;
    std::map<std::string, int> attempts;
    const auto root = doc.document_element();
    const std::string rootName = root.name();
    if (rootName == "testsuites") {
        if (!root.child("testsuite"))
            throw Engine::Error(name + ": <testsuites> holds no <testsuite>");
        for (const auto &suite : root.children("testsuite"))
            readCases(suite, run, attempts);
    } else if (rootName == "testsuite") {
        readCases(root, run, attempts);
    } else {
        throw Engine::Error(name + ": not a JUnit report (the root element is <" + rootName
                            + ">, not <testsuites> or <testsuite>)");
    }
    const auto first = rootName == "testsuite" ? root : root.child("testsuite");
    if (const auto stamp = first.attribute("timestamp"))
        run.startedMicros = timestampMicros(stamp.as_string());
    return run;
}

JunitRun readJunit(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Engine::Error(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return parseJunit(text.str(), path);
}

} // namespace Engine::Suite
