#include "engine/suite/steps/steps.h"

namespace Engine::Suite {

namespace {

// {"session": "open"|"close"}: enters or leaves `with TestClient(app)`, running the lifespan.
class SessionStep final : public StepType
{
public:
    StepKind kind() const override { return StepKind::Session; }
    const char *name() const override { return "session"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        const Json &v = step["session"];
        if (!v.is_string() || (v != "open" && v != "close"))
            c.error(pointer + "/session", "expected \"open\" or \"close\"");
    }

    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const override
    {
        if (at.value() == "open")
            run.target.openLifespan();
        else if (at.value() == "close")
            run.target.closeLifespan();
        return std::nullopt;
    }

    std::size_t write(const StepAt &at, PytestWriter &, std::string &out,
                      const std::string &indent) const override
    {
        out += indent + (at.value() == "open" ? "tc_open_session()\n" : "tc_close_session()\n");
        return 1;
    }
};

// {"client": {"raise_server_exceptions": false}}: TestClient's own options.
class ClientStep final : public StepType
{
public:
    StepKind kind() const override { return StepKind::Client; }
    const char *name() const override { return "client"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        const Json &v = step["client"];
        const std::string vp = pointer + "/client";
        if (!c.expectType(v, vp, Json::value_t::object, "an object of client options"))
            return;
        c.keys(v, vp, {"raise_server_exceptions"}, "a client step");
        if (v.contains("raise_server_exceptions"))
            c.expectType(v["raise_server_exceptions"], vp + "/raise_server_exceptions",
                         Json::value_t::boolean, "true or false");
    }

    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const override
    {
        if (at.value().contains("raise_server_exceptions"))
            run.target.setRaiseServerExceptions(at.value()["raise_server_exceptions"].get<bool>());
        return std::nullopt;
    }

    std::size_t write(const StepAt &at, PytestWriter &, std::string &out,
                      const std::string &indent) const override
    {
        if (at.value().contains("raise_server_exceptions"))
            out += indent + "tc_use_client(raise_server_exceptions="
                   + PytestWriter::py(at.value()["raise_server_exceptions"]) + ")\n";
        return 1;
    }
};

} // namespace

const StepType &sessionStep()
{
    static const SessionStep step;
    return step;
}

const StepType &clientStep()
{
    static const ClientStep step;
    return step;
}

} // namespace Engine::Suite
