#include <QAbstractItemModelTester>
#include <QTest>

#include "widgets/models/dependencytreemodel.h"

using Engine::Json;

class TestDependencyTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void nestedProvidersAndOverrides()
    {
        DependencyTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(Json::parse(R"([
          {"name": "get_current_user", "provider": "get_current_user", "overridden": false,
           "depends_on": [{"name": "get_db", "provider": "sqlite_memory", "overridden": true,
                           "set_by": "test_a", "depends_on": []},
                          {"name": "get_settings", "provider": "get_settings",
                           "overridden": false, "depends_on": []}]},
          {"name": "get_mailer", "provider": "recording_mailer", "overridden": true,
           "set_by": "GUI", "depends_on": []}])"));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex user = model.index(0, 0);
        QCOMPARE(user.data().toString(), QStringLiteral("get_current_user"));
        QCOMPARE(model.rowCount(user), 2);
        const QModelIndex db = model.index(0, DependencyTreeModel::ProviderColumn, user);
        QCOMPARE(db.data().toString(), QStringLiteral("sqlite_memory"));
        QVERIFY(db.data(DependencyTreeModel::OverriddenRole).toBool());
        QCOMPARE(db.data(Qt::ToolTipRole).toString(), QStringLiteral("override set by test_a"));
        QVERIFY(db.data(Qt::ForegroundRole).isValid());
        QCOMPARE(db.parent(), user);
        QCOMPARE(model.index(1, 0, user).data().toString(), QStringLiteral("get_settings"));
        QVERIFY(!model.index(1, 1, user).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("recording_mailer"));
        model.setTree(Json::array());
        QCOMPARE(model.rowCount(), 0);
        model.setTree(Json("not a tree"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDependencyTreeModel)
#include "tst_dependencytreemodel.moc"
