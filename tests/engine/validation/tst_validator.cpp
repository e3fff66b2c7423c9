#include <QTest>

#include "common/testprinters.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/validation/error.h"
#include "engine/validation/validator.h"

using namespace Engine::Validation;
using Engine::Json;

namespace {

Type typeNamed(const QString &name)
{
    if (name == "int")
        return Type::integer();
    if (name == "float")
        return Type::number();
    if (name == "bool")
        return Type::boolean();
    if (name == "str")
        return Type::string();
    if (name == "list[str]")
        return Type::list(Type::string());
    if (name == "age")
        return Type::integer().ge(0).le(150).nullable();
    if (name == "username")
        return Type::string().minLength(3).maxLength(32).pattern("^[a-z0-9_]+$");
    if (name == "price")
        return Type::number().gt(0);
    if (name == "even")
        return Type::integer().multipleOf(2);
    if (name == "rate") // confloat(multiple_of=0.05)
        return Type::number().multipleOf(0.05);
    if (name == "timedelta") { // Pydantic 1: {"type": "number", "format": "time-delta"}
        Type t = Type::string();
        t.format = Format::Duration;
        return t;
    }
    if (name == "tags")
        return Type::list(Type::string().minLength(1)).maxLength(2);
    if (name == "colour")
        return Type::literal({"red", "green"});
    qFatal("unknown type");
}

// Validates input and returns the value, or the rendered first error.
Json run(ErrorStyle style, const Type &type, const Json &input)
{
    std::vector<ErrorDetail> errors;
    Validator v(style, errors);
    auto out = v.value(input, type, Json::array({"body", "x"}));
    if (out)
        return Json{{"value", *out}};
    return render(errors.front(), style);
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private slots:
    void coercion_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // a value, or "!error_type"
        // v1 rows were checked against Pydantic 1.10.4; v2 rows follow pydantic-core's
        // src/input/input_python.rs and src/input/shared.rs.
        QTest::newRow("v1 int from str") << "v1"
                                         << "int"
                                         << R"("5")"
                                         << "5";
        QTest::newRow("v1 int from float truncates") << "v1"
                                                     << "int"
                                                     << "1.9"
                                                     << "1";
        QTest::newRow("v1 int from bool") << "v1"
                                          << "int"
                                          << "true"
                                          << "1";
        QTest::newRow("v1 int underscores") << "v1"
                                            << "int"
                                            << R"("1_000")"
                                            << "1000";
        QTest::newRow("v1 int spaces") << "v1"
                                       << "int"
                                       << R"(" +7 ")"
                                       << "7";
        QTest::newRow("v1 int arabic digit") << "v1"
                                             << "int"
                                             << R"("٣")"
                                             << "3";
        QTest::newRow("v1 int rejects 5.0 string") << "v1"
                                                   << "int"
                                                   << R"("5.0")"
                                                   << "!type_error.integer";
        QTest::newRow("v1 int rejects null") << "v1"
                                             << "int"
                                             << "null"
                                             << "!type_error.none.not_allowed";
        QTest::newRow("v1 str from int") << "v1"
                                         << "str"
                                         << "5"
                                         << R"("5")";
        QTest::newRow("v1 str from float") << "v1"
                                           << "str"
                                           << "1e16"
                                           << R"("1e+16")";
        QTest::newRow("v1 str from bool") << "v1"
                                          << "str"
                                          << "true"
                                          << R"("True")";
        QTest::newRow("v1 str rejects list") << "v1"
                                             << "str"
                                             << "[]"
                                             << "!type_error.str";
        QTest::newRow("v1 float from str") << "v1"
                                           << "float"
                                           << R"(" 1.5 ")"
                                           << "1.5";
        QTest::newRow("v1 float inf string") << "v1"
                                             << "float"
                                             << R"("-Infinity")"
                                             << "-1e999";
        QTest::newRow("v1 bool yes") << "v1"
                                     << "bool"
                                     << R"("YES")"
                                     << "true";
        QTest::newRow("v1 bool 1.0") << "v1"
                                     << "bool"
                                     << "1.0"
                                     << "true";
        QTest::newRow("v1 bool 2") << "v1"
                                   << "bool"
                                   << "2"
                                   << "!type_error.bool";
        QTest::newRow("v1 list rejects str") << "v1"
                                             << "list[str]"
                                             << R"("ab")"
                                             << "!type_error.list";
        QTest::newRow("v1 regex dollar before newline") << "v1"
                                                        << "username"
                                                        << R"("abc\n")"
                                                        << R"("abc\n")";
        QTest::newRow("v1 length before regex") << "v1"
                                                << "username"
                                                << R"("A")"
                                                << "!value_error.any_str.min_length";
        QTest::newRow("v1 ge") << "v1"
                               << "age"
                               << "-1"
                               << "!value_error.number.not_ge";
        QTest::newRow("v1 optional null") << "v1"
                                          << "age"
                                          << "null"
                                          << "null";
        QTest::newRow("v1 multiple") << "v1"
                                     << "even"
                                     << "3"
                                     << "!value_error.number.not_multiple";
        QTest::newRow("v1 literal") << "v1"
                                    << "colour"
                                    << R"("blue")"
                                    << "!value_error.const";
        QTest::newRow("v1 list max") << "v1"
                                     << "tags"
                                     << R"(["", "", ""])"
                                     << "!value_error.list.max_items";

        QTest::newRow("v2 int from str") << "v2"
                                         << "int"
                                         << R"("5")"
                                         << "5";
        QTest::newRow("v2 int from decimal zeros") << "v2"
                                                   << "int"
                                                   << R"("5.00")"
                                                   << "5";
        QTest::newRow("v2 int rejects fraction string") << "v2"
                                                        << "int"
                                                        << R"("5.5")"
                                                        << "!int_parsing";
        QTest::newRow("v2 int from whole float") << "v2"
                                                 << "int"
                                                 << "5.0"
                                                 << "5";
        QTest::newRow("v2 int from fractional float") << "v2"
                                                      << "int"
                                                      << "1.5"
                                                      << "!int_from_float";
        QTest::newRow("v2 int from bool") << "v2"
                                          << "int"
                                          << "true"
                                          << "1";
        QTest::newRow("v2 int arabic digit") << "v2"
                                             << "int"
                                             << R"("٣")"
                                             << "!int_parsing";
        QTest::newRow("v2 int null") << "v2"
                                     << "int"
                                     << "null"
                                     << "!int_type";
        QTest::newRow("v2 int huge float") << "v2"
                                           << "int"
                                           << "1e20"
                                           << "!int_parsing_size";
        QTest::newRow("v2 int nan") << "v2"
                                    << "int"
                                    << "NaN"
                                    << "!finite_number";
        QTest::newRow("v2 str rejects int") << "v2"
                                            << "str"
                                            << "5"
                                            << "!string_type";
        QTest::newRow("v2 float from str") << "v2"
                                           << "float"
                                           << R"("1e3")"
                                           << "1000.0";
        QTest::newRow("v2 float bad str") << "v2"
                                          << "float"
                                          << R"("abc")"
                                          << "!float_parsing";
        QTest::newRow("v2 float list") << "v2"
                                       << "float"
                                       << "[]"
                                       << "!float_type";
        QTest::newRow("v2 bool off") << "v2"
                                     << "bool"
                                     << R"("off")"
                                     << "false";
        QTest::newRow("v2 bool 2") << "v2"
                                   << "bool"
                                   << "2"
                                   << "!bool_parsing";
        QTest::newRow("v2 bool 0.5") << "v2"
                                     << "bool"
                                     << "0.5"
                                     << "!bool_type";
        QTest::newRow("v2 regex dollar is strict") << "v2"
                                                   << "username"
                                                   << R"("abc\n")"
                                                   << "!string_pattern_mismatch";
        QTest::newRow("v2 le") << "v2"
                               << "age"
                               << "151"
                               << "!less_than_equal";
        QTest::newRow("v2 gt float") << "v2"
                                     << "price"
                                     << "0"
                                     << "!greater_than";
        QTest::newRow("v2 nan is not greater") << "v2"
                                               << "price"
                                               << "NaN"
                                               << "!greater_than";
        QTest::newRow("v2 literal") << "v2"
                                    << "colour"
                                    << R"("blue")"
                                    << "!literal_error";
        QTest::newRow("v2 list too long") << "v2"
                                          << "tags"
                                          << R"(["a","b","c"])"
                                          << "!too_long";
    }

