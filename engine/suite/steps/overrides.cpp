#include "engine/suite/steps/steps.h"

namespace Engine::Suite {

namespace {

// The three steps on app.dependency_overrides. Each is skipped, with the target's reason, on a
// target that takes no overrides (a running server).
class OverrideStep : public StepType
{
public:
    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const final
    {
        if (!run.target.supportsOverrides())
            run.skipped.push_back(at.where() + ": "
                                  + run.target.missingCapabilityReason("overrides"));
        else
            apply(at.value(), run.target, run.actor);
        return std::nullopt;
    }

protected:
    virtual void apply(const Json &v, Target::Target &target, const std::string &actor) const = 0;
};

// {"set_override": {"dependency": "double", ...}}: app.dependency_overrides[dep] = double.
class SetOverrideStep final : public OverrideStep
{
public:
    StepKind kind() const override { return StepKind::SetOverride; }
    const char *name() const override { return "set_override"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        const Json &v = step["set_override"];
        const std::string vp = pointer + "/set_override";
        if (!c.expectType(v, vp, Json::value_t::object, "an object {\"dependency\": \"double\"}"))
            return;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string kp = vp + "/" + pointerToken(it.key());
            c.identifier(Json(it.key()), kp, "the dependency name");
            c.identifier(it.value(), kp, "the name of a double");
        }
    }

    std::size_t write(const StepAt &at, PytestWriter &w, std::string &out,
                      const std::string &indent) const override
    {
        const Json &v = at.value();
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string &dependency = w.name(it.key(), "dependency");
            const std::string &double_
                = w.name(it.value().get_ref<const std::string &>(), "double");
            out += indent + "app.dependency_overrides[" + dependency + "] = " + double_ + "\n";
        }
        return 1;
    }

protected:
    void apply(const Json &v, Target::Target &target, const std::string &actor) const override
    {
        for (auto it = v.begin(); it != v.end(); ++it)
            target.setOverride(it.key(), it.value().get<std::string>(), actor);
    }
};

// {"remove_override": "dependency"}: app.dependency_overrides.pop(dep, None).
class RemoveOverrideStep final : public OverrideStep
{
public:
    StepKind kind() const override { return StepKind::RemoveOverride; }
    const char *name() const override { return "remove_override"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        c.identifier(step["remove_override"], pointer + "/remove_override", "the dependency name");
    }

    std::size_t write(const StepAt &at, PytestWriter &w, std::string &out,
                      const std::string &indent) const override
    {
        out += indent + "app.dependency_overrides.pop("
               + w.name(at.value().get_ref<const std::string &>(), "dependency") + ", None)\n";
        return 1;
    }

protected:
    void apply(const Json &v, Target::Target &target, const std::string &actor) const override
    {
        target.removeOverride(v.get<std::string>(), actor);
    }
};

// {"clear_overrides": true}: app.dependency_overrides.clear().
class ClearOverridesStep final : public OverrideStep
{
public:
    StepKind kind() const override { return StepKind::ClearOverrides; }
    const char *name() const override { return "clear_overrides"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        if (step["clear_overrides"] != true)
            c.error(pointer + "/clear_overrides",
                    "expected true (clear_overrides takes no options)");
    }

    std::size_t write(const StepAt &, PytestWriter &, std::string &out,
                      const std::string &indent) const override
    {
        out += indent + "app.dependency_overrides.clear()\n";
        return 1;
    }

protected:
    void apply(const Json &, Target::Target &target, const std::string &actor) const override
    {
        target.clearOverrides(actor);
    }
};

} // namespace

const StepType &setOverrideStep()
{
    static const SetOverrideStep step;
    return step;
}

const StepType &removeOverrideStep()
{
    static const RemoveOverrideStep step;
    return step;
}

const StepType &clearOverridesStep()
{
    static const ClearOverridesStep step;
    return step;
}

} // namespace Engine::Suite
