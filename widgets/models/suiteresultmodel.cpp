#include "widgets/models/suiteresultmodel.h"

#include "widgets/colors.h"

#include <QColor>

SuiteResultModel::SuiteResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SuiteResultModel::setResults(const std::vector<Engine::Suite::TestResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SuiteResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int SuiteResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuiteResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &r = m_results[std::size_t(index.row())];
    const bool passed = r.outcome == Engine::Suite::Outcome::Passed;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TestColumn:
            return QString::fromStdString(r.name);
        case OutcomeColumn:
            return passed                                        ? tr("passed")
                   : r.outcome == Engine::Suite::Outcome::Failed ? tr("failed")
                                                                 : tr("error");
        case DurationColumn:
            return tr("%1 ms").arg(r.seconds * 1000, 0, 'f', 2);
        default:
            return QString::fromStdString(r.message.substr(0, r.message.find('\n')));
        }
    }
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(r.message);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn)
        return Colors::text(passed ? Colors::Role::Success : Colors::Role::Danger);
    return {};
}

QVariant SuiteResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TestColumn:
        return tr("Test");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    default:
        return tr("Message");
    }
}
