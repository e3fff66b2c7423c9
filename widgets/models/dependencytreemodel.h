#pragma once

#include <QAbstractItemModel>

#include "engine/core/json.h"

// A route's dependency tree as the engine reports it (Registry::tree): each dependency with
// the provider that answers now and what that provider depends on. Overridden nodes are
// marked (warning colour, tooltip with who set the override).
class DependencyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DependencyColumn, ProviderColumn, ColumnCount };
    enum Role { OverriddenRole = Qt::UserRole + 1 };

    explicit DependencyTreeModel(QObject *parent = nullptr);

    // nodes: [{"name", "provider", "overridden", "set_by", "depends_on": [...]}]
    void setTree(const Engine::Json &nodes);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        QString name;
        QString provider;
        bool overridden = false;
        QString setBy;
        int parent = -1; // index into m_nodes; -1 at the top
        int row = 0;
        std::vector<int> children;
    };
    void add(const Engine::Json &nodes, int parent);
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};
