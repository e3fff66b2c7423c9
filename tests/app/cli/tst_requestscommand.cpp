#include <fstream>
#include <sstream>

#include <QTemporaryDir>
#include <QTest>

#include "app/cli/cli.h"
#include "app/cli/requestscommand.h"
#include "common/testprinters.h"
#include "engine/core/pyjson.h"

using Engine::Json;

namespace {

struct Run
{
    int status = 0;
    std::vector<Json> lines;
    std::string err;
};

Run runCliWith(std::vector<std::string> args, const std::string &input)
{
    std::istringstream in(input);
    std::ostringstream out, err;
    Run r;
    r.status = runCli(args, in, out, err);
    std::istringstream lines(out.str());
    std::string line;
    while (std::getline(lines, line))
        r.lines.push_back(Engine::PyJson::parse(line));
    r.err = err.str();
    return r;
}

} // namespace

// The `api-replay requests` contract, in-process with injected streams.
class TestRequestsCommand final : public QObject
{
    Q_OBJECT

private slots:
    void answersOneLinePerRequest()
    {
        const Run r
            = runCliWith({"requests", "--app", "forge"},
                         "{\"method\":\"GET\",\"path\":\"/forge/health\"}\n\n"
                         "{\"method\":\"POST\",\"path\":\"/forge/"
                         "users\",\"json\":{\"username\":\"alice\",\"email\":\"a@x.io\"}}\n");
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines.size(), std::size_t(2));
        QCOMPARE(r.lines[0]["status"], Json(200));
        QCOMPARE(r.lines[0]["json"], Json::parse(R"({"status":"operational","version":"1.0.4"})"));
        QCOMPARE(r.lines[0]["headers"]["content-type"], Json("application/json"));
        QCOMPARE(r.lines[1]["status"], Json(201));
        QCOMPARE(r.lines[1]["json"]["id"], Json(2));
    }

    void errorStyleFlag()
    {
        const std::string line = R"({"method":"GET","path":"/forge/items/abc"})"
                                 "\n";
        const Run v2 = runCliWith({"requests", "--app", "forge"}, line);
        QCOMPARE(v2.lines[0]["json"]["detail"][0]["type"], Json("int_parsing"));
        const Run v1 = runCliWith({"requests", "--app", "forge", "--error-style", "v1"}, line);
        QCOMPARE(v1.lines[0]["json"]["detail"][0]["type"], Json("type_error.integer"));
        QCOMPARE(runCliWith({"requests", "--error-style", "v3"}, "").status, 2);
    }

    void raisedErrorsAndThe500()
    {
        const std::string line = R"({"method":"GET","path":"/crash"})"
                                 "\n";
        Run r = runCliWith({"requests", "--app", "forge"}, line);
        QCOMPARE(r.lines[0],
                 Json::parse(R"({"exception":{"type":"RuntimeError","message":"Unexpected!"}})"));
        r = runCliWith({"requests", "--app", "forge", "--no-raise-server-exceptions"}, line);
        QCOMPARE(r.lines[0]["status"], Json(500));
        QCOMPARE(r.lines[0]["text"], Json("Internal Server Error"));
        r = runCliWith({"requests", "--app", "forge", "--no-raise-server-exceptions", "--debug"},
                       line);
        QVERIFY(r.lines[0]["text"].get<std::string>().find("Traceback") == 0);
    }

    void overridesAndLifespan()
    {
        const std::string line = R"({"method":"GET","path":"/forge/admin/dashboard"})"
                                 "\n";
        Run r = runCliWith(
            {"requests", "--app", "forge", "--override", "get_current_user=fake_admin"}, line);
        QCOMPARE(r.lines[0]["json"], Json::parse(R"({"users":1})"));
        r = runCliWith({"requests", "--app", "forge", "--no-lifespan", "--override",
                        "get_current_user=fake_admin"},
                       line);
        QCOMPARE(r.lines[0]["exception"]["message"], Json("database not initialised"));
        r = runCliWith({"requests", "--app", "forge", "--override", "get_current_user=root"}, line);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.find("valid: real, fake_admin, fake_user, anonymous") != std::string::npos);
        r = runCliWith({"requests", "--app", "forge", "--override", "get_nothing=x"}, line);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.find("get_current_user") != std::string::npos);
    }

    void badLinesAreReportedAndTheRunGoesOn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << "nope"
                                  << "invalid JSON: Expecting value: line 1 column 1 (char 0)";
        QTest::newRow("not an object") << "[1]"
                                       << "a request line must be a JSON object";
        QTest::newRow("no method") << R"({"path":"/"})"
                                   << "\"method\" must be an HTTP method name such as \"GET\"";
        QTest::newRow("bad method") << R"({"method":"GE T","path":"/"})"
                                    << "\"method\" must be an HTTP method name such as \"GET\"";
        QTest::newRow("relative path") << R"({"method":"GET","path":"forge"})"
                                       << "\"path\" must be a string starting with \"/\"";
        QTest::newRow("newline in header")
            << R"({"method":"GET","path":"/","headers":{"X":"a\nb"}})"
            << "header \"X\" has a line break or NUL in its value";
        QTest::newRow("both bodies")
            << R"({"method":"POST","path":"/","json":1,"body":"1"})"
            << "give one of \"json\", \"body\" or \"data\"/\"files\", not more";
        QTest::newRow("json and a form")
            << R"({"method":"POST","path":"/","json":1,"data":{"a":"1"}})"
            << "give one of \"json\", \"body\" or \"data\"/\"files\", not more";
        QTest::newRow("data not an object")
            << R"({"method":"POST","path":"/","data":"a=1"})"
            << "\"data\" must be an object of field names to strings";
        QTest::newRow("a field that is an object")
            << R"({"method":"POST","path":"/","data":{"a":{"b":1}}})"
            << "field \"a\" of \"data\" must be a string or a number";
        QTest::newRow("a file without content")
            << R"({"method":"POST","path":"/","files":{"f":{"filename":"a.txt"}}})"
            << "file \"f\" must be an object with a string \"content\"";
        QTest::newRow("a file name with a line break")
            << R"({"method":"POST","path":"/","files":{"f":{"filename":"a\r\nb","content":""}}})"
            << "file \"f\" has a line break in its name or type";
        QTest::newRow("unknown key") << R"({"method":"GET","path":"/","jsn":1})"
                                     << "unknown key \"jsn\" (expected method, path, headers, "
                                        "query, json, body, data or files)";
    }

    void badLinesAreReportedAndTheRunGoesOn()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const Run r = runCliWith({"requests", "--app", "forge"},
                                 line.toStdString() + "\n"
                                     + R"({"method":"GET","path":"/forge/health"})"
                                       "\n");
        QCOMPARE(r.status, 1);
        QCOMPARE(r.lines.size(), std::size_t(2));
        QCOMPARE(r.lines[0]["error"]["line"], Json(1));
        QCOMPARE(r.lines[0]["error"]["message"], Json(message.toStdString()));
        QCOMPARE(r.lines[1]["status"], Json(200));
    }

    void rawBodiesAndEmptyResponses()
    {
        const Run r = runCliWith(
            {"requests", "--app", "forge", "--override", "get_current_user=fake_admin"},
            Json{{"method", "POST"},
                 {"path", "/forge/items"},
                 {"body", "{\"name\": \"w\", \"price\": 2}"}}
                    .dump()
                + "\n"
                  R"({"method":"POST","path":"/forge/users","json":{"username":"zed","email":"z@x.io"}})"
                  "\n"
                  R"({"method":"DELETE","path":"/forge/users/2"})"
                  "\n"
                  R"({"method":"GET","path":"/forge/items/%zz"})"
                  "\n");
        QCOMPARE(r.lines[0]["status"], Json(201));
        QCOMPARE(r.lines[2]["status"], Json(204));
        QCOMPARE(r.lines[2]["text"], Json(""));
        QCOMPARE(r.lines[3]["status"], Json(422));
        QCOMPARE(r.lines[3]["json"]["detail"][0]["input"], Json("%zz"));
    }

    void aDatabaseThatCannotBeOpenedIsExitStatus2()
    {
        // Startup fails before any line is read: a usage problem (2), not a failed line (1).
        const Run missingDir
            = runCliWith({"requests", "--app", "forge", "--db", "/nonexistent-dir/forge.db"},
                         R"({"method":"GET","path":"/forge/health"})"
                         "\n");
        QCOMPARE(missingDir.status, 2);
        QVERIFY2(missingDir.err.find("startup failed") != std::string::npos,
                 missingDir.err.c_str());
        QVERIFY(missingDir.lines.empty());
        // A file with damaged pages is refused at open (PRAGMA quick_check), not read as rows.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("forge.db")).toStdString();
        QCOMPARE(
            runCliWith(
                {"requests", "--app", "forge", "--db", path},
                R"({"method":"POST","path":"/forge/users","json":{"username":"abc","email":"a@b.io"}})"
                "\n")
                .status,
            0);
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096); // the header of the second page, a table's b-tree
        file.write("\xff\xff\xff\xff\xff\xff\xff\xff", 8);
        file.close();
        const Run damaged = runCliWith({"requests", "--app", "forge", "--db", path},
                                       R"({"method":"GET","path":"/forge/users/2"})"
                                       "\n");
        QCOMPARE(damaged.status, 2);
        QVERIFY2(damaged.err.find("malformed") != std::string::npos
                     || damaged.err.find("is damaged (PRAGMA quick_check") != std::string::npos,
                 damaged.err.c_str());
        QVERIFY(damaged.lines.empty());
    }

    void traceFlagAddsTheTrace()
    {
        const Run r = runCliWith({"requests", "--app", "forge", "--trace"},
                                 R"({"method":"GET","path":"/forge/health"})"
                                 "\n");
        QCOMPARE(r.lines[0]["trace"]["handler"], Json("health_check"));
    }

    void routesAndOpenapiCommands()
    {
        std::istringstream in;
        std::ostringstream out, err;
        QCOMPARE(runCli({"routes", "--app", "forge", "--override", "get_db=sqlite_memory"}, in, out,
                        err),
                 0);
        const Json routes = Engine::PyJson::parse(out.str());
        QCOMPARE(routes.size(), std::size_t(12));
        QCOMPARE(routes[0]["name"], Json("health_check"));
        QCOMPARE(routes[3]["dependencies"][0]["provider"], Json("sqlite_memory"));
        std::ostringstream out2;
        QCOMPARE(runCli({"openapi", "--app", "forge", "--error-style", "v1"}, in, out2, err), 0);
        QCOMPARE(Engine::PyJson::parse(out2.str())["openapi"], Json("3.0.2"));
        std::ostringstream out3;
        QCOMPARE(runCli({"--version"}, in, out3, err), 0);
        QCOMPARE(out3.str(), std::string("api-replay " APITEST_VERSION "\n"));
        QCOMPARE(runCli({"frobnicate"}, in, out3, err), 2);
    }

    void everyBuiltinAppIsATarget()
    {
        std::istringstream in;
        std::ostringstream out, err;
        QCOMPARE(runCli({"routes", "--app", "notes"}, in, out, err), 0);
        const Json routes = Engine::PyJson::parse(out.str());
        QCOMPARE(routes.size(), std::size_t(3));
        QCOMPARE(routes[1]["dependencies"][0]["name"], Json("get_clock"));
        const Run r = runCliWith({"requests", "--app=notes", "--override", "get_clock=epoch_clock"},
                                 R"({"method":"POST","path":"/notes","json":{"text":"hi"}})"
                                 "\n");
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines[0]["json"]["created_at"], Json("1970-01-01T00:00:00Z"));
    }

    void targetOptionsAreCheckedAgainstTheKind_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("two targets") << QStringList{"--app", "forge", "--asgi", "main:app"}
                                     << "choose one target; these were both given: --app, --asgi";
        QTest::newRow("asgi without attr")
            << QStringList{"--asgi", "main"} << "--asgi takes MODULE:ATTR (as uvicorn does)";
        QTest::newRow("override on a server")
            << QStringList{"--base-url", "http://127.0.0.1:9", "--override", "a=b"}
            << "--override needs an app in this process";
        QTest::newRow("error style on a python app")
            << QStringList{"--asgi", "main:app", "--error-style", "v1"}
            << "--error-style is not for --asgi";
        QTest::newRow("header without a server")
            << QStringList{"--app", "forge", "--header", "X-A: 1"}
            << "--header is for a running server";
        QTest::newRow("url scheme") << QStringList{"--base-url", "ftp://x"}
                                    << "--base-url must start with http:// or https://";
        QTest::newRow("unknown app")
            << QStringList{"--app", "nope"} << "unknown app 'nope'; valid: forge, notes";
    }

    void targetOptionsAreCheckedAgainstTheKind()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        std::vector<std::string> argv{"requests"};
        for (const auto &a : args)
            argv.push_back(a.toStdString());
        const Run r = runCliWith(argv, "");
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.find(message.toStdString()) != std::string::npos, r.err.c_str());
    }

    void helpListsEveryKindOfTarget()
    {
        std::istringstream in;
        std::ostringstream out, err;
        QCOMPARE(runCli({"requests", "--help"}, in, out, err), 0);
        for (const char *option : {"--app NAME", "--openapi FILE", "--asgi MODULE:ATTR",
                                   "--base-url URL", "notes:", "--app-dir DIR", "--doubles"})
            QVERIFY2(out.str().find(option) != std::string::npos, option);
    }
};

QTEST_APPLESS_MAIN(TestRequestsCommand)
#include "tst_requestscommand.moc"
