#pragma once

#include <QAbstractItemModel>

#include "widgets/engine/engineclient.h"

// The app's routes grouped by tag: group rows at the top level, one row per route below.
// Columns: method, path, summary. Fed with snapshots; the data is never edited here.
class RouteTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { MethodColumn, PathColumn, SummaryColumn, ColumnCount };
    enum Role { RouteIndexRole = Qt::UserRole + 1, MethodRole };

    explicit RouteTreeModel(QObject *parent = nullptr);

    void setRoutes(const std::vector<EngineSnapshot::Route> &routes);
    // The index in the snapshot's route list, or -1 for a group row.
    int routeIndex(const QModelIndex &index) const;
    QModelIndex indexOfRoute(int routeIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        QString name;
        std::vector<int> routes;
    };
    // The texts shown, converted once (the filter reads every row on each keystroke).
    struct Texts
    {
        QString method, path, summary, toolTip;
    };
    std::vector<Texts> m_texts;
    std::vector<Group> m_groups;
};
