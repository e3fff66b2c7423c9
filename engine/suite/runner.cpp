#include "engine/suite/runner.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <random>
#include <set>

#include <unistd.h>

#include "engine/catalog/catalog.h"
#include "engine/client/requestline.h"
#include "engine/client/testclient.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/core/regex.h"
#include "engine/http/headers.h"
#include "engine/store/database.h"
#include "engine/target/session.h"

namespace Engine::Suite {

std::string toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return "PASSED";
    case Outcome::Failed:
        return "FAILED";
    case Outcome::Error:
        return "ERROR";
    case Outcome::Skipped:
        return "SKIPPED";
    }
    return {};
}

bool Leftovers::any() const
{
    return !overrides.empty() || !rows.empty() || sessionOpen || mails > 0;
}

std::size_t RunReport::passed() const
{
    return std::size_t(std::count_if(results.begin(), results.end(), [](const TestResult &r) {
        return r.outcome == Outcome::Passed;
    }));
}

std::size_t RunReport::failed() const
{
    return results.size() - passed() - skipped();
}

std::size_t RunReport::skipped() const
{
    return std::size_t(std::count_if(results.begin(), results.end(), [](const TestResult &r) {
        return r.outcome == Outcome::Skipped;
    }));
}

namespace {
void collectDifferences(const Json &expected, const Json &actual, const std::string &path,
                        std::vector<JsonDifference> &out)
{
    if (expected.is_object() && actual.is_object()) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!actual.contains(it.key()))
                out.push_back({path + "/" + it.key(), it.value(), std::nullopt});
            else
                collectDifferences(it.value(), actual[it.key()], path + "/" + it.key(), out);
        }
        for (auto it = actual.begin(); it != actual.end(); ++it)
            if (!expected.contains(it.key()))
                out.push_back({path + "/" + it.key(), std::nullopt, it.value()});
        return;
    }
    if (expected.is_array() && actual.is_array() && expected.size() == actual.size()) {
        for (std::size_t i = 0; i < expected.size(); ++i)
            collectDifferences(expected[i], actual[i], path + "/" + std::to_string(i), out);
        return;
    }
    if (expected != actual)
        out.push_back({path, expected, actual});
}
} // namespace

std::vector<JsonDifference> jsonDifferences(const Json &expected, const Json &actual)
{
    std::vector<JsonDifference> out;
    collectDifferences(expected, actual, "", out);
    return out;
}

std::vector<JsonDifference> answerDifferences(Json left, Json right,
                                              const std::vector<std::string> &ignored)
{
    for (Json *answer : {&left, &right}) {
        if (!answer->contains("headers"))
            continue;
        for (const char *name : {"date", "server"})
            (*answer)["headers"].erase(name);
        for (const auto &name : ignored)
            (*answer)["headers"].erase(Http::Headers::lower(name));
    }
    return jsonDifferences(left, right);
}

std::vector<std::string> jsonDiff(const Json &expected, const Json &actual)
{
    std::vector<std::string> out;
    for (const auto &d : jsonDifferences(expected, actual)) {
        const std::string where = d.pointer.empty() ? "/" : d.pointer;
        if (d.expected)
            out.push_back("- " + where + ": " + PyJson::dumpLenient(*d.expected));
        if (d.actual)
            out.push_back("+ " + where + ": " + PyJson::dumpLenient(*d.actual));
    }
    return out;
}

namespace {

struct Failure
{
    explicit Failure(std::string message_, bool error_ = false,
                     std::optional<Json> expected_ = std::nullopt,
                     std::optional<Json> actual_ = std::nullopt)
        : message(std::move(message_))
        , error(error_)
        , expected(std::move(expected_))
        , actual(std::move(actual_))
    {}
    std::string message;
    bool error = false; // an error outside assertions (setup, unknown double, ...)
    std::optional<Json> expected, actual; // the two bodies, when a JSON body differed
};

Json tableCounts(Target::DatabaseAccess *access)
{
    Json out = Json::object();
    Store::Database *db = access ? access->activeDatabase() : nullptr;
    if (!db)
        return out;
    for (const auto &t : access->tableNames())
        out[t] = db->query("SELECT count(*) AS n FROM " + t)[0]["n"];
    return out;
}

} // namespace

