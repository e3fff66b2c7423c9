#include <QTest>

#include "common/testprinters.h"
#include "engine/http/headers.h"
#include "engine/http/response.h"

using namespace Engine::Http;
using Engine::Json;

class TestHeaders final : public QObject
{
    Q_OBJECT

private slots:
    void caseInsensitiveWithRepeatedValues()
    {
        Headers h;
        h.add("Set-Cookie", "a=1");
        h.add("set-cookie", "b=2");
        h.add("X-One", "1");
        QCOMPARE(h.get("SET-COOKIE").value(), std::string("a=1"));
        QCOMPARE(h.getAll("Set-Cookie").size(), std::size_t(2));
        QCOMPARE(h.toJson(), Json::parse(R"({"set-cookie":"a=1, b=2","x-one":"1"})"));
        h.set("set-cookie", "c=3");
        QCOMPARE(h.getAll("set-cookie").size(), std::size_t(1));
        h.remove("X-ONE");
        QVERIFY(!h.contains("x-one"));
    }

    void jsonResponseLikeStarlette()
    {
        const Response r
            = Response::json(404, Json{{"detail", "Not Found"}}, Headers{{"Allow", "GET"}});
        QCOMPARE(r.body, std::string(R"({"detail":"Not Found"})"));
        // Starlette: extra headers first, then content-length and content-type.
        QCOMPARE(r.headers.fields()[0].first, std::string("allow"));
        QCOMPARE(r.headers.fields()[1].first, std::string("content-length"));
        QCOMPARE(r.headers.value("content-length"), std::string("22"));
        QVERIFY(r.isJson());
    }

    void emptyResponsesFor204HaveNoLength()
    {
        QVERIFY(Response::empty(204).headers.empty());
        QCOMPARE(Response::empty(200).headers.value("content-length"), std::string("0"));
    }

    void reasonPhrases()
    {
        QCOMPARE(reasonPhrase(422), std::string("Unprocessable Entity"));
        QCOMPARE(reasonPhrase(999), std::string());
    }
};

QTEST_APPLESS_MAIN(TestHeaders)
#include "tst_headers.moc"
