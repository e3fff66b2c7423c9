#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "widgets/models/routetreemodel.h"

class TestRouteTreeModel final : public QObject
{
    Q_OBJECT

private:
    static std::vector<EngineSnapshot::Route> routes()
    {
        std::vector<EngineSnapshot::Route> out;
        out.push_back({"GET",
                       "/forge/health",
                       "health_check",
                       "Health Check",
                       "forge",
                       {},
                       {},
                       {},
                       nullptr,
                       nullptr,
                       {}});
        out.push_back({"POST",
                       "/forge/users",
                       "create_user",
                       "Create User",
                       "forge",
                       {},
                       {},
                       {},
                       nullptr,
                       nullptr,
                       {}});
        out.push_back(
            {"GET", "/admin/stats", "stats", "Stats", "admin", {}, {}, {}, nullptr, nullptr, {}});
        return out;
    }

private slots:
    void groupsRoutesByTag()
    {
        RouteTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRoutes(routes());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex forge = model.index(0, 0);
        QCOMPARE(model.data(forge).toString(), QStringLiteral("forge"));
        QCOMPARE(model.rowCount(forge), 2);
        QCOMPARE(model.data(model.index(1, RouteTreeModel::PathColumn, forge)).toString(),
                 QStringLiteral("/forge/users"));
        QCOMPARE(model.routeIndex(model.index(1, 0, forge)), 1);
        QCOMPARE(model.routeIndex(forge), -1);
        QCOMPARE(model.routeIndex(model.index(0, 0, model.index(1, 0))), 2);
        QCOMPARE(model.indexOfRoute(2), model.index(0, 0, model.index(1, 0)));
        QCOMPARE(model.parent(model.index(0, 2, forge)), forge);
    }

    void filterMatchesMethodPathAndSummary()
    {
        RouteTreeModel model;
        model.setRoutes(routes());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(QStringLiteral("post"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        proxy.setFilterFixedString(QStringLiteral("stats"));
        QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), QStringLiteral("admin"));
        proxy.setFilterFixedString(QStringLiteral("Health Ch"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    }
};

QTEST_MAIN(TestRouteTreeModel)
#include "tst_routetreemodel.moc"
