#include "engine/core/pyjson.h"
#include "engine/store/database.h"
#include "engine/suite/steps/steps.h"

namespace Engine::Suite {

namespace {

// {"sql": "statement", "params": [...]}: runs SQL on the test's database, on targets that have
// one in the process (skipped with the reason elsewhere). pytest has no such step: export
// writes it as a comment.
class SqlStep final : public StepType
{
public:
    StepKind kind() const override { return StepKind::Sql; }
    const char *name() const override { return "sql"; }
    std::set<std::string> extraKeys() const override { return {"params"}; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        c.expectType(step["sql"], pointer + "/sql", Json::value_t::string,
                     "an SQL statement (a string)");
        if (step.contains("params"))
            c.expectType(step["params"], pointer + "/params", Json::value_t::array,
                         "a list of values for the statement's ? placeholders");
    }

    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const override
    {
        Target::DatabaseAccess *access = run.target.database();
        if (!access) {
            run.skipped.push_back(at.where() + ": "
                                  + run.target.missingCapabilityReason("database"));
            return std::nullopt;
        }
        Store::Database *db = access->activeDatabase();
        if (!db)
            return StepFailure{"no database is open (the lifespan did not run)", true};
        std::vector<Json> params;
        if (at.step().value.contains("params") && at.step().value["params"].is_array())
            for (const auto &p : at.step().value["params"])
                params.push_back(p);
        // The test's time limit holds inside the statement too (a recursive CTE).
        db->setDeadline(run.deadline);
        struct ClearDeadline
        {
            Store::Database *db;
            ~ClearDeadline() { db->setDeadline(std::nullopt); }
        } clear{db};
        try {
            db->query(at.value().get<std::string>(), params);
        } catch (const Store::StoreError &e) {
            if (e.isInterrupt())
                return StepFailure{"timeout: the SQL statement ran past the test's time limit "
                                   "and was interrupted",
                                   true};
            throw;
        }
        return std::nullopt;
    }

    std::size_t write(const StepAt &at, PytestWriter &w, std::string &out,
                      const std::string &indent) const override
    {
        w.engineOnly = true;
        out += indent + "# engine-only step skipped (sql): "
               + PytestWriter::comment(PyJson::dumpLenient(at.step().value)) + "\n";
        return 1;
    }
};

} // namespace

const StepType &sqlStep()
{
    static const SqlStep step;
    return step;
}

} // namespace Engine::Suite