    void coercion()
    {
        QFETCH(QString, style);
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Json in = Engine::PyJson::parse(input.toStdString());
        const Json got = run(style == "v1" ? ErrorStyle::V1 : ErrorStyle::V2, typeNamed(type), in);
        if (expected.startsWith('!')) {
            QVERIFY2(!got.contains("value"), got.dump().c_str());
            QCOMPARE(got["type"].get<std::string>(), expected.mid(1).toStdString());
        } else {
            QVERIFY2(got.contains("value"), got.dump().c_str());
            QCOMPARE(got["value"], Engine::PyJson::parse(expected.toStdString()));
        }
    }

    void messagesWordForWord()
    {
        QCOMPARE(
            run(ErrorStyle::V2, typeNamed("username"), "ab"),
            Json::parse(
                R"({"type":"string_too_short","loc":["body","x"],"msg":"String should have at least 3 characters","input":"ab","ctx":{"min_length":3}})"));
        QCOMPARE(
            run(ErrorStyle::V1, typeNamed("username"), "ab"),
            Json::parse(
                R"({"loc":["body","x"],"msg":"ensure this value has at least 3 characters","type":"value_error.any_str.min_length","ctx":{"limit_value":3}})"));
        QCOMPARE(run(ErrorStyle::V1, typeNamed("username"), "Ab_c"),
                 (Json{{"loc", {"body", "x"}},
                       {"msg", "string does not match regex \"^[a-z0-9_]+$\""},
                       {"type", "value_error.str.regex"},
                       {"ctx", {{"pattern", "^[a-z0-9_]+$"}}}}));
        QCOMPARE(run(ErrorStyle::V2, typeNamed("price"), -1)["ctx"], Json::parse(R"({"gt":0.0})"));
        QCOMPARE(run(ErrorStyle::V2, typeNamed("tags"), Json::array({"a", "b", "c"}))["msg"],
                 Json("List should have at most 2 items after validation, not 3"));
        QCOMPARE(run(ErrorStyle::V1, typeNamed("colour"), "blue")["msg"],
                 Json("unexpected value; permitted: 'red', 'green'"));
        QCOMPARE(run(ErrorStyle::V2, typeNamed("colour"), "blue")["msg"],
                 Json("Input should be 'red' or 'green'"));
    }

