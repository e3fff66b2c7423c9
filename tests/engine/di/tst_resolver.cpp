#include <QTest>

#include "common/testprinters.h"
#include "engine/core/clock.h"
#include "engine/core/trace.h"
#include "engine/di/resolver.h"
#include "engine/pipeline/exceptions.h"

using namespace Engine;
using Di::Provided;
using Di::Resolver;

namespace {

struct Fixture
{
    Di::Registry registry;
    ManualClock clock;
    Di::Overrides overrides{clock};
    Http::Request request = Http::Request::make("GET", "/");
    std::vector<std::string> log;
    int settingsCalls = 0;

    Fixture()
    {
        registry.add({"settings",
                      "",
                      {"settings",
                       "",
                       {},
                       [this](Resolver &) {
                           ++settingsCalls;
                           log.push_back("settings");
                           return Provided{std::string("real"), {}};
                       }},
                      {},
                      true,
                      nullptr});
        registry.add({"db",
                      "",
                      {"db",
                       "",
                       {"settings"},
                       [this](Resolver &) {
                           log.push_back("db setup");
                           return Provided{std::string("db"), [this] {
                                               log.push_back("db teardown");
                                           }};
                       }},
                      {{"memory",
                        "",
                        {},
                        [this](Resolver &) {
                            log.push_back("memory setup");
                            return Provided{std::string("memory"), [this] {
                                                log.push_back("memory teardown");
                                            }};
                        }}},
                      true,
                      nullptr});
        registry.add({"user",
                      "",
                      {"user",
                       "",
                       {"db", "settings"},
                       [this](Resolver &) {
                           log.push_back("user setup");
                           return Provided{std::string("alice"), [this] {
                                               log.push_back("user teardown");
                                           }};
                       }},
                      {{"fake",
                        "",
                        {},
                        [](Resolver &) {
                            return Provided{std::string("fake"), {}};
                        }},
                       {"broken",
                        "",
                        {},
                        [](Resolver &) -> Provided {
                            throw Pipeline::HttpException(401, "no");
                        }}},
                      true,
                      nullptr});
    }
};

} // namespace

class TestResolver final : public QObject
{
    Q_OBJECT

private slots:
    void resolvesDepthFirstOncePerRequest()
    {
        Fixture f;
        {
            Resolver r(f.registry, f.overrides, f.request, nullptr);
            QCOMPARE(r.get<std::string>("user"), std::string("alice"));
            QCOMPARE(r.get<std::string>("settings"), std::string("real"));
            r.runTeardowns();
        }
        QCOMPARE(f.settingsCalls, 1);
        const std::vector<std::string> want{"settings", "db setup", "user setup", "user teardown",
                                            "db teardown"};
        QCOMPARE(f.log, want);
    }

    void overrideReplacesTheWholeSubtree()
    {
        Fixture f;
        f.overrides.set("user", "fake", "test_fake");
        Resolver r(f.registry, f.overrides, f.request, nullptr);
        QCOMPARE(r.get<std::string>("user"), std::string("fake"));
        QVERIFY(f.log.empty()); // neither db nor settings ran
    }

    void overridesOwnDependenciesAreResolved()
    {
        Fixture f;
        f.overrides.set("db", "memory", "fixture");
        Resolver r(f.registry, f.overrides, f.request, nullptr);
        r.get<std::string>("user");
        r.runTeardowns();
        const std::vector<std::string> want{"memory setup", "settings", "user setup",
                                            "user teardown", "memory teardown"};
        QCOMPARE(f.log, want);
    }

