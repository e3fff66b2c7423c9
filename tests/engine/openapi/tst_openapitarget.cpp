#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "common/testprinters.h"
#include "engine/core/pyjson.h"
#include "engine/http/multipart.h"
#include "engine/openapi/openapitarget.h"
#include "engine/target/describe.h"
#include "engine/validation/validator.h"

using Engine::Json;
using namespace Engine;

namespace {

Json baseDocument(const std::string &version)
{
    Json doc = Json::parse(R"({
      "info": {"title": "Shop", "version": "2.0"},
      "paths": {
        "/items/{item_id}": {
          "get": {
            "operationId": "read_item",
            "tags": ["items"],
            "parameters": [
              {"name": "item_id", "in": "path", "required": true,
               "schema": {"type": "integer", "minimum": 1}},
              {"name": "x-trace", "in": "header", "required": false,
               "schema": {"type": "string", "maxLength": 4}}
            ],
            "responses": {
              "200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Item"}}}},
              "404": {"description": "missing", "content": {"application/json": {
                "example": {"detail": "Item not found"}}}}
            }
          }
        },
        "/items": {
          "post": {
            "operationId": "create_item",
            "security": [{"OAuth2PasswordBearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {
              "schema": {"$ref": "#/components/schemas/Item"}}}},
            "responses": {"201": {"description": "created", "content": {"application/json": {
              "examples": {"plain": {"value": {"name": "pen", "price": 1.5}},
                           "fancy": {"value": {"name": "quill", "price": 99.0}}}}}}}
          }
        }
      },
      "components": {
        "schemas": {
          "Item": {"title": "Item", "type": "object", "required": ["name", "price"],
            "properties": {
              "name": {"type": "string", "minLength": 2},
              "price": {"type": "number", "exclusiveMinimum": 0},
              "parent": {"$ref": "#/components/schemas/Item"}
            }}
        },
        "securitySchemes": {
          "OAuth2PasswordBearer": {"type": "oauth2",
            "flows": {"password": {"tokenUrl": "/token", "scopes": {}}}}
        }
      }
    })");
    doc["openapi"] = version;
    return doc;
}

std::unique_ptr<OpenApi::OpenApiTarget> target(const Json &doc)
{
    return std::make_unique<OpenApi::OpenApiTarget>("shop.json",
                                                    OpenApi::parseDocument(doc.dump()));
}

Client::Result send(Target::Target &t, const std::string &method, const std::string &url,
                    std::optional<Json> body = std::nullopt, Http::Headers headers = {})
{
    Client::RequestOptions r;
    r.method = method;
    r.url = url;
    r.json = std::move(body);
    r.headers = std::move(headers);
    return t.send(r, false);
}

std::string documentError(const std::string &text)
{
    try {
        OpenApi::DocumentApp app(OpenApi::parseDocument(text));
    } catch (const OpenApi::DocumentError &e) {
        return e.what();
    }
    return {};
}

// As FastAPI 0.92 writes `file: UploadFile, note: str = Form(...), tags: List[str] = Form([])`
// (a raw string in a function: moc does not read those inside the test class).
// fileSchema: how that FastAPI writes a file, "format": "binary" or (>= 0.129.1)
// "contentMediaType": "application/octet-stream".
void addUploadRoute(Json &doc, const Json &fileSchema)
{
    doc["components"]["schemas"]["Body_upload"] = Json::parse(R"({
      "title": "Body_upload", "type": "object", "required": ["file", "note"],
      "properties": {
        "file": null,
        "note": {"title": "Note", "type": "string", "maxLength": 5},
        "tags": {"title": "Tags", "type": "array", "items": {"type": "string"},
                 "default": []}}})");
    auto &props = doc["components"]["schemas"]["Body_upload"]["properties"];
    props["file"] = fileSchema;
    // Optional[UploadFile] = File(None), as Pydantic 2 writes it (Pydantic 1 drops the null).
    props["extra"] = doc["openapi"] == "3.0.2" ? fileSchema
                                               : Json{{"anyOf", {fileSchema, {{"type", "null"}}}}};
    doc["paths"]["/upload"]["post"] = Json::parse(R"({
      "requestBody": {"required": true, "content": {"multipart/form-data": {
        "schema": {"$ref": "#/components/schemas/Body_upload"}}}},
      "responses": {"200": {"description": "ok"}}})");
}

