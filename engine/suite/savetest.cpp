#include "engine/suite/savetest.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/core/pyjson.h"
#include "engine/suite/suite.h"

namespace Engine::Suite {

std::string saveAsTest(const std::string &path, const std::string &testName,
                       const Client::ComposedRequest &request,
                       const Client::ResponseSummary &response, bool withBody,
                       const std::vector<std::string> &fields)
{
    Json doc;
    if (std::filesystem::exists(path)) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const LoadResult check = loadSuiteText(path, text.str());
        if (!check.ok())
            return "not saved: " + check.errors.front().toString();
        doc = PyJson::parse(text.str());
        for (const auto &t : check.suites.front().tests)
            if (t.name == testName)
                return "not saved: " + path + " already has a test named \"" + testName + "\"";
    } else {
        doc = Json{{"suite", std::filesystem::path(path).stem().string()},
                   {"tests", Json::array()}};
    }
    Json req{{"method", request.method}, {"path", request.path}};
    if (!request.query.empty()) {
        Json q = Json::object();
        for (const auto &[k, v] : request.query)
            q[k] = v;
        req["query"] = q;
    }
    if (!request.headers.empty()) {
        Json h = Json::object();
        for (const auto &[k, v] : request.headers)
            h[k] = v;
        req["headers"] = h;
    }
    if (!request.body.empty()) {
        try {
            req["json"] = PyJson::parse(request.body);
        } catch (...) {
            req["body"] = request.body; // invalid JSON is kept as it was sent
        }
    }
    Json expect = Json::object();
    if (response.raised && response.error) {
        expect["raises"]
            = Json{{"type", response.error->type}, {"message", response.error->message}};
    } else {
        expect["status"] = response.status;
        if (withBody && response.isJson) {
            try {
                expect["json"] = PyJson::parse(response.rawBody);
            } catch (...) {
            }
        }
        if (!fields.empty()) {
            if (!response.json)
                return "not saved: the response has no JSON body to take fields from";
            Json pointers = Json::object();
            for (const auto &f : fields) {
                try {
                    pointers[f] = response.json->at(Json::json_pointer(f));
                } catch (const std::exception &) {
                    return "not saved: the body has nothing at " + f;
                }
            }
            expect["json_pointer"] = pointers;
        }
    }
    doc["tests"].push_back(
        Json{{"name", testName},
             {"steps", Json::array({Json{{"request", req}}, Json{{"expect", expect}}})}});
    const std::string tmp = path + ".saving";
    {
        std::ofstream out(tmp, std::ios::binary);
        out << PyJson::dumpIndented(doc, 2) << "\n"; // big integers stay numbers
        if (!out)
            return "not saved: cannot write " + tmp;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec); // atomic: the old file stays whole until then
    return ec ? "not saved: " + ec.message() : std::string();
}

} // namespace Engine::Suite
