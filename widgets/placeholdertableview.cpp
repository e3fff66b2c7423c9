#include "widgets/placeholdertableview.h"

#include <QPainter>

PlaceholderTableView::PlaceholderTableView(QWidget *parent)
    : QTableView(parent)
{}

void PlaceholderTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

bool PlaceholderTableView::showsPlaceholder() const
{
    return !m_placeholder.isEmpty() && (!model() || model()->rowCount(rootIndex()) == 0);
}

void PlaceholderTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!showsPlaceholder())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() / 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}
