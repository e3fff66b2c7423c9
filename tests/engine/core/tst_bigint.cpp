#include <QTest>

#include "common/testprinters.h"
#include "engine/core/bigint.h"
#include "engine/core/pyjson.h"
#include "engine/core/regex.h"

using namespace Engine;

// Integers beyond 64 bits, exact as Python's int (issue 11), and the linear-time regex.
class TestBigInt final : public QObject
{
    Q_OBJECT

private slots:
    void decimalTextBecomesTheSmallestExactType()
    {
        QVERIFY(BigInt::fromDecimal("42")->is_number_integer());
        QCOMPARE(*BigInt::fromDecimal("-0"), Json(0));
        QCOMPARE(*BigInt::fromDecimal("0007"), Json(7));
        QVERIFY(BigInt::fromDecimal("18446744073709551615")->is_number_unsigned());
        const Json big = *BigInt::fromDecimal("-000123456789012345678901234567890");
        QVERIFY(BigInt::is(big));
        QCOMPARE(BigInt::digits(big), std::string("-123456789012345678901234567890"));
        QVERIFY(!BigInt::fromDecimal("12a"));
        QVERIFY(!BigInt::fromDecimal("-"));
        QVERIFY(!BigInt::fromDecimal(""));
    }

    void intOfAFloatIsExact()
    {
        // Python: len(str(int(1e308))) == 309, and int(2.0**70) == 1180591620717411303424.
        QCOMPARE(BigInt::digits(BigInt::fromDouble(1e308)).size(), std::size_t(309));
        QCOMPARE(BigInt::digits(BigInt::fromDouble(1180591620717411303424.0)),
                 std::string("1180591620717411303424"));
        QCOMPARE(BigInt::fromDouble(-2.9), Json(-2));
    }

    void comparisonAndDivisibilityAreExact()
    {
        const Json a = *BigInt::fromDecimal("100000000000000000000000000000");
        const Json b = *BigInt::fromDecimal("100000000000000000000000000001");
        QCOMPARE(BigInt::compare(a, b), -1);
        QCOMPARE(BigInt::compare(b, a), 1);
        QCOMPARE(BigInt::compare(a, a), 0);
        QCOMPARE(BigInt::compare(*BigInt::fromDecimal("-" + std::string(30, '9')), Json(-5)), -1);
        QCOMPARE(BigInt::compare(Json(std::uint64_t(18446744073709551615u)), Json(-1)), 1);
        QVERIFY(BigInt::divisible(a, 7) == false); // 10^29 mod 7 = 5
        QVERIFY(BigInt::divisible(a, 1024));
        QVERIFY(BigInt::divisible(a, INT64_MIN) == false);
    }

    void jsonKeepsBigIntegersExactBothWays()
    {
        const std::string text
            = R"({"n":123456789012345678901234567890,"m":-99999999999999999999})";
        const Json v = PyJson::parse(text);
        QVERIFY(BigInt::is(v["n"]));
        QCOMPARE(PyJson::dump(v), text);
        QCOMPARE(PyJson::pythonStr(v["m"]), std::string("-99999999999999999999"));
        QCOMPARE(PyJson::dumpLine(v), text);
        // A string that looks like the marker stays a string.
        Json tricky = v;
        tricky["s"] = "\x01"
                      "BIGINT1:5\x01";
        const std::string line = PyJson::dumpLine(tricky);
        QCOMPARE(Json::parse(line)["s"], tricky["s"]);
        QVERIFY(line.find("\"n\":123456789012345678901234567890") != std::string::npos);
    }

    void regularExpressionsRunInLinearTime()
    {
        // Exponential with a backtracking engine; RE2 answers at once.
        const Regex r("^(a+)+$|^(([a-z0-9-])+)+!$");
        QVERIFY(!r.search(std::string(5000, 'a') + "b"));
        QVERIFY(r.fullMatch("aaaa"));
        QVERIFY(Regex("b").search("abc") && !Regex("b").matchAtStart("abc"));
        QVERIFY_THROWS_EXCEPTION(Engine::Error, Regex("(a)\\1"));
    }
};

QTEST_APPLESS_MAIN(TestBigInt)
#include "tst_bigint.moc"
