#pragma once

#include <QAbstractTableModel>

#include "engine/suite/runner.h"

// Where an expected JSON body and the actual one differ, one row per JSON pointer: the
// expected value (red when it is missing or different), the actual value (green when it is
// extra or different).
class JsonDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PointerColumn, ExpectedColumn, ActualColumn, ColumnCount };

    explicit JsonDiffModel(QObject *parent = nullptr);
    void setDifferences(std::vector<Engine::Suite::JsonDifference> differences);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Engine::Suite::JsonDifference> m_differences;
};
