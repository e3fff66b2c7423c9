#include <QTest>

#include "common/testprinters.h"
#include "engine/http/request.h"
#include "engine/http/url.h"

using namespace Engine::Http;

class TestUrl final : public QObject
{
    Q_OBJECT

private slots:
    void percentDecodeLikeUnquote_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc"
                               << "abc";
        QTest::newRow("space") << "a%20b"
                               << "a b";
        QTest::newRow("bad escape stays") << "%zz"
                                          << "%zz";
        QTest::newRow("lone percent") << "100%"
                                      << "100%";
        QTest::newRow("utf8") << "%C3%BC" << QStringLiteral("ü");
        QTest::newRow("invalid utf8 replaced") << "%FF" << QStringLiteral("\uFFFD");
        QTest::newRow("plus kept in paths") << "a+b"
                                            << "a+b";
    }

    void percentDecodeLikeUnquote()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(percentDecode(in.toStdString()), out.toStdString());
    }

    void parseQueryLikeParseQsl()
    {
        const QueryParams q = parseQuery("a=1&b=x+y&a=2&&c&d=%26&e=");
        const QueryParams want{{"a", "1"}, {"b", "x y"}, {"a", "2"},
                               {"c", ""},  {"d", "&"},   {"e", ""}};
        QCOMPARE(q.size(), want.size());
        for (std::size_t i = 0; i < q.size(); ++i) {
            QCOMPARE(q[i].first, want[i].first);
            QCOMPARE(q[i].second, want[i].second);
        }
    }

    void requestQueryLastValueWins()
    {
        const Request r = Request::make("GET", "/x?limit=1&limit=2");
        QCOMPARE(r.queryValue("limit").value(), std::string("2"));
        QCOMPARE(r.queryValues("limit").size(), std::size_t(2));
        QVERIFY(!r.queryValue("skip"));
    }

    void requestPathIsDecodedRawPathIsNot()
    {
        const Request r = Request::make("GET", "http://testserver/a%2Fb/%7E?x=%20#frag");
        QCOMPARE(r.path, std::string("/a/b/~"));
        QCOMPARE(r.rawPath, std::string("/a%2Fb/%7E"));
        QCOMPARE(r.queryString, std::string("x=%20"));
        QCOMPARE(r.url(), std::string("http://testserver/a%2Fb/%7E?x=%20"));
    }

    void cookiesFromHeader()
    {
        Request r = Request::make("GET", "/");
        r.headers.add("Cookie", "a=1; b=two; a=3");
        const auto c = r.cookies();
        QCOMPARE(c.at("a"), std::string("3"));
        QCOMPARE(c.at("b"), std::string("two"));
    }

    void percentEncodeRoundTrips()
    {
        const std::string s = "a b&c=ü/";
        QCOMPARE(percentDecode(percentEncode(s)), s);
        QCOMPARE(percentEncode("a b"), std::string("a%20b"));
    }
};

QTEST_APPLESS_MAIN(TestUrl)
#include "tst_url.moc"
