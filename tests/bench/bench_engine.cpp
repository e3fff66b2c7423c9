// In-process figures for the README's performance section.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "engine/client/requestline.h"
#include "engine/client/testclient.h"
#include "engine/core/pyjson.h"
#include "engine/demo/forge.h"
#include "engine/openapi/openapitarget.h"
#include "engine/suite/runrecorder.h"
#include "engine/suite/suite.h"
#include "engine/validation/validator.h"

using namespace Engine;

namespace {

Client::RequestOptions get(const std::string &url)
{
    return {"GET", url, {}, std::nullopt, std::nullopt};
}

void request(benchmark::State &state, const Client::RequestOptions &options,
             const std::vector<std::pair<std::string, std::string>> &overrides = {},
             bool lifespan = false)
{
    Demo::ForgeApp app({":memory:"});
    for (const auto &[dep, dbl] : overrides)
        app.overrides().set(dep, dbl, "bench");
    Client::TestClient client(app);
    std::unique_ptr<Client::LifespanSession> session;
    if (lifespan)
        session = client.session();
    for (auto _ : state) {
        auto r = client.send(options, false);
        benchmark::DoNotOptimize(r.response.status);
    }
}

void BM_Health(benchmark::State &s)
{
    request(s, get("/forge/health"));
}
void BM_NotFound(benchmark::State &s)
{
    request(s, get("/forge/nope"));
}
void BM_MethodNotAllowed(benchmark::State &s)
{
    request(s, {"DELETE", "/forge/health", {}, std::nullopt, std::nullopt});
}
void BM_HealthWithTrace(benchmark::State &state)
{
    Demo::ForgeApp app({":memory:"});
    Client::TestClient client(app);
    for (auto _ : state)
        benchmark::DoNotOptimize(client.send(get("/forge/health"), true).response.status);
}

void BM_ValidateUserValid(benchmark::State &state)
{
    const auto &model = *Demo::ForgeModels::get().userCreate;
    const Json body{{"username", "alice_01"},
                    {"email", "alice@test.io"},
                    {"full_name", "Alice"},
                    {"age", 30},
                    {"tags", {"a", "b"}}};
    for (auto _ : state) {
        std::vector<Validation::ErrorDetail> errors;
        Validation::Validator v(Validation::ErrorStyle::V2, errors);
        benchmark::DoNotOptimize(v.model(body, model, Json::array({"body"})));
    }
}

void BM_ValidateUserThreeErrorsSerialised(benchmark::State &state)
{
    const auto &model = *Demo::ForgeModels::get().userCreate;
    const Json body{{"username", "A"}, {"email", "nope"}, {"age", 200}};
    for (auto _ : state) {
        std::vector<Validation::ErrorDetail> errors;
        Validation::Validator v(Validation::ErrorStyle::V2, errors);
        v.model(body, model, Json::array({"body"}));
        benchmark::DoNotOptimize(Validation::renderBody(errors, Validation::ErrorStyle::V2));
    }
}

// The same UserCreate, built from the schema FastAPI (Pydantic 2) writes for it.
const Validation::Type &documentUserCreate()
{
    static const Json doc = Json::parse(R"({"openapi":"3.1.0","paths":{},"components":{"schemas":{
      "UserCreate":{"title":"UserCreate","type":"object","required":["username","email"],
        "properties":{
          "username":{"type":"string","minLength":3,"maxLength":32,"pattern":"^[a-z0-9_]+$"},
          "email":{"type":"string","format":"email"},
          "full_name":{"anyOf":[{"type":"string","maxLength":64},{"type":"null"}],"default":null},
          "age":{"anyOf":[{"type":"integer","minimum":0,"maximum":150},{"type":"null"}],"default":null},
          "tags":{"type":"array","items":{"type":"string","minLength":1,"maxLength":16},"maxItems":5,"default":[]}}}}}})");
    static std::vector<OpenApi::Notice> notices;
    static OpenApi::SchemaCompiler compiler(doc, Validation::ErrorStyle::V2, notices);
    static const Validation::Type type
        = compiler.compile(Json{{"$ref", "#/components/schemas/UserCreate"}}, "#");
    return type;
}

