#pragma once

#include <QAbstractTableModel>

#include "engine/suite/runner.h"

// The results of a suite run: test, outcome, duration, message (first line).
class SuiteResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TestColumn, OutcomeColumn, DurationColumn, MessageColumn, ColumnCount };

    explicit SuiteResultModel(QObject *parent = nullptr);
    void setResults(const std::vector<Engine::Suite::TestResult> &results);
    const Engine::Suite::TestResult &result(int row) const
    {
        return m_results.at(std::size_t(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Engine::Suite::TestResult> m_results;
};
