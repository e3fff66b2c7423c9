#include <algorithm>

#include "engine/core/pyjson.h"
#include "engine/core/regex.h"
#include "engine/store/database.h"
#include "engine/suite/runner.h"
#include "engine/suite/steps/steps.h"

namespace Engine::Suite {

namespace {

const std::set<std::string> kExpectKeys{
    "status",        "json",        "json_contains", "json_pointer", "header", "header_present",
    "header_absent", "uuid_header", "no_traceback",  "mails",        "rows",   "raises"};

// {"expect": {...}}: assertions on the last answer (status, body, headers), on what raised,
// and on the target's recorded mails and table rows where it has them.
class ExpectStep final : public StepType
{
public:
    StepKind kind() const override { return StepKind::Expect; }
    const char *name() const override { return "expect"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        const Json &v = step["expect"];
        const std::string vp = pointer + "/expect";
        if (!c.expectType(v, vp, Json::value_t::object, "an object of assertions"))
            return;
        c.keys(v, vp, kExpectKeys, "an expect step");
        if (v.contains("status") && !v["status"].is_number_integer() && !isPlaceholder(v["status"]))
            c.error(vp + "/status", "expected an HTTP status code (an integer)");
        for (const char *object : {"json_contains", "json_pointer", "header", "rows"})
            if (v.contains(object))
                c.expectType(v[object], vp + "/" + object, Json::value_t::object, "an object");
        if (v.contains("json_pointer") && v["json_pointer"].is_object())
            for (auto it = v["json_pointer"].begin(); it != v["json_pointer"].end(); ++it)
                if (!it.key().empty() && it.key()[0] != '/')
                    c.error(vp + "/json_pointer/" + pointerToken(it.key()),
                            "\"" + it.key() + "\" is not a JSON pointer (it starts with \"/\")");
        if (v.contains("header") && v["header"].is_object())
            for (auto it = v["header"].begin(); it != v["header"].end(); ++it) {
                const std::string hp = vp + "/header/" + pointerToken(it.key());
                if (isPlaceholder(it.value())
                    || !c.expectType(it.value(), hp, Json::value_t::string,
                                     "a regular expression (a string)"))
                    continue;
                try {
                    Regex check(it.value().get<std::string>());
                } catch (const Engine::Error &e) {
                    c.error(hp, e.what());
                }
            }
        for (const char *list : {"header_present", "header_absent"})
            if (v.contains(list)
                && c.expectType(v[list], vp + "/" + list, Json::value_t::array,
                                "a list of header names"))
                for (std::size_t i = 0; i < v[list].size(); ++i)
                    c.expectType(v[list][i], vp + "/" + list + "/" + std::to_string(i),
                                 Json::value_t::string, "a header name (a string)");
        if (v.contains("uuid_header"))
            c.expectType(v["uuid_header"], vp + "/uuid_header", Json::value_t::string,
                         "a header name (a string)");
        if (v.contains("no_traceback"))
            c.expectType(v["no_traceback"], vp + "/no_traceback", Json::value_t::boolean,
                         "true or false");
        if (v.contains("mails") && !isPlaceholder(v["mails"])
            && !(v["mails"].is_number_integer() && v["mails"].get<std::int64_t>() >= 0))
            c.error(vp + "/mails", "expected a number of recorded mails (an integer >= 0)");
        if (v.contains("raises")
            && c.expectType(v["raises"], vp + "/raises", Json::value_t::object,
                            "an object with type and message")) {
            c.keys(v["raises"], vp + "/raises", {"type", "message"}, "raises");
            for (const char *k : {"type", "message"})
                if (v["raises"].contains(k))
                    c.expectType(v["raises"][k], vp + "/raises/" + k, Json::value_t::string,
                                 "a string");
        }
    }

    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const override
    {
        const Json &e = at.value();
        if (!run.last)
            return StepFailure{"no request was sent before this expect step"};
        const Http::Response &r = run.last->response;
        if (e.contains("raises")) {
            const Json &want = e["raises"];
            if (!run.last->raised || !run.last->error)
                return StepFailure{"expected an exception " + PyJson::dumpLenient(want)
                                   + ", but the app answered " + std::to_string(r.status)};
            if (want.contains("type") && want["type"] != run.last->error->type)
                return StepFailure{"expected exception " + want["type"].get<std::string>()
                                   + ", got " + run.last->error->type};
            if (want.contains("message") && want["message"] != run.last->error->message)
                return StepFailure{"expected message " + PyJson::dumpLenient(want["message"])
                                   + ", got "
                                   + PyJson::dumpLenient(Json(run.last->error->message))};
            return std::nullopt;
        }
        if (run.last->raised)
            return StepFailure{"the request raised " + run.last->error->type + ": "
                               + run.last->error->message};
        if (e.contains("status") && e["status"].get<int>() != r.status)
            return StepFailure{"expected status " + PyJson::dumpLenient(e["status"]) + ", got "
                               + std::to_string(r.status)
                               + "\n  body: " + PyJson::decodeUtf8Replace(r.body.substr(0, 500))};
        const auto body = r.parsedJson();
        if (e.contains("json")) {
            if (!body)
                return StepFailure{"expected a JSON body, got "
                                   + PyJson::dumpLenient(Json(PyJson::decodeUtf8Replace(r.body)))};
            if (*body != e["json"]) {
                std::string msg = "the JSON body differs (- expected, + actual):";
                for (const auto &l : jsonDiff(e["json"], *body))
                    msg += "\n  " + l;
                return StepFailure{msg, false, e["json"], *body};
            }
        }
        if (e.contains("json_contains")) {
            if (!body || !body->is_object())
                return StepFailure{"expected a JSON object body"};
            for (auto it = e["json_contains"].begin(); it != e["json_contains"].end(); ++it)
                if (!body->contains(it.key()) || (*body)[it.key()] != it.value())
                    return StepFailure{"expected the body to contain "
                                       + PyJson::dumpLenient(Json{{it.key(), it.value()}})
                                       + ", got " + PyJson::dumpLenient(*body)};
        }
        if (e.contains("json_pointer")) {
            for (auto it = e["json_pointer"].begin(); it != e["json_pointer"].end(); ++it) {
                Json got;
                try {
                    got = body ? body->at(Json::json_pointer(it.key())) : Json();
                } catch (...) {
                    return StepFailure{"nothing at " + it.key() + " in "
                                       + (body ? PyJson::dumpLenient(*body) : r.body)};
                }
                if (got != it.value())
                    return StepFailure{"at " + it.key() + ": expected "
                                       + PyJson::dumpLenient(it.value()) + ", got "
                                       + PyJson::dumpLenient(got)};
            }
        }
        if (e.contains("header_present"))
            for (const auto &h : e["header_present"])
                if (!r.headers.contains(h.get<std::string>()))
                    return StepFailure{"expected header " + h.get<std::string>()
                                       + " in the response"};
        if (e.contains("header_absent"))
            for (const auto &h : e["header_absent"])
                if (r.headers.contains(h.get<std::string>()))
                    return StepFailure{"expected no header " + h.get<std::string>() + ", got "
                                       + r.headers.value(h.get<std::string>())};
        if (e.contains("header"))
            for (auto it = e["header"].begin(); it != e["header"].end(); ++it) {
                const auto value = r.headers.get(it.key());
                if (!value || !Regex(it.value().get<std::string>()).search(*value))
                    return StepFailure{"header " + it.key() + " "
                                       + (value ? "is " + *value : "is missing")
                                       + ", expected to match " + it.value().get<std::string>()};
            }
        if (e.contains("uuid_header")) {
            static const Regex uuid(
                "^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
            const auto value = r.headers.get(e["uuid_header"].get<std::string>());
            if (!value || !uuid.fullMatch(*value))
                return StepFailure{"header " + e["uuid_header"].get<std::string>()
                                   + " is not a UUID: " + value.value_or("<missing>")};
        }
        if (e.contains("no_traceback") && e["no_traceback"] == true) {
            std::string lower = r.body;
            for (auto &c : lower)
                c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            if (lower.find("traceback") != std::string::npos)
                return StepFailure{"the body contains a traceback"};
        }
        if (e.contains("mails")) {
            if (Target::MailLog *log = run.target.mails()) {
                const auto sent = log->sentMails().size();
                if (sent != e["mails"].get<std::size_t>())
                    return StepFailure{"expected " + PyJson::dumpLenient(e["mails"])
                                       + " recorded mail(s), got " + std::to_string(sent)};
            } else {
                run.skipped.push_back("expect mails: "
                                      + run.target.missingCapabilityReason("mails"));
            }
        }
        if (e.contains("rows") && !run.target.database()) {
            run.skipped.push_back("expect rows: " + run.target.missingCapabilityReason("database"));
        } else if (e.contains("rows")) {
            Store::Database *db = run.target.database()->activeDatabase();
            if (!db)
                return StepFailure{"no database is open to count rows in"};
            for (auto it = e["rows"].begin(); it != e["rows"].end(); ++it) {
                const auto names = run.target.database()->tableNames();
                if (std::find(names.begin(), names.end(), it.key()) == names.end())
                    return StepFailure{"unknown table " + it.key()};
                const Json n = db->query("SELECT count(*) AS n FROM " + it.key())[0]["n"];
                if (n != it.value())
                    return StepFailure{"expected " + PyJson::dumpLenient(it.value()) + " row(s) in "
                                       + it.key() + ", got " + PyJson::dumpLenient(n)};
            }
        }
        return std::nullopt;
    }

    std::size_t write(const StepAt &at, PytestWriter &w, std::string &out,
                      const std::string &indent) const override
    {
        using W = PytestWriter;
        const Json &e = at.value();
        if (e.contains("status"))
            out += indent + "assert response.status_code == " + W::py(e["status"])
                   + ", response.text\n";
        if (e.contains("json"))
            out += indent + "assert response.json() == " + W::py(e["json"]) + "\n";
        if (e.contains("json_contains"))
            for (auto it = e["json_contains"].begin(); it != e["json_contains"].end(); ++it)
                out += indent + "assert response.json()[" + W::py(Json(it.key()))
                       + "] == " + W::py(it.value()) + "\n";
        if (e.contains("json_pointer"))
            for (auto it = e["json_pointer"].begin(); it != e["json_pointer"].end(); ++it)
                out += indent + "assert tc_pointer(response.json(), " + W::py(Json(it.key()))
                       + ") == " + W::py(it.value()) + "\n";
        if (e.contains("header"))
            for (auto it = e["header"].begin(); it != e["header"].end(); ++it)
                out += indent + "assert re.search(" + W::py(it.value()) + ", response.headers.get("
                       + W::py(Json(it.key())) + ", ''))\n";
        if (e.contains("header_present"))
            for (const auto &h : e["header_present"])
                out += indent + "assert " + W::py(h) + " in response.headers\n";
        if (e.contains("header_absent"))
            for (const auto &h : e["header_absent"])
                out += indent + "assert " + W::py(h) + " not in response.headers\n";
        if (e.contains("uuid_header"))
            out += indent + "assert uuid.UUID(response.headers[" + W::py(e["uuid_header"]) + "])\n";
        if (e.contains("no_traceback"))
            out += indent + "assert 'traceback' not in response.text.lower()\n";
        for (const char *k : {"mails", "rows"}) {
            if (e.contains(k)) {
                w.engineOnly = true;
                out += indent + "# engine-only assertion skipped (" + std::string(k) + " = "
                       + W::comment(PyJson::dumpLenient(e[k]))
                       + "): the contract exposes no mailbox or database to the test\n";
            }
        }
        return 1;
    }
};

} // namespace

const StepType &expectStep()
{
    static const ExpectStep step;
    return step;
}

} // namespace Engine::Suite
