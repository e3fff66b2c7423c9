#include "engine/demo/forge.h"

#include <cstring>
#include <random>

#include <openssl/rand.h>

#include "engine/auth/jwt.h"
#include "engine/core/bigint.h"
#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/pipeline/exceptions.h"
#include "engine/pipeline/websocket.h"

namespace Engine::Demo {

using Pipeline::Call;
using Pipeline::HttpException;
using Validation::Type;

namespace {

std::string uuid4()
{
    // A per-thread generator seeded once from OpenSSL's CSPRNG: trace ids need uniqueness,
    // not secrecy, and RAND_bytes per request would dominate a health check.
    thread_local std::mt19937_64 rng = [] {
        std::uint64_t seed = 0;
        if (RAND_bytes(reinterpret_cast<unsigned char *>(&seed), sizeof seed) != 1)
            throw PyError("OSError", "no randomness available for uuid4");
        return std::mt19937_64(seed);
    }();
    unsigned char b[16];
    const std::uint64_t hi = rng(), lo = rng();
    std::memcpy(b, &hi, 8);
    std::memcpy(b + 8, &lo, 8);
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    static const char *hex = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[b[i] >> 4];
        out += hex[b[i] & 0xF];
    }
    return out;
}

PyError notFound(const std::string &what)
{
    return PyError("NotFoundError", what);
}

Json userRowById(Store::Database &db, const Json &id)
{
    const Json rows = db.query(
        "SELECT id, username, email, full_name, age, tags FROM users WHERE id = ?", {id});
    return rows.empty() ? Json() : rows[0];
}

} // namespace

const Store::Metadata &ForgeApp::metadata()
{
    static const Store::Metadata meta = [] {
        Store::Metadata m;
        m.addTable("users", "CREATE TABLE IF NOT EXISTS users ("
                            "id INTEGER PRIMARY KEY, "
                            "username TEXT NOT NULL UNIQUE, "
                            "email TEXT NOT NULL, "
                            "full_name TEXT, "
                            "age INTEGER, "
                            "tags TEXT NOT NULL DEFAULT '[]', "
                            "role TEXT NOT NULL DEFAULT 'user', "
                            "password TEXT NOT NULL)");
        m.addTable("outbox", "CREATE TABLE IF NOT EXISTS outbox ("
                             "id INTEGER PRIMARY KEY, "
                             "recipient TEXT NOT NULL, "
                             "subject TEXT NOT NULL, "
                             "body TEXT NOT NULL)");
        return m;
    }();
    return meta;
}

void ForgeApp::seed(Store::Database &db)
{
    db.query("INSERT OR IGNORE INTO users (id, username, email, role, password) "
             "VALUES (1, 'admin', 'admin@forge.io', 'admin', 'admin')");
}

Json ForgeApp::userJson(const Json &row)
{
    Json tags = Json::array();
    try {
        tags = PyJson::parse(row["tags"].get<std::string>());
    } catch (...) {
    }
    return Json{{"id", row["id"]},       {"username", row["username"]},
                {"email", row["email"]}, {"full_name", row["full_name"]},
                {"age", row["age"]},     {"tags", tags}};
}

ForgeApp::ForgeApp(ForgeOptions options)
    : Pipeline::App("forge", "1.0.4")
    , m_options(std::move(options))
{
    onStartup([this] {
        m_appDb = Store::Database::open(m_options.databasePath);
        if (!m_options.durable) {
            // Only this connection uses the file: take its lock once, not per statement.
            m_appDb->exec("PRAGMA locking_mode = EXCLUSIVE");
            m_appDb->exec("PRAGMA synchronous = OFF");
            m_appDb->exec("PRAGMA journal_mode = MEMORY");
        }
        metadata().createAll(*m_appDb);
        seed(*m_appDb);
    });
    onShutdown([this] {
        m_rollback.reset();
        m_appDb.reset();
    });

    // User middleware trace_id: only responses that pass through it get the header, so the
    // 500 made by the server-error layer has none.
    addMiddleware("trace_id", [](Http::Request &request, const Pipeline::Next &next) {
        Http::Response response = next(request);
        response.headers.add("x-trace-id", uuid4());
        return response;
    });
    addExceptionHandler("NotFoundError", [](const Http::Request &, const PyError &e) {
        return Http::Response::json(404, Json{{"error", "not_found"}, {"detail", e.message()}});
    });
    addDependencies();
    addOpenApiRoute();
    addRoutes();
    beginTest("default");
}

