#include "engine/auth/jwt.h"
#include "engine/core/pyerror.h"
#include "engine/demo/forge.h"
#include "engine/di/resolver.h"
#include "engine/pipeline/exceptions.h"
#include "engine/store/database.h"

namespace Engine::Demo {

using Di::Provided;
using Di::Provider;
using Di::Resolver;

namespace {

Json settings(bool debug)
{
    return Json{{"debug", debug},
                {"database_url", "sqlite:///forge.db"},
                {"jwt_secret", "change-me"},
                {"token_minutes", 30}};
}

Pipeline::HttpException unauthorized(const std::string &detail)
{
    return Pipeline::HttpException(401, detail, Http::Headers{{"WWW-Authenticate", "Bearer"}});
}

// Writes each mail to the outbox table of the request's database session.
class OutboxMailer : public Mailer
{
public:
    explicit OutboxMailer(const DbSession &session)
        : m_session(session)
    {}
    void send(const Mail &mail) override
    {
        m_session.use().query("INSERT INTO outbox (recipient, subject, body) VALUES (?, ?, ?)",
                              {mail.to, mail.subject, mail.body});
    }

private:
    DbSession m_session;
};

class RecordingMailer : public Mailer
{
public:
    explicit RecordingMailer(std::vector<Mail> &mails)
        : m_mails(mails)
    {}
    void send(const Mail &mail) override { m_mails.push_back(mail); }

private:
    std::vector<Mail> &m_mails;
};

class FailingMailer : public Mailer
{
public:
    void send(const Mail &) override
    {
        throw PyError("ConnectionRefusedError", "mail server unavailable");
    }
};

Provider provider(std::string name, std::string description, std::vector<std::string> dependsOn,
                  Di::ProviderFn fn)
{
    return Provider{std::move(name), std::move(description), std::move(dependsOn), std::move(fn)};
}

} // namespace

Store::Database &DbSession::use() const
{
    if (mock || !db)
        throw PyError("AttributeError", "'str' object has no attribute 'execute'");
    return *db;
}

namespace {

// str.strip() on a header value as Starlette decodes it (latin-1): the bytes whose code point
// Python counts as whitespace.
std::string pythonStripLatin1(const std::string &value)
{
    const auto space = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 0x09 && u <= 0x0D) || (u >= 0x1C && u <= 0x20) || u == 0x85 || u == 0xA0;
    };
    std::size_t begin = 0, end = value.size();
    while (begin < end && space(value[begin]))
        ++begin;
    while (end > begin && space(value[end - 1]))
        --end;
    return value.substr(begin, end - begin);
}

} // namespace

