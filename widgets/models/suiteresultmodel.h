#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include "engine/suite/history.h"
#include "engine/suite/runner.h"

// The results of a suite run as a tree: one row per suite file (its tally and time), its tests
// below in run order (outcome icon, outcome, duration, how it ended the last time it ran,
// first line of the message). A repeated run lists each repetition. Results are also addressed
// by their number in the run.
class SuiteResultModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TestColumn,
        OutcomeColumn,
        DurationColumn,
        LastTimeColumn,
        MessageColumn,
        ColumnCount
    };

    explicit SuiteResultModel(QObject *parent = nullptr);
    // previous: History::previousOutcomes of the run, [{"file", "test", "before", "after"}];
    // empty when the run was not recorded.
    void setResults(const std::vector<Engine::Suite::TestResult> &results,
                    const std::vector<Engine::Suite::OutcomeChange> &previous = {});
    // The tests whose outcome differs from the last time they ran.
    int changedCount() const;
    // A history outcome ("PASSED", "FAILED", "ERROR", "FLAKY"; empty: not run) in words.
    static QString outcomeName(const QString &outcome);

    int resultCount() const { return int(m_results.size()); }
    const Engine::Suite::TestResult &result(int number) const
    {
        return m_results.at(std::size_t(number));
    }
    // The row of result `number` (under its file), and back; -1 for a file row.
    QModelIndex indexOfResult(int number, int column = TestColumn) const;
    int resultNumber(const QModelIndex &index) const;
    // The result numbers under a file row (all of them for an invalid index).
    std::vector<int> resultsUnder(const QModelIndex &fileIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct File
    {
        QString path;
        std::vector<int> results;
        int failed = 0;
        double seconds = 0;
        int changed = 0;
    };
    struct LastTime
    {
        QString before; // "PASSED", "FAILED", "ERROR", "FLAKY"; empty: never ran before
        bool changed = false;
    };
    const LastTime *lastTime(const Engine::Suite::TestResult &result) const;
    QVariant fileData(const File &file, int column, int role) const;

    std::vector<Engine::Suite::TestResult> m_results;
    std::vector<File> m_files;
    std::vector<std::pair<int, int>> m_place; // result number -> (file, row)
    QHash<QString, LastTime> m_lastTime;      // file + '\0' + test -> how it ended before
};