    // Pydantic 1's number_multiple_validator divides and looks at the remainder of 1: 0.5 is a
    // multiple of 0.05 there, though fmod(0.5, 0.05) is 0.04999...
    void v1MultipleOfIsPydantic1sDivision()
    {
        for (const double ok : {0.5, 0.05, 0.15, 1.0, 0.0, -0.35, 2.45})
            QVERIFY2(run(ErrorStyle::V1, typeNamed("rate"), ok).contains("value"),
                     qPrintable(QString::number(ok)));
        const Json bad = run(ErrorStyle::V1, typeNamed("rate"), 0.51);
        QCOMPARE(bad["type"], Json("value_error.number.not_multiple"));
        QCOMPARE(bad["msg"], Json("ensure this value is a multiple of 0.05"));
        QVERIFY(run(ErrorStyle::V1, typeNamed("even"), 10).contains("value"));
        QCOMPARE(run(ErrorStyle::V1, typeNamed("even"), 7)["type"],
                 Json("value_error.number.not_multiple"));
    }

    // pydantic-core's float multiple_of: fmod's remainder within |x| / 1e9 of 0 or of m, as
    // its float.rs has it (Pydantic 2 is not installable here: the expectations follow that
    // formula, worked out in Python's math.fmod).
    void v2FloatMultipleOfIsPydanticCoresRemainder()
    {
        for (const double ok : {0.5, 0.15, 0.0, 2.45, -0.05, 1e6 + 0.05, 1e10 + 0.001})
            QVERIFY2(run(ErrorStyle::V2, typeNamed("rate"), ok).contains("value"),
                     qPrintable(QString::number(ok, 'g', 17)));
        for (const double bad : {0.51, -0.5, 0.049}) {
            const Json error = run(ErrorStyle::V2, typeNamed("rate"), bad);
            QCOMPARE(error["type"], Json("multiple_of"));
            QCOMPARE(error["msg"], Json("Input should be a multiple of 0.05"));
        }
        QVERIFY(run(ErrorStyle::V2, typeNamed("even"), -10).contains("value"));
        QCOMPARE(run(ErrorStyle::V2, typeNamed("even"), 7)["type"], Json("multiple_of"));
    }