void BM_DocumentValidateUserValid(benchmark::State &state)
{
    const auto &type = documentUserCreate();
    const Json body{{"username", "alice_01"},
                    {"email", "alice@test.io"},
                    {"full_name", "Alice"},
                    {"age", 30},
                    {"tags", {"a", "b"}}};
    for (auto _ : state) {
        std::vector<Validation::ErrorDetail> errors;
        Validation::Validator v(Validation::ErrorStyle::V2, errors);
        benchmark::DoNotOptimize(v.value(body, type, Json::array({"body"})));
    }
}

void BM_DocumentValidateUserThreeErrorsSerialised(benchmark::State &state)
{
    const auto &type = documentUserCreate();
    const Json body{{"username", "A"}, {"email", "nope"}, {"age", 200}};
    for (auto _ : state) {
        std::vector<Validation::ErrorDetail> errors;
        Validation::Validator v(Validation::ErrorStyle::V2, errors);
        v.value(body, type, Json::array({"body"}));
        benchmark::DoNotOptimize(Validation::renderBody(errors, Validation::ErrorStyle::V2));
    }
}

// Loading a document of N operation pairs (about 1 kB each): parse, build every route.
void BM_LoadDocument(benchmark::State &state)
{
    Json doc = Json::parse(R"({"openapi":"3.1.0","info":{"title":"Big","version":"1"},
      "paths":{},"components":{"schemas":{}}})");
    for (int i = 0; i < state.range(0); ++i) {
        const std::string n = std::to_string(i);
        Json model = Json::parse(R"({"type":"object","required":["name","price"],"properties":{
          "name":{"type":"string","minLength":1,"maxLength":50},"price":{"type":"number","exclusiveMinimum":0},
          "tags":{"type":"array","items":{"type":"string"},"default":[]},
          "created":{"type":"string","format":"date-time"}}})");
        doc["components"]["schemas"]["Model" + n] = model;
        Json item = Json::parse(R"({
          "get":{"parameters":[{"name":"item_id","in":"path","required":true,"schema":{"type":"integer"}},
            {"name":"q","in":"query","schema":{"anyOf":[{"type":"string","maxLength":20},{"type":"null"}]}}],
            "responses":{"200":{"description":"ok"}}},
          "put":{"parameters":[{"name":"item_id","in":"path","required":true,"schema":{"type":"integer"}}],
            "requestBody":{"required":true,"content":{"application/json":{"schema":{}}}},
            "responses":{"200":{"description":"ok"}}}})");
        item["put"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            = "#/components/schemas/Model" + n;
        doc["paths"]["/resource" + n + "/{item_id}"] = std::move(item);
    }
    const std::string text = doc.dump();
    state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            OpenApi::DocumentApp(OpenApi::parseDocument(text)).routes().size());
}

void BM_CreateUserSqliteMemory(benchmark::State &state)
{
    Demo::ForgeApp app({":memory:"});
    app.overrides().set("get_db", "sqlite_memory", "bench");
    app.overrides().set("get_mailer", "recording_mailer", "bench");
    Client::TestClient client(app);
    std::size_t n = 0;
    for (auto _ : state) {
        auto r = client.send({"POST",
                              "/forge/users",
                              {},
                              Json{{"username", "u" + std::to_string(++n)}, {"email", "u@x.io"}},
                              std::nullopt},
                             false);
        benchmark::DoNotOptimize(r.response.status);
        if (n % 1000 == 0) {
            state.PauseTiming();
            app.beginTest("next");
            state.ResumeTiming();
        }
    }
}

