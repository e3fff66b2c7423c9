#include <QTest>

#include "common/testprinters.h"
#include "engine/client/presentation.h"
#include "engine/http/multipart.h"

using namespace Engine::Client;
using Engine::Json;

// What the window and the CLI build from what the user typed: paths, curl, body locations.
class TestPresentation final : public QObject
{
    Q_OBJECT

private slots:
    void formsToStartFromAndMultipartTypedByHand()
    {
        const Json skeleton{{"username", "string"}, {"scopes", Json::array({"a", "b"})}};
        const auto urlencoded = formTemplate("application/x-www-form-urlencoded", skeleton, {});
        QVERIFY(urlencoded);
        QCOMPARE(urlencoded->contentType, std::string("application/x-www-form-urlencoded"));
        QCOMPARE(urlencoded->body, std::string("username=string&scopes=a&scopes=b"));

        // Multipart: the file fields as small text files, also those the schema does not
        // require; a readable boundary, for a person to edit.
        const auto multipart
            = formTemplate("multipart/form-data", Json{{"note", "string"}}, {"upload"});
        QVERIFY(multipart);
        QCOMPARE(multipart->contentType,
                 std::string("multipart/form-data; boundary=api-test-explorer-form"));
        const auto parts = Engine::Http::parseMultipart(multipart->body, multipart->contentType);
        QCOMPARE(parts.size(), std::size_t(2));
        QCOMPARE(parts[0].name, std::string("note"));
        QVERIFY(!parts[0].filename);
        QCOMPARE(parts[1].name, std::string("upload"));
        QCOMPARE(*parts[1].filename, std::string("upload.txt"));
        QVERIFY(!formTemplate("application/json", skeleton, {}));

        // The editor keeps \n line breaks: a multipart body is sent with the CRLF it needs
        // (an existing CRLF stays one), other bodies as typed.
        ComposedRequest typed;
        typed.method = "POST";
        typed.headers = {{"Content-Type", "multipart/form-data; boundary=b"}};
        typed.body = "--b\nContent-Disposition: form-data; name=\"a\"\r\n\nx\n--b--\n";
        const auto sent = composeRequest(typed);
        QCOMPARE(
            *sent.content,
            std::string("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--\r\n"));
        QCOMPARE(Engine::Http::parseMultipart(*sent.content, "multipart/form-data; boundary=b")
                     .front()
                     .data,
                 std::string("x"));
        typed.headers = {};
        typed.body = "{\n}";
        QCOMPARE(*composeRequest(typed).content, std::string("{\n}"));
    }

    void pathValuesReadAPathEditedByHand()
    {
        using Values = std::vector<std::pair<std::string, std::string>>;
        QCOMPARE(pathValues("/forge/items/{item_id}", "/forge/items/%zz"),
                 std::optional<Values>(Values{{"item_id", "%zz"}}));
        QCOMPARE(pathValues("/forge/items/{item_id}", "/forge/items/a%20b"),
                 std::optional<Values>(Values{{"item_id", "a b"}}));
        QCOMPARE(pathValues("/n/{n:int}/x/{m}", "/n/abc/x/7"),
                 std::optional<Values>(Values{{"n", "abc"}, {"m", "7"}}));
        QCOMPARE(pathValues("/files/{rest:path}", "/files/a/b.txt"),
                 std::optional<Values>(Values{{"rest", "a/b.txt"}}));
        QCOMPARE(pathValues("/forge/items/{item_id}", "/forge/items/"),
                 std::optional<Values>(Values{{"item_id", ""}}));
        QVERIFY(!pathValues("/forge/items/{item_id}", "/forge/users/1"));
        QVERIFY(!pathValues("/forge/items/{item_id}", "/forge/items/1/extra"));
        QVERIFY(!pathValues("/forge/health", "/forge/healthz"));
        QCOMPARE(pathValues("/forge/health", "/forge/health"), std::optional<Values>(Values{}));
    }

