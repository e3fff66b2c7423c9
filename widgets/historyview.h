#pragma once

#include <QWidget>

#include "widgets/engine/engineclient.h"

class JsonRowsModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The requests sent from the window (kept in SQLite across sessions), searchable; a double
// click loads one back into the composer to send again.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(EngineClient *engine, QWidget *parent = nullptr);
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Loads the entry shown at proxy row into the composer (through requestChosen).
    void choose(int proxyRow);

signals:
    void requestChosen(const Engine::Client::ComposedRequest &request);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // The path takes the room that is left; every other column fits its contents up to a fifth
    // of the view, so that none is pushed off screen in a narrow panel.
    void fitColumns();

    EngineClient *m_engine;
    JsonRowsModel *m_rows;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_notice;
    QTableView *m_view;
};
