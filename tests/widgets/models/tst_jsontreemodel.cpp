#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

#include "widgets/models/jsontreemodel.h"

using Engine::Json;

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void walksTheDocument()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(std::make_shared<const Json>(Json::parse(
            R"({"detail": [{"loc": ["body", "a/b"], "msg": "bad"}], "n": 3, "s": null})")));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex detail = model.index(0, 0);
        QCOMPARE(detail.data().toString(), QStringLiteral("detail"));
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("[1 item(s)]"));
        QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("array"));
        QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("null"));
        const QModelIndex first = model.index(0, 0, detail);
        QCOMPARE(model.rowCount(first), 2);
        const QModelIndex loc = model.index(0, 0, first);
        QCOMPARE(loc.data().toString(), QStringLiteral("loc"));
        QCOMPARE(loc.parent(), first);
        QCOMPARE(first.parent(), detail);
        QVERIFY(!detail.parent().isValid());
        const QModelIndex slash = model.index(1, JsonTreeModel::ValueColumn, loc);
        QCOMPARE(slash.data().toString(), QStringLiteral("\"a/b\""));
        QCOMPARE(model.pointer(slash), QStringLiteral("/detail/0/loc/1"));
        QCOMPARE(model.pointer({}), QStringLiteral("/"));
        QCOMPARE(model.rowCount(slash), 0);
        QVERIFY(!model.index(5, 0).isValid());
        // A scalar document has no rows; no document neither.
        model.setDocument(std::make_shared<const Json>(Json(1)));
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void largeDocumentsOpenAtTheFirstLevel()
    {
        Json big = Json::array();
        for (int i = 0; i < 200000; ++i)
            big.push_back(Json{{"id", i}, {"name", "user" + std::to_string(i)}});
        JsonTreeModel model;
        model.setDocument(std::make_shared<const Json>(std::move(big)));
        QCOMPARE(model.rowCount(), 200000);
        const QModelIndex last = model.index(199999, 0);
        QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, last).data().toString(),
                 QStringLiteral("\"user199999\""));
        QCOMPARE(model.index(199999, JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("{2 key(s)}"));
    }
};

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
