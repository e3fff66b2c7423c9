#include "widgets/databaseview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/models/jsonrowsmodel.h"

DatabaseView::DatabaseView(EngineClient *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_tables(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_rows(new JsonRowsModel(this))
{
    setObjectName(QStringLiteral("databaseView"));
    m_tables->setObjectName(QStringLiteral("tableComboBox"));
    m_source->setObjectName(QStringLiteral("databaseSourceLabel"));
    m_source->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshDatabaseButton"));
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("databaseRowsView"));
    view->setModel(m_rows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tables, 1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_source);
    layout->addWidget(view, 1);
    connect(refreshButton, &QPushButton::clicked, m_engine, &EngineClient::refresh);
    connect(m_tables, &QComboBox::currentIndexChanged, this, [this](int) { refresh(); });
    connect(m_engine, &EngineClient::snapshotChanged, this, &DatabaseView::refresh);
    refresh();
}

void DatabaseView::showTable(const QString &table)
{
    m_tables->setCurrentIndex(m_tables->findText(table));
}

void DatabaseView::refresh()
{
    const EngineSnapshot &s = m_engine->snapshot();
    const QString current = m_tables->currentText();
    {
        const QSignalBlocker block(m_tables);
        m_tables->clear();
        for (const auto &[name, rows] : s.tables)
            m_tables->addItem(QString::fromStdString(name));
        const int i = m_tables->findText(current);
        m_tables->setCurrentIndex(i < 0 ? 0 : i);
    }
    m_source->setText(s.tablesSource.empty()
                          ? tr("No database is open (the lifespan did not run).")
                          : tr("Database: %1").arg(QString::fromStdString(s.tablesSource)));
    Engine::Json rows = Engine::Json::array();
    for (const auto &[name, r] : s.tables)
        if (QString::fromStdString(name) == m_tables->currentText())
            rows = r;
    m_rows->setRows(rows);
}
