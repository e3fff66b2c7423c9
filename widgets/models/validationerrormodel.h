#pragma once

#include <QAbstractTableModel>

#include "engine/client/presentation.h"

// The details of a 422: type, loc, msg, input, ctx. Texts are Pydantic's, untranslated.
class ValidationErrorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, LocColumn, MsgColumn, InputColumn, CtxColumn, ColumnCount };

    explicit ValidationErrorModel(QObject *parent = nullptr);
    void setRows(const std::vector<Engine::Client::ValidationRow> &rows);
    const Engine::Client::ValidationRow &row(int i) const { return m_rows.at(std::size_t(i)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Engine::Client::ValidationRow> m_rows;
};