    // Pydantic 1's parse_duration: numbers are seconds, strings one of its two patterns.
    void v1DurationsAreParsedAsPydantic1Does()
    {
        const auto check = [](const Json &input) {
            return run(ErrorStyle::V1, typeNamed("timedelta"), input);
        };
        for (const Json &ok :
             {Json(86400.0), Json(-3), Json(true), Json("10"), Json("-1.5"),
              Json("3 days, 10:00:00"), Json("1 day, 0:00:01.123456"), Json("3 10"), Json("12:30"),
              Json("-12:-30"), Json("1:02:03"), Json("P3DT4H5M6S"), Json("-P1D"), Json("PT0.5S"),
              Json("P"), Json("P1_5D"), Json("P1e2D"), Json("١٢"), Json("10\n")})
            QVERIFY2(check(ok).contains("value"), ok.dump().c_str());
        for (const Json &bad : {Json("abc"), Json("1e3"), Json(""), Json("1:-2:03"), Json("3 days"),
                                Json("P1H"), Json("PT1D"), Json("1.1234567890123"), Json("nan")}) {
            const Json e = check(bad);
            QCOMPARE(e["type"], Json("value_error.duration"));
            QCOMPARE(e["msg"], Json("invalid duration format"));
        }
        const Json list = check(Json::array({1, 2}));
        QCOMPARE(list["type"], Json("type_error"));
        QCOMPARE(list["msg"],
                 Json("invalid type; expected timedelta, string, bytes, int or float"));
        // The ISO pattern's '.' is any character; float() then refuses the number.
        const Json x = check("P1x5D");
        QCOMPARE(x["type"], Json("value_error"));
        QCOMPARE(x["msg"], Json("could not convert string to float: '1x5'"));
    }

    void renderBodyIsTheDumpOfRenderAll()
    {
        std::vector<ErrorDetail> errors;
        Validator v(ErrorStyle::V2, errors);
        v.value(Json::parse(R"(["", "x", 5])"),
                Type::list(Type::string().minLength(1)).maxLength(2),
                Json::array({"body", "tags"}));
        v.value("Bad", typeNamed("username"), Json::array({"query", "u"}));
        v.value(-1, typeNamed("price"), Json::array({"body", "price"}));
        Json params = Json::object();
        params["msg"] = "Expecting value";
        params["doc"] = "{ \"a\"";
        params["pos"] = 3;
        params["lineno"] = 1;
        params["colno"] = 4;
        errors.push_back({ErrorKind::JsonInvalid, Json::array({"body", 3}), nullptr, params});
        QCOMPARE(errors.size(), std::size_t(4));
        for (const auto style : {ErrorStyle::V1, ErrorStyle::V2})
            QCOMPARE(renderBody(errors, style),
                     Engine::PyJson::dump(Json{{"detail", renderAll(errors, style)}}));
    }

    void customValidatorRaisesValueError()
    {
        Type t = Type::string().validator("no_x", [](const Json &v) -> std::optional<std::string> {
            if (v.get<std::string>().find('x') != std::string::npos)
                return "no x allowed";
            return std::nullopt;
        });
        QCOMPARE(
            run(ErrorStyle::V2, t, "box"),
            Json::parse(
                R"({"type":"value_error","loc":["body","x"],"msg":"Value error, no x allowed","input":"box","ctx":{"error":{}}})"));
        QCOMPARE(run(ErrorStyle::V1, t, "box"),
                 Json::parse(R"({"loc":["body","x"],"msg":"no x allowed","type":"value_error"})"));
        QCOMPARE(run(ErrorStyle::V1, t, "bob"), Json::parse(R"({"value":"bob"})"));
    }

