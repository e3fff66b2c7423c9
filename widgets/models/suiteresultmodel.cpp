#include "widgets/models/suiteresultmodel.h"

#include "widgets/colors.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <QColor>
#include <QFont>

#include <algorithm>

namespace {
constexpr quintptr kFileId = 0; // internalId of file rows; result rows store file + 1
}

SuiteResultModel::SuiteResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

namespace {
QString testKey(const std::string &file, const std::string &test)
{
    return QString::fromStdString(file) + QChar(0) + QString::fromStdString(test);
}
} // namespace

void SuiteResultModel::setResults(const std::vector<Engine::Suite::TestResult> &results,
                                  const std::vector<Engine::Suite::OutcomeChange> &previous)
{
    beginResetModel();
    m_results = results;
    m_files.clear();
    m_place.clear();
    m_lastTime.clear();
    for (const auto &p : previous) {
        LastTime last;
        if (p.before)
            last.before = QString::fromStdString(Engine::Suite::toString(*p.before));
        // A test seen before that ends differently now (a new test is not a change).
        last.changed = p.before && p.after != p.before;
        m_lastTime.insert(testKey(p.file, p.test), last);
    }
    for (int i = 0; i < int(m_results.size()); ++i) {
        const auto &r = m_results[std::size_t(i)];
        const QString path = QString::fromStdString(r.file);
        auto it = std::find_if(m_files.begin(), m_files.end(),
                               [&](const File &f) { return f.path == path; });
        if (it == m_files.end()) {
            m_files.push_back({path, {}, 0, 0});
            it = m_files.end() - 1;
        }
        m_place.emplace_back(int(it - m_files.begin()), int(it->results.size()));
        it->results.push_back(i);
        it->failed += Engine::Suite::isFailure(r.outcome);
        it->seconds += r.seconds;
        if (const LastTime *last = lastTime(r); last && last->changed && r.repetition == 0)
            ++it->changed;
    }
    endResetModel();
}

const SuiteResultModel::LastTime *
SuiteResultModel::lastTime(const Engine::Suite::TestResult &result) const
{
    const auto it = m_lastTime.constFind(testKey(result.file, result.name));
    return it == m_lastTime.cend() ? nullptr : &*it;
}

int SuiteResultModel::changedCount() const
{
    int n = 0;
    for (const File &f : m_files)
        n += f.changed;
    return n;
}

QModelIndex SuiteResultModel::indexOfResult(int number, int column) const
{
    if (number < 0 || number >= int(m_place.size()))
        return {};
    const auto [file, row] = m_place[std::size_t(number)];
    return createIndex(row, column, quintptr(file + 1));
}

int SuiteResultModel::resultNumber(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kFileId)
        return -1;
    return m_files[index.internalId() - 1].results[std::size_t(index.row())];
}

std::vector<int> SuiteResultModel::resultsUnder(const QModelIndex &fileIndex) const
{
    if (!fileIndex.isValid()) {
        std::vector<int> all(m_results.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        return all;
    }
    if (fileIndex.internalId() != kFileId)
        return {resultNumber(fileIndex)};
    return m_files[std::size_t(fileIndex.row())].results;
}

QModelIndex SuiteResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kFileId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SuiteResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kFileId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kFileId);
}

int SuiteResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_files.size());
    if (parent.internalId() == kFileId && parent.column() == 0)
        return int(m_files[std::size_t(parent.row())].results.size());
    return 0;
}

int SuiteResultModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SuiteResultModel::fileData(const File &file, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return file.path;
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && column == OutcomeColumn)
        return Colors::text(file.failed ? Colors::Role::Danger : Colors::Role::Success);
    if (role == Qt::ForegroundRole && column == LastTimeColumn && file.changed)
        return Colors::text(Colors::Role::Warning);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TestColumn:
        return file.path.section(QLatin1Char('/'), -1);
    case OutcomeColumn:
        return tr("%1 passed, %2 failed")
            .arg(int(file.results.size()) - file.failed)
            .arg(file.failed);
    case DurationColumn:
        return tr("%1 ms").arg(file.seconds * 1000, 0, 'f', 2);
    case LastTimeColumn:
        return file.changed ? tr("%n changed", nullptr, file.changed) : QString();
    default:
        return {};
    }
}

QString SuiteResultModel::outcomeName(const QString &outcome)
{
    if (outcome.isEmpty())
        return tr("(not run)");
    if (outcome == QLatin1String("PASSED"))
        return tr("passed");
    if (outcome == QLatin1String("FAILED"))
        return tr("failed");
    if (outcome == QLatin1String("FLAKY"))
        return tr("flaky");
    return tr("error");
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
        p.setBrush(outcome == Engine::Suite::Outcome::Passed    ? QColor(0x2e, 0xa0, 0x43)
                   : outcome == Engine::Suite::Outcome::Failed  ? QColor(0xd1, 0x24, 0x2f)
                   : outcome == Engine::Suite::Outcome::Skipped ? QColor(0x8a, 0x8f, 0x98)
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
    if (index.internalId() == kFileId)
        return fileData(m_files[std::size_t(index.row())], index.column(), role);
    const auto &r = m_results[std::size_t(resultNumber(index))];
    const bool passed = r.outcome == Engine::Suite::Outcome::Passed;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TestColumn:
            return r.repetition > 0 ? tr("%1 (repeat %2)")
                                          .arg(QString::fromStdString(r.name))
                                          .arg(r.repetition + 1)
                                    : QString::fromStdString(r.name);
        case OutcomeColumn:
            return passed                                         ? tr("passed")
                   : r.outcome == Engine::Suite::Outcome::Failed  ? tr("failed")
                   : r.outcome == Engine::Suite::Outcome::Skipped ? tr("skipped")
                                                                  : tr("error");
        case DurationColumn:
            return tr("%1 ms").arg(r.seconds * 1000, 0, 'f', 2);
        case LastTimeColumn: {
            const LastTime *last = lastTime(r);
            if (!last)
                return {}; // the run was not recorded
            return last->before.isEmpty() ? tr("new") : outcomeName(last->before);
        }
        default:
            return QString::fromStdString(r.message.substr(0, r.message.find('\n')));
        }
    }
    const LastTime *last = index.column() == LastTimeColumn ? lastTime(r) : nullptr;
    if (role == Qt::ToolTipRole && last)
        return last->before.isEmpty() ? tr("This test has not run before (in the recorded runs)")
                                      : tr("The last time it ran (in an earlier recorded run): %1")
                                            .arg(outcomeName(last->before));
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(r.message);
    if (last && last->changed && role == Qt::ForegroundRole)
        return Colors::text(Colors::Role::Warning);
    if (last && last->changed && role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
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
    case LastTimeColumn:
        return tr("Last time");
    default:
        return tr("Message");
    }
}