// One target with its client session, shared by the tests of a run (or of one test with
// isolate). The lifespan opens only when a step says so (`with TestClient(app)`).
struct Runner::Session
{
    Target::Session session;
    Target::Target &target;
    std::optional<Client::Result> last;
    std::string actor; // who sets overrides now: the test or the fixture
    std::chrono::steady_clock::time_point deadline;
    std::vector<std::string> skipped; // steps of this test the target cannot do, with why

    explicit Session(std::unique_ptr<Target::Target> t)
        : session(std::move(t), Target::SessionOptions{false, true})
        , target(session.target())
    {}

    std::optional<Failure> step(const Step &s, const std::vector<Step> &all, std::size_t index);
    std::optional<Failure> expect(const Json &e);
};

std::optional<Failure> Runner::Session::step(const Step &s, const std::vector<Step> &all,
                                             std::size_t index)
{
    if (std::chrono::steady_clock::now() > deadline)
        return Failure{"timeout: the test ran past its time limit before " + s.kind, true};
    const Json &v = s.value[s.kind];
    const std::string where = "step " + std::to_string(index + 1) + " (" + s.kind + ")";
    try {
        if (s.kind == "request") {
            Client::RequestOptions r;
            try {
                r = Client::requestFromJson(v);
            } catch (const Client::InvalidRequest &e) {
                return Failure{where + ": " + e.what(), true};
            }
            last = session.send(r, false);
            const bool expectsRaise = index + 1 < all.size() && all[index + 1].kind == "expect"
                                      && all[index + 1].value["expect"].contains("raises");
            if (last->raised && !expectsRaise)
                return Failure{
                    where + ": " + r.method + " " + r.url + " raised " + last->error->type + ": "
                        + last->error->message
                        + " (TestClient re-raises unhandled errors: raise_server_exceptions is on)",
                    false};
        } else if (s.kind == "expect") {
            if (auto f = expect(v)) {
                f->message = where + ": " + f->message;
                return f;
            }
        } else if ((s.kind == "set_override" || s.kind == "remove_override"
                    || s.kind == "clear_overrides")
                   && !target.supportsOverrides()) {
            skipped.push_back(where + ": " + target.missingCapabilityReason("overrides"));
        } else if (s.kind == "set_override") {
            for (auto it = v.begin(); it != v.end(); ++it)
                target.setOverride(it.key(), it.value().get<std::string>(), actor);
        } else if (s.kind == "remove_override") {
            target.removeOverride(v.get<std::string>(), actor);
        } else if (s.kind == "clear_overrides") {
            target.clearOverrides(actor);
        } else if (s.kind == "session") {
            if (v == "open")
                target.openLifespan();
            else if (v == "close")
                target.closeLifespan();
        } else if (s.kind == "client") {
            if (v.contains("raise_server_exceptions"))
                target.setRaiseServerExceptions(v["raise_server_exceptions"].get<bool>());
        } else if (s.kind == "sql") {
            Target::DatabaseAccess *access = target.database();
            if (!access) {
                skipped.push_back(where + ": " + target.missingCapabilityReason("database"));
                return std::nullopt;
            }
            Store::Database *db = access->activeDatabase();
            if (!db)
                return Failure{where + ": no database is open (the lifespan did not run)", true};
            std::vector<Json> params;
            if (s.value.contains("params") && s.value["params"].is_array())
                for (const auto &p : s.value["params"])
                    params.push_back(p);
            // The test's time limit holds inside the statement too (a recursive CTE).
            db->setDeadline(deadline);
            struct ClearDeadline
            {
                Store::Database *db;
                ~ClearDeadline() { db->setDeadline(std::nullopt); }
            } clear{db};
            try {
                db->query(v.get<std::string>(), params);
            } catch (const Store::StoreError &e) {
                if (e.isInterrupt())
                    return Failure{where
                                       + ": timeout: the SQL statement ran past the test's "
                                         "time limit and was interrupted",
                                   true};
                throw;
            }
        } else if (s.kind == "websocket") {
            const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            Target::WebSocketAccess *sockets = target.websockets();
            if (!sockets) {
                skipped.push_back(where + ": " + target.missingCapabilityReason("websocket"));
                return std::nullopt;
            }
            const auto connection = sockets->connect(
                v.value("path", "/"), std::max(remaining, std::chrono::milliseconds(1)));
            Client::WebSocketSession &ws = *connection;
            const Json sends = v.value("send", Json::array());
            const Json expects = v.value("expect_json", Json::array());
            std::size_t e = 0;
            for (const auto &text : sends) {
                ws.sendText(PyJson::pythonStr(text));
                if (e < expects.size()) {
                    try {
                        const Json got = ws.receiveJson();
                        if (got != expects[e])
                            return Failure{where + ": websocket message " + std::to_string(e + 1)
                                           + ": expected " + PyJson::dumpLenient(expects[e])
                                           + ", got " + PyJson::dumpLenient(got)};
                        ++e;
                    } catch (const Pipeline::WebSocketDisconnect &d) {
                        if (!v.contains("expect_close"))
                            return Failure{where + ": the server closed the websocket with "
                                           + std::to_string(d.code())};
                    }
                }
            }
            if (v.contains("expect_close")) {
                try {
                    ws.receiveText();
                    return Failure{where + ": expected the server to close the websocket"};
                } catch (const Pipeline::WebSocketDisconnect &d) {
                    if (d.code() != v["expect_close"].get<int>())
                        return Failure{where + ": closed with " + std::to_string(d.code())
                                       + ", expected " + PyJson::dumpLenient(v["expect_close"])};
                }
            }
        }
    } catch (const std::exception &e) {
        const auto *py = dynamic_cast<const PyError *>(&e);
        return Failure{where + ": " + (py ? py->type() + ": " : std::string()) + e.what(), true};
    }
    return std::nullopt;
}

