#include <fstream>
#include <sstream>

#include <QTemporaryDir>
#include <QTest>

#include "app/cli/cli.h"
#include "common/testprinters.h"
#include "engine/core/json.h"

namespace {
const std::string kSuites = std::string(APITEST_SOURCE_DIR) + "/resources/suites/";

struct Run
{
    int status;
    std::string out, err;
};

Run cli(std::vector<std::string> args)
{
    std::istringstream in;
    std::ostringstream out, err;
    const int status = runCli(args, in, out, err);
    return {status, out.str(), err.str()};
}
} // namespace

// `api-replay run`, `find-polluter` and `history`, in-process.
class TestRunCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string history() const
    {
        return m_dir.filePath(QStringLiteral("history.db")).toStdString();
    }

private slots:
    void exportPytestWritesFilesOrSaysWhichItCannot()
    {
        const std::string out = m_dir.filePath(QStringLiteral("exported")).toStdString();
        Run r = cli({"export-pytest", kSuites + "incident_leaky.json", "--out", out});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find(out + "/conftest.py\n") != std::string::npos);
        QVERIFY(r.out.find(out + "/test_incident_leaky.py\n") != std::string::npos);
        std::ifstream test(out + "/test_incident_leaky.py");
        std::stringstream text;
        text << test.rdbuf();
        QVERIFY(text.str().find("def test_anonymous_gets_401(") != std::string::npos);
        // A file where the directory should be: nothing half-written, a clear message.
        const std::string blocked = m_dir.filePath(QStringLiteral("blocked")).toStdString();
        std::ofstream(blocked) << "not a directory";
        r = cli({"export-pytest", kSuites + "incident_leaky.json", "--out", blocked + "/x"});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.find("cannot create " + blocked + "/x") != std::string::npos, r.err.c_str());
    }

    void runPrintsLikePytestAndExitsWithTheOutcome()
    {
        Run r = cli({"run", kSuites + "incident_leaky.json", "--history", history()});
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.find("incident_leaky.json::test_health PASSED") != std::string::npos);
        QVERIFY(r.out.find("FAILURES") != std::string::npos);
        QVERIFY(r.out.find("\n4 passed, 1 failed in ") != std::string::npos);
        r = cli({"run", kSuites + "incident_fixed.json", "--history", history()});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find("\n5 passed, 0 failed in ") != std::string::npos);
    }

    void lastFailedComesFromHistory()
    {
        cli({"run", kSuites + "incident_leaky.json", "--history", history()});
        const Run r = cli({"run", kSuites + "incident_leaky.json", "--lf", "--history", history()});
        // Alone, the polluted test passes.
        QVERIFY(r.out.find("0 passed") == std::string::npos);
        QVERIFY(r.out.find("\n1 passed, 0 failed in ") != std::string::npos);
        const Run h = cli({"history", "--history", history()});
        QCOMPARE(h.status, 0);
        QVERIFY(h.out.find("incident_leaky.json::test_anonymous_gets_401: passed")
                != std::string::npos);
        QVERIFY(h.out.find("(flaky)") != std::string::npos);
    }

    void historyComparesTwoRuns()
    {
        const std::string path = m_dir.filePath(QStringLiteral("compare.db")).toStdString();
        cli({"run", kSuites + "incident_leaky.json", "--history", path});
        cli({"run", kSuites + "incident_leaky.json", "--lf", "--history", path});
        Run r = cli({"history", "--history", path, "--compare", "1", "2"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find("incident_leaky.json::test_anonymous_gets_401: failed -> passed\n")
                != std::string::npos);
        QVERIFY(r.out.find("test_health: passed -> (not run)") != std::string::npos);
        r = cli({"history", "--history", path, "--compare", "1", "2", "--json"});
        QCOMPARE(Engine::Json::parse(r.out).size(), std::size_t(5));
        r = cli({"history", "--history", path, "--compare", "1", "1"});
        QVERIFY(r.out.find("(none)") != std::string::npos);
        // Bad input says what was wrong.
        r = cli({"history", "--history", path, "--compare", "1", "two"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.find("--compare needs a positive number, got 'two'") != std::string::npos);
        r = cli({"history", "--history", path, "--compare", "1", "7"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.find("there is no run #7") != std::string::npos);
        r = cli({"history", "--history", path, "--last", "-3"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.find("--last needs a positive number, got '-3'") != std::string::npos);
    }

    void seedIsPrintedAndJunitWritten()
    {
        const std::string xml = m_dir.filePath(QStringLiteral("junit.xml")).toStdString();
        const Run r = cli(
            {"run", kSuites + "database.json", "--seed", "42", "--junit-xml", xml, "--no-history"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find("Using --seed 42") == 0);
        std::ifstream in(xml);
        std::stringstream text;
        text << in.rdbuf();
        QVERIFY(text.str().find("tests=\"7\" failures=\"0\"") != std::string::npos);
    }

    void suiteFileErrorsRunNothing()
    {
        const std::string bad = m_dir.filePath(QStringLiteral("bad.json")).toStdString();
        std::ofstream(bad)
            << "{\"suite\": \"x\", \"tests\": [{\"name\": \"t\", \"steps\": [{\"request\": {}}]}]}";
        const Run r = cli({"run", bad, "--no-history"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.empty());
        QVERIFY(r.err.find(bad + ":1:62: a request needs \"method\"") == 0);
        QCOMPARE(cli({"run", "--frobnicate", bad}).status, 2);
        QCOMPARE(cli({"run"}).status, 2);
    }

    void findPolluterOnTheIncident()
    {
        Run r = cli({"find-polluter", kSuites + "incident_leaky.json", "--test",
                     "test_anonymous_gets_401"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find("Polluter: test_admin_only_endpoint") != std::string::npos);
        QVERIFY(r.out.find("override get_current_user -> fake_admin, set by "
                           "test_admin_only_endpoint, still active")
                != std::string::npos);
        r = cli({"find-polluter", kSuites + "incident_fixed.json", "--test",
                 "test_anonymous_gets_401"});
        QCOMPARE(r.status, 1);
        QCOMPARE(cli({"find-polluter", kSuites + "incident_fixed.json"}).status, 2);
    }
};

QTEST_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
