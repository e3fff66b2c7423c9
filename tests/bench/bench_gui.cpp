// GUI speed figures (a benchmark, not a test: it prints numbers for the README).
//   filter:  the route filter with 5,000 generated routes, per keystroke, as typed into the
//            real window's filter box (proxy filtering, expanding, painting);
//   stall:   the longest event-loop stall while the window shows a 10 MiB JSON response
//            (a 1 ms timer records the gaps between its ticks).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_gui
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "app/mainwindow.h"
#include "engine/client/presentation.h"
#include "widgets/engine/engineclient.h"
#include "widgets/models/routetreemodel.h"
#include "widgets/responseview.h"

namespace {

std::vector<EngineSnapshot::Route> generatedRoutes(int count)
{
    static const char *methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
    std::vector<EngineSnapshot::Route> routes;
    for (int i = 0; i < count; ++i) {
        EngineSnapshot::Route r;
        r.method = methods[i % 5];
        r.group = "group" + std::to_string(i % 50);
        r.path = "/" + r.group + "/resource" + std::to_string(i) + "/{item_id}";
        r.name = "handler_" + std::to_string(i);
        r.summary = "Operation number " + std::to_string(i) + " on " + r.group;
        routes.push_back(std::move(r));
    }
    return routes;
}

void benchFilter(MainWindow &window)
{
    auto *routes = qobject_cast<RouteTreeModel *>(window.routesProxy()->sourceModel());
    routes->setRoutes(generatedRoutes(5000));
    window.routesView()->expandAll();
    QApplication::processEvents();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("routeFilterLineEdit"));
    const QString typed = QStringLiteral("resource42");
    std::vector<double> ms;
    for (int round = 0; round < 3; ++round) {
        filter->clear();
        QApplication::processEvents();
        for (const QChar c : typed) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(filter, c.toLatin1());
            QApplication::processEvents(); // layout and paint of the filtered tree
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("route filter, 5000 routes: mean %.1f ms, median %.1f ms, worst %.1f ms per "
                "keystroke (%zu keystrokes; %d rows shown at the end)\n",
                sum / double(ms.size()), ms[ms.size() / 2], ms.back(), ms.size(),
                window.routesProxy()->rowCount());
    filter->clear();
}

void benchLargeResponse(MainWindow &window)
{
    // A 10 MiB JSON array, summarized by the engine as for a real response.
    Engine::Json body = Engine::Json::array();
    std::string raw;
    for (int i = 0; raw.size() < 10u * 1024 * 1024; ++i) {
        body.push_back(Engine::Json{{"id", i},
                                    {"username", "user" + std::to_string(i)},
                                    {"email", "user" + std::to_string(i) + "@example.com"},
                                    {"tags", {"a", "b"}}});
        if (i % 1000 == 999)
            raw = body.dump();
    }
    raw = body.dump();
    Engine::Client::ResponseSummary summary;
    summary.status = 200;
    summary.reason = "OK";
    summary.isJson = true;
    summary.rawBody = raw;
    summary.body = Engine::Client::prettyJson(body);
    summary.json = std::make_shared<const Engine::Json>(std::move(body));
    summary.headers
        = {{"content-type", "application/json"}, {"content-length", std::to_string(raw.size())}};

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed(), worst = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    ticker.start();
    QTest::qWait(200);
    const qint64 quiet = worst;
    worst = 0;
    // Delivered as the worker delivers it: the signal the window listens to.
    emit window.engine()->responseReady(summary);
    QTest::qWait(1000);
    const qint64 withResponse = worst;
    // Then the user opens the tree (first level of 200k+ items) and presses Show all.
    worst = 0;
    window.responseView()
        ->findChild<QTabWidget *>(QStringLiteral("responseTabWidget"))
        ->setCurrentIndex(1);
    QTest::qWait(500);
    const qint64 withTree = worst;
    // And "Show all": the rest arrives in chunks between events.
    worst = 0;
    QElapsedTimer loading;
    loading.start();
    auto *view = window.responseView();
    view->showAll();
    while (view->loadingAll())
        QTest::qWait(20);
    const double loadSeconds = double(loading.nsecsElapsed()) / 1e9;
    const qint64 withShowAll = worst;
    std::printf("10 MiB JSON response (%zu bytes raw, %zu pretty): longest event-loop stall "
                "%.1f ms when it arrives, %.1f ms opening the tree, %.1f ms during Show all "
                "(all shown %.1f s later); %.1f ms when idle\n",
                raw.size(), summary.body.size(), double(withResponse) / 1e6, double(withTree) / 1e6,
                double(withShowAll) / 1e6, loadSeconds, double(quiet) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("api-test-explorer-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    QStandardPaths::setTestModeEnabled(true);
    QElapsedTimer startup;
    startup.start();
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    std::printf("window shown with forge loaded: %.1f ms after QApplication\n",
                double(startup.nsecsElapsed()) / 1e6);
    benchFilter(window);
    benchLargeResponse(window);
    return 0;
}