// Tuple[int, int] (prefixItems), time and IPv4Address as Pydantic 2 writes them (outside the
// test class: moc does not read multi-line raw strings inside it).
void addSlotRoute(Json &doc)
{
    doc["components"]["schemas"]["Slot"] = Json::parse(R"({"type": "object", "properties": {
        "position": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "integer"}],
             "minItems": 2, "maxItems": 2},
        "at": {"type": "string", "format": "time"},
        "host": {"type": "string", "format": "ipv4"}}})");
    doc["paths"]["/slots"]["post"] = Json::parse(R"({
        "requestBody": {"required": true, "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/Slot"}}}},
        "responses": {"200": {"description": "ok"}}})");
}

// A bound past 64 bits, as Pydantic 2 writes le=10**30 (an integer, not a float).
std::string hugeBoundDocument()
{
    return R"({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {
        "parameters": [{"name": "n", "in": "query", "required": true,
                        "schema": {"type": "integer", "maximum": 1000000000000000000000000000000}}],
        "responses": {"200": {"description": "ok"}}}}}})";
}

} // namespace

class TestOpenApiTarget : public QObject
{
    Q_OBJECT

private slots:
    void aBoundPast64BitsIsKeptExact()
    {
        OpenApi::OpenApiTarget t("huge", OpenApi::parseDocument(hugeBoundDocument()));
        QCOMPARE(send(t, "GET", "/x?n=1000000000000000000000000000000").response.status, 200);
        const auto r = send(t, "GET", "/x?n=1000000000000000000000000000001").response;
        QCOMPARE(r.status, 422);
        QCOMPARE(PyJson::dumpLine(r.parsedJson().value_or(Json())["detail"][0]["ctx"]["le"]),
                 std::string("1000000000000000000000000000000"));
    }

    void aFastApiReleaseIsReadAsWritten()
    {
        const auto release = [](const char *text) {
            const auto r = Validation::parseFastApiRelease(text);
            return r ? r->toString() : std::string("-");
        };
        QCOMPARE(release("0.115"), std::string("0.115.0"));
        QCOMPARE(release("0.92.0"), std::string("0.92.0"));
        QCOMPARE(release("v0.128.1"), std::string("0.128.1"));
        for (const char *bad : {"", "0", "0.", ".1", "0.x", "0.1.2.3", "0.115 ", "-0.1", "0.12345"})
            QCOMPARE(release(bad), std::string("-"));
        QVERIFY(Validation::parseFastApiRelease("0.121.9")->before(122));
        QVERIFY(!Validation::parseFastApiRelease("0.122")->before(122));
        QVERIFY(Validation::parseFastApiRelease("0.128.0")->before(128, 1));
        QVERIFY(!Validation::parseFastApiRelease("1.0")->before(200));
    }

    void aFastApiReleaseChoosesWhatTheFrameworkChanged()
    {
        // A 3.1.0 document is written by every FastAPI since 0.99: what its security classes
        // answer and whether a body without a Content-Type is JSON depend on the release.
        Json doc = baseDocument("3.1.0");
        doc["components"]["securitySchemes"]["HTTPBearer"]
            = {{"type", "http"}, {"scheme", "bearer"}};
        doc["components"]["securitySchemes"]["APIKeyHeader"]
            = {{"type", "apiKey"}, {"in", "header"}, {"name", "X-Key"}};
        for (const std::string scheme : {"HTTPBearer", "APIKeyHeader"})
            doc["paths"]["/" + scheme]["get"]
                = {{"security", Json::array({{{scheme, Json::array()}}})},
                   {"responses", {{"200", {{"description", "ok"}}}}}};
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("shop.json")).toStdString();
        std::ofstream(path) << doc.dump();

