#include "widgets/passratechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFileInfo>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include "widgets/colors.h"

PassRateChart::PassRateChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("passRateChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setTitle(tr("Pass rate per test over the last runs"));
    setRates({});
}

void PassRateChart::setRates(const std::vector<Engine::Suite::PassRate> &rates)
{
    m_bars.clear();
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis hands the axis back to us: delete it, or every refresh leaks two.
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    // Follow the window's palette (light or dark) instead of the chart theme's white.
    c->setBackgroundBrush(palette().color(QPalette::Base));
    c->setTitleBrush(palette().color(QPalette::Text));
    c->legend()->setLabelColor(palette().color(QPalette::Text));

    // Passed and failed share one bar per test: a flaky test is the one with both colours.
    auto *series = new QHorizontalStackedBarSeries;
    auto *set = new QBarSet(tr("passed %"));
    set->setColor(Colors::text(Colors::Role::Success, palette()));
    auto *failedSet = new QBarSet(tr("failed %"));
    failedSet->setColor(Colors::text(Colors::Role::Danger, palette()));
    // A test is (file, name). Name it by its name; where two files share the name, add the
    // file's name, or its whole path where even those are the same (a category axis merges
    // equal labels into one bar).
    QHash<QString, int> sameName, sameFileName;
    for (const auto &r : rates) {
        const QString name = QString::fromStdString(r.test);
        const QString file = QString::fromStdString(r.file);
        ++sameName[name];
        ++sameFileName[name + QChar(0) + QFileInfo(file).fileName()];
    }
    QStringList categories;
    for (const auto &r : rates) {
        const double runs = double(r.runs);
        const double percent = runs > 0 ? 100.0 * double(r.passed) / runs : 0.0;
        const QString name = QString::fromStdString(r.test);
        const QString file = QString::fromStdString(r.file);
        QString test = name;
        if (sameName.value(name) > 1) {
            const QString fileName = QFileInfo(file).fileName();
            test = tr("%1 in %2")
                       .arg(name,
                            sameFileName.value(name + QChar(0) + fileName) > 1 ? file : fileName);
        }
        QString label = r.flaky() ? tr("%1 (flaky)").arg(test) : test;
        label += QStringLiteral("  %1/%2").arg(r.passed).arg(r.runs);
        // A horizontal bar axis counts from the bottom: prepend, so the list reads downwards.
        categories.prepend(label);
        set->insert(0, percent);
        failedSet->insert(0, runs > 0 ? 100.0 - percent : 0.0);
        m_bars << qMakePair(test, percent);
    }
    series->append(set);
    series->append(failedSet);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setLabelsBrush(palette().color(QPalette::Text));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %"));
    x->setLabelsBrush(palette().color(QPalette::Text));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Tall enough that every test name stays readable; the scroll area scrolls.
    setMinimumHeight(std::max(200, int(categories.size()) * (fontMetrics().height() + 8) + 120));
}

QList<QPair<QString, double>> PassRateChart::bars() const
{
    return m_bars;
}
