#pragma once

#include <QAbstractTableModel>

#include "engine/core/json.h"

// The ExecutionTrace of a request as a timeline: time, step kind, name, detail.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, NameColumn, DetailColumn, ColumnCount };

    explicit TraceModel(QObject *parent = nullptr);
    void setTrace(const Engine::Json &trace);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 at;
        QString kind, name, detail;
    };
    std::vector<Row> m_rows;
};
