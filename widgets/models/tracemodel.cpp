#include "widgets/models/tracemodel.h"

#include "widgets/colors.h"

#include <QColor>

TraceModel::TraceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TraceModel::setTrace(const Engine::Json &trace)
{
    beginResetModel();
    m_rows.clear();
    if (trace.is_object() && trace.contains("events"))
        for (const auto &e : trace["events"])
            m_rows.push_back({e.value("at_us", qint64(0)),
                              QString::fromStdString(e.value("kind", "")),
                              QString::fromStdString(e.value("name", "")),
                              QString::fromStdString(e.value("detail", ""))});
    endResetModel();
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 µs").arg(r.at);
        case KindColumn:
            return r.kind;
        case NameColumn:
            return r.name;
        default:
            return r.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        if (r.kind == QLatin1String("error") || r.detail.startsWith(QLatin1String("failed")))
            return Colors::text(Colors::Role::Danger);
        if (r.kind == QLatin1String("dependency"))
            return Colors::text(Colors::Role::Info);
        if (r.kind == QLatin1String("exception"))
            return Colors::text(Colors::Role::Warning);
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Step");
    case NameColumn:
        return tr("Name");
    default:
        return tr("Detail");
    }
}
