#include <QTest>

#include "common/testprinters.h"
#include "engine/suite/suite.h"

using namespace Engine::Suite;

class TestLoader final : public QObject
{
    Q_OBJECT

private slots:
    void reportsEveryProblemWithItsPosition()
    {
        const auto r = loadSuiteText(
            "bad.json",
            "{\n  \"suite\": \"x\",\n  \"tests\": [\n    {\"name\": 5},\n"
            "    {\"name\": \"t\", \"uses\": [\"nope\"], \"steps\": [{\"reqest\": {}}]}\n  ],\n"
            "  \"extra\": 1\n}\n");
        QVERIFY(!r.ok());
        QVERIFY(r.suites.empty());
        std::vector<std::string> got;
        for (const auto &e : r.errors)
            got.push_back(e.toString());
        const std::vector<std::string> want{
            "bad.json:7:12: unknown key \"extra\" in a suite (expected one of: $schema, app, "
            "description, fixtures, suite, tests)",
            "bad.json:4:5: a test needs \"name\" (a string)",
            "bad.json:5:28: fixture \"nope\" is not defined in this suite",
            "bad.json:5:47: a step needs exactly one of: clear_overrides, client, expect, "
            "remove_override, request, session, set_override, sql, websocket"};
        QCOMPARE(got, want);
    }

    void syntaxErrorsUsePythonsWords()
    {
        const auto r = loadSuiteText("s.json", "{\"suite\": \"x\",\n \"tests\": [}");
        QCOMPARE(r.errors.size(), std::size_t(1));
        QCOMPARE(r.errors[0].toString(), std::string("s.json:2:12: invalid JSON: Expecting value"));
    }

    void fixtureCyclesAndDuplicates()
    {
        const auto r = loadSuiteText("c.json", R"({"suite": "c", "fixtures": [
            {"name": "a", "uses": ["b"]}, {"name": "b", "uses": ["a"]}, {"name": "a"}],
            "tests": [{"name": "t"}, {"name": "t"}]})");
        std::string all;
        for (const auto &e : r.errors)
            all += e.message + "\n";
        QVERIFY(all.find("fixture \"a\" is defined twice") != std::string::npos);
        QVERIFY(all.find("fixture \"a\" uses itself through") != std::string::npos);
        QVERIFY(all.find("test \"t\" is defined twice") != std::string::npos);
    }

    void parametrizeMakesOneTestPerCase()
    {
        const auto r = loadSuiteText("p.json",
                                     R"({"suite": "p", "tests": [{"name": "test_n", "parametrize": [
            {"id": "one", "n": 1}, {"id": "two", "n": 2}],
            "steps": [{"request": {"method": "GET", "path": "/forge/items/1", "query": {"q": "$n"}}}]}]})");
        QVERIFY(r.ok());
        QCOMPARE(r.suites[0].tests.size(), std::size_t(2));
        QCOMPARE(r.suites[0].tests[1].name, std::string("test_n[two]"));
        QCOMPARE(r.suites[0].tests[1].steps[0].value["request"]["query"]["q"], Engine::Json(2));
    }

    void missingFileIsAnError()
    {
        const auto r = loadSuites({"/nonexistent/suite.json"});
        QCOMPARE(r.errors.at(0).toString(),
                 std::string("/nonexistent/suite.json:0:0: no such file"));
    }
};

QTEST_APPLESS_MAIN(TestLoader)
#include "tst_loader.moc"
