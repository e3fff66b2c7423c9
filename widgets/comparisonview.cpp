#include "widgets/comparisonview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/core/pyjson.h"
#include "widgets/colors.h"
#include "widgets/jsonhighlighter.h"

namespace {
// Above this size a side is shown without colours (as the Body tab does).
constexpr int kHighlightUpTo = 64 * 1024;
// At most this many lines are marked for one difference (a whole array can be long).
constexpr int kMarkedLinesPerDifference = 200;

QString shown(const std::optional<Engine::Json> &value)
{
    if (!value)
        return ComparisonView::tr("(absent)");
    QString text = QString::fromStdString(Engine::PyJson::dumpLenient(*value));
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

QPlainTextEdit *answerText(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}
} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Request → Send to both… shows two targets' answers here."), this))
    , m_leftName(new QLabel(this))
    , m_rightName(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_left(answerText(this, QStringLiteral("comparisonLeftText")))
    , m_right(answerText(this, QStringLiteral("comparisonRightText")))
{
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("comparisonDifferences"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Where"), tr("Left"), tr("Right")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Differences"));
    m_left->setAccessibleName(tr("Left answer"));
    m_right->setAccessibleName(tr("Right answer"));
    for (QPlainTextEdit *side : {m_left, m_right})
        new JsonHighlighter(side->document());

    const auto pane = [this](QLabel *name, QPlainTextEdit *text) {
        auto *w = new QWidget(this);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(text);
        l->addWidget(name);
        l->addWidget(text, 1);
        return w;
    };
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("comparisonSides"));
    sides->addWidget(pane(m_leftName, m_left));
    sides->addWidget(pane(m_rightName, m_right));
    sides->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(sides);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showRow(item ? m_list->indexOfTopLevelItem(item) : -1);
    });
}

void ComparisonView::setComparison(const QString &left, const QString &right,
                                   const QString &request, const Engine::Suite::SideBySide &answers)
{
    m_answers = answers;
    m_empty = false;
    m_current = -1;
    const int n = int(answers.rows.size());
    m_title->setText(n == 0 ? tr("%1: %2 and %3 give the same answer.").arg(request, left, right)
                            : tr("%1: %n difference(s) between %2 (left) and %3 (right).", "", n)
                                  .arg(request, left, right));
    m_leftName->setText(tr("&Left: %1").arg(left));
    m_rightName->setText(tr("&Right: %1").arg(right));
    for (QPlainTextEdit *side : {m_left, m_right}) {
        const std::string &text = side == m_left ? answers.left : answers.right;
        // Colours cost most on big bodies: the plain text then.
        auto *highlighter = side->document()->findChild<QSyntaxHighlighter *>();
        if (highlighter)
            highlighter->setDocument(text.size() <= std::size_t(kHighlightUpTo) ? side->document()
                                                                                : nullptr);
        side->setPlainText(QString::fromStdString(text));
    }
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const auto &row : answers.rows) {
        const auto &d = row.difference;
        auto *item
            = new QTreeWidgetItem({QString::fromStdString(d.pointer.empty() ? "/" : d.pointer),
                                   shown(d.expected), shown(d.actual)});
        item->setToolTip(0, tr("Line %1 on the left, line %2 on the right")
                                .arg(row.leftLines.first + 1)
                                .arg(row.rightLines.first + 1));
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(0);
    mark();
    if (n > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString ComparisonView::title() const
{
    return m_title->text();
}

QList<int> ComparisonView::markedLines(bool right) const
{
    QList<int> lines;
    for (const auto &selection : (right ? m_right : m_left)->extraSelections())
        lines << selection.cursor.blockNumber();
    return lines;
}

QList<QWidget *> ComparisonView::tabOrder() const
{
    return {m_list, m_left, m_right};
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_empty)
        mark();
}

// Every difference's lines in amber on both sides; the current one's in blue.
void ComparisonView::mark()
{
    for (bool right : {false, true}) {
        QPlainTextEdit *side = right ? m_right : m_left;
        QList<QTextEdit::ExtraSelection> selections;
        for (int r = 0; r < int(m_answers.rows.size()); ++r) {
            const auto &row = m_answers.rows[std::size_t(r)];
            const auto [first, last] = right ? row.rightLines : row.leftLines;
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(Colors::markBackground(
                r == m_current ? Colors::Role::Info : Colors::Role::Warning));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            for (int line = first; line <= last && line - first < kMarkedLinesPerDifference;
                 ++line) {
                const QTextBlock block = side->document()->findBlockByNumber(line);
                if (!block.isValid())
                    break;
                selection.cursor = QTextCursor(block);
                selections << selection;
            }
        }
        side->setExtraSelections(selections);
    }
}

void ComparisonView::showRow(int row)
{
    m_current = row;
    mark();
    if (row < 0 || row >= int(m_answers.rows.size()))
        return;
    const auto &r = m_answers.rows[std::size_t(row)];
    for (bool right : {false, true}) {
        QPlainTextEdit *side = right ? m_right : m_left;
        const QTextBlock block
            = side->document()->findBlockByNumber(right ? r.rightLines.first : r.leftLines.first);
        if (!block.isValid())
            continue;
        side->setTextCursor(QTextCursor(block));
        side->centerCursor();
    }
}
