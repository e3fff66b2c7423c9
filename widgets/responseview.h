#pragma once

#include <QWidget>

#include "engine/client/presentation.h"
#include "engine/suite/runner.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class JsonTreeModel;
class ComparisonView;
class HintBanner;
class KeyValueModel;
class TraceModel;
class ValidationErrorModel;

// Shows a ResponseSummary: status with reason and colour, time, pretty body (large bodies
// truncated with "Show all"), headers, the 422 details table, the trace, the raw text, and for
// a raised error its type, message and traceback with an explanation.
class ResponseView : public QWidget
{
    Q_OBJECT

public:
    // The controls in the order Tab visits them (the window chains the panels' lists).
    QList<QWidget *> tabOrder() const;
    explicit ResponseView(QWidget *parent = nullptr);

    void showSummary(const Engine::Client::ResponseSummary &summary);
    const Engine::Client::ResponseSummary &summary() const { return m_summary; }
    // Marks the answer shown as belonging to another request than the composer's (dimmed,
    // with note saying which); an empty note shows it plainly again.
    void setStale(const QString &note);
    bool isStale() const;

    QString statusText() const;
    // The status line's colour: by status class, readable on the palette in use.
    QColor statusColor() const;
    QString bodyText() const;
    ValidationErrorModel *validationModel() const { return m_validation; }
    TraceModel *traceModel() const { return m_trace; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    HintBanner *hints() const { return m_hints; }
    // The Side by side tab (Request → Send to both…): shows the comparison and opens the tab.
    ComparisonView *comparison() const { return m_comparison; }
    void showComparison(const QString &left, const QString &right, const QString &request,
                        const Engine::Suite::SideBySide &answers);

    // The body view shows this many bytes at first (the highlighter and the text layout cost
    // grow with it); "Show all" adds the rest in chunks of kChunk between events, without
    // highlighting, so even a 10 MiB body never freezes the window.
    static constexpr std::size_t kTruncateAt = 64 * 1024;
    static constexpr std::size_t kChunk = 64 * 1024;
    static constexpr std::size_t kRawAt = 32 * 1024;
    // Shows the whole body ("Show all"), in chunks between events.
    void showAll();
    bool loadingAll() const { return m_loading; }

signals:
    // A 422 detail was selected: its loc, to highlight the field in the composer.
    void validationRowSelected(const Engine::Json &loc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStatusColor();
    void findNext();
    void loadNextChunk(quint64 generation);

    Engine::Client::ResponseSummary m_summary;
    QLabel *m_status;
    QLabel *m_stale;
    QLabel *m_time;
    HintBanner *m_hints;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QLineEdit *m_find;
    QLabel *m_truncated;
    QPushButton *m_showAll;
    QPlainTextEdit *m_raw;
    QTableView *m_headersView;
    QTableView *m_validationView;
    QTableView *m_traceView;
    QPlainTextEdit *m_error;
    ComparisonView *m_comparison;
    QTreeView *m_tree;
    JsonTreeModel *m_treeModel;
    KeyValueModel *m_headers;
    ValidationErrorModel *m_validation;
    TraceModel *m_trace;
    class JsonHighlighter *m_highlighter;
    std::size_t m_loaded = 0; // bytes of m_summary.body in the body view
    bool m_loading = false;
    quint64 m_generation = 0; // a new response stops the chunks of the last one
    int m_statusCode = 0;     // 600 for a raised error
};
