#include <cmath>

#include <QTest>

#include "common/testprinters.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"

using Engine::Json;
using namespace Engine;

class TestPyJson final : public QObject
{
    Q_OBJECT

private slots:
    void decodeErrorsMatchPython_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("msg");
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("lineno");
        QTest::addColumn<int>("colno");
        // Each row was checked against CPython 3.11's json.loads.
        QTest::newRow("empty") << ""
                               << "Expecting value" << 0 << 1 << 1;
        QTest::newRow("space") << " "
                               << "Expecting value" << 1 << 1 << 2;
        QTest::newRow("open brace")
            << "{"
            << "Expecting property name enclosed in double quotes" << 1 << 1 << 2;
        QTest::newRow("key only") << R"({"a")"
                                  << "Expecting ':' delimiter" << 4 << 1 << 5;
        QTest::newRow("no value") << R"({"a":)"
                                  << "Expecting value" << 5 << 1 << 6;
        QTest::newRow("trailing comma object")
            << R"({"a":1,})"
            << "Expecting property name enclosed in double quotes" << 7 << 1 << 8;
        QTest::newRow("trailing comma array") << "[1,]"
                                              << "Expecting value" << 3 << 1 << 4;
        QTest::newRow("missing comma") << "[1 2]"
                                       << "Expecting ',' delimiter" << 3 << 1 << 4;
        QTest::newRow("unterminated") << "\"abc"
                                      << "Unterminated string starting at" << 0 << 1 << 1;
        QTest::newRow("bad escape") << R"("a\x")"
                                    << "Invalid \\escape" << 2 << 1 << 3;
        QTest::newRow("bad unicode escape") << R"("a\u12")"
                                            << "Invalid \\uXXXX escape" << 3 << 1 << 4;
        QTest::newRow("control char")
            << QStringLiteral("\"a\x01\"") << "Invalid control character at" << 2 << 1 << 3;
        QTest::newRow("leading zero") << "01"
                                      << "Extra data" << 1 << 1 << 2;
        QTest::newRow("lone minus") << "-"
                                    << "Expecting value" << 0 << 1 << 1;
        QTest::newRow("multi line")
            << "\n\n  {"
            << "Expecting property name enclosed in double quotes" << 5 << 3 << 4;
        QTest::newRow("array newline") << "[1,\n  ]"
                                       << "Expecting value" << 6 << 2 << 3;
        QTest::newRow("code points, not bytes")
            << QStringLiteral("{\"ü\" 1}") << "Expecting ':' delimiter" << 5 << 1 << 6;
    }

    void decodeErrorsMatchPython()
    {
        QFETCH(QString, text);
        QFETCH(QString, msg);
        QFETCH(int, pos);
        QFETCH(int, lineno);
        QFETCH(int, colno);
        try {
            PyJson::parse(text.toStdString());
            QFAIL("no error");
        } catch (const PyJson::DecodeError &e) {
            QCOMPARE(e.msg, msg.toStdString());
            QCOMPARE(e.pos, static_cast<std::size_t>(pos));
            QCOMPARE(e.lineno, static_cast<std::size_t>(lineno));
            QCOMPARE(e.colno, static_cast<std::size_t>(colno));
        }
    }

    void strMatchesPythonsFormat()
    {
        try {
            PyJson::parse("{bad");
            QFAIL("no error");
        } catch (const PyJson::DecodeError &e) {
            QCOMPARE(
                e.what(),
                std::string(
                    "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"));
        }
    }

    void acceptsWhatPythonAccepts()
    {
        QVERIFY(std::isnan(PyJson::parse("NaN").get<double>()));
        QCOMPARE(PyJson::parse("-Infinity").get<double>(), -INFINITY);
        QCOMPARE(PyJson::parse("1e999").get<double>(), INFINITY);
        // Duplicate keys: the last value wins, the first position stays.
        QCOMPARE(PyJson::parse(R"({"a":1,"b":2,"a":3})"), Json::parse(R"({"a":3,"b":2})"));
        QCOMPARE(PyJson::parse("\xEF\xBB\xBF[1]"), Json::array({1}));
        QCOMPARE(PyJson::parse(R"("\ud83d\ude00")").get<std::string>(),
                 std::string("\xF0\x9F\x98\x80"));
        QCOMPARE(PyJson::parse("18446744073709551615"), Json(18446744073709551615ULL));
    }

    void positionsDescribeTheDocumentThatWasParsed()
    {
        // Found by fuzz_pyjson: a duplicate key kept the places of the value it replaced, so
        // "/a/0" had a position but no value.
        PyJson::PositionMap positions;
        const Json value = PyJson::parse("{\"a\": [1,\n  2],\n \"a\": {\"b/c\": 3}}", positions);
        QCOMPARE(value, Json::parse(R"({"a": {"b/c": 3}})"));
        QCOMPARE(positions.size(), std::size_t(3));
        QVERIFY(!positions.count("/a/0") && !positions.count("/a/1"));
        QCOMPARE(positions.at("/a").line, std::size_t(3));
        QCOMPARE(positions.at("/a").column, std::size_t(7));
        QCOMPARE(positions.at("/a/b~1c").line, std::size_t(3));
        QCOMPARE(positions.at("/a/b~1c").column, std::size_t(15));
        for (const auto &[pointer, position] : positions)
            QVERIFY(value.contains(Json::json_pointer(pointer)));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const std::string deep(100000, '[');
        try {
            PyJson::parse(deep);
            QFAIL("no error");
        } catch (const PyJson::DecodeError &e) {
            QCOMPARE(e.msg, std::string("Maximum nesting depth exceeded"));
            QCOMPARE(e.pos, std::size_t(512));
        }
        QVERIFY(PyJson::parse(std::string(512, '[') + std::string(512, ']')).is_array());
    }

    void invalidUtf8IsAnEncodingError()
    {
        QVERIFY_THROWS_EXCEPTION(PyJson::EncodingError, PyJson::parse("\"\xff\""));
    }

    // The error convention: what Python would raise is a PyError named as Python names it, so
    // a generic handler reports it with its type.
    void decodeErrorsArePythonErrors()
    {
        try {
            PyJson::parse("{\"a\": }");
            QFAIL("no error");
        } catch (const PyError &e) {
            QCOMPARE(e.type(), std::string("JSONDecodeError"));
            QCOMPARE(std::string(e.what()),
                     std::string("Expecting value: line 1 column 7 (char 6)"));
        }
        try {
            PyJson::parse("\xff");
            QFAIL("no error");
        } catch (const PyError &e) {
            QCOMPARE(e.type(), std::string("UnicodeDecodeError"));
        }
    }

    void dumpRefusesNonFiniteFloats()
    {
        QCOMPARE(PyJson::dump(Json{{"a", 1.5}, {"b", "ü"}}), std::string(R"({"a":1.5,"b":"ü"})"));
        QVERIFY_THROWS_EXCEPTION(Engine::PyError, PyJson::dump(Json::array({NAN})));
    }

    void pythonReprOfScalars()
    {
        QCOMPARE(PyJson::pythonRepr(Json("it's")), std::string("\"it's\""));
        QCOMPARE(PyJson::pythonRepr(Json("a")), std::string("'a'"));
        QCOMPARE(PyJson::pythonStr(Json(true)), std::string("True"));
        QCOMPARE(PyJson::pythonStr(Json(nullptr)), std::string("None"));
        QCOMPARE(PyJson::pythonStr(Json(1e16)), std::string("1e+16"));
        QCOMPARE(PyJson::pythonStr(Json(2.0)), std::string("2.0"));
    }

    void decodeUtf8LikePythonReplace()
    {
        QCOMPARE(PyJson::decodeUtf8Replace("a\xffz"), std::string("a\xEF\xBF\xBDz"));
        QCOMPARE(PyJson::codePointLength("üx"), std::size_t(2));
    }
};

QTEST_APPLESS_MAIN(TestPyJson)
#include "tst_pyjson.moc"
