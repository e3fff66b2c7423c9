#include "widgets/fixturetimeline.h"

#include <algorithm>

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace {
QString scopeName(Engine::Suite::Scope scope)
{
    switch (scope) {
    case Engine::Suite::Scope::Class:
        return FixtureTimeline::tr("class");
    case Engine::Suite::Scope::Module:
        return FixtureTimeline::tr("module");
    case Engine::Suite::Scope::Package:
        return FixtureTimeline::tr("package");
    case Engine::Suite::Scope::Session:
        return FixtureTimeline::tr("session");
    case Engine::Suite::Scope::Function:
        break;
    }
    return FixtureTimeline::tr("function");
}

QString millis(double seconds)
{
    return QLocale().toString(seconds * 1000, 'f', 2);
}
} // namespace

FixtureTimeline::FixtureTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fixtureTimeline"));
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(tr("Ctrl+wheel zooms"));
    if (parentWidget())
        parentWidget()->installEventFilter(this);
}

int FixtureTimeline::availableWidth() const
{
    // In a QScrollArea our parent is its viewport: the width of the panel as shown.
    const QWidget *panel = parentWidget();
    return panel ? panel->width() : width();
}

void FixtureTimeline::relayout()
{
    updateGeometry();
    resize(std::max(sizeHint().width(), parentWidget() ? parentWidget()->width() : 0),
           std::max(sizeHint().height(), parentWidget() ? parentWidget()->height() : 0));
    update();
}

void FixtureTimeline::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 1.0, 40.0);
    relayout();
}

void FixtureTimeline::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    setZoom(event->angleDelta().y() > 0 ? m_zoom * 1.25 : m_zoom / 1.25);
    event->accept();
}

bool FixtureTimeline::eventFilter(QObject *watched, QEvent *event)
{
    // The panel was resized (or we were put in a scroll area): the columns follow its width.
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void FixtureTimeline::setRun(const std::vector<Engine::Suite::TestResult> &results,
                             const std::vector<Engine::Suite::FixtureSpan> &spans)
{
    m_results = results;
    m_spans = spans;
    m_rows.clear();
    m_spanRow.clear();
    // Rows in the order fixtures first appear: broader scopes come first in setup order.
    for (const auto &span : m_spans) {
        const QString name = QString::fromStdString(span.name);
        qsizetype row = m_rows.indexOf(name);
        if (row < 0) {
            row = m_rows.size();
            m_rows << name;
        }
        m_spanRow.push_back(int(row));
    }
    relayout();
}

int FixtureTimeline::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("tests"));
    for (const auto &row : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(row));
    return width + 2 * fontMetrics().averageCharWidth();
}

int FixtureTimeline::columnWidth() const
{
    // The tests share the panel's width (at zoom 1), up to a generous column for a few tests
    // and at least 3 pixels for a long run; zoom widens them.
    const int roomy = fontMetrics().horizontalAdvance(QStringLiteral("0000"));
    const int tests = std::max<int>(1, int(m_results.size()));
    const int fit = (availableWidth() - labelWidth() - 8) / tests;
    return std::max(3, int(std::clamp(fit, 3, 8 * roomy) * m_zoom));
}

int FixtureTimeline::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int FixtureTimeline::headerHeight() const
{
    return 2 * rowHeight();
}

QSize FixtureTimeline::sizeHint() const
{
    return {labelWidth() + int(m_results.size()) * columnWidth() + 8,
            headerHeight() + int(m_rows.size()) * rowHeight() + 8};
}

QRect FixtureTimeline::testRect(int test) const
{
    if (test < 0 || std::size_t(test) >= m_results.size())
        return {};
    return {labelWidth() + test * columnWidth(), rowHeight(), columnWidth() - 1, rowHeight() - 2};
}

QRect FixtureTimeline::barRect(int span) const
{
    if (span < 0 || std::size_t(span) >= m_spans.size())
        return {};
    const auto &s = m_spans[std::size_t(span)];
    const int left = labelWidth() + int(s.firstTest) * columnWidth();
    const int right = labelWidth() + int(s.lastTest + 1) * columnWidth() - 2;
    const int top = headerHeight() + m_spanRow[std::size_t(span)] * rowHeight() + 2;
    return {left + 1, top, std::max(2, right - left - 1), rowHeight() - 4};
}

int FixtureTimeline::spanAt(const QPoint &pos) const
{
    for (int i = 0; i < int(m_spans.size()); ++i)
        if (barRect(i).contains(pos))
            return i;
    return -1;
}