ForgeApp::~ForgeApp()
{
    m_rollback.reset();
}

Store::Database *ForgeApp::activeDatabase() const
{
    if (auto provider = overrides().providerFor("get_db")) {
        if (*provider == "sqlite_memory")
            return m_memoryDb.get();
        if (*provider == "mock_session")
            return nullptr;
    }
    return m_appDb.get();
}

std::vector<std::string> ForgeApp::tableNames() const
{
    return metadata().tableNames();
}

Json ForgeApp::seededRowCounts() const
{
    return Json{{"users", 1}, {"outbox", 0}}; // seed(): the admin user, no mail
}

std::vector<Target::RecordedMail> ForgeApp::sentMails() const
{
    std::vector<Target::RecordedMail> out;
    for (const auto &m : m_recorded)
        out.push_back({m.to, m.subject, m.body});
    return out;
}

Store::Database &ForgeApp::memoryDatabase()
{
    if (!m_memoryDb) {
        m_memoryDb = Store::Database::openMemory();
        metadata().createAll(*m_memoryDb);
        seed(*m_memoryDb);
    }
    return *m_memoryDb;
}

Store::Database &ForgeApp::rollbackDatabase()
{
    if (!m_appDb)
        throw PyError("RuntimeError", "database not initialised");
    if (!m_rollback)
        m_rollback = std::make_unique<Store::Savepoint>(*m_appDb, "rollback_session");
    return *m_appDb;
}

void ForgeApp::beginTest(const std::string &name)
{
    endTest();
    m_testName = name;
}

void ForgeApp::endTest()
{
    if (m_rollback) {
        try {
            m_rollback->rollback();
        } catch (...) {
        }
        m_rollback.reset();
    }
    m_memoryDb.reset();
    m_recorded.clear();
    m_testName.clear();
}

