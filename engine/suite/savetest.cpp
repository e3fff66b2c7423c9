#include "engine/suite/savetest.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/suite/suite.h"

namespace Engine::Suite {

void saveAsTest(const std::string &path, const std::string &testName, const SavedExchange &exchange,
                bool withBody, const std::vector<std::string> &fields)
{
    const Client::ComposedRequest &request = exchange.request;
    const Client::ResponseSummary &response = exchange.response;
    const auto refuse = [](const std::string &why) {
        throw Engine::Error("not saved: " + why);
    };
    Json doc;
    if (std::filesystem::exists(path)) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const LoadResult check = loadSuiteText(path, text.str());
        if (!check.ok())
            refuse(check.errors.front().toString());
        doc = PyJson::parse(text.str());
        for (const auto &t : check.suites.front().tests)
            if (t.name == testName)
                refuse(path + " already has a test named \"" + testName + "\"");
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
                refuse("the response has no JSON body to take fields from");
            Json pointers = Json::object();
            for (const auto &f : fields) {
                try {
                    pointers[f] = response.json->at(Json::json_pointer(f));
                } catch (const std::exception &) {
                    refuse("the body has nothing at " + f);
                }
            }
            expect["json_pointer"] = pointers;
        }
    }
    Json steps = Json::array();
    if (exchange.lifespan)
        steps.push_back({{"session", "open"}});
    if (!exchange.raiseServerExceptions)
        steps.push_back({{"client", {{"raise_server_exceptions", false}}}});
    if (!exchange.overrides.empty()) {
        Json set = Json::object();
        for (const auto &[dependency, double_] : exchange.overrides)
            set[dependency] = double_;
        steps.push_back({{"set_override", set}});
    }
    steps.push_back({{"request", req}});
    steps.push_back({{"expect", expect}});
    if (!exchange.overrides.empty()) // as the tutorial teaches: a test clears what it set
        steps.push_back({{"clear_overrides", true}});
    if (exchange.lifespan)
        steps.push_back({{"session", "close"}});
    Json test{{"name", testName}, {"steps", steps}};
    // The saved test must load: a name that is no Python identifier is refused now.
    Json checkDoc{{"suite", "check"}, {"tests", Json::array({test})}};
    if (const LoadResult check = loadSuiteText(path, checkDoc.dump()); !check.ok())
        refuse(check.errors.front().message);
    doc["tests"].push_back(std::move(test));
    const std::string tmp = path + ".saving";
    {
        std::ofstream out(tmp, std::ios::binary);
        out << PyJson::dumpIndented(doc, 2) << "\n"; // big integers stay numbers
        if (!out)
            refuse("cannot write " + tmp);
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec); // atomic: the old file stays whole until then
    if (ec) {
        std::filesystem::remove(tmp, ec);
        refuse(path + ": " + ec.message());
    }
}

} // namespace Engine::Suite
