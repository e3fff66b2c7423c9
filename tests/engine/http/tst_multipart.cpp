#include <QTest>

#include "common/testprinters.h"
#include "engine/http/multipart.h"

using namespace Engine::Http;

namespace {
const std::string kType = "multipart/form-data; boundary=XyZ";

std::string body(std::initializer_list<std::string> parts)
{
    std::string out;
    for (const auto &p : parts)
        out += "--XyZ\r\n" + p + "\r\n";
    return out + "--XyZ--\r\n";
}

std::string problem(const std::string &text, const std::string &type = kType)
{
    try {
        parseMultipart(text, type);
    } catch (const MultipartError &e) {
        return e.what();
    }
    return {};
}
} // namespace

class TestMultipart : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAndFilesInOrder()
    {
        const auto parts = parseMultipart(
            "preamble is ignored\r\n"
                + body({"Content-Disposition: form-data; name=\"note\"\r\n\r\nhello",
                        "content-disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                        "Content-Type: text/plain\r\n\r\nline 1\r\nline 2",
                        "Content-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n\r\n"})
                + "epilogue too",
            kType);
        QCOMPARE(parts.size(), std::size_t(3));
        QCOMPARE(parts[0].name, std::string("note"));
        QVERIFY(!parts[0].filename);
        QCOMPARE(parts[0].data, std::string("hello"));
        QCOMPARE(parts[1].name, std::string("file"));
        QCOMPARE(*parts[1].filename, std::string("a.txt"));
        QCOMPARE(parts[1].contentType, std::string("text/plain"));
        QCOMPARE(parts[1].data, std::string("line 1\r\nline 2")); // line breaks inside kept
        QCOMPARE(*parts[2].filename, std::string(""));            // an empty file input
        QCOMPARE(parts[2].data, std::string());
    }

    void quotedParametersAndTheBoundaryInQuotes()
    {
        const auto parts = parseMultipart(
            "--a b\r\nContent-Disposition: form-data; name=\"say \\\"hi\\\"\"; filename=x.bin"
            "\r\n\r\n\x02\x01\r\n--a b--",
            "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"");
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0].name, std::string("say \"hi\""));
        QCOMPARE(*parts[0].filename, std::string("x.bin"));
    }

    void whatIsNotMultipartIsSaid()
    {
        QVERIFY(problem(body({}), "application/json").find("not multipart") != std::string::npos);
        QVERIFY(problem(body({}), "multipart/form-data").find("no boundary") != std::string::npos);
        QVERIFY(problem("no delimiter at all").find("holds no boundary") != std::string::npos);
        QVERIFY(problem("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end")
                    .find("closing boundary")
                != std::string::npos);
        QVERIFY(problem(body({"Content-Disposition: form-data\r\n\r\nx"})).find("no name")
                != std::string::npos);
        QVERIFY(problem(body({"Content-Disposition form-data\r\n\r\nx"})).find("Name: value")
                != std::string::npos);
        QVERIFY(problem("--XyZ\r\nContent-Disposition: form-data; name=a").find("do not end")
                != std::string::npos);
        QVERIFY(problem("--XyZjunk\r\n").find("follows a boundary") != std::string::npos);
        std::string many;
        for (int i = 0; i < 5; ++i)
            many += "--XyZ\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n";
        many += "--XyZ--";
        QCOMPARE(parseMultipart(many, kType, 5).size(), std::size_t(5));
        QVERIFY_THROWS_EXCEPTION(MultipartError, parseMultipart(many, kType, 4));
    }

    void whatIsBuiltParsesBack()
    {
        const std::vector<MultipartPart> parts{
            {"name", std::nullopt, "", "Ada"},
            {"upload", std::string("notes \"v2\".txt"), "text/plain", "a\r\n--b\r\nc"},
        };
        const auto built = buildMultipart(parts);
        QVERIFY(built.contentType.rfind("multipart/form-data; boundary=", 0) == 0);
        const auto back = parseMultipart(built.body, built.contentType);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back[0].name, std::string("name"));
        QCOMPARE(back[0].data, std::string("Ada"));
        QVERIFY(!back[0].filename);
        QCOMPARE(*back[1].filename, std::string("notes %22v2%22.txt")); // as httpx escapes it
        // A backslash is escaped in the quoted name and read back as one; a line break in a
        // name is percent-encoded, as httpx does.
        const auto odd = buildMultipart({{"a\\b\nc", std::nullopt, "", "x"}});
        QVERIFY(odd.body.find("name=\"a\\\\b%0Ac\"") != std::string::npos);
        QCOMPARE(parseMultipart(odd.body, odd.contentType)[0].name, std::string("a\\b%0Ac"));
        QCOMPARE(back[1].data, std::string("a\r\n--b\r\nc"));
        QCOMPARE(back[1].contentType, std::string("text/plain"));
        QVERIFY(buildMultipart(parts).contentType != built.contentType); // a fresh boundary
    }
};

QTEST_APPLESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
