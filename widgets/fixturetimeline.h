#pragma once

#include <QWidget>

#include "engine/suite/runner.h"

// The runner's fixture spans drawn like a Gantt chart: one column per test in run order (its
// outcome colour on top), one row per fixture, a bar from the test a fixture was set up for to
// the last test it served before its teardown. Function fixtures are short bars under each
// test, module and session fixtures long ones, so pytest's --setup-show becomes a picture.
// Hovering a bar or a test says what it is and when it happened. The columns share the width
// of the panel (the viewport of the scroll area it sits in); Ctrl+wheel zooms in and out, and a
// zoomed chart wider than the panel scrolls.
class FixtureTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit FixtureTimeline(QWidget *parent = nullptr);

    void setRun(const std::vector<Engine::Suite::TestResult> &results,
                const std::vector<Engine::Suite::FixtureSpan> &spans);

    // Layout queries (also for tests): the rows in order, a span's bar, what is at a point.
    QStringList rowNames() const { return m_rows; }
    QRect barRect(int span) const;
    QRect testRect(int test) const;
    int spanAt(const QPoint &pos) const; // -1 when none
    int testAt(const QPoint &pos) const; // -1 when none
    QString describeSpan(int span) const;
    QString describeTest(int test) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // 1 fits the panel; each Ctrl+wheel step multiplies or divides by 1.25 (1 to 40).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    int testColumnWidth() const { return columnWidth(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int labelWidth() const;
    // The width the columns may share: the panel's (the scroll area's viewport), else ours.
    int availableWidth() const;
    void relayout();
    int columnWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    QColor scopeColor(Engine::Suite::Scope scope) const;

    std::vector<Engine::Suite::TestResult> m_results;
    std::vector<Engine::Suite::FixtureSpan> m_spans;
    std::vector<int> m_spanRow;
    QStringList m_rows;
    double m_zoom = 1;
};
