#include "engine/store/database.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>

#include "engine/core/bigint.h"
#include "engine/core/pyjson.h"

namespace Engine::Store {

namespace {
std::string typeFor(int code)
{
    switch (code & 0xFF) {
    case SQLITE_CONSTRAINT:
        return "IntegrityError";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "DatabaseError";
    default:
        return "OperationalError";
    }
}
} // namespace

StoreError::StoreError(std::string type, const std::string &message, int code)
    : PyError(std::move(type), message)
    , m_code(code)
{}

bool StoreError::isInterrupt() const noexcept
{
    return (m_code & 0xFF) == SQLITE_INTERRUPT;
}

Database::Database(sqlite3 *db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{}

std::unique_ptr<Database> Database::open(const std::string &path, bool readOnly,
                                         std::chrono::milliseconds busyTimeout)
{
    sqlite3 *db = nullptr;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw StoreError(typeFor(rc), "unable to open database file " + path + ": " + msg, rc);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, static_cast<int>(busyTimeout.count()));
    std::unique_ptr<Database> out(new Database(db, path));
    // A file that is not a database only shows itself on first read, damaged pages only when
    // they are read: check the whole file once (cheap for the sizes used here).
    out->query("SELECT count(*) FROM sqlite_master");
    // (A new, empty file has nothing to check: the temporary database of every run or test.)
    std::error_code ec;
    if (path != ":memory:" && std::filesystem::file_size(path, ec) > 0 && !ec) {
        const Json check = out->query("PRAGMA quick_check");
        const Json first = check.empty() ? Json("no answer") : check[0].begin().value();
        if (first != "ok")
            throw StoreError("DatabaseError",
                             "the database " + path + " is damaged (PRAGMA quick_check: "
                                 + PyJson::pythonStr(first) + ")",
                             SQLITE_CORRUPT);
    }
    return out;
}

std::unique_ptr<Database> Database::openMemory()
{
    return open(":memory:");
}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

void Database::raise(int code) const
{
    throw StoreError(typeFor(code), sqlite3_errmsg(m_db), code);
}

void Database::exec(const std::string &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError(typeFor(rc), msg, rc);
    }
}

Statement Database::prepare(const std::string &sql)
{
    return Statement(*this, sql);
}

Json Database::query(const std::string &sql, const std::vector<Json> &params)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    Statement &st = *it->second;
    struct Reset
    {
        Statement &s;
        ~Reset() { s.reset(); }
    } reset{st};
    st.bindAll(params);
    return st.all();
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

namespace {
int pastDeadline(void *deadline)
{
    return std::chrono::steady_clock::now()
           > *static_cast<std::chrono::steady_clock::time_point *>(deadline);
}
} // namespace

void Database::setDeadline(std::optional<std::chrono::steady_clock::time_point> deadline)
{
    m_deadline = deadline;
    if (m_deadline)
        sqlite3_progress_handler(m_db, 1000, pastDeadline, &*m_deadline);
    else
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

void Database::keepWalOnClose()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

void Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    sqlite3_busy_timeout(m_db, static_cast<int>(timeout.count()));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Statement::Statement(Database &db, const std::string &sql)
    : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), static_cast<int>(sql.size()),
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.raise(rc);
    // SQLite compiles "", whitespace, ";" and comments to no statement at all (a null handle
    // that every later call would dereference).
    if (!m_stmt)
        throw StoreError(
            "ProgrammingError",
            "the SQL is empty: it holds no statement (only whitespace, ';' or comments)",
            SQLITE_MISUSE);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const Json &value)
{
    int rc;
    if (value.is_null()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else if (value.is_boolean()) {
        rc = sqlite3_bind_int64(m_stmt, index, value.get<bool>() ? 1 : 0);
    } else if (value.is_number_unsigned()
               && value.get<std::uint64_t>() > std::uint64_t(INT64_MAX)) {
        throw PyError("OverflowError", "Python int too large to convert to SQLite INTEGER");
    } else if (value.is_number_integer()) {
        rc = sqlite3_bind_int64(m_stmt, index, value.get<std::int64_t>());
    } else if (BigInt::is(value)) {
        // Python's sqlite3 module (Modules/_sqlite/cursor.c _pysqlite_long_as_int64).
        throw PyError("OverflowError", "Python int too large to convert to SQLite INTEGER");
    } else if (value.is_number_float()) {
        rc = sqlite3_bind_double(m_stmt, index, value.get<double>());
    } else {
        const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK)
        m_db->raise(rc);
    return *this;
}

Statement &Statement::bindText(int index, std::string_view text)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                         SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_db->raise(rc);
    return *this;
}

Statement &Statement::bindInt(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_db->raise(rc);
    return *this;
}

Statement &Statement::bindDouble(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_db->raise(rc);
    return *this;
}

Statement &Statement::bindAll(const std::vector<Json> &values)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        bind(static_cast<int>(i + 1), values[i]);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->raise(sqlite3_extended_errcode(m_db->handle()));
}

Json Statement::row() const
{
    Json out = Json::object();
    const int n = sqlite3_column_count(m_stmt);
    for (int i = 0; i < n; ++i) {
        const char *name = sqlite3_column_name(m_stmt, i);
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            out[name] = sqlite3_column_int64(m_stmt, i);
            break;
        case SQLITE_FLOAT:
            out[name] = sqlite3_column_double(m_stmt, i);
            break;
        case SQLITE_NULL:
            out[name] = nullptr;
            break;
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
            out[name] = std::string(text ? text : "",
                                    static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i)));
        }
        }
    }
    return out;
}

Json Statement::all()
{
    Json rows = Json::array();
    while (step())
        rows.push_back(row());
    return rows;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Savepoint::Savepoint(Database &db, std::string name)
    : m_db(db)
    , m_name(std::move(name))
{
    // Through the statement cache: forge opens one per request, and compiling these three
    // statements each time was a tenth of a short request.
    (void)m_db.query("SAVEPOINT " + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            rollback();
        } catch (...) {
        }
    }
}

void Savepoint::commit()
{
    // A RELEASE that fails (a busy or full database) leaves the savepoint open: the destructor
    // then rolls it back instead of leaving the connection inside a transaction.
    (void)m_db.query("RELEASE SAVEPOINT " + m_name);
    m_done = true;
}

void Savepoint::rollback()
{
    m_done = true;
    (void)m_db.query("ROLLBACK TO SAVEPOINT " + m_name);
    (void)m_db.query("RELEASE SAVEPOINT " + m_name);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

void Metadata::addTable(std::string name, std::string createSql)
{
    m_tables.emplace_back(std::move(name), std::move(createSql));
}

void Metadata::createAll(Database &db) const
{
    for (const auto &[name, sql] : m_tables)
        db.exec(sql);
}

void Metadata::dropAll(Database &db) const
{
    for (auto it = m_tables.rbegin(); it != m_tables.rend(); ++it)
        db.exec("DROP TABLE IF EXISTS " + it->first);
}

std::vector<std::string> Metadata::tableNames() const
{
    std::vector<std::string> out;
    for (const auto &t : m_tables)
        out.push_back(t.first);
    return out;
}

} // namespace Engine::Store
