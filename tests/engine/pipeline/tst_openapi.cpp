#include <QTest>

#include "common/testprinters.h"
#include "engine/demo/forge.h"
#include "engine/pipeline/openapi.h"
#include "engine/validation/skeleton.h"

using namespace Engine;
using Engine::Json;

class TestOpenApi final : public QObject
{
    Q_OBJECT

private slots:
    void v1DocumentShape()
    {
        Demo::ForgeApp app({":memory:"});
        const Json doc = Pipeline::openapi(app, Validation::ErrorStyle::V1);
        QCOMPARE(doc["openapi"], Json("3.0.2"));
        const Json &users = doc["paths"]["/forge/users"];
        QCOMPARE(users["get"]["operationId"], Json("list_users_forge_users_get"));
        QCOMPARE(
            users["get"]["parameters"][1]["schema"],
            Json::parse(
                R"({"title":"Limit","maximum":100.0,"minimum":1.0,"type":"integer","default":10})"));
        QCOMPARE(doc["paths"]["/forge/users/{user_id}"]["delete"]["responses"]["204"],
                 Json::parse(R"({"description":"Successful Response"})"));
        QCOMPARE(doc["paths"]["/forge/me"]["get"]["security"],
                 Json::parse(R"([{"OAuth2PasswordBearer":[]}])"));
        QVERIFY(!doc["paths"]["/forge/health"]["get"]["responses"].contains("422"));
        QVERIFY(!doc["paths"].contains("/openapi.json"));
        QCOMPARE(doc["components"]["schemas"]["ItemCreate"]["properties"]["dimensions"],
                 Json::parse(R"({"$ref":"#/components/schemas/Dimensions"})"));
        QVERIFY(!doc["components"]["schemas"]["ValidationError"]["properties"].contains("input"));
    }

    void v2DocumentShape()
    {
        Demo::ForgeApp app({":memory:"});
        const Json doc = Pipeline::openapi(app, Validation::ErrorStyle::V2);
        QCOMPARE(doc["openapi"], Json("3.1.0"));
        QCOMPARE(
            doc["paths"]["/forge/items/{item_id}"]["get"]["parameters"][1]["schema"],
            Json::parse(
                R"({"anyOf":[{"type":"string","maxLength":50},{"type":"null"}],"title":"Q"})"));
        QCOMPARE(doc["components"]["schemas"]["UserCreate"]["properties"]["tags"]["default"],
                 Json::array());
        QVERIFY(doc["components"]["schemas"]["ValidationError"]["properties"].contains("ctx"));
    }

    void skeletonFillsDefaults()
    {
        const Json s = Validation::skeleton(*Demo::ForgeModels::get().itemCreate);
        QCOMPARE(s["quantity"], Json(1));
        QCOMPARE(s["in_stock"], Json(true));
        QVERIFY(s["price"].get<double>() > 0);
        QVERIFY(s.contains("name"));
    }
};

QTEST_APPLESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