void ForgeApp::addRoutes()
{
    const ForgeModels &models = ForgeModels::get();

    get("/forge/health", "health_check", [](Call &call) {
        return call.json(Json{{"status", "operational"}, {"version", "1.0.4"}});
    });

    post("/forge/token", "login",
         [this](Call &call) {
             const Json &login = call.param("credentials");
             Store::Database &db = call.dep<DbSession>("get_db").use();
             const Json rows
                 = db.query("SELECT username FROM users WHERE username = ? AND password = ?",
                            {login["username"], login["password"]});
             if (rows.empty())
                 throw HttpException(401, "Incorrect username or password");
             const Json &s = call.dep<Json>("get_settings");
             const std::int64_t exp
                 = clock().nowSeconds() + s["token_minutes"].get<std::int64_t>() * 60;
             const std::string token
                 = Auth::encodeHs256(Json{{"sub", rows[0]["username"]}, {"exp", exp}},
                                     s["jwt_secret"].get<std::string>());
             return call.json(Json{{"access_token", token}, {"token_type", "bearer"}});
         })
        .body("credentials", Type::object(models.login))
        .depends({"get_db", "get_settings"});

    post("/forge/users", "create_user",
         [](Call &call) {
             const Json &user = call.param("user");
             Store::Database &db = call.dep<DbSession>("get_db").use();
             if (!db.query("SELECT id FROM users WHERE username = ?", {user["username"]}).empty())
                 throw HttpException(409, "Username already registered");
             try {
                 db.query(
                     "INSERT INTO users (username, email, full_name, age, tags, role, password) "
                     "VALUES (?, ?, ?, ?, ?, 'user', 'secret')",
                     {user["username"], user["email"], user["full_name"], user["age"],
                      PyJson::dump(user["tags"])});
             } catch (const Store::StoreError &e) {
                 if (e.isConstraint())
                     throw HttpException(409, "Username already registered");
                 throw;
             }
             const Json created = userJson(userRowById(db, db.lastInsertId()));
             auto mailer = call.dep<std::shared_ptr<Mailer>>("get_mailer");
             const Mail welcome{user["email"].get<std::string>(), "Welcome to forge",
                                "Hello " + user["username"].get<std::string>() + "!"};
             call.addTask("send_welcome_mail", [mailer, welcome] { mailer->send(welcome); });
             return call.json(created);
         })
        .status(201)
        .body("user", Type::object(models.userCreate))
        .depends({"get_db", "get_mailer"});

    get("/forge/users", "list_users",
        [](Call &call) {
            Store::Database &db = call.dep<DbSession>("get_db").use();
            const Json rows
                = db.query("SELECT id, username, email, full_name, age, tags FROM users "
                           "ORDER BY id LIMIT ? OFFSET ?",
                           {call.param("limit"), call.param("skip")});
            Json out = Json::array();
            for (const auto &row : rows)
                out.push_back(userJson(row));
            return call.json(out);
        })
        .query("skip", Type::integer().ge(0), 0)
        .query("limit", Type::integer().ge(1).le(100), 10)
        .depends({"get_db"});

    get("/forge/users/{user_id}", "read_user",
        [](Call &call) {
            Store::Database &db = call.dep<DbSession>("get_db").use();
            const Json row = userRowById(db, call.param("user_id"));
            if (row.is_null())
                throw notFound("User " + PyJson::pythonStr(call.param("user_id")) + " not found");
            return call.json(userJson(row));
        })
        .pathParam("user_id", Type::integer())
        .depends({"get_db"});

    del("/forge/users/{user_id}", "delete_user",
        [](Call &call) {
            const User &current = call.dep<User>("get_current_user");
            if (current.role != "admin")
                throw HttpException(403, "Admin role required");
            Store::Database &db = call.dep<DbSession>("get_db").use();
            if (userRowById(db, call.param("user_id")).is_null())
                throw notFound("User " + PyJson::pythonStr(call.param("user_id")) + " not found");
            db.query("DELETE FROM users WHERE id = ?", {call.param("user_id")});
            return call.empty();
        })
        .status(204)
        .pathParam("user_id", Type::integer())
        .depends({"get_db", "get_current_user"});

    get("/forge/items/{item_id}", "read_item",
        [](Call &call) {
            const Json &id = call.param("item_id");
            if (BigInt::compare(id, Json(0)) <= 0) // exact for ints of any size
                throw notFound("Item " + PyJson::pythonStr(id) + " not found");
            Json out{{"id", id}, {"name", "widget"}};
            if (!call.param("q").is_null())
                out["q"] = call.param("q");
            return call.json(out);
        })
        .pathParam("item_id", Type::integer())
        .query("q", Type::string().maxLength(50).nullable(), nullptr);

    post("/forge/items", "create_item",
         [](Call &call) {
             Json item = call.param("item");
             item["id"] = 1;
             return call.json(item);
         })
        .status(201)
        .body("item", Type::object(models.itemCreate));

    get("/forge/me", "read_me", [](Call &call) {
        const User &u = call.dep<User>("get_current_user");
        return call.json(Json{{"id", u.id}, {"username", u.username}, {"role", u.role}});
    }).depends({"get_current_user"});

    get("/forge/admin/dashboard", "admin_dashboard", [](Call &call) {
        const User &u = call.dep<User>("get_current_user");
        if (u.role != "admin")
            throw HttpException(403, "Admin role required");
        Store::Database &db = call.dep<DbSession>("get_db").use();
        const Json rows = db.query("SELECT count(*) AS n FROM users");
        return call.json(Json{{"users", rows[0]["n"]}});
    }).depends({"get_current_user", "get_db"});

    get("/crash", "crash",
        [](Call &) -> Http::Response { throw PyError("RuntimeError", "Unexpected!"); });

    websocket("/forge/ws/echo", "ws_echo", [](Pipeline::WebSocket &ws) {
        ws.accept();
        while (true) {
            const std::string text = ws.receiveText();
            if (text == "bye") {
                ws.close(1000);
                return;
            }
            ws.sendJson(Json{{"echo", text}});
        }
    });
}

} // namespace Engine::Demo
