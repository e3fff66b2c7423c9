#include "widgets/models/keyvaluemodel.h"

KeyValueModel::KeyValueModel(QString keyTitle, QString valueTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_keyTitle(std::move(keyTitle))
    , m_valueTitle(std::move(valueTitle))
{}

void KeyValueModel::setPairs(const std::vector<std::pair<std::string, std::string>> &pairs)
{
    beginResetModel();
    m_pairs.clear();
    for (const auto &[k, v] : pairs)
        m_pairs.emplace_back(QString::fromStdString(k), QString::fromStdString(v));
    endResetModel();
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &p = m_pairs[std::size_t(index.row())];
    return index.column() == 0 ? p.first : p.second;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? m_keyTitle : m_valueTitle;
}
