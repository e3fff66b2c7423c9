#include "widgets/models/jsonrowsmodel.h"

#include "engine/core/pyjson.h"

JsonRowsModel::JsonRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JsonRowsModel::setRows(const Engine::Json &rows)
{
    beginResetModel();
    m_rows = rows.is_array() ? rows : Engine::Json::array();
    m_columns.clear();
    if (!m_rows.empty() && m_rows[0].is_object())
        for (auto it = m_rows[0].begin(); it != m_rows[0].end(); ++it)
            m_columns.push_back(it.key());
    endResetModel();
}

int JsonRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Engine::Json &row = m_rows[std::size_t(index.row())];
    const auto it = row.find(m_columns[std::size_t(index.column())]);
    if (it == row.end())
        return {};
    return QString::fromStdString(it->is_string() ? it->get<std::string>()
                                                  : Engine::PyJson::dumpLenient(*it));
}

QVariant JsonRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return QString::fromStdString(m_columns[std::size_t(section)]);
}
