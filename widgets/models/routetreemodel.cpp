#include "widgets/models/routetreemodel.h"

#include "widgets/colors.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>

namespace {
constexpr quintptr kGroupId = 0; // internalId of group rows; route rows store group + 1
}

RouteTreeModel::RouteTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void RouteTreeModel::setRoutes(const std::vector<EngineSnapshot::Route> &routes)
{
    beginResetModel();
    m_texts.clear();
    m_texts.reserve(routes.size());
    for (const auto &r : routes)
        m_texts.push_back({QString::fromStdString(r.method), QString::fromStdString(r.path),
                           QString::fromStdString(r.summary),
                           QString::fromStdString(r.summary + " (" + r.name + ")")});
    m_groups.clear();
    for (int i = 0; i < int(routes.size()); ++i) {
        const QString group = QString::fromStdString(routes[std::size_t(i)].group);
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&](const Group &g) { return g.name == group; });
        if (it == m_groups.end()) {
            m_groups.push_back({group, {}});
            it = m_groups.end() - 1;
        }
        it->routes.push_back(i);
    }
    endResetModel();
}

int RouteTreeModel::routeIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return -1;
    return m_groups[index.internalId() - 1].routes[index.row()];
}

QModelIndex RouteTreeModel::indexOfRoute(int routeIndex) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        for (std::size_t r = 0; r < m_groups[g].routes.size(); ++r)
            if (m_groups[g].routes[r] == routeIndex)
                return createIndex(int(r), 0, quintptr(g + 1));
    return {};
}

QModelIndex RouteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RouteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int RouteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(m_groups[parent.row()].routes.size());
    return 0;
}

int RouteTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RouteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return m_groups[index.row()].name;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const int i = routeIndex(index);
    const Texts &t = m_texts[std::size_t(i)];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MethodColumn)
            return t.method;
        if (index.column() == PathColumn)
            return t.path;
        return t.summary;
    case Qt::ToolTipRole:
        return t.toolTip;
    case Qt::ForegroundRole:
        if (index.column() == MethodColumn)
            return Colors::forMethod(t.method, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == MethodColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case RouteIndexRole:
        return i;
    case MethodRole:
        return t.method;
    default:
        return {};
    }
}

QVariant RouteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    default:
        return tr("Summary");
    }
}
