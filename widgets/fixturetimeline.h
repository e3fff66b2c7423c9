#pragma once

#include <QWidget>

#include "engine/suite/runner.h"

// The runner's fixture spans drawn like a Gantt chart: one column per test in run order (its
// outcome colour on top), one row per fixture, a bar from the test a fixture was set up for to
// the last test it served before its teardown. Function fixtures are short bars under each
// test, module and session fixtures long ones, so pytest's --setup-show becomes a picture.
// Hovering a bar or a test says what it is and when it happened.
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

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int labelWidth() const;
    int columnWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    QColor scopeColor(Engine::Suite::Scope scope) const;

    std::vector<Engine::Suite::TestResult> m_results;
    std::vector<Engine::Suite::FixtureSpan> m_spans;
    std::vector<int> m_spanRow;
    QStringList m_rows;
};
