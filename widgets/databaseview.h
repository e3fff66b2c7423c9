#pragma once

#include <QWidget>

#include "widgets/engine/engineclient.h"

class JsonRowsModel;
class QComboBox;
class QLabel;

// A browser of the database the app uses now (its file, or the test's in-memory database when
// sqlite_memory is chosen): a table chooser and its rows, refreshed after every request.
class DatabaseView : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseView(EngineClient *engine, QWidget *parent = nullptr);
    JsonRowsModel *rows() const { return m_rows; }
    void showTable(const QString &table);

private:
    void refresh();

    EngineClient *m_engine;
    QComboBox *m_tables;
    QLabel *m_source;
    JsonRowsModel *m_rows;
};
