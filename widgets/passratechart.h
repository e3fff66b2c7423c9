#pragma once

#include <QChartView>

#include "engine/suite/history.h"

class QBarSet;

// The pass rate of each test over the recorded runs (the run history's summary), one
// horizontal bar per test; flaky tests (passed some runs, failed others) are named so.
class PassRateChart : public QChartView
{
    Q_OBJECT

public:
    explicit PassRateChart(QWidget *parent = nullptr);

    // rates: [{"file", "test", "runs", "passed", "flaky"}] as History::summary gives them.
    void setRates(const std::vector<Engine::Suite::PassRate> &rates);

    // What the bars show, in order (for tests): the test's name (with its file where another
    // file has a test of that name) -> percent passed.
    QList<QPair<QString, double>> bars() const;

private:
    QList<QPair<QString, double>> m_bars;
};