    // The Query table and the URL: one source of truth.
    void aTypedQueryFillsTheTable()
    {
        const std::vector<QueryRow> rows{
            {"q", "", true, false}, {"skip", "0", true, false}, {"mine", "x", false, true}};
        const auto after = applyTypedQuery(rows, {{"q", "hello"}, {"tag", "a"}, {"tag", "b"}});
        QCOMPARE(after.size(), std::size_t(4));
        QCOMPARE(after[0].name, std::string("q"));
        QCOMPARE(after[0].value, std::string("hello"));
        QVERIFY(after[0].sent && after[0].offered);
        QCOMPARE(after[1].value, std::string("0")); // unticked: the default applies
        QVERIFY(!after[1].sent);
        QCOMPARE(after[2].name, std::string("tag")); // "mine" is gone from the URL
        QCOMPARE(after[3].value, std::string("b"));
        QVERIFY(!after[2].offered && after[3].sent);
        QCOMPARE(queryString({{"q", "a b"}, {"", "x"}, {"n", "1"}}), std::string("q=a%20b&n=1"));
    }

    void fillPathEncodesValues_data()
    {
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "/forge/items/{item_id}"
                               << "42"
                               << "/forge/items/42";
        QTest::newRow("space and slash") << "/forge/items/{item_id}"
                                         << "a b/c"
                                         << "/forge/items/a%20b%2Fc";
        QTest::newRow("path convertor keeps slashes") << "/files/{item_id:path}"
                                                      << "a b/c.txt"
                                                      << "/files/a%20b/c.txt";
        QTest::newRow("empty keeps the placeholder") << "/forge/items/{item_id}"
                                                     << ""
                                                     << "/forge/items/{item_id}";
        QTest::newRow("unicode") << "/u/{item_id}/x"
                                 << "ä"
                                 << "/u/%C3%A4/x";
        QTest::newRow("unclosed brace stays") << "/a/{item_id"
                                              << "1"
                                              << "/a/{item_id";
    }

    void fillPathEncodesValues()
    {
        QFETCH(QString, pathTemplate);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(
                     fillPath(pathTemplate.toStdString(), {{"item_id", value.toStdString()}})),
                 expected);
    }

    void fillPathWithSeveralParameters()
    {
        QCOMPARE(fillPath("/a/{x}/b/{y}", {{"y", "2"}, {"x", "1"}}), std::string("/a/1/b/2"));
        QCOMPARE(fillPath("/a/{x}/b/{y}", {{"x", "1"}}), std::string("/a/1/b/{y}"));
    }

    void locateInBodyFindsTheValue()
    {
        const std::string body = R"({"username": "Al", "tags": ["ok", ""]})";
        const auto name = locateInBody(body, Json::parse(R"(["body", "username"])"));
        QVERIFY(name);
        QCOMPARE(body.substr(name->first, name->second), std::string("\"Al\""));
        const auto tag = locateInBody(body, Json::parse(R"(["body", "tags", 1])"));
        QVERIFY(tag);
        QCOMPARE(body.substr(tag->first, tag->second), std::string("\"\""));
        QVERIFY(!locateInBody(body, Json::parse(R"(["body", "email"])")));
        QVERIFY(!locateInBody(body, Json::parse(R"(["query", "skip"])")));
    }

    void leafPointersListWhatCanBeAsserted()
    {
        const Json body
            = Json::parse(R"({"id": 1, "a/b": {"c~d": true, "e": []}, "l": [3, {"x": null}]})");
        const std::vector<std::string> want{"/id", "/a~1b/c~0d", "/a~1b/e", "/l/0", "/l/1/x"};
        QCOMPARE(leafPointers(body), want);
        for (const auto &p : want)
            QVERIFY(body.contains(Json::json_pointer(p))); // each one resolves
        QCOMPARE(leafPointers(body, 2).size(), std::size_t(2));
        QVERIFY(leafPointers(Json("scalar")).empty());
    }

    void curlQuotesSingleQuotes()
    {
        ComposedRequest r;
        r.method = "POST";
        r.path = "/forge/items";
        r.body = R"({"name": "it's"})";
        const std::string curl = toCurl(r);
        QVERIFY(curl.find("curl -X POST 'http://testserver/forge/items'") == 0);
        QVERIFY(curl.find(R"(--data-raw '{"name": "it'\''s"}')") != std::string::npos);
        QVERIFY(curl.find("-H 'content-type: application/json'") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestPresentation)
#include "tst_presentation.moc"
