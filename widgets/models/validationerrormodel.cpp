#include "widgets/models/validationerrormodel.h"

ValidationErrorModel::ValidationErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ValidationErrorModel::setRows(const std::vector<Engine::Client::ValidationRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ValidationErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValidationErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationErrorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &r = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case TypeColumn:
        return QString::fromStdString(r.type);
    case LocColumn:
        return QString::fromStdString(r.loc);
    case MsgColumn:
        return QString::fromStdString(r.msg);
    case InputColumn:
        return QString::fromStdString(r.input);
    default:
        return QString::fromStdString(r.ctx);
    }
}

QVariant ValidationErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The keys of a 422 detail, as FastAPI names them.
    static const char *names[] = {"type", "loc", "msg", "input", "ctx"};
    return QString::fromLatin1(names[section]);
}