std::optional<Failure> Runner::Session::expect(const Json &e)
{
    if (!last)
        return Failure{"no request was sent before this expect step"};
    const Http::Response &r = last->response;
    if (e.contains("raises")) {
        const Json &want = e["raises"];
        if (!last->raised || !last->error)
            return Failure{"expected an exception " + PyJson::dumpLenient(want)
                           + ", but the app answered " + std::to_string(r.status)};
        if (want.contains("type") && want["type"] != last->error->type)
            return Failure{"expected exception " + want["type"].get<std::string>() + ", got "
                           + last->error->type};
        if (want.contains("message") && want["message"] != last->error->message)
            return Failure{"expected message " + PyJson::dumpLenient(want["message"]) + ", got "
                           + PyJson::dumpLenient(Json(last->error->message))};
        return std::nullopt;
    }
    if (last->raised)
        return Failure{"the request raised " + last->error->type + ": " + last->error->message};
    if (e.contains("status") && e["status"].get<int>() != r.status)
        return Failure{"expected status " + PyJson::dumpLenient(e["status"]) + ", got "
                       + std::to_string(r.status)
                       + "\n  body: " + PyJson::decodeUtf8Replace(r.body.substr(0, 500))};
    const auto body = r.parsedJson();
    if (e.contains("json")) {
        if (!body)
            return Failure{"expected a JSON body, got "
                           + PyJson::dumpLenient(Json(PyJson::decodeUtf8Replace(r.body)))};
        if (*body != e["json"]) {
            std::string msg = "the JSON body differs (- expected, + actual):";
            for (const auto &l : jsonDiff(e["json"], *body))
                msg += "\n  " + l;
            return Failure{msg, false, e["json"], *body};
        }
    }
    if (e.contains("json_contains")) {
        if (!body || !body->is_object())
            return Failure{"expected a JSON object body"};
        for (auto it = e["json_contains"].begin(); it != e["json_contains"].end(); ++it)
            if (!body->contains(it.key()) || (*body)[it.key()] != it.value())
                return Failure{"expected the body to contain "
                               + PyJson::dumpLenient(Json{{it.key(), it.value()}}) + ", got "
                               + PyJson::dumpLenient(*body)};
    }
    if (e.contains("json_pointer")) {
        for (auto it = e["json_pointer"].begin(); it != e["json_pointer"].end(); ++it) {
            Json got;
            try {
                got = body ? body->at(Json::json_pointer(it.key())) : Json();
            } catch (...) {
                return Failure{"nothing at " + it.key() + " in "
                               + (body ? PyJson::dumpLenient(*body) : r.body)};
            }
            if (got != it.value())
                return Failure{"at " + it.key() + ": expected " + PyJson::dumpLenient(it.value())
                               + ", got " + PyJson::dumpLenient(got)};
        }
    }
    if (e.contains("header_present"))
        for (const auto &h : e["header_present"])
            if (!r.headers.contains(h.get<std::string>()))
                return Failure{"expected header " + h.get<std::string>() + " in the response"};
    if (e.contains("header_absent"))
        for (const auto &h : e["header_absent"])
            if (r.headers.contains(h.get<std::string>()))
                return Failure{"expected no header " + h.get<std::string>() + ", got "
                               + r.headers.value(h.get<std::string>())};
    if (e.contains("header"))
        for (auto it = e["header"].begin(); it != e["header"].end(); ++it) {
            const auto value = r.headers.get(it.key());
            if (!value || !Regex(it.value().get<std::string>()).search(*value))
                return Failure{"header " + it.key() + " " + (value ? "is " + *value : "is missing")
                               + ", expected to match " + it.value().get<std::string>()};
        }
    if (e.contains("uuid_header")) {
        static const Regex uuid(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        const auto value = r.headers.get(e["uuid_header"].get<std::string>());
        if (!value || !uuid.fullMatch(*value))
            return Failure{"header " + e["uuid_header"].get<std::string>()
                           + " is not a UUID: " + value.value_or("<missing>")};
    }
    if (e.contains("no_traceback") && e["no_traceback"] == true) {
        std::string lower = r.body;
        for (auto &c : lower)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (lower.find("traceback") != std::string::npos)
            return Failure{"the body contains a traceback"};
    }
    if (e.contains("mails")) {
        if (Target::MailLog *log = target.mails()) {
            const auto sent = log->sentMails().size();
            if (sent != e["mails"].get<std::size_t>())
                return Failure{"expected " + PyJson::dumpLenient(e["mails"])
                               + " recorded mail(s), got " + std::to_string(sent)};
        } else {
            skipped.push_back("expect mails: " + target.missingCapabilityReason("mails"));
        }
    }
    if (e.contains("rows") && !target.database()) {
        skipped.push_back("expect rows: " + target.missingCapabilityReason("database"));
    } else if (e.contains("rows")) {
        Store::Database *db = target.database()->activeDatabase();
        if (!db)
            return Failure{"no database is open to count rows in"};
        for (auto it = e["rows"].begin(); it != e["rows"].end(); ++it) {
            const auto names = target.database()->tableNames();
            if (std::find(names.begin(), names.end(), it.key()) == names.end())
                return Failure{"unknown table " + it.key()};
            const Json n = db->query("SELECT count(*) AS n FROM " + it.key())[0]["n"];
            if (n != it.value())
                return Failure{"expected " + PyJson::dumpLenient(it.value()) + " row(s) in "
                               + it.key() + ", got " + PyJson::dumpLenient(n)};
        }
    }
    return std::nullopt;
}

Runner::Runner(RunOptions options, std::ostream *out)
    : m_options(std::move(options))
    , m_out(out)
{}

bool Runner::selected(const Test &test) const
{
    if (!m_options.only.empty()
        && std::none_of(m_options.only.begin(), m_options.only.end(), [&](const std::string &o) {
               // "name" in any file, or "file::name" (pytest's node id) in that file only.
               return o == test.name
                      || (o.size() == test.file.size() + 2 + test.name.size()
                          && o.compare(0, test.file.size(), test.file) == 0
                          && o.compare(test.file.size(), 2, "::") == 0
                          && o.compare(test.file.size() + 2, std::string::npos, test.name) == 0);
           }))
        return false;
    const std::string &k = m_options.keyword;
    if (k.empty())
        return true;
    if (k.rfind("not ", 0) == 0)
        return test.name.find(k.substr(4)) == std::string::npos;
    return test.name.find(k) != std::string::npos;
}

namespace {

// The fixtures a test needs, dependencies first: autouse ones, then those it names.
std::vector<const Fixture *> fixtureOrder(const SuiteFile &suite, const Test &test)
{
    std::vector<const Fixture *> out;
    std::set<std::string> done;
    std::function<void(const std::string &)> visit = [&](const std::string &name) {
        if (done.count(name))
            return;
        const Fixture *f = suite.fixture(name);
        if (!f)
            return;
        done.insert(name);
        for (const auto &u : f->uses)
            visit(u);
        out.push_back(f);
    };
    for (const auto &f : suite.fixtures)
        if (f.autouse)
            visit(f.name);
    for (const auto &u : test.uses)
        visit(u);
    return out;
}

} // namespace

std::vector<TestResult> Runner::runSequence(const SuiteFile &suite,
                                            const std::vector<std::string> &names,
                                            Leftovers *leftovers)
{
    RunOptions o = m_options;
    o.only.clear();
    o.keyword.clear();
    o.seed.reset();
    o.isolate = false;
    o.repeat = 1;
    o.exitFirst = false;
    o.setupShow = false;
    o.progress = nullptr;
    SuiteFile ordered = suite;
    ordered.tests.clear();
    for (const auto &n : names)
        for (const auto &t : suite.tests)
            if (t.name == n)
                ordered.tests.push_back(t);
    Runner inner(o, nullptr);
    inner.m_leftovers = leftovers;
    return inner.run({ordered}).results;
}

namespace {

// What a test left for the next one, after its function fixtures cleaned up.
Leftovers collectLeftovers(Target::Target &target)
{
    Leftovers l;
    l.overrides = Json(target.activeOverrides());
    l.mails = target.mails() ? target.mails()->sentMails().size() : 0;
    l.sessionOpen = target.lifespanActive();
    const Json seeded = target.database() ? target.database()->seededRowCounts() : Json::object();
    const auto counts = tableCounts(target.database());
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (seeded.contains(it.key()) && it.value() != seeded[it.key()])
            l.rows[it.key()] = it.value().get<long long>() - seeded[it.key()].get<long long>();
    return l;
}

} // namespace

RunReport Runner::run(const std::vector<SuiteFile> &suites)
{
    RunReport report;
    const auto start = std::chrono::steady_clock::now();
    report.seed = m_options.seed.value_or(0);
    std::vector<SuiteFile> order = suites;
    if (m_options.seed) {
        std::mt19937_64 rng(*m_options.seed);
        std::shuffle(order.begin(), order.end(), rng);
        for (auto &s : order)
            std::shuffle(s.tests.begin(), s.tests.end(), rng);
        if (m_out)
            *m_out << "Using --seed " << *m_options.seed
                   << " (run again with the same seed to replay this order)\n";
    }
    const auto since = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::size_t total = 0, done = 0;
    for (const auto &suite : order)
        for (const auto &test : suite.tests)
            total += selected(test);
    total *= std::size_t(std::max(1, m_options.repeat));
    // Open fixture spans (index into report.fixtureSpans) by fixture.
    std::map<const Fixture *, std::size_t> open;
    const auto openSpan = [&](const Fixture *f) {
        open[f] = report.fixtureSpans.size();
        report.fixtureSpans.push_back(
            {f->name, f->scope, report.results.size(), report.results.size(), since(), 0, false});
    };
    const auto closeSpan = [&](const Fixture *f, std::size_t lastTest, bool tornDown) {
        const auto it = open.find(f);
        if (it == open.end())
            return;
        FixtureSpan &span = report.fixtureSpans[it->second];
        span.lastTest = std::max(span.firstTest, lastTest);
        span.teardownAt = since();
        span.tornDown = tornDown;
        open.erase(it);
    };
    const auto lastIndex = [&] {
        return report.results.empty() ? 0 : report.results.size() - 1;
    };
    std::unique_ptr<Session> shared;
    // Without a target of the caller's, each suite runs against the built-in app it names.
    const auto appOf = [](const SuiteFile &suite) {
        return suite.app.empty() ? Catalog::defaultApp() : suite.app;
    };
    const auto newSession = [&](const SuiteFile &suite) {
        if (m_options.target)
            return std::make_unique<Session>(m_options.target());
        Catalog::TargetSpec spec;
        spec.app = appOf(suite);
        spec.errorStyle = m_options.errorStyle;
        return std::make_unique<Session>(Catalog::open(spec));
    };
    std::vector<const Fixture *> sessionScoped;
    bool stop = false;
    for (int rep = 0; rep < m_options.repeat && !stop; ++rep) {
        for (const auto &suite : order) {
            if (stop)
                break;
            std::vector<const Fixture *> moduleScoped;
            std::set<std::string> active; // module fixtures already set up
            for (const Fixture *f : sessionScoped)
                active.insert(f->name);
            for (const auto &test : suite.tests) {
                if (!selected(test))
                    continue;
                if (m_options.cancel && m_options.cancel->load()) {
                    report.cancelled = true;
                    stop = true;
                    break;
                }
                const bool otherApp
                    = shared && !m_options.target && shared->target.name() != appOf(suite);
                if (!shared || m_options.isolate || otherApp) {
                    if (shared && (m_options.isolate || otherApp)) {
                        for (const Fixture *f : moduleScoped)
                            closeSpan(f, lastIndex(), false);
                        for (const Fixture *f : sessionScoped)
                            closeSpan(f, lastIndex(), false);
                        moduleScoped.clear();
                        sessionScoped.clear();
                        active.clear();
                    }
                    shared = newSession(suite);
                }
                Session &s = *shared;
                TestResult result;
                result.file = suite.path;
                result.name = test.name;
                result.repetition = rep;
                if (test.skipReason) { // as pytest: no fixture runs for a skipped test
                    result.outcome = Outcome::Skipped;
                    result.message = *test.skipReason;
                    if (m_out)
                        *m_out << suite.path << "::" << test.name << " SKIPPED ("
                               << *test.skipReason << ")" << std::endl;
                    report.results.push_back(result);
                    if (m_options.onResult)
                        m_options.onResult(report.results.back());
                    if (m_options.progress)
                        m_options.progress(++done, total);
                    continue;
                }
                const auto t0 = std::chrono::steady_clock::now();
                s.session.beginTest(test.name);
                s.skipped.clear();
                s.deadline = t0 + m_options.timeout;
                std::optional<Failure> failure;
                std::vector<const Fixture *> setUp;
                for (const Fixture *f : fixtureOrder(suite, test)) {
                    result.fixtures.push_back(f->name);
                    if (f->scope != Scope::Function && active.count(f->name))
                        continue;
                    if (m_out && m_options.setupShow)
                        *m_out << "SETUP    " << char(std::toupper(toString(f->scope)[0])) << " "
                               << f->name << "\n";
                    s.actor = f->name;
                    openSpan(f);
                    for (std::size_t i = 0; i < f->setup.size() && !failure; ++i)
                        failure = s.step(f->setup[i], f->setup, i);
                    if (f->scope == Scope::Function)
                        setUp.push_back(f);
                    else {
                        active.insert(f->name);
                        (f->scope == Scope::Module ? moduleScoped : sessionScoped).push_back(f);
                    }
                    if (failure) {
                        failure->error = true;
                        failure->message = "setup of " + f->name + ": " + failure->message;
                        break;
                    }
                }
                if (m_out && m_options.setupShow) {
                    std::string used;
                    for (const auto &n : result.fixtures)
                        used += (used.empty() ? "" : ", ") + n;
                    *m_out << "        " << suite.path << "::" << test.name
                           << " (fixtures used: " << used << ")\n";
                }
                s.actor = test.name;
                for (std::size_t i = 0; i < test.steps.size() && !failure; ++i)
                    failure = s.step(test.steps[i], test.steps, i);
                for (auto it = setUp.rbegin(); it != setUp.rend(); ++it) {
                    if (m_out && m_options.setupShow)
                        *m_out << "TEARDOWN F " << (*it)->name << "\n";
                    s.actor = (*it)->name;
                    for (std::size_t i = 0; i < (*it)->teardown.size(); ++i)
                        if (auto f = s.step((*it)->teardown[i], (*it)->teardown, i); f && !failure)
                            failure
                                = Failure{"teardown of " + (*it)->name + ": " + f->message, true};
                    closeSpan(*it, report.results.size(), true);
                }
                if (m_leftovers)
                    *m_leftovers = collectLeftovers(s.target);
                s.session.endTest();
                result.seconds
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                result.outcome = !failure         ? Outcome::Passed
                                 : failure->error ? Outcome::Error
                                                  : Outcome::Failed;
                if (failure) {
                    result.message = failure->message;
                    result.expected = failure->expected;
                    result.actual = failure->actual;
                    if (!s.skipped.empty()) {
                        result.message += "\n(steps skipped on this target before it failed:";
                        for (const auto &why : s.skipped)
                            result.message += "\n  " + why;
                        result.message += ")";
                    }
                } else if (!s.skipped.empty()) {
                    result.message = "steps skipped on this target:";
                    for (const auto &why : s.skipped)
                        result.message += "\n  " + why;
                }
                if (m_out) {
                    char ms[32];
                    std::snprintf(ms, sizeof ms, "%.2f", result.seconds * 1000);
                    *m_out << suite.path << "::" << test.name << " " << toString(result.outcome)
                           << " [" << ms << " ms]" << std::endl; // seen as it happens
                    if (!failure)
                        for (const auto &why : s.skipped)
                            *m_out << "    skipped " << why << "\n";
                }
                report.results.push_back(result);
                if (m_options.onResult)
                    m_options.onResult(report.results.back());
                if (m_options.progress)
                    m_options.progress(++done, total);
                if (failure && m_options.exitFirst) {
                    stop = true;
                    break;
                }
            }
            // Module fixtures end with their file.
            if (shared) {
                for (auto it = moduleScoped.rbegin(); it != moduleScoped.rend(); ++it) {
                    if (m_out && m_options.setupShow)
                        *m_out << "TEARDOWN " << char(std::toupper(toString((*it)->scope)[0]))
                               << " " << (*it)->name << "\n";
                    shared->actor = (*it)->name;
                    for (std::size_t i = 0; i < (*it)->teardown.size(); ++i)
                        shared->step((*it)->teardown[i], (*it)->teardown, i);
                    closeSpan(*it, lastIndex(), true);
                }
            }
        }
    }
    if (shared) {
        for (auto it = sessionScoped.rbegin(); it != sessionScoped.rend(); ++it) {
            if (m_out && m_options.setupShow)
                *m_out << "TEARDOWN S " << (*it)->name << "\n";
            shared->actor = (*it)->name;
            for (std::size_t i = 0; i < (*it)->teardown.size(); ++i)
                shared->step((*it)->teardown[i], (*it)->teardown, i);
            closeSpan(*it, lastIndex(), true);
        }
    }
    while (!open.empty())
        closeSpan(open.begin()->first, lastIndex(), false);
    shared.reset();
    report.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

namespace {
std::string xmlEscape(const std::string &s)
{
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
                out += ' ';
            else
                out += c;
        }
    }
    return out;
}
} // namespace

