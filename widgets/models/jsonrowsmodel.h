#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include "engine/core/json.h"

// Rows of a table as the engine reads them ([{"column": value, ...}, ...]); the columns are
// the keys of the first row.
class JsonRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit JsonRowsModel(QObject *parent = nullptr);
    void setRows(const Engine::Json &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Engine::Json m_rows = Engine::Json::array();
    std::vector<std::string> m_columns;
};