        struct Case
        {
            const char *release;
            int missing;      // a request without credentials
            bool challenges;  // WWW-Authenticate on that answer
            bool untypedJson; // a JSON body without a Content-Type is read
        };
        for (const Case &c : {Case{nullptr, 401, true, false}, Case{"0.115", 403, false, true},
                              Case{"0.122.0", 401, true, true}, Case{"0.132", 401, true, false}}) {
            const auto release
                = c.release ? Validation::parseFastApiRelease(c.release) : std::nullopt;
            OpenApi::OpenApiTarget t(path, release);
            for (const std::string route : {"/HTTPBearer", "/APIKeyHeader"}) {
                const auto r = send(t, "GET", route).response;
                QCOMPARE(r.status, c.missing);
                QCOMPARE(r.headers.contains("www-authenticate"), c.challenges);
                QCOMPARE(r.parsedJson().value_or(Json()),
                         Json::parse(R"({"detail":"Not authenticated"})"));
            }
            Client::RequestOptions untyped;
            untyped.method = "POST";
            untyped.url = "/items";
            untyped.headers = {{"authorization", "Bearer t"}};
            untyped.content = R"({"name": "pen", "price": 1.5})";
            QCOMPARE(t.send(untyped, false).response.status, c.untypedJson ? 201 : 422);
        }
    }

    void tuplesTimesAndAddressesInPydantic2Words()
    {
        // Tuple[int, int] (prefixItems), time and IPv4Address as Pydantic 2 writes them; the
        // words are pydantic-core's TupleValidator, speedate's and pydantic.networks'.
        Json doc = baseDocument("3.1.0");
        addSlotRoute(doc);
        auto t = target(doc);
        const auto errors = [&](const Json &body) {
            return send(*t, "POST", "/slots", body)
                .response.parsedJson()
                .value_or(Json())["detail"];
        };
        QCOMPARE(send(*t, "POST", "/slots",
                      Json::parse(R"({"position": [1, 2], "at": "12:30", "host": "10.0.0.1"})"))
                     .response.status,
                 200);
        Json e = errors(Json::parse(R"({"position": [1]})"));
        QCOMPARE(e.size(), std::size_t(1));
        QCOMPARE(e[0]["type"], Json("missing"));
        QCOMPARE(e[0]["loc"], Json::parse(R"(["body","position",1])"));
        QCOMPARE(e[0]["input"], Json::parse("[1]"));
        // Items past the last position: too_long alone, even with a bad item before it.
        e = errors(Json::parse(R"({"position": ["x", 2, 3]})"));
        QCOMPARE(e.size(), std::size_t(1));
        QCOMPARE(e[0]["type"], Json("too_long"));
        QCOMPARE(e[0]["msg"], Json("Tuple should have at most 2 items after validation, not 3"));
        QCOMPARE(e[0]["ctx"],
                 Json::parse(R"({"field_type":"Tuple","max_length":2,"actual_length":3})"));
        e = errors(Json::parse(R"({"position": "1,2"})"));
        QCOMPARE(e[0]["type"], Json("tuple_type"));
        QCOMPARE(e[0]["msg"], Json("Input should be a valid tuple"));
        e = errors(Json::parse(R"({"at": "25:00", "host": "10.0.0.256"})"));
        QCOMPARE(e.size(), std::size_t(2));
        QCOMPARE(e[0]["type"], Json("time_parsing"));
        QCOMPARE(e[0]["msg"], Json("Input should be in a valid time format, hour value is "
                                   "outside expected range of 0-23"));
        QCOMPARE(e[1]["type"], Json("ip_v4_address"));
        QCOMPARE(e[1]["msg"], Json("Input is not a valid IPv4 address"));
        QCOMPARE(e[1]["input"], Json("10.0.0.256"));
    }

    void versionChoosesTheErrorStyle()
    {
        QVERIFY(OpenApi::parseDocument(baseDocument("3.0.2").dump()).style
                == Validation::ErrorStyle::V1);
        QVERIFY(OpenApi::parseDocument(baseDocument("3.1.0").dump()).style
                == Validation::ErrorStyle::V2);
    }

    void validationAnswersInTheDocumentsEra()
    {
        auto v1 = target(baseDocument("3.0.2"));
        auto r = send(*v1, "GET", "/items/0");
        QCOMPARE(r.response.status, 422);
        QCOMPARE(r.response.parsedJson().value_or(Json())["detail"][0]["msg"].get<std::string>(),
                 std::string("ensure this value is greater than or equal to 1"));
        auto v2 = target(baseDocument("3.1.0"));
        r = send(*v2, "GET", "/items/abc", std::nullopt, {{"x-trace", "toolong"}});
        QCOMPARE(r.response.status, 422);
        const Json detail = r.response.parsedJson().value_or(Json())["detail"];
        QCOMPARE(detail.size(), std::size_t(2));
        QCOMPARE(detail[0]["type"].get<std::string>(), std::string("int_parsing"));
        QCOMPARE(detail[1]["loc"], Json::parse(R"(["header","x-trace"])"));
    }

    void recursiveBodyValidatesEveryLevel()
    {
        auto t = target(baseDocument("3.1.0"));
        const auto r
            = send(*t, "POST", "/items",
                   Json::parse(R"({"name":"pen","price":1,"parent":{"name":"x","price":0}})"),
                   {{"authorization", "Bearer abc"}});
        QCOMPARE(r.response.status, 422);
        const Json detail = r.response.parsedJson().value_or(Json())["detail"];
        QCOMPARE(detail[0]["loc"], Json::parse(R"(["body","parent","name"])"));
        QCOMPARE(detail[1]["loc"], Json::parse(R"(["body","parent","price"])"));
    }

    void securitySchemeIsADependencyWithDoubles()
    {
        auto t = target(baseDocument("3.1.0"));
        const Json item = Json::parse(R"({"name":"pen","price":2})");
        auto r = send(*t, "POST", "/items", item);
        QCOMPARE(r.response.status, 401);
        QCOMPARE(r.response.headers.get("www-authenticate").value_or(""), std::string("Bearer"));
        t->setOverride("OAuth2PasswordBearer", "authenticated", "test");
        r = send(*t, "POST", "/items", item);
        QCOMPARE(r.response.status, 201);
        QCOMPARE(r.response.parsedJson().value_or(Json())["name"].get<std::string>(),
                 std::string("pen"));
        t->setOverride("OAuth2PasswordBearer", "anonymous", "test");
        r = send(*t, "POST", "/items", item, {{"authorization", "Bearer abc"}});
        QCOMPARE(r.response.status, 401);
        QVERIFY_THROWS_EXCEPTION(Engine::Error,
                                 t->setOverride("OAuth2PasswordBearer", "admin", "test"));
        QCOMPARE(t->tokenPath().value_or(""), std::string("/token"));
    }

    void documentSecurityAppliesWhereAnOperationSaysNothing()
    {
        Json doc = baseDocument("3.1.0");
        doc["security"] = Json::parse(R"([{"OAuth2PasswordBearer": []}])");
        doc["paths"]["/open"]["get"] = Json::parse(R"({"security": [], "responses": {}})");
        // Listed for a live server (describeOpenApi) and enforced by the OpenAPI target alike.
        for (const auto &routes : {Engine::Target::describeOpenApi(doc), target(doc)->routes()}) {
            for (const auto &r : routes) {
                const bool open = r.path == "/open";
                QCOMPARE(r.dependencies.empty(), open);
            }
        }
        auto t = target(doc);
        QCOMPARE(send(*t, "GET", "/items/3").response.status, 401);
        QCOMPARE(send(*t, "GET", "/open").response.status, 200);
    }

    void aFormBodyIsReadFieldByField()
    {
        // FastAPI's Form parameters: a urlencoded body, each field a body parameter of its own;
        // the last value wins, a list field takes them all, an empty value counts as missing.
        Json doc = baseDocument("3.0.2");
        const Json username = {{"type", "string"}, {"minLength", 3}};
        const Json scopes = {{"type", "array"}, {"items", {{"type", "string"}}}, {"maxItems", 1}};
        doc["components"]["schemas"]["Body_login"]
            = {{"type", "object"},
               {"required", {"username", "password"}},
               {"properties",
                {{"username", username}, {"password", {{"type", "string"}}}, {"scopes", scopes}}}};
        Json form = {{"schema", {{"$ref", "#/components/schemas/Body_login"}}}};
        doc["paths"]["/login"]["post"]
            = {{"requestBody",
                {{"required", true}, {"content", {{"application/x-www-form-urlencoded", form}}}}},
               {"responses", {{"200", {{"description", "ok"}}}}}};
        auto t = target(doc);
        Client::RequestOptions r;
        r.method = "POST";
        r.url = "/login";
        r.headers = {{"content-type", "application/x-www-form-urlencoded"}};
        r.content = "username=ab&username=abc&password=&scopes=a&scopes=b";
        const auto answer = t->send(r, false).response.parsedJson().value_or(Json());
        QCOMPARE(answer["detail"].size(), std::size_t(2));
        QCOMPARE(answer["detail"][0]["loc"], Json::parse(R"(["body","password"])"));
        QCOMPARE(answer["detail"][0]["type"].get<std::string>(),
                 std::string("value_error.missing"));
        QCOMPARE(answer["detail"][1]["loc"], Json::parse(R"(["body","scopes"])"));
        r.content = "username=abc&password=pw";
        QCOMPARE(t->send(r, false).response.status, 200);
    }

    void multipartFormsAndFilesAsFastApiReadsThem()
    {
        // As FastAPI 0.92 writes `file: UploadFile, note: str = Form(...), tags: List[str] =
        // Form([])`; 3.1.0 is the same route as FastAPI >= 0.100 with Pydantic 2 validates it.
        const Json binary = {{"type", "string"}, {"format", "binary"}};
        const Json octets = {{"type", "string"}, {"contentMediaType", "application/octet-stream"}};
        for (const auto &[version, fileSchema] : std::vector<std::pair<std::string, Json>>{
                 {"3.0.2", binary}, {"3.1.0", binary}, {"3.1.0", octets}}) {
            const bool v1 = version == "3.0.2";
            Json doc = baseDocument(version);
            addUploadRoute(doc, fileSchema);
            auto t = target(doc);
            QCOMPARE(t->notices(), std::vector<std::string>{}); // multipart is read, not skipped
            // The route as listed: a form with a file, its required fields to start from.
            for (const auto &info : t->routes())
                if (info.path == "/upload") {
                    QCOMPARE(info.bodyMedia, std::string("multipart/form-data"));
                    QCOMPARE(info.fileFields, (std::vector<std::string>{"file", "extra"}));
                    QCOMPARE(*info.bodySkeleton,
                             Json::parse(R"({"file":"string","note":"string"})"));
                }
            const auto post = [&](const std::vector<Http::MultipartPart> &parts) {
                const auto built = Http::buildMultipart(parts);
                Client::RequestOptions r;
                r.method = "POST";
                r.url = "/upload";
                r.headers = {{"content-type", built.contentType}};
                r.content = built.body;
                return t->send(r, false).response;
            };
            const Http::MultipartPart file{"file", std::string("a.txt"), "text/plain", "hi"};
            const Http::MultipartPart note{"note", std::nullopt, "", "ok"};
            QCOMPARE(post({file, note, {"tags", std::nullopt, "", "a"}}).status, 200);

            // Nothing given: both required fields are missing, in the model's order.
            auto answer = post({{"other", std::nullopt, "", "x"}}).parsedJson().value_or(Json());
            QCOMPARE(answer["detail"].size(), std::size_t(2));
            QCOMPARE(answer["detail"][0]["loc"], Json::parse(R"(["body","file"])"));
            QCOMPARE(answer["detail"][1]["loc"], Json::parse(R"(["body","note"])"));
            QCOMPARE(answer["detail"][0]["type"].get<std::string>(),
                     std::string(v1 ? "value_error.missing" : "missing"));

            // Text where the file goes: UploadFile's own error; an empty note is a missing one.
            answer = post({{"file", std::nullopt, "", "hello"}, {"note", std::nullopt, "", ""}})
                         .parsedJson()
                         .value_or(Json());
            QCOMPARE(answer["detail"].size(), std::size_t(2));
            const Json &upload = answer["detail"][0];
            QCOMPARE(upload["type"].get<std::string>(), std::string("value_error"));
            QCOMPARE(upload["msg"].get<std::string>(),
                     std::string(v1 ? "" : "Value error, ")
                         + "Expected UploadFile, received: <class 'str'>");
            if (!v1) {
                QCOMPARE(upload["input"], Json("hello"));
                QCOMPARE(upload["ctx"], Json::parse(R"({"error": {}})"));
            }
            QCOMPARE(answer["detail"][1]["loc"], Json::parse(R"(["body","note"])"));

            // The form fields keep their constraints.
            answer = post({file, {"note", std::nullopt, "", "too long"}})
                         .parsedJson()
                         .value_or(Json());
            QCOMPARE(answer["detail"][0]["loc"], Json::parse(R"(["body","note"])"));
            QCOMPARE(answer["detail"][0]["type"].get<std::string>(),
                     std::string(v1 ? "value_error.any_str.max_length" : "string_too_long"));

            // A multipart body that does not parse: Starlette's 400.
            Client::RequestOptions broken;
            broken.method = "POST";
            broken.url = "/upload";
            broken.headers = {{"content-type", "multipart/form-data; boundary=zz"}};
            broken.content = "--zz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nno end";
            const auto r = t->send(broken, false).response;
            QCOMPARE(r.status, 400);
            QCOMPARE(r.parsedJson().value_or(Json()),
                     Json::parse(R"({"detail": "There was an error parsing the body"})"));
            // A urlencoded form to the same route: FastAPI reads it too (no file in it).
            broken.headers = {{"content-type", "application/x-www-form-urlencoded"}};
            broken.content = "note=ok";
            answer = t->send(broken, false).response.parsedJson().value_or(Json());
            QCOMPARE(answer["detail"].size(), std::size_t(1));
            QCOMPARE(answer["detail"][0]["loc"], Json::parse(R"(["body","file"])"));
        }
    }

    void preferPicksADeclaredAnswer()
    {
        auto t = target(baseDocument("3.1.0"));
        const Json item = Json::parse(R"({"name":"pen","price":2})");
        const Http::Headers auth{{"authorization", "Bearer abc"}};
        auto r = send(*t, "POST", "/items", item, auth);
        QCOMPARE(r.response.parsedJson().value_or(Json())["name"].get<std::string>(),
                 std::string("pen"));
        Http::Headers fancy = auth;
        fancy.add("prefer", "example=fancy");
        r = send(*t, "POST", "/items", item, fancy);
        QCOMPARE(r.response.parsedJson().value_or(Json())["name"].get<std::string>(),
                 std::string("quill"));
        r = send(*t, "GET", "/items/3", std::nullopt, {{"prefer", "code=404"}});
        QCOMPARE(r.response.status, 404);
        QCOMPARE(r.response.parsedJson().value_or(Json())["detail"].get<std::string>(),
                 std::string("Item not found"));
        // Generated from the schema: valid against it, the recursion cut short.
        r = send(*t, "GET", "/items/3");
        QCOMPARE(r.response.status, 200);
        QCOMPARE(r.response.parsedJson().value_or(Json()),
                 Json::parse(R"({"name":"string","price":1.0})"));
    }

    void routerAnswersAsStarlette()
    {
        auto t = target(baseDocument("3.0.2"));
        auto r = send(*t, "DELETE", "/items/3");
        QCOMPARE(r.response.status, 405);
        QCOMPARE(r.response.headers.get("allow").value_or(""), std::string("GET"));
        r = send(*t, "GET", "/nowhere");
        QCOMPARE(r.response.status, 404);
        QCOMPARE(r.response.parsedJson().value_or(Json()),
                 Json::parse(R"({"detail":"Not Found"})"));
    }

    void routesComeFromTheDocument()
    {
        auto t = target(baseDocument("3.1.0"));
        const auto routes = t->routes();
        QCOMPARE(routes.size(), std::size_t(2));
        QCOMPARE(routes[0].tags, std::vector<std::string>{"items"});
        QCOMPARE(routes[1].dependencies, std::vector<std::string>{"OAuth2PasswordBearer"});
        QVERIFY(routes[1].bodySkeleton.has_value());
        QCOMPARE(t->openapi()["info"]["title"].get<std::string>(), std::string("Shop"));
    }

    void brokenDocumentsSayWhereAndWhat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{"
                                  << "#: not JSON";
        QTest::newRow("swagger") << R"({"swagger":"2.0"})"
                                 << "#/swagger: this is a Swagger 2.0";
        QTest::newRow("version") << R"({"openapi":"4.0.0","paths":{}})"
                                 << "#/openapi: version 4.0.0";
        QTest::newRow("no paths") << R"({"openapi":"3.1.0"})"
                                  << "#/paths: expected an object";
        QTest::newRow("remote ref")
            << R"({"openapi":"3.1.0","paths":{"/a":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"http://x/s.json"}}}},"responses":{}}}}})"
            << "#/paths/~1a/post/requestBody/content/application~1json/schema/$ref: "
               "'http://x/s.json' is not a reference inside this document";
        QTest::newRow("dangling ref")
            << R"({"openapi":"3.1.0","paths":{"/a":{"get":{"parameters":[{"name":"q","in":"query","schema":{"$ref":"#/components/schemas/Q"}}],"responses":{}}}}})"
            << "#/paths/~1a/get/parameters/0/schema/$ref: '#/components/schemas/Q' points to "
               "nothing";
        QTest::newRow("bad in")
            << R"({"openapi":"3.0.2","paths":{"/a":{"get":{"parameters":[{"name":"q","in":"body"}],"responses":{}}}}})"
            << "#/paths/~1a/get/parameters/0/in: expected path, query, header or cookie";
        QTest::newRow("bad type")
            << R"({"openapi":"3.0.2","paths":{"/a":{"get":{"parameters":[{"name":"q","in":"query","schema":{"type":"int"}}],"responses":{}}}}})"
            << "#/paths/~1a/get/parameters/0/schema/type: 'int' is not a JSON Schema type";
        QTest::newRow("unknown scheme")
            << R"({"openapi":"3.0.2","paths":{"/a":{"get":{"security":[{"Key":[]}],"responses":{}}}}})"
            << "#/paths/~1a/get/security/0/Key: no security scheme named 'Key'";
        QTest::newRow("bad path") << R"({"openapi":"3.0.2","paths":{"a":{}}})"
                                  << "#/paths/a: a path must start with '/'";
    }

    void brokenDocumentsSayWhereAndWhat()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string error = documentError(text.toStdString());
        QVERIFY2(error.rfind(expected.toStdString(), 0) == 0, error.c_str());
    }

    void whatIsReadPastIsListed()
    {
        Json doc = baseDocument("3.1.0");
        doc["components"]["schemas"]["Item"]["properties"]["name"]["format"] = "hostname";
        doc["components"]["schemas"]["Item"]["properties"]["name"]["not"] = Json::object();
        auto t = target(doc);
        const auto notices = t->notices();
        QCOMPARE(notices.size(), std::size_t(2));
        QVERIFY(notices[0].find("format 'hostname'") != std::string::npos);
        QVERIFY(notices[1].find("'not' is not checked") != std::string::npos);
    }

    void largeDocumentLoadsAndAnswers()
    {
        // 3,000 operations, each with parameters and a body model of its own: the benchmark
        // (tests/bench) records the time; this checks that it loads and answers.
        Json doc = baseDocument("3.1.0");
        for (int i = 0; i < 1500; ++i) {
            const std::string n = std::to_string(i);
            doc["components"]["schemas"]["M" + n] = Json::parse(
                R"({"type":"object","required":["a"],"properties":{"a":{"type":"integer"},"b":{"type":"string","maxLength":9}}})");
            doc["paths"]["/r" + n + "/{id}"] = Json::parse(
                R"({"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}],"responses":{"200":{"description":"ok"}}},
                    "post":{"requestBody":{"content":{"application/json":{"schema":{}}}},"responses":{"200":{"description":"ok"}}}})");
            doc["paths"]["/r" + n + "/{id}"]["post"]["requestBody"]["content"]["application/json"]
               ["schema"]["$ref"]
                = "#/components/schemas/M" + n;
        }
        auto t = target(doc);
        const auto r = send(*t, "POST", "/r1499/5", Json::parse(R"({"a":"x"})"));
        QCOMPARE(r.response.status, 422);
    }
};

QTEST_APPLESS_MAIN(TestOpenApiTarget)
#include "tst_openapitarget.moc"
