#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include "common/testprinters.h"
#include "engine/client/requesthistory.h"

using namespace Engine::Client;

class TestRequestHistory final : public QObject
{
    Q_OBJECT

private:
    static ResponseSummary answer(int status, const char *reason)
    {
        ResponseSummary s;
        s.status = status;
        s.reason = reason;
        s.micros = 42;
        return s;
    }

private slots:
    void recordsAndSearches()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("h.db")).toStdString();
        {
            RequestHistory h(path, 1);
            ComposedRequest r;
            r.method = "POST";
            r.path = "/forge/users";
            r.headers = {{"Authorization", "Bearer x"}};
            r.query = {{"a", "1"}};
            r.body = R"({"username": "al"})";
            h.record(r, answer(422, "Unprocessable Entity"), 10);
            r.method = "GET";
            r.path = "/forge/health";
            r.body.clear();
            h.record(r, answer(200, "OK"), 20);
        }
        RequestHistory h(path, 2); // persisted across sessions
        QVERIFY(h.movedAside().empty());
        const auto all = h.search("");
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].request.path, std::string("/forge/health")); // newest first
        QCOMPARE(all[1].outcome, std::string("422 Unprocessable Entity"));
        QCOMPARE(all[1].request.headers.at(0).second, std::string("Bearer x"));
        QCOMPARE(all[1].request.query.at(0).first, std::string("a"));
        QCOMPARE(h.search("username").size(), std::size_t(1));
        QCOMPARE(h.search("422").size(), std::size_t(1));
        QCOMPARE(h.get(all[1].id)->request.body, std::string(R"({"username": "al"})"));
        QVERIFY(!h.get(999));
    }

    void corruptOrNewerFilesAreMovedAsideNotEmptied_data()
    {
        QTest::addColumn<bool>("newer");
        QTest::newRow("corrupt") << false;
        QTest::newRow("newer version") << true;
    }

    void corruptOrNewerFilesAreMovedAsideNotEmptied()
    {
        QFETCH(bool, newer);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("h.db")).toStdString();
        if (newer)
            Engine::Store::Database::open(path)->exec("PRAGMA user_version = 7");
        else
            std::ofstream(path) << std::string(5000, 'x');
        const auto size = std::filesystem::file_size(path);
        RequestHistory h(path, 1'700'000'000'000'000);
        QCOMPARE(h.movedAside(), path + ".broken-1700000000");
        QCOMPARE(std::filesystem::file_size(h.movedAside()), size); // kept as it was
        QVERIFY(h.search("").empty());
        h.record({}, answer(200, "OK"), 1);
        QCOMPARE(h.search("").size(), std::size_t(1));
    }
};

QTEST_MAIN(TestRequestHistory)
#include "tst_requesthistory.moc"