void BM_FreshSqliteMemory(benchmark::State &state)
{
    Demo::ForgeApp app({":memory:"});
    for (auto _ : state) {
        app.beginTest("t");
        benchmark::DoNotOptimize(&app.memoryDatabase());
    }
}

void BM_DashboardFakeAdmin(benchmark::State &s)
{
    request(s, get("/forge/admin/dashboard"),
            {{"get_current_user", "fake_admin"}, {"get_db", "sqlite_memory"}});
}

} // namespace

// Linear-time inputs (issue 11): each of these was quadratic before.
void BM_ParseObjectKeys(benchmark::State &state)
{
    std::string text = "{";
    for (int i = 0; i < state.range(0); ++i)
        text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
    text += "}";
    for (auto _ : state)
        benchmark::DoNotOptimize(PyJson::parse(text).size());
    state.SetComplexityN(state.range(0));
}

void BM_RequestLineQueryKeys(benchmark::State &state)
{
    Json line{{"method", "GET"}, {"path", "/forge/items/1"}, {"query", Json::object()}};
    for (int i = 0; i < state.range(0); ++i)
        line["query"]["k" + std::to_string(i)] = i;
    Demo::ForgeApp app({":memory:"});
    Client::TestClient client(app);
    for (auto _ : state) {
        const auto r = Client::requestFromJson(line);
        benchmark::DoNotOptimize(client.send(r, false).response.status);
    }
    state.SetComplexityN(state.range(0));
}

void BM_LoadFixtureChain(benchmark::State &state)
{
    Json doc{{"suite", "chain"}, {"fixtures", Json::array()}, {"tests", Json::array()}};
    for (int i = 0; i < state.range(0); ++i) {
        Json f{{"name", "f" + std::to_string(i)}};
        if (i + 1 < state.range(0))
            f["uses"] = Json::array({"f" + std::to_string(i + 1)});
        doc["fixtures"].push_back(f);
    }
    doc["tests"].push_back({{"name", "test_x"}, {"uses", {"f0"}}, {"steps", Json::array()}});
    const std::string text = doc.dump();
    for (auto _ : state)
        benchmark::DoNotOptimize(Suite::loadSuiteText("chain.json", text).ok());
    state.SetComplexityN(state.range(0));
}

// What the run history costs per result (WAL, batches of ~100 ms): compare with a test's time.
void BM_HistoryRecordResult(benchmark::State &state)
{
    const auto path = std::filesystem::temp_directory_path() / "bench-history.db";
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
    {
        Suite::RunRecorder recorder(path.string(), nullptr);
        recorder.begin(0, "bench");
        Suite::TestResult r;
        r.file = "bench.json";
        r.message = "";
        std::size_t i = 0;
        for (auto _ : state) {
            r.name = "test_" + std::to_string(i++ % 20000);
            recorder.record(r);
        }
        recorder.finish({});
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
}

BENCHMARK(BM_ParseObjectKeys)->Arg(20000)->Arg(200000)->Complexity();
BENCHMARK(BM_RequestLineQueryKeys)->Arg(10000)->Arg(100000)->Complexity();
BENCHMARK(BM_LoadFixtureChain)->Arg(1000)->Arg(10000)->Complexity();
BENCHMARK(BM_HistoryRecordResult);
BENCHMARK(BM_Health);
BENCHMARK(BM_NotFound);
BENCHMARK(BM_MethodNotAllowed);
BENCHMARK(BM_HealthWithTrace);
BENCHMARK(BM_ValidateUserValid);
BENCHMARK(BM_ValidateUserThreeErrorsSerialised);
BENCHMARK(BM_DocumentValidateUserValid);
BENCHMARK(BM_DocumentValidateUserThreeErrorsSerialised);
BENCHMARK(BM_LoadDocument)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CreateUserSqliteMemory);
BENCHMARK(BM_FreshSqliteMemory);
BENCHMARK(BM_DashboardFakeAdmin);
BENCHMARK_MAIN();