void ForgeApp::addDependencies()
{
    auto &deps = dependencies();

    deps.add({"get_settings",
              "The app's settings",
              provider("get_settings", "debug false, secret change-me, tokens of 30 minutes", {},
                       [](Resolver &) {
                           return Provided{settings(false), {}};
                       }),
              {provider("debug_settings", "the same settings with debug true", {},
                        [](Resolver &) {
                            return Provided{settings(true), {}};
                        })},
              true,
              nullptr});

    deps.add(
        {"get_db",
         "A session on the app's SQLite database",
         provider("get_db",
                  "the database opened at startup, one transaction per request: committed when "
                  "the request is over, rolled back when an error passes through",
                  {"get_settings"},
                  [this](Resolver &) {
                      if (!m_appDb)
                          throw PyError("RuntimeError", "database not initialised");
                      // The user row and the welcome mail's outbox row land together or not at
                      // all: the exit runs after the background tasks, as FastAPI's does.
                      auto transaction
                          = std::make_shared<Store::Savepoint>(*m_appDb, "forge_request");
                      return Provided{DbSession{m_appDb.get(), "get_db", false},
                                      [transaction] { transaction->commit(); },
                                      [transaction] {
                                          transaction->rollback();
                                      }};
                  }),
         {provider("sqlite_memory", "a fresh in-memory SQLite per test, tables created, seeded", {},
                   [this](Resolver &) {
                       return Provided{DbSession{&memoryDatabase(), "sqlite_memory", false}, [] {
                                       }};
                   }),
          provider("rollback_session",
                   "the app's database inside a transaction rolled back when the test ends", {},
                   [this](Resolver &) {
                       return Provided{DbSession{&rollbackDatabase(), "rollback_session", false},
                                       [] {
                                       }};
                   }),
          provider("mock_session", "the tutorial's string \"MockSessionObject\"", {},
                   [](Resolver &) {
                       return Provided{DbSession{nullptr, "mock_session", true}, [] {
                                       }};
                   })},
         true,
         nullptr});

    deps.add(
        {"get_token",
         "OAuth2 bearer token from the Authorization header",
         provider("get_token", "Authorization: Bearer <token>", {},
                  [this](Resolver &r) {
                      // OAuth2PasswordBearer: scheme, _, param = value.partition(" ")
                      const auto header = r.request().headers.get("authorization");
                      if (!header || header->empty())
                          throw unauthorized("Not authenticated");
                      const auto space = header->find(' ');
                      const std::string scheme = Http::Headers::lower(header->substr(0, space));
                      if (scheme != "bearer")
                          throw unauthorized("Not authenticated");
                      std::string token
                          = space == std::string::npos ? std::string() : header->substr(space + 1);
                      // FastAPI >= 0.128.1 (PR 14786) returns param.strip(): "Bearer  t " is t.
                      // fastapi/security/utils.py get_authorization_scheme_param.
                      if (config().errorStyle == Validation::ErrorStyle::V2)
                          token = pythonStripLatin1(token);
                      return Provided{token, {}};
                  }),
         {},
         true,
         Json{{"name", "OAuth2PasswordBearer"},
              {"scheme",
               {{"type", "oauth2"},
                {"flows",
                 {{"password", {{"scopes", Json::object()}, {"tokenUrl", "/forge/token"}}}}}}}}});

    deps.add({"get_current_user",
              "The user named by a valid JWT",
              provider("get_current_user", "decodes an HS256 JWT signed with the settings' secret",
                       {"get_token", "get_db", "get_settings"},
                       [this](Resolver &r) {
                           const auto &token = r.get<std::string>("get_token");
                           const auto &s = r.get<Json>("get_settings");
                           const auto decoded = Auth::decodeHs256(
                               token, s["jwt_secret"].get<std::string>(), clock().nowSeconds());
                           if (!decoded.payload || !decoded.payload->contains("sub")
                               || !(*decoded.payload)["sub"].is_string())
                               throw unauthorized("Could not validate credentials");
                           const auto rows = r.get<DbSession>("get_db").use().query(
                               "SELECT id, username, role FROM users WHERE username = ?",
                               {(*decoded.payload)["sub"]});
                           if (rows.empty())
                               throw unauthorized("Could not validate credentials");
                           return Provided{User{rows[0]["id"].get<std::int64_t>(),
                                                rows[0]["username"].get<std::string>(),
                                                rows[0]["role"].get<std::string>()},
                                           {}};
                       }),
              {provider("fake_admin", "User(id=1, username=\"admin\", role=\"admin\")", {},
                        [](Resolver &) {
                            return Provided{User{1, "admin", "admin"}, {}};
                        }),
               provider("fake_user", "User(id=2, username=\"user\", role=\"user\")", {},
                        [](Resolver &) {
                            return Provided{User{2, "user", "user"}, {}};
                        }),
               provider("anonymous", "raises 401 Not authenticated", {},
                        [](Resolver &) -> Provided { throw unauthorized("Not authenticated"); })},
              true,
              nullptr});

    deps.add({"get_mailer",
              "Sends mail",
              provider("get_mailer", "writes each mail to the outbox table", {"get_db"},
                       [](Resolver &r) {
                           std::shared_ptr<Mailer> m
                               = std::make_shared<OutboxMailer>(r.get<DbSession>("get_db"));
                           return Provided{m, {}};
                       }),
              {provider("recording_mailer", "keeps mails in a list the GUI and tests can read", {},
                        [this](Resolver &) {
                            std::shared_ptr<Mailer> m
                                = std::make_shared<RecordingMailer>(m_recorded);
                            return Provided{m, {}};
                        }),
               provider("failing_mailer", "every send raises an error", {},
                        [](Resolver &) {
                            std::shared_ptr<Mailer> m = std::make_shared<FailingMailer>();
                            return Provided{m, {}};
                        })},
              true,
              nullptr});
}

} // namespace Engine::Demo
