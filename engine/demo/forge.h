#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/clock.h"
#include "engine/core/json.h"
#include "engine/pipeline/app.h"
#include "engine/store/database.h"
#include "engine/target/embedded.h"
#include "engine/validation/type.h"

namespace Engine::Demo {

// The forge demo app of shared/design/forge-app.md: the app the tutorial tests.
struct ForgeOptions
{
    // The "production" database file opened at startup (lifespan).
    std::string databasePath = "forge.db";
    // False for a throwaway file (a temporary database of one run): no fsync, the journal in
    // memory, the file locked once for this connection alone. What a request sees is the same;
    // only a crash of the machine could lose it.
    bool durable = true;
    const Clock *clock = &Clock::system();
};

struct User
{
    std::int64_t id = 0;
    std::string username;
    std::string role;
};

struct Mail
{
    std::string to;
    std::string subject;
    std::string body;
};

// What get_db yields: a session on a database, or the tutorial's "MockSessionObject" string,
// on which every use fails with AttributeError.
struct DbSession
{
    Store::Database *db = nullptr;
    std::string provider;
    bool mock = false;

    Store::Database &use() const;
};

class Mailer
{
public:
    virtual ~Mailer() = default;
    virtual void send(const Mail &mail) = 0;
};

// The forge models, shared by validation, OpenAPI and the GUI's "fill from schema".
struct ForgeModels
{
    std::shared_ptr<const Validation::Model> userCreate;
    std::shared_ptr<const Validation::Model> login;
    std::shared_ptr<const Validation::Model> dimensions;
    std::shared_ptr<const Validation::Model> itemCreate;
    static const ForgeModels &get();
};

class ForgeApp : public Pipeline::App,
                 public Target::TestScope,
                 public Target::DatabaseAccess,
                 public Target::MailLog
{
public:
    explicit ForgeApp(ForgeOptions options = {});
    ~ForgeApp() override;

    // One test's scope: sqlite_memory gives a fresh database per test, rollback_session rolls
    // back at the end of the test, recorded mails start empty.
    void beginTest(const std::string &name) override;
    void endTest() override;
    const std::string &currentTest() const { return m_testName; }

    const std::vector<Mail> &recordedMails() const { return m_recorded; }
    // The database opened by the lifespan, or nullptr.
    Store::Database *appDatabase() const { return m_appDb.get(); }
    // The database a request would use now (app, test in-memory, or nullptr).
    Store::Database *activeDatabase() const override;
    std::vector<std::string> tableNames() const override;
    Json seededRowCounts() const override;
    std::vector<Target::RecordedMail> sentMails() const override;
    const ForgeOptions &options() const { return m_options; }
    const Clock &clock() const { return *m_options.clock; }

    static const Store::Metadata &metadata();
    static void seed(Store::Database &db);
    static Json userJson(const Json &row);

    // Used by the dependency providers.
    Store::Database &memoryDatabase();
    Store::Database &rollbackDatabase();
    std::vector<Mail> &recorded() { return m_recorded; }

private:
    void addRoutes();
    void addDependencies();

    ForgeOptions m_options;
    std::unique_ptr<Store::Database> m_appDb;
    std::unique_ptr<Store::Database> m_memoryDb;
    std::unique_ptr<Store::Savepoint> m_rollback;
    std::vector<Mail> m_recorded;
    std::string m_testName;
};

// "value is not a valid email address" unless exactly one @ with non-empty parts and a '.'
// after it.
bool isValidEmail(const std::string &email);

} // namespace Engine::Demo