    void modelReportsEveryFieldInOrder()
    {
        auto m = std::make_shared<Model>();
        m->name = "M";
        m->fields = {required("a", Type::integer()), required("b", Type::string()),
                     optional("c", Type::boolean(), true)};
        for (const auto style : {ErrorStyle::V1, ErrorStyle::V2}) {
            std::vector<ErrorDetail> errors;
            Validator v(style, errors);
            QVERIFY(!v.model(Json{{"b", Json::array()}}, *m, Json::array({"body"})));
            QCOMPARE(errors.size(), std::size_t(2));
            QCOMPARE(errors[0].kind, ErrorKind::Missing);
            QCOMPARE(errors[0].loc, Json::parse(R"(["body","a"])"));
            QCOMPARE(errors[0].input, Json::parse(R"({"b":[]})"));
            QCOMPARE(errors[1].kind, ErrorKind::StringType);
        }
        std::vector<ErrorDetail> errors;
        Validator v(ErrorStyle::V2, errors);
        QCOMPARE(v.model(Json{{"a", "1"}, {"b", "x"}, {"zzz", 1}}, *m, Json::array()).value(),
                 Json::parse(R"({"a":1,"b":"x","c":true})"));
    }

    void forbiddenExtraKeys()
    {
        Model m;
        m.name = "Strict";
        m.forbidExtra = true;
        m.fields = {required("a", Type::integer())};
        std::vector<ErrorDetail> errors;
        Validator v(ErrorStyle::V1, errors);
        QVERIFY(!v.model(Json{{"a", 1}, {"b", 2}}, m, Json::array({"body"})));
        QCOMPARE(
            render(errors.at(0), ErrorStyle::V1),
            Json::parse(
                R"({"loc":["body","b"],"msg":"extra fields not permitted","type":"value_error.extra"})"));
        QCOMPARE(render(errors.at(0), ErrorStyle::V2)["type"], Json("extra_forbidden"));
    }

    void v1ModelFromPairs()
    {
        Model m;
        m.name = "P";
        m.fields = {required("w", Type::number())};
        std::vector<ErrorDetail> errors;
        Validator v1(ErrorStyle::V1, errors);
        QCOMPARE(v1.model(Json::parse(R"([["w", 2]])"), m, Json::array()).value(),
                 Json::parse(R"({"w":2.0})"));
        Validator v2(ErrorStyle::V2, errors);
        QVERIFY(!v2.model(Json::parse(R"([["w", 2]])"), m, Json::array()));
        QCOMPARE(errors.back().kind, ErrorKind::ModelAttributesType);
    }

    void v1ModelInputGoesThroughPythonsDict_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // the model, or the v1 error type
        QTest::newRow("empty string is {}") << R"("")"
                                            << "value_error.missing";
        QTest::newRow("empty list is {}") << "[]"
                                          << "value_error.missing";
        QTest::newRow("two-letter strings are pairs") << R"(["wx"])"
                                                      << R"({"w":"x"})";
        QTest::newRow("a two-key object is a pair") << R"([{"w": 1, "v": 2}])"
                                                    << R"({"w":"v"})";
        QTest::newRow("later key wins") << R"([["w", "a"], ["w", "b"]])"
                                        << R"({"w":"b"})";
        QTest::newRow("non-string key") << R"([[1, "x"]])"
                                        << "type_error";
        QTest::newRow("three items") << R"([["w", 1, 2]])"
                                     << "type_error.dict";
        QTest::newRow("unhashable key") << R"([["w", 1], [[1], 2]])"
                                        << "type_error.dict";
        QTest::newRow("a string is not pairs") << R"("wv")"
                                               << "type_error.dict";
        QTest::newRow("a number is not iterable") << "5"
                                                  << "type_error.dict";
    }

    void v1ModelInputGoesThroughPythonsDict()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Model m;
        m.name = "P";
        m.fields = {required("w", Type::any())};
        std::vector<ErrorDetail> errors;
        Validator v1(ErrorStyle::V1, errors);
        const auto got = v1.model(Json::parse(input.toStdString()), m, Json::array());
        if (expected.startsWith(QLatin1Char('{'))) {
            QCOMPARE(got.value(), Json::parse(expected.toStdString()));
        } else {
            QVERIFY(!got);
            QCOMPARE(render(errors.at(0), ErrorStyle::V1)["type"], Json(expected.toStdString()));
        }
    }
};

QTEST_APPLESS_MAIN(TestValidator)
#include "tst_validator.moc"
