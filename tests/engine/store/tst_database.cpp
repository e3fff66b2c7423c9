#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include "common/testprinters.h"
#include "engine/store/database.h"

using namespace Engine;
using Engine::Json;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void bindsValuesNeverSplicesThem()
    {
        auto db = Store::Database::openMemory();
        db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, flag INTEGER, "
                 "note TEXT)");
        const std::string evil = "x'); DROP TABLE t;--";
        db->query("INSERT INTO t (name, score, flag, note) VALUES (?, ?, ?, ?)",
                  {evil, 1.5, true, nullptr});
        const Json rows = db->query("SELECT * FROM t WHERE name = ?", {evil});
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0],
                 (Json{{"id", 1}, {"name", evil}, {"score", 1.5}, {"flag", 1}, {"note", nullptr}}));
        QCOMPARE(db->lastInsertId(), std::int64_t(1));
    }

    void constraintViolationIsTyped()
    {
        auto db = Store::Database::openMemory();
        db->exec("CREATE TABLE u (name TEXT UNIQUE)");
        db->query("INSERT INTO u VALUES (?)", {"a"});
        try {
            db->query("INSERT INTO u VALUES (?)", {"a"});
            QFAIL("no error");
        } catch (const Store::StoreError &e) {
            QVERIFY(e.isConstraint());
            QCOMPARE(e.type(), std::string("IntegrityError"));
            QCOMPARE(e.message(), std::string("UNIQUE constraint failed: u.name"));
        }
    }

    void savepointsNestAndRollBack()
    {
        auto db = Store::Database::openMemory();
        db->exec("CREATE TABLE t (v INTEGER)");
        {
            Store::Savepoint outer(*db, "outer");
            db->query("INSERT INTO t VALUES (1)");
            {
                Store::Savepoint inner(*db, "inner");
                db->query("INSERT INTO t VALUES (2)");
                inner.commit();
            }
            QCOMPARE(db->query("SELECT count(*) AS n FROM t")[0]["n"], Json(2));
        } // not committed: rolled back
        QCOMPARE(db->query("SELECT count(*) AS n FROM t")[0]["n"], Json(0));
        QVERIFY(!db->inTransaction());
    }

    void metadataCreatesAndDrops()
    {
        Store::Metadata meta;
        meta.addTable("a", "CREATE TABLE IF NOT EXISTS a (x)");
        meta.addTable("b", "CREATE TABLE IF NOT EXISTS b (y)");
        auto db = Store::Database::openMemory();
        meta.createAll(*db);
        QCOMPARE(db->query("SELECT count(*) AS n FROM sqlite_master WHERE type='table'")[0]["n"],
                 Json(2));
        meta.dropAll(*db);
        QCOMPARE(db->query("SELECT count(*) AS n FROM sqlite_master WHERE type='table'")[0]["n"],
                 Json(0));
    }

    void corruptFileIsAClearError()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("corrupt.db")).toStdString();
        std::ofstream(path) << std::string(4096, 'z');
        try {
            Store::Database::open(path);
            QFAIL("no error");
        } catch (const Store::StoreError &e) {
            QCOMPARE(e.type(), std::string("DatabaseError"));
            QCOMPARE(e.message(), std::string("file is not a database"));
        }
    }

    void readOnlyDatabaseRefusesWrites()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("ro.db")).toStdString();
        {
            auto db = Store::Database::open(path);
            db->exec("CREATE TABLE t (v)");
        }
        auto ro = Store::Database::open(path, true);
        try {
            ro->query("INSERT INTO t VALUES (1)");
            QFAIL("no error");
        } catch (const Store::StoreError &e) {
            QCOMPARE(e.type(), std::string("OperationalError"));
            QCOMPARE(e.message(), std::string("attempt to write a readonly database"));
        }
    }

    void missingDirectoryIsAClearError()
    {
        QVERIFY_THROWS_EXCEPTION(Store::StoreError, Store::Database::open("/nonexistent/dir/x.db"));
    }
};

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
