#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/core/json.h"
#include "engine/core/pyerror.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Engine::Store {

// SQLite errors with the names Python's sqlite3 module gives them: IntegrityError for
// constraint violations, OperationalError (locked, read-only, no such table, ...) and
// DatabaseError (corrupt file). code is SQLite's extended result code.
class StoreError : public PyError
{
public:
    StoreError(std::string type, const std::string &message, int code);
    int code() const noexcept { return m_code; }
    bool isConstraint() const noexcept { return type() == "IntegrityError"; }
    // The statement was stopped by Database::setDeadline.
    bool isInterrupt() const noexcept;

private:
    int m_code;
};

class Database;

// A prepared statement; values are only ever bound, never spliced into SQL.
class Statement
{
public:
    Statement(Database &db, const std::string &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    // Binds 1-based parameters: null, bool, integer, float, string (others as JSON text).
    Statement &bind(int index, const Json &value);
    Statement &bindAll(const std::vector<Json> &values);
    // Typed binds for hot paths (no JSON value built per parameter).
    Statement &bindText(int index, std::string_view text);
    Statement &bindInt(int index, std::int64_t value);
    Statement &bindDouble(int index, double value);
    // Advances to the next row; false when done. Throws StoreError.
    bool step();
    // The current row as {"column": value, ...}.
    Json row() const;
    // Runs to the end and returns every row.
    Json all();
    void reset();

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// One SQLite connection (RAII). Opening a path that cannot be opened, or a file that is not a
// database, throws StoreError.
class Database
{
public:
    // busyTimeout: how long to wait for another connection's lock, also while opening.
    static std::unique_ptr<Database> open(const std::string &path, bool readOnly = false,
                                          std::chrono::milliseconds busyTimeout
                                          = std::chrono::milliseconds(200));
    static std::unique_ptr<Database> openMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs trusted SQL (schema statements); never used with input.
    void exec(const std::string &sql);
    Statement prepare(const std::string &sql);
    // Prepares, binds and runs; returns every row.
    // Prepared statements are cached by SQL text and reused.
    Json query(const std::string &sql, const std::vector<Json> &params = {});
    std::int64_t lastInsertId() const;
    int changes() const;
    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    bool inTransaction() const;
    // WAL mode: leave the checkpoint to a later writer instead of doing it when this connection
    // closes (the -wal file stays next to the database until then).
    void keepWalOnClose();
    // How long a statement waits for another connection's lock before "database is locked".
    void setBusyTimeout(std::chrono::milliseconds timeout);
    // Interrupts any statement still running at the deadline (SQLite's progress handler): it
    // fails with OperationalError "interrupted". nullopt removes the limit.
    void setDeadline(std::optional<std::chrono::steady_clock::time_point> deadline);

    // Throws the StoreError for the connection's last error.
    [[noreturn]] void raise(int code) const;

private:
    Database(sqlite3 *db, std::string path);
    sqlite3 *m_db;
    std::string m_path;
    std::optional<std::chrono::steady_clock::time_point> m_deadline;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

// SAVEPOINT ... RELEASE / ROLLBACK TO, nestable; rolls back unless committed.
class Savepoint
{
public:
    Savepoint(Database &db, std::string name);
    ~Savepoint();
    void commit();
    void rollback();

private:
    Database &m_db;
    std::string m_name;
    bool m_done = false;
};

// BEGIN IMMEDIATE ... COMMIT: the write lock is taken up front (waiting for other writers up
// to the busy timeout); rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// The table registry of an app (SQLAlchemy's Base.metadata): create_all / drop_all.
class Metadata
{
public:
    void addTable(std::string name, std::string createSql);
    void createAll(Database &db) const;
    void dropAll(Database &db) const;
    std::vector<std::string> tableNames() const;

private:
    std::vector<std::pair<std::string, std::string>> m_tables;
};

} // namespace Engine::Store
