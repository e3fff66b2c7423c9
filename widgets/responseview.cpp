#include "widgets/responseview.h"

#include <QTabBar>

#include "widgets/colors.h"
#include "widgets/comparisonview.h"

#include <QFontDatabase>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "widgets/hintbanner.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/models/jsontreemodel.h"
#include "widgets/models/keyvaluemodel.h"
#include "widgets/models/tracemodel.h"
#include "widgets/models/validationerrormodel.h"

namespace {
// How many bytes of s, at most max, end on a UTF-8 character boundary (and, when the text
// goes on, at the last line break so the view shows whole lines).
std::size_t prefixLength(const std::string &s, std::size_t max)
{
    if (s.size() <= max)
        return s.size();
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    const std::size_t newline = s.rfind('\n', n);
    return newline != std::string::npos && newline > max / 2 ? newline : n;
}
} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_time(new QLabel(this))
    , m_hints(new HintBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_find(new QLineEdit(this))
    , m_truncated(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_raw(new QPlainTextEdit(this))
    , m_headersView(new QTableView(this))
    , m_validationView(new QTableView(this))
    , m_traceView(new QTableView(this))
    , m_error(new QPlainTextEdit(this))
    , m_comparison(new ComparisonView(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_headers(new KeyValueModel(tr("Header"), tr("Value"), this))
    , m_validation(new ValidationErrorModel(this))
    , m_trace(new TraceModel(this))
{
    setObjectName(QStringLiteral("responseView"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_tabs->setObjectName(QStringLiteral("responseTabWidget"));
    m_body->setObjectName(QStringLiteral("responseBodyView"));
    m_raw->setObjectName(QStringLiteral("rawBodyView"));
    m_find->setObjectName(QStringLiteral("findLineEdit"));
    m_validationView->setObjectName(QStringLiteral("validationTableView"));
    m_traceView->setObjectName(QStringLiteral("traceTableView"));
    m_headersView->setObjectName(QStringLiteral("responseHeadersView"));
    m_error->setObjectName(QStringLiteral("errorView"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (auto *edit : {m_body, m_raw, m_error}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
    }
    m_highlighter = new JsonHighlighter(m_body->document());
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_status->setFont(big);
    m_status->setText(tr("No response yet"));
    m_find->setPlaceholderText(tr("Find in body"));
    m_find->setClearButtonEnabled(true);
    m_headersView->setModel(m_headers);
    m_validationView->setModel(m_validation);
    m_traceView->setModel(m_trace);
    for (auto *view : {m_headersView, m_validationView, m_traceView}) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }

    auto *bodyPage = new QWidget(m_tabs);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    findRow->addWidget(m_truncated);
    findRow->addWidget(m_showAll);
    bodyLayout->addLayout(findRow);
    bodyLayout->addWidget(m_body);
    m_truncated->hide();
    m_showAll->hide();
    m_tabs->addTab(bodyPage, tr("Body"));
    // The body as a tree that folds: large bodies open at their first level.
    m_tree->setObjectName(QStringLiteral("jsonTreeView"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 180);
    m_tree->setColumnWidth(JsonTreeModel::ValueColumn, 320);
    auto *treePage = new QWidget(m_tabs);
    auto *treeLayout = new QVBoxLayout(treePage);
    auto *treeButtons = new QHBoxLayout;
    auto *expand = new QPushButton(tr("Expand all"), treePage);
    expand->setObjectName(QStringLiteral("expandJsonButton"));
    expand->setToolTip(tr("Unfold every level (slow for very large bodies)"));
    auto *collapse = new QPushButton(tr("Fold all"), treePage);
    collapse->setObjectName(QStringLiteral("foldJsonButton"));
    auto *pointer = new QLabel(treePage);
    pointer->setObjectName(QStringLiteral("jsonPointerLabel"));
    pointer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    treeButtons->addWidget(expand);
    treeButtons->addWidget(collapse);
    treeButtons->addWidget(pointer, 1);
    treeLayout->addLayout(treeButtons);
    treeLayout->addWidget(m_tree);
    m_tabs->addTab(treePage, tr("Tree"));
    connect(expand, &QPushButton::clicked, m_tree, &QTreeView::expandAll);
    connect(collapse, &QPushButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, pointer](const QModelIndex &current) {
                pointer->setText(m_treeModel->pointer(current));
            });
    m_tabs->addTab(m_validationView, tr("422 details"));
    m_tabs->addTab(m_headersView, tr("Headers"));
    m_tabs->addTab(m_traceView, tr("Trace"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_error, tr("Error"));
    m_tabs->addTab(m_comparison, tr("Side by side"));
    // Nothing to show before the first response: only Body (its placeholder) is open.
    for (int i = 1; i < m_tabs->count(); ++i) {
        m_tabs->setTabEnabled(i, false);
        m_tabs->setTabToolTip(i, tr("Send a request first"));
    }
    m_tabs->setTabToolTip(m_tabs->indexOf(m_comparison),
                          tr("Request → Send to both… shows two targets' answers here"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    m_stale->setObjectName(QStringLiteral("staleResponseLabel"));
    m_stale->setWordWrap(true);
    m_stale->hide();
    layout->addWidget(m_stale);
    layout->addWidget(m_hints);
    layout->addWidget(m_tabs, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &ResponseView::findNext);
    connect(m_showAll, &QPushButton::clicked, this, &ResponseView::showAll);
    connect(m_validationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit validationRowSelected(m_validation->row(current.row()).locPath);
            });
}

void ResponseView::setStale(const QString &note)
{
    m_stale->setText(note);
    m_stale->setVisible(!note.isEmpty());
    if (note.isEmpty()) {
        m_tabs->setGraphicsEffect(nullptr);
        m_status->setGraphicsEffect(nullptr);
        return;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_status)}) {
        if (w->graphicsEffect())
            continue;
        auto *dim = new QGraphicsOpacityEffect(w);
        dim->setOpacity(0.45);
        w->setGraphicsEffect(dim);
    }
}

bool ResponseView::isStale() const
{
    return !m_stale->isHidden();
}

void ResponseView::showSummary(const Engine::Client::ResponseSummary &summary)
{
    setStale({});
    m_summary = summary;
    if (summary.raised && summary.error) {
        m_status->setText(tr("Raised %1").arg(QString::fromStdString(summary.error->type)));
        m_statusCode = 600;
    } else {
        m_status->setText(QStringLiteral("%1 %2")
                              .arg(summary.status)
                              .arg(QString::fromStdString(summary.reason)));
        m_statusCode = summary.status;
    }
    applyStatusColor();
    m_time->setText(tr("%1 µs").arg(summary.micros));
    ++m_generation;
    m_loading = false;
    if (!m_highlighter->document())
        m_highlighter->setDocument(m_body->document());
    // Only a prefix is converted and laid out: a 10 MiB body costs what 64 KiB do.
    m_loaded = prefixLength(summary.body, kTruncateAt);
    m_body->setPlainText(QString::fromUtf8(summary.body.data(), qsizetype(m_loaded)));
    const bool truncate = m_loaded < summary.body.size();
    m_truncated->setVisible(truncate);
    m_showAll->setVisible(truncate);
    m_showAll->setEnabled(true);
    if (truncate)
        m_truncated->setText(tr("Showing %1 of %2 bytes")
                                 .arg(QLocale().toString(qulonglong(m_loaded)),
                                      QLocale().toString(qulonglong(summary.body.size()))));
    const std::size_t raw = prefixLength(summary.rawBody, kRawAt);
    QString rawText = QString::fromUtf8(summary.rawBody.data(), qsizetype(raw));
    if (raw < summary.rawBody.size())
        rawText += QLatin1Char('\n')
                   + tr("[… %1 more bytes; the Body tab can show all]")
                         .arg(QLocale().toString(qulonglong(summary.rawBody.size() - raw)));
    m_raw->setPlainText(rawText);
    m_headers->setPairs(summary.headers);
    m_validation->setRows(summary.validation);
    m_trace->setTrace(summary.trace);
    m_hints->showHints(summary.hints);
    if (summary.error) {
        m_error->setPlainText(tr("%1: %2\n\n%3%4")
                                  .arg(QString::fromStdString(summary.error->type),
                                       QString::fromStdString(summary.error->message),
                                       QString::fromStdString(summary.error->traceback),
                                       summary.raised
                                           ? tr("\nTestClient re-raises this error into the "
                                                "test because raise_server_exceptions is on. "
                                                "Turn it off to see the 500 response instead.")
                                           : QString()));
    } else {
        m_error->setPlainText(tr("No error."));
    }
    m_treeModel->setDocument(summary.json);
    if (summary.json && summary.json->size() <= 50)
        m_tree->expandToDepth(1);
    const int validationTab = m_tabs->indexOf(m_validationView);
    const int errorTab = m_tabs->indexOf(m_error);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_tree->parentWidget()), summary.json != nullptr);
    m_tabs->setTabEnabled(validationTab, !summary.validation.empty());
    m_tabs->setTabEnabled(errorTab, summary.error.has_value());
    for (QWidget *page : {static_cast<QWidget *>(m_headersView),
                          static_cast<QWidget *>(m_traceView), static_cast<QWidget *>(m_raw)})
        m_tabs->setTabEnabled(m_tabs->indexOf(page), true);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i) != m_comparison || !m_comparison->isEmpty())
            m_tabs->setTabToolTip(i, QString());
    if (summary.raised)
        m_tabs->setCurrentIndex(errorTab);
    else if (!summary.validation.empty())
        m_tabs->setCurrentIndex(validationTab);
    else if (m_tabs->currentIndex() != m_tabs->indexOf(m_tree->parentWidget()) || !summary.json)
        m_tabs->setCurrentIndex(0);
}

void ResponseView::applyStatusColor()
{
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, m_statusCode ? Colors::forStatus(m_statusCode, palette())
                                                  : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

QColor ResponseView::statusColor() const
{
    return m_status->palette().color(QPalette::WindowText);
}

void ResponseView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStatusColor();
        if (m_highlighter->document())
            m_highlighter->rehighlight();
    }
}

QString ResponseView::statusText() const
{
    return m_status->text();
}

QString ResponseView::bodyText() const
{
    return m_body->toPlainText();
}

void ResponseView::findNext()
{
    if (!m_body->find(m_find->text())) {
        m_body->moveCursor(QTextCursor::Start);
        m_body->find(m_find->text());
    }
}

void ResponseView::showAll()
{
    if (m_loaded >= m_summary.body.size() || m_loading)
        return;
    m_loading = true;
    m_showAll->setEnabled(false);
    // Highlighting megabytes would freeze the window; the text stays plain from here on.
    if (m_summary.body.size() > kChunk)
        m_highlighter->setDocument(nullptr);
    loadNextChunk(m_generation);
}

void ResponseView::loadNextChunk(quint64 generation)
{
    if (generation != m_generation || !m_loading)
        return;
    const std::string &body = m_summary.body;
    // Chunks end at a line break, so each is appended as the lines it holds.
    std::size_t end = std::min(body.size(), m_loaded + kChunk);
    if (end < body.size()) {
        const std::size_t newline = body.rfind('\n', end);
        end = newline != std::string::npos && newline > m_loaded ? newline
                                                                 : prefixLength(body, end);
    }
    std::size_t start = m_loaded;
    QTextCursor cursor(m_body->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QString::fromUtf8(body.data() + start, qsizetype(end - start)));
    m_loaded = end;
    if (m_loaded >= body.size()) {
        m_loading = false;
        m_truncated->hide();
        m_showAll->hide();
        return;
    }
    m_truncated->setText(tr("Loading… %1 of %2 bytes")
                             .arg(QLocale().toString(qulonglong(m_loaded)),
                                  QLocale().toString(qulonglong(body.size()))));
    QTimer::singleShot(0, this, [this, generation] { loadNextChunk(generation); });
}

void ResponseView::showComparison(const QString &left, const QString &right, const QString &request,
                                  const Engine::Suite::SideBySide &answers)
{
    m_comparison->setComparison(left, right, request, answers);
    const int tab = m_tabs->indexOf(m_comparison);
    m_tabs->setTabEnabled(tab, true);
    m_tabs->setTabToolTip(tab, QString());
    m_tabs->setCurrentIndex(tab);
}

QList<QWidget *> ResponseView::tabOrder() const
{
    QList<QWidget *> order{m_hints->findChild<QWidget *>(QStringLiteral("dismissHintButton")),
                           m_tabs->tabBar(), m_find, m_showAll, m_body};
    order << findChild<QWidget *>(QStringLiteral("expandJsonButton"))
          << findChild<QWidget *>(QStringLiteral("foldJsonButton")) << m_tree << m_validationView
          << m_headersView << m_traceView << m_raw << m_error << m_comparison->tabOrder();
    order.removeAll(nullptr);
    return order;
}
