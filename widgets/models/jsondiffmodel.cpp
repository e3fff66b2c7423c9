#include "widgets/models/jsondiffmodel.h"

#include "widgets/colors.h"

#include <QBrush>
#include <QColor>

#include "engine/core/pyjson.h"

JsonDiffModel::JsonDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JsonDiffModel::setDifferences(std::vector<Engine::Suite::JsonDifference> differences)
{
    beginResetModel();
    m_differences = std::move(differences);
    endResetModel();
}

int JsonDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int JsonDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JsonDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &d = m_differences.at(std::size_t(index.row()));
    const auto &side = index.column() == ExpectedColumn ? d.expected : d.actual;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == PointerColumn)
            return d.pointer.empty() ? QStringLiteral("/") : QString::fromStdString(d.pointer);
        if (!side)
            return index.column() == ExpectedColumn ? tr("(missing)") : tr("(absent)");
        return QString::fromStdString(Engine::PyJson::dumpLenient(*side));
    }
    if (role == Qt::BackgroundRole && index.column() != PointerColumn && side) {
        // Translucent, so the text stays readable on light and dark palettes.
        return QBrush(Colors::markBackground(
            index.column() == ExpectedColumn ? Colors::Role::Danger : Colors::Role::Success));
    }
    return {};
}

QVariant JsonDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PointerColumn:
        return tr("Where (JSON pointer)");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    default:
        return {};
    }
}