std::string junitXml(const RunReport &report)
{
    std::size_t failures = 0, errors = 0;
    for (const auto &r : report.results) {
        failures += r.outcome == Outcome::Failed;
        errors += r.outcome == Outcome::Error;
    }
    char total[32];
    std::snprintf(total, sizeof total, "%.3f", report.seconds);
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites>\n  <testsuite "
                      "name=\"api-replay\" tests=\""
                      + std::to_string(report.results.size()) + "\" failures=\""
                      + std::to_string(failures) + "\" errors=\"" + std::to_string(errors)
                      + "\" skipped=\"" + std::to_string(report.skipped()) + "\" time=\"" + total
                      + "\">\n";
    for (const auto &r : report.results) {
        char t[32];
        std::snprintf(t, sizeof t, "%.6f", r.seconds);
        out += "    <testcase classname=\"" + xmlEscape(r.file) + "\" name=\"" + xmlEscape(r.name)
               + "\" time=\"" + t + "\"";
        if (r.outcome == Outcome::Passed) {
            out += "/>\n";
            continue;
        }
        if (r.outcome == Outcome::Skipped) {
            out += ">\n      <skipped type=\"pytest.skip\" message=\"" + xmlEscape(r.message)
                   + "\"/>\n    </testcase>\n";
            continue;
        }
        const char *tag = r.outcome == Outcome::Failed ? "failure" : "error";
        const std::string first = r.message.substr(0, r.message.find('\n'));
        out += ">\n      <" + std::string(tag) + " message=\"" + xmlEscape(first) + "\">"
               + xmlEscape(r.message) + "</" + tag + ">\n    </testcase>\n";
    }
    out += "  </testsuite>\n</testsuites>\n";
    return out;
}

