#include "widgets/models/dependencytreemodel.h"

#include <QFont>

#include "widgets/colors.h"

DependencyTreeModel::DependencyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void DependencyTreeModel::setTree(const Engine::Json &nodes)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    add(nodes, -1);
    endResetModel();
}

void DependencyTreeModel::add(const Engine::Json &nodes, int parent)
{
    if (!nodes.is_array())
        return;
    for (const auto &n : nodes) {
        Node node;
        node.name = QString::fromStdString(n.value("name", ""));
        node.provider = QString::fromStdString(n.value("provider", ""));
        node.overridden = n.value("overridden", false);
        node.setBy = QString::fromStdString(n.value("set_by", ""));
        node.parent = parent;
        auto &siblings = parent < 0 ? m_roots : m_nodes[std::size_t(parent)].children;
        node.row = int(siblings.size());
        const int id = int(m_nodes.size());
        m_nodes.push_back(std::move(node));
        (parent < 0 ? m_roots : m_nodes[std::size_t(parent)].children).push_back(id);
        add(n.value("depends_on", Engine::Json::array()), id);
    }
}

const std::vector<int> &DependencyTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[parent.internalId()].children : m_roots;
}

QModelIndex DependencyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent)[std::size_t(row)]));
}

QModelIndex DependencyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[child.internalId()].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[std::size_t(parent)].row, 0, quintptr(parent));
}

int DependencyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int DependencyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DependencyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[index.internalId()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == DependencyColumn ? n.name : n.provider;
    case Qt::ToolTipRole:
        if (n.overridden)
            return tr("override set by %1").arg(n.setBy);
        return index.column() == ProviderColumn ? tr("the real provider") : QVariant();
    case Qt::ForegroundRole:
        if (n.overridden && index.column() == ProviderColumn)
            return Colors::text(Colors::Role::Warning);
        return {};
    case Qt::FontRole:
        if (n.overridden && index.column() == ProviderColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case OverriddenRole:
        return n.overridden;
    default:
        return {};
    }
}

QVariant DependencyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == DependencyColumn ? tr("Dependency") : tr("Provider");
}
