#include "engine/client/requestline.h"
#include "engine/suite/steps/steps.h"

namespace Engine::Suite {

namespace {

// {"request": {"method", "path", "query"?, "headers"?, "json"? | "body"?}}: sends it; the
// answer is what the next expect checks. A request that raises fails the test unless the
// next step expects that exception (pytest.raises around the call).
class RequestStep final : public StepType
{
public:
    StepKind kind() const override { return StepKind::Request; }
    const char *name() const override { return "request"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        const Json &v = step["request"];
        const std::string vp = pointer + "/request";
        if (!c.expectType(v, vp, Json::value_t::object, "a request object with method and path"))
            return;
        c.keys(v, vp, {"method", "path", "query", "headers", "json", "body"}, "a request");
        if (!v.contains("method") || !v["method"].is_string())
            c.error(vp, "a request needs \"method\" (a string such as \"GET\")");
        if (!v.contains("path") || !v["path"].is_string()
            || v["path"].get<std::string>().rfind('/', 0) != 0)
            c.error(v.contains("path") ? vp + "/path" : vp,
                    "a request needs \"path\" (a string starting with \"/\")");
        if (v.contains("json") && v.contains("body"))
            c.error(vp, "give either \"json\" or \"body\", not both");
        if (v.contains("method") && v["method"].is_string()
            && !Client::isToken(v["method"].get<std::string>()))
            c.error(vp + "/method", "expected an HTTP method name such as \"GET\"");
        if (v.contains("query"))
            c.expectType(v["query"], vp + "/query", Json::value_t::object,
                         "an object of query parameters");
        if (v.contains("body"))
            c.expectType(v["body"], vp + "/body", Json::value_t::string,
                         "the raw body (a string; use \"json\" for a JSON value)");
        if (v.contains("headers")
            && c.expectType(v["headers"], vp + "/headers", Json::value_t::object,
                            "an object of header names to values"))
            for (auto it = v["headers"].begin(); it != v["headers"].end(); ++it)
                if (!isPlaceholder(it.value()))
                    c.expectType(it.value(), vp + "/headers/" + pointerToken(it.key()),
                                 Json::value_t::string, "a header value (a string)");
    }

    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const override
    {
        Client::RequestOptions r;
        try {
            r = Client::requestFromJson(at.value());
        } catch (const Client::InvalidRequest &e) {
            return StepFailure{e.what(), true};
        }
        run.last = run.session.send(r, false);
        if (run.last->raised && !at.nextExpectsRaise())
            return StepFailure{
                r.method + " " + r.url + " raised " + run.last->error->type + ": "
                    + run.last->error->message
                    + " (TestClient re-raises unhandled errors: raise_server_exceptions is on)",
                false};
        return std::nullopt;
    }

    std::size_t write(const StepAt &at, PytestWriter &, std::string &out,
                      const std::string &indent) const override
    {
        using W = PytestWriter;
        const Json &v = at.value();
        std::string call = "tc_client().request(" + W::py(v["method"]) + ", " + W::py(v["path"]);
        if (v.contains("query"))
            call += ", params=" + W::py(v["query"]);
        if (v.contains("headers"))
            call += ", headers=" + W::py(v["headers"]);
        if (v.contains("json"))
            call += v["json"].is_null()
                        ? ", content=b'null', headers={'content-type': 'application/json'}"
                        : ", json=" + W::py(v["json"]);
        if (v.contains("body")) {
            call += ", content=" + W::py(v["body"]) + ".encode()";
            if (!v.contains("headers"))
                call += ", headers={'content-type': 'application/json'}";
        }
        call += ")";
        if (!at.nextExpectsRaise()) {
            out += indent + "response = " + call + "\n";
            return 1;
        }
        const Json &want = at.steps[at.index + 1].value["expect"]["raises"];
        const std::string type = want.value("type", "Exception");
        out += indent + "with pytest.raises(Exception) as raised:\n" + indent + "    " + call
               + "\n";
        out += indent + "assert type(raised.value).__name__ == " + W::py(Json(type)) + "\n";
        if (want.contains("message"))
            out += indent + "assert str(raised.value) == " + W::py(want["message"]) + "\n";
        return 2;
    }
};

} // namespace

const StepType &requestStep()
{
    static const RequestStep step;
    return step;
}

} // namespace Engine::Suite
