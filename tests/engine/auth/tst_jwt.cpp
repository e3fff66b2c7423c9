#include <QTest>

#include "common/testprinters.h"
#include "engine/auth/jwt.h"

using namespace Engine::Auth;
using Engine::Json;

namespace {
const std::int64_t kNow = 1'700'000'000;

std::string part(const Json &j)
{
    return base64UrlEncode(j.dump());
}
} // namespace

class TestJwt final : public QObject
{
    Q_OBJECT

private slots:
    void base64UrlRoundTrip()
    {
        for (const std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe"})
            QCOMPARE(base64UrlDecode(base64UrlEncode(s)).value(), s);
        QCOMPARE(base64UrlEncode("\xfb\xff"), std::string("-_8"));
        QVERIFY(!base64UrlDecode("a+b/"));
        QVERIFY(!base64UrlDecode("abcde"));
    }

    void hmacMatchesRfc4231()
    {
        // RFC 4231 test case 2.
        const std::string mac = hmacSha256("Jefe", "what do ya want for nothing?");
        QCOMPARE(base64UrlEncode(mac), std::string("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM"));
    }

    void roundTrip()
    {
        const std::string token = encodeHs256(Json{{"sub", "admin"}, {"exp", kNow + 60}}, "secret");
        const auto r = decodeHs256(token, "secret", kNow);
        QVERIFY(r.payload);
        QCOMPARE((*r.payload)["sub"], Json("admin"));
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("error");
        const std::string good = encodeHs256(Json{{"sub", "admin"}, {"exp", kNow + 60}}, "secret");
        const auto dot1 = good.find('.');
        const auto dot2 = good.rfind('.');
        const std::string header = good.substr(0, dot1);
        const std::string sig = good.substr(dot2 + 1);
        QTest::newRow("wrong secret")
            << QString::fromStdString(encodeHs256(Json{{"sub", "a"}}, "other"))
            << int(JwtError::BadSignature);
        QTest::newRow("tampered payload") << QString::fromStdString(
            header + "." + part(Json{{"sub", "root"}, {"exp", kNow + 60}}) + "." + sig)
                                          << int(JwtError::BadSignature);
        QTest::newRow("tampered header") << QString::fromStdString(
            part(Json{{"alg", "HS256"}, {"typ", "JWS"}}) + good.substr(dot1))
                                         << int(JwtError::BadSignature);
        QTest::newRow("alg none") << QString::fromStdString(part(Json{{"alg", "none"}}) + "."
                                                            + part(Json{{"sub", "admin"}}) + ".")
                                  << int(JwtError::UnsupportedAlgorithm);
        QTest::newRow("alg HS512")
            << QString::fromStdString(part(Json{{"alg", "HS512"}}) + good.substr(dot1))
            << int(JwtError::UnsupportedAlgorithm);
        QTest::newRow("expired") << QString::fromStdString(
            encodeHs256(Json{{"sub", "a"}, {"exp", kNow - 1}}, "secret"))
                                 << int(JwtError::Expired);
        QTest::newRow("exp not a number")
            << QString::fromStdString(encodeHs256(Json{{"sub", "a"}, {"exp", "soon"}}, "secret"))
            << int(JwtError::Malformed);
        QTest::newRow("two parts") << "abc.def" << int(JwtError::Malformed);
        QTest::newRow("four parts") << "a.b.c.d" << int(JwtError::Malformed);
        QTest::newRow("not base64") << "a*b.c.d" << int(JwtError::Malformed);
        QTest::newRow("empty") << "" << int(JwtError::Malformed);
        QTest::newRow("payload not an object")
            << QString::fromStdString(header + "." + base64UrlEncode("[1]") + "." + sig)
            << int(JwtError::Malformed);
        QTest::newRow("one mebibyte")
            << QString(1 << 20, QLatin1Char('a')) << int(JwtError::TooLarge);
    }

    void rejections()
    {
        QFETCH(QString, token);
        QFETCH(int, error);
        const auto r = decodeHs256(token.toStdString(), "secret", kNow);
        QVERIFY(!r.payload);
        QCOMPARE(int(r.error), error);
    }

    void expIsOptional()
    {
        QVERIFY(decodeHs256(encodeHs256(Json{{"sub", "a"}}, "s"), "s", kNow).payload);
    }
};

QTEST_APPLESS_MAIN(TestJwt)
#include "tst_jwt.moc"
