#include "widgets/historyview.h"

#include <algorithm>

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/models/jsonrowsmodel.h"

HistoryView::HistoryView(EngineClient *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_rows(new JsonRowsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_search->setObjectName(QStringLiteral("historySearchLineEdit"));
    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_notice->setObjectName(QStringLiteral("historyNoticeLabel"));
    m_notice->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search method, path, status"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_rows);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // a long path keeps its start and its end
    m_view->verticalHeader()->hide();
    m_view->setToolTip(tr("Double-click to load the request into the composer"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &i) { choose(i.row()); });
    connect(m_engine, &EngineClient::snapshotChanged, this, &HistoryView::refresh);
    refresh();
}

void HistoryView::refresh()
{
    const EngineSnapshot &s = m_engine->snapshot();
    Engine::Json rows = Engine::Json::array();
    for (const auto &e : s.history) {
        Engine::Json row = Engine::Json::object();
        row[tr("When").toStdString()]
            = QLocale()
                  .toString(QDateTime::fromMSecsSinceEpoch(e.atMicros / 1000), QLocale::ShortFormat)
                  .toStdString();
        row[tr("Method").toStdString()] = e.request.method;
        row[tr("Path").toStdString()] = e.request.path;
        row[tr("Answer").toStdString()] = e.outcome;
        row[tr("µs").toStdString()] = e.micros;
        rows.push_back(std::move(row));
    }
    m_rows->setRows(rows);
    fitColumns();
    m_notice->setVisible(!s.historyNotice.empty());
    if (!s.historyNotice.empty())
        m_notice->setText(tr("The request history could not be read and was moved aside to %1; a "
                             "new one was started.")
                              .arg(QString::fromStdString(s.historyNotice)));
}

void HistoryView::choose(int proxyRow)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    const auto &history = m_engine->snapshot().history;
    if (source.isValid() && source.row() < int(history.size()))
        emit requestChosen(history[std::size_t(source.row())].request);
}

void HistoryView::fitColumns()
{
    // The path takes the room that is left, however long it is; its whole text is a hover
    // away. The others fit their contents, each at most a fifth of the view (elided beyond):
    // sized to contents alone, a slow answer's longer µs figure pushed the last column out.
    QHeaderView *header = m_view->horizontalHeader();
    const int cap = std::max(48, m_view->viewport()->width() / 5);
    for (int c = 0; c < m_rows->columnCount(); ++c) {
        if (m_rows->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == tr("Path")) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_view->resizeColumnToContents(c);
        if (m_view->columnWidth(c) > cap)
            m_view->setColumnWidth(c, cap);
    }
}

void HistoryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitColumns();
}
