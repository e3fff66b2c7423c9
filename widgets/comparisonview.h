#pragma once

#include <QWidget>

#include "engine/suite/runner.h"

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

// Request → Send to both…: the two targets' answers side by side, each whole (status, headers,
// body), with the lines of every difference marked on both sides, and the differences listed
// by JSON pointer above. Selecting a difference brings its lines into view on both sides.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    // left, right: the targets' names; request: what was sent ("GET /items/1").
    void setComparison(const QString &left, const QString &right, const QString &request,
                       const Engine::Suite::SideBySide &answers);
    bool isEmpty() const { return m_empty; }

    QString title() const;
    QTreeWidget *differences() const { return m_list; }
    QPlainTextEdit *leftText() const { return m_left; }
    QPlainTextEdit *rightText() const { return m_right; }
    // The lines (from 0) marked on each side, in order.
    QList<int> markedLines(bool right) const;
    // The controls in the order Tab visits them.
    QList<QWidget *> tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void mark();
    void showRow(int row);

    Engine::Suite::SideBySide m_answers;
    bool m_empty = true;
    int m_current = -1;
    QLabel *m_title;
    QLabel *m_leftName;
    QLabel *m_rightName;
    QTreeWidget *m_list;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
};
