#include <set>

#include <QTest>

#include "common/testprinters.h"
#include "engine/suite/runner.h"
#include "engine/suite/steps/steps.h"
#include "engine/suite/suite.h"

using namespace Engine::Suite;
using Engine::Json;

namespace {

// A suite of one test with these steps, loaded as a file would be.
LoadResult loadSteps(const Json &steps)
{
    const Json doc{{"suite", "steps"},
                   {"tests", Json::array({{{"name", "test_it"}, {"steps", steps}}})}};
    return loadSuiteText("steps.json", doc.dump(1));
}

std::string firstError(const Json &steps)
{
    const auto r = loadSteps(steps);
    return r.errors.empty() ? std::string("(no error)") : r.errors.front().message;
}

} // namespace

// The step table: one class per kind, with its loader check, runner action and pytest export.
class TestSteps final : public QObject
{
    Q_OBJECT

private slots:
    void theTableHasEveryKindOnce()
    {
        std::set<std::string> names;
        const auto &types = stepTypes();
        QCOMPARE(types.size(), std::size_t(StepKind::WebSocket) + 1);
        for (std::size_t i = 0; i < types.size(); ++i) {
            const auto kind = static_cast<StepKind>(i);
            QCOMPARE(&stepType(kind), types[i]);
            QCOMPARE(toString(types[i]->kind()), toString(kind));
            QVERIFY2(names.insert(types[i]->name()).second, types[i]->name());
            QCOMPARE(stepTypeNamed(types[i]->name()), types[i]);
            QCOMPARE(toString(kind), std::string(types[i]->name()));
        }
        QCOMPARE(stepTypeNamed("reqest"), nullptr);
    }

    void eachKindChecksItsOwnValue_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("error");
        QTest::newRow("request") << R"({"request": {"method": "GET"}})"
                                 << R"(a request needs "path" (a string starting with "/"))";
        QTest::newRow("expect") << R"({"expect": {"status": "ok"}})"
                                << "expected an HTTP status code (an integer)";
        QTest::newRow("set_override") << R"({"set_override": {"get_user": "class"}})"
                                      << R"(the name of a double "class" is a Python keyword)";
        QTest::newRow("remove_override") << R"({"remove_override": 5})"
                                         << "expected the dependency name (a string)";
        QTest::newRow("clear_overrides") << R"({"clear_overrides": false})"
                                         << "expected true (clear_overrides takes no options)";
        QTest::newRow("session") << R"({"session": "half"})"
                                 << R"(expected "open" or "close")";
        QTest::newRow("client") << R"({"client": {"raise_server_exceptions": 0}})"
                                << "expected true or false";
        QTest::newRow("sql") << R"({"sql": "SELECT 1", "params": {}})"
                             << "expected a list of values for the statement's ? placeholders";
        QTest::newRow("sql extra key") << R"({"sql": "SELECT 1", "rows": 1})"
                                       << R"(unknown key "rows" in a sql step (expected: params))";
        QTest::newRow("extra key elsewhere") << R"({"session": "open", "params": []})"
                                             << R"(unknown key "params" in a session step)";
        QTest::newRow("websocket") << R"({"websocket": {"path": "ws"}})"
                                   << R"(expected a path (a string starting with "/"))";
        QTest::newRow("two kinds") << R"({"session": "open", "sql": "SELECT 1"})"
                                   << "a step has more than one kind (use one of: clear_overrides, "
                                      "client, expect, remove_override, request, session, "
                                      "set_override, sql, websocket)";
    }

    void eachKindChecksItsOwnValue()
    {
        QFETCH(QString, step);
        QFETCH(QString, error);
        QCOMPARE(firstError(Json::array({Json::parse(step.toStdString())})), error.toStdString());
    }

    void goodStepsLoadWithTheirKind()
    {
        const auto r = loadSteps(Json::array({{{"session", "open"}},
                                              {{"request", {{"method", "GET"}, {"path", "/"}}}},
                                              {{"expect", {{"status", 200}}}},
                                              {{"sql", "SELECT 1"}, {"params", Json::array()}}}));
        QVERIFY(r.ok());
        const auto &steps = r.suites.front().tests.front().steps;
        QCOMPARE(steps.size(), std::size_t(4));
        QCOMPARE(toString(steps[0].kind), toString(StepKind::Session));
        QCOMPARE(toString(steps[1].kind), toString(StepKind::Request));
        QCOMPARE(toString(steps[2].kind), toString(StepKind::Expect));
        QCOMPARE(toString(steps[3].kind), toString(StepKind::Sql));
        QCOMPARE(steps[3].pointer, std::string("/tests/0/steps/3"));
    }

    // A request followed by an expect of "raises" is one pytest.raises block in the export and
    // one look-ahead in the runner: both ask StepAt.
    void aRaisingRequestIsWrittenWithItsExpect()
    {
        const auto r = loadSteps(Json::array(
            {{{"request", {{"method", "GET"}, {"path", "/boom"}}}},
             {{"expect", {{"raises", {{"type", "RuntimeError"}, {"message", "boom"}}}}}},
             {{"request", {{"method", "GET"}, {"path", "/"}}}}}));
        QVERIFY(r.ok());
        const auto &steps = r.suites.front().tests.front().steps;
        QVERIFY(StepAt({steps, 0}).nextExpectsRaise());
        QVERIFY(!StepAt({steps, 2}).nextExpectsRaise());
        QCOMPARE(StepAt({steps, 1}).where(), std::string("step 2 (expect)"));
        PytestWriter w("steps.json");
        std::string out;
        QCOMPARE(requestStep().write({steps, 0}, w, out, "    "), std::size_t(2));
        QVERIFY2(out.find("with pytest.raises(Exception) as raised:") != std::string::npos,
                 out.c_str());
        QVERIFY2(out.find("assert str(raised.value) == 'boom'") != std::string::npos, out.c_str());
        out.clear();
        w.steps(out, steps, "");
        QCOMPARE(out.substr(out.rfind('\n', out.size() - 2) + 1),
                 std::string("response = tc_client().request('GET', '/')\n"));
    }

    // The runner prefixes what a step reports with where it is; a step the target cannot do is
    // skipped with the target's reason.
    void theRunnerSaysWhichStepFailed()
    {
        const auto r
            = loadSteps(Json::array({{{"request", {{"method", "GET"}, {"path", "/forge/health"}}}},
                                     {{"expect", {{"status", 201}}}}}));
        QVERIFY(r.ok());
        RunOptions options;
        const auto report = Runner(options).run(r.suites);
        QCOMPARE(report.results.size(), std::size_t(1));
        QCOMPARE(toString(report.results[0].outcome), toString(Outcome::Failed));
        QVERIFY2(report.results[0].message.rfind("step 2 (expect): expected status 201, got ", 0)
                     == 0,
                 report.results[0].message.c_str());
    }

    void aBadRequestStepIsAnErrorOfThatStep()
    {
        Json steps = Json::array({{{"request", {{"method", "GET"}, {"path", "/x"}}}}});
        auto r = loadSteps(steps);
        QVERIFY(r.ok());
        // What the loader cannot see (a header with a line break) the request builder refuses.
        r.suites[0].tests[0].steps[0].value["request"]["headers"] = {{"x-a", "1\r\nx-b: 2"}};
        const auto report = Runner(RunOptions{}).run(r.suites);
        QCOMPARE(toString(report.results[0].outcome), toString(Outcome::Error));
        QCOMPARE(
            report.results[0].message,
            std::string("step 1 (request): header \"x-a\" has a line break or NUL in its value"));
    }
};

QTEST_APPLESS_MAIN(TestSteps)
#include "tst_steps.moc"
