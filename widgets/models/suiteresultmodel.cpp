#include "widgets/models/suiteresultmodel.h"

#include "widgets/colors.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

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

namespace {
// A dot in the outcome's colour: a tick-like green, a red for failures, an orange for errors.
QIcon outcomeIcon(Engine::Suite::Outcome outcome)
{
    static QHash<int, QIcon> icons;
    const int key = int(outcome);
    if (!icons.contains(key)) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(outcome == Engine::Suite::Outcome::Passed   ? QColor(0x2e, 0xa0, 0x43)
                   : outcome == Engine::Suite::Outcome::Failed ? QColor(0xd1, 0x24, 0x2f)
                                                               : QColor(0xe0, 0x8a, 0x1e));
        p.drawEllipse(QRectF(4, 4, 24, 24));
        icons.insert(key, QIcon(pixmap));
    }
    return icons.value(key);
}
} // namespace

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
    if (role == Qt::DecorationRole && index.column() == TestColumn)
        return outcomeIcon(r.outcome);
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