PolluterReport findPolluter(const SuiteFile &suite, const std::string &target, RunOptions options)
{
    PolluterReport report;
    const auto progress = std::move(options.progress);
    options.progress = nullptr;
    Runner runner(options);
    std::vector<std::string> before;
    bool found = false;
    for (const auto &t : suite.tests) {
        if (t.name == target) {
            found = true;
            break;
        }
        before.push_back(t.name);
    }
    if (!found)
        throw Engine::Error("no test named \"" + target + "\" in " + suite.path);
    struct Cancelled
    {};
    std::size_t runs = 0;
    // Alone, after all before it, one per halving, and the confirmation.
    std::size_t expected = 3;
    for (std::size_t n = before.size(); n > 1; n -= n / 2)
        ++expected;
    const auto targetPasses = [&](std::vector<std::string> names, std::string *failure) {
        names.push_back(target);
        const auto results = runner.runSequence(suite, names);
        if (results.size() < names.size() || (options.cancel && options.cancel->load()))
            throw Cancelled{};
        if (progress)
            progress(++runs, std::max(runs, expected));
        if (failure && results.back().outcome != Outcome::Passed)
            *failure = results.back().message;
        return results.back().outcome == Outcome::Passed;
    };
    try {
        report.passesAlone = targetPasses({}, nullptr);
        report.steps.push_back(std::string("run ") + target
                               + " alone: " + (report.passesAlone ? "passed" : "failed"));
        report.failsInSuite = !targetPasses(before, &report.failure);
        report.steps.push_back("run the " + std::to_string(before.size())
                               + " test(s) before it, then " + target + ": "
                               + (report.failsInSuite ? "failed" : "passed"));
        if (!report.passesAlone || !report.failsInSuite)
            return report;
        std::vector<std::string> candidates = before;
        while (candidates.size() > 1) {
            const std::vector<std::string> half(
                candidates.begin(), candidates.begin() + std::ptrdiff_t(candidates.size() / 2));
            const bool fails = !targetPasses(half, nullptr);
            report.steps.push_back("bisect: " + std::to_string(half.size()) + " of "
                                   + std::to_string(candidates.size()) + " candidate(s) ("
                                   + half.front() + (half.size() > 1 ? " … " + half.back() : "")
                                   + ") then " + target + ": " + (fails ? "failed" : "passed"));
            if (fails)
                candidates = half;
            else
                candidates.erase(candidates.begin(),
                                 candidates.begin() + std::ptrdiff_t(half.size()));
        }
        if (candidates.size() == 1 && !targetPasses(candidates, &report.failure)) {
            report.polluter = candidates.front();
            runner.runSequence(suite, {report.polluter}, &report.leftovers);
        }
    } catch (const Cancelled &) {
        report.cancelled = true;
        report.steps.push_back("cancelled");
    }
    return report;
}

} // namespace Engine::Suite
