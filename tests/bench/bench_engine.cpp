// In-process figures for the README's performance section.
#include <benchmark/benchmark.h>

#include "engine/client/testclient.h"
#include "engine/core/pyjson.h"
#include "engine/demo/forge.h"
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

BENCHMARK(BM_Health);
BENCHMARK(BM_NotFound);
BENCHMARK(BM_MethodNotAllowed);
BENCHMARK(BM_HealthWithTrace);
BENCHMARK(BM_ValidateUserValid);
BENCHMARK(BM_ValidateUserThreeErrorsSerialised);
BENCHMARK(BM_CreateUserSqliteMemory);
BENCHMARK(BM_FreshSqliteMemory);
BENCHMARK(BM_DashboardFakeAdmin);
BENCHMARK_MAIN();