int FixtureTimeline::testAt(const QPoint &pos) const
{
    if (pos.y() < rowHeight() || pos.y() >= 2 * rowHeight() || pos.x() < labelWidth())
        return -1;
    const int test = (pos.x() - labelWidth()) / columnWidth();
    return test < int(m_results.size()) ? test : -1;
}

QString FixtureTimeline::describeSpan(int span) const
{
    if (span < 0 || std::size_t(span) >= m_spans.size())
        return {};
    const auto &s = m_spans[std::size_t(span)];
    const auto testName = [this](std::size_t i) {
        return i < m_results.size() ? QString::fromStdString(m_results[i].name) : QString();
    };
    QString text = tr("%1 (%2 scope)\nset up for %3 at %4 ms")
                       .arg(QString::fromStdString(s.name), scopeName(s.scope),
                            testName(s.firstTest), millis(s.setupAt));
    if (s.tornDown)
        text += QLatin1Char('\n')
                + tr("torn down after %1 at %2 ms").arg(testName(s.lastTest), millis(s.teardownAt));
    else
        text += QLatin1Char('\n') + tr("never torn down: the run stopped or the app was dropped");
    return text;
}

QString FixtureTimeline::describeTest(int test) const
{
    if (test < 0 || std::size_t(test) >= m_results.size())
        return {};
    const auto &r = m_results[std::size_t(test)];
    return tr("#%1 %2: %3 in %4 ms")
        .arg(test + 1)
        .arg(QString::fromStdString(r.name), QString::fromStdString(toString(r.outcome)),
             millis(r.seconds));
}

QColor FixtureTimeline::scopeColor(Engine::Suite::Scope scope) const
{
    // Hues that read on light and dark bases alike.
    switch (scope) {
    case Engine::Suite::Scope::Class:
        return QColor(0x16, 0xa0, 0x85);
    case Engine::Suite::Scope::Module:
        return QColor(0xe0, 0x8a, 0x1e);
    case Engine::Suite::Scope::Package:
        return QColor(0x8d, 0x6e, 0x63);
    case Engine::Suite::Scope::Session:
        return QColor(0x9b, 0x59, 0xb6);
    case Engine::Suite::Scope::Function:
        break;
    }
    return QColor(0x2e, 0x86, 0xc1);
}

void FixtureTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const int lw = labelWidth(), cw = columnWidth(), rh = rowHeight();
    p.setPen(pal.color(QPalette::Text));
    if (m_results.empty()) {
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Run a suite to see when each fixture is set up and torn down."));
        return;
    }
    // Header: test numbers (every few when columns are thin) and the outcome strip.
    const int every = std::max(1, fontMetrics().horizontalAdvance(QStringLiteral("0000")) / cw);
    for (int t = 0; t < int(m_results.size()); t += every)
        p.drawText(QRect(lw + t * cw, 0, cw * every, rh), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(t + 1));
    p.drawText(QRect(4, rh, lw - 8, rh), Qt::AlignLeft | Qt::AlignVCenter, tr("tests"));
    for (int t = 0; t < int(m_results.size()); ++t) {
        const bool passed = !Engine::Suite::isFailure(m_results[std::size_t(t)].outcome);
        p.fillRect(testRect(t), passed ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd1, 0x24, 0x2f));
    }
    // Rows: names, a faint grid, then the bars.
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const int top = headerHeight() + r * rh;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, top, lw - 8, rh), Qt::AlignLeft | Qt::AlignVCenter, m_rows[r]);
        p.setPen(grid);
        p.drawLine(lw, top + rh - 1, lw + int(m_results.size()) * cw, top + rh - 1);
    }
    for (int i = 0; i < int(m_spans.size()); ++i) {
        const auto &s = m_spans[std::size_t(i)];
        const QRect bar = barRect(i);
        p.fillRect(bar, scopeColor(s.scope));
        if (!s.tornDown) {
            // An open right end: the teardown never happened.
            p.fillRect(QRect(bar.right() - 3, bar.top(), 4, bar.height()),
                       QBrush(pal.color(QPalette::Base), Qt::Dense4Pattern));
        }
    }
}

bool FixtureTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text = describeSpan(spanAt(help->pos()));
        if (text.isEmpty())
            text = describeTest(testAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void FixtureTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        relayout();
    if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    QWidget::changeEvent(event);
}