    void teardownsRunWhenALaterDependencyFails()
    {
        Fixture f;
        f.registry.add({"later",
                        "",
                        {"later",
                         "",
                         {"db"},
                         [](Resolver &) -> Provided {
                             throw std::runtime_error("later failed");
                         }},
                        {},
                        true,
                        nullptr});
        Resolver r(f.registry, f.overrides, f.request, nullptr);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, r.resolve("later"));
        r.runTeardowns();
        QCOMPARE(f.log.back(), std::string("db teardown"));
    }

    void teardownErrorIsReportedAfterAllRan()
    {
        Fixture f;
        f.registry.add({"bad",
                        "",
                        {"bad",
                         "",
                         {"db"},
                         [](Resolver &) {
                             return Provided{1, [] {
                                                 throw std::runtime_error("teardown failed");
                                             }};
                         }},
                        {},
                        true,
                        nullptr});
        Resolver r(f.registry, f.overrides, f.request, nullptr);
        r.resolve("bad");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, r.runTeardowns());
        QCOMPARE(f.log.back(), std::string("db teardown"));
    }

    void provenanceIsRecorded()
    {
        Fixture f;
        f.overrides.set("user", "fake", "test_admin_only_endpoint");
        f.clock.advanceSeconds(5);
        f.overrides.set("db", "memory", "GUI");
        QCOMPARE(f.overrides.active().size(), std::size_t(2));
        QCOMPARE(f.overrides.active()[1].setBy, std::string("test_admin_only_endpoint"));
        QVERIFY(f.overrides.remove("db", "CLI"));
        QVERIFY(!f.overrides.remove("db", "CLI"));
        f.overrides.clear("clear_overrides");
        QVERIFY(f.overrides.empty());
        QCOMPARE(f.overrides.history().size(), std::size_t(4));
        QCOMPARE(f.overrides.history()[2].action, std::string("remove"));
        QCOMPARE(f.overrides.history()[3].by, std::string("clear_overrides"));
        QCOMPARE(f.overrides.history()[1].atMicros - f.overrides.history()[0].atMicros,
                 std::int64_t(5000000));
    }

    void useCacheFalseRunsEveryTime()
    {
        Fixture f;
        int calls = 0;
        f.registry.add({"fresh",
                        "",
                        {"fresh",
                         "",
                         {},
                         [&calls](Resolver &) {
                             ++calls;
                             return Provided{calls, {}};
                         }},
                        {},
                        false,
                        nullptr});
        Resolver r(f.registry, f.overrides, f.request, nullptr);
        QCOMPARE(r.get<int>("fresh"), 1);
        QCOMPARE(r.get<int>("fresh"), 2);
    }

    void treeShowsTheActiveProvider()
    {
        Fixture f;
        f.overrides.set("db", "memory", "GUI");
        const Json tree = f.registry.tree({"user"}, f.overrides);
        QCOMPARE(tree[0]["provider"], Json("user"));
        QCOMPARE(tree[0]["depends_on"][0]["provider"], Json("memory"));
        QCOMPARE(tree[0]["depends_on"][0]["overridden"], Json(true));
        QCOMPARE(tree[0]["depends_on"][0]["set_by"], Json("GUI"));
    }

    void unknownNamesListTheValidOnes()
    {
        Fixture f;
        try {
            f.registry.checkOverride("user", "nobody");
            QFAIL("no error");
        } catch (const Engine::Error &e) {
            QCOMPARE(std::string(e.what()),
                     std::string("unknown double 'nobody' for user; valid: real, fake, broken"));
        }
        QVERIFY_THROWS_EXCEPTION(Engine::Error, f.registry.checkOverride("nope", "fake"));
    }

    void traceRecordsProvidersAndCacheHits()
    {
        Fixture f;
        f.overrides.set("db", "memory", "GUI");
        ExecutionTrace trace;
        trace.start();
        Resolver r(f.registry, f.overrides, f.request, &trace);
        r.resolve("user");
        r.resolve("settings");
        r.runTeardowns();
        std::vector<std::string> details;
        for (const auto &e : trace.events)
            details.push_back(e.kind + " " + e.name + " " + e.detail);
        QVERIFY(std::find(details.begin(), details.end(), "dependency db memory (override), yield")
                != details.end());
        QVERIFY(std::find(details.begin(), details.end(), "dependency settings cache hit")
                != details.end());
        QCOMPARE(details.back(), std::string("teardown db "));
    }
};

QTEST_APPLESS_MAIN(TestResolver)
#include "tst_resolver.moc"
