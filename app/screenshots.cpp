#include "app/screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include "app/mainwindow.h"
#include "widgets/dependencypanel.h"
#include "widgets/engine/engineclient.h"
#include "widgets/models/suiteresultmodel.h"
#include "widgets/requesteditor.h"
#include "widgets/responseview.h"
#include "widgets/suitespanel.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTableView>

namespace {
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(MainWindow &w, const QString &dir, const QString &name)
{
    settle();
    return w.grab().save(QDir(dir).filePath(name));
}
} // namespace

int takeScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    bool ok = true;
    // 1. A 422 with its details, for a body with three mistakes.
    window.selectRoute(QStringLiteral("create_user"));
    window.requestEditor()->setBody(
        QStringLiteral("{\n  \"username\": \"Al\",\n  \"email\": \"not-an-email\",\n  \"tags\": "
                       "[\"ok\", \"\"]\n}"));
    window.engine()->send(window.requestEditor()->composed());
    ok = save(window, dir, QStringLiteral("validation-422.png")) && ok;
    // 2. The admin dashboard as fake_user: 403, the override marked.
    window.selectRoute(QStringLiteral("admin_dashboard"));
    if (auto *combo = window.dependencyPanel()->comboFor(QStringLiteral("get_current_user"))) {
        const int i = combo->findData(QStringLiteral("fake_user"));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }
    settle();
    window.engine()->send(window.requestEditor()->composed());
    ok = save(window, dir, QStringLiteral("override-fake-user.png")) && ok;
    // 3. The unhandled error, raised into the caller, with the explanation.
    window.engine()->clearOverrides();
    window.selectRoute(QStringLiteral("crash"));
    window.engine()->send(window.requestEditor()->composed());
    ok = save(window, dir, QStringLiteral("raised-error.png")) && ok;
    // 4. The leaky incident suite: one failure, and the polluter found by bisection.
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget")))
        tabs->setCurrentIndex(1);
    auto *suites = window.suitesPanel();
    suites->openFiles({QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/incident_leaky.json")});
    settle(600);
    if (auto *view = suites->findChild<QTableView *>(QStringLiteral("suiteResultsView")))
        view->setCurrentIndex(suites->results()->index(suites->results()->rowCount() - 1, 0));
    suites->findPolluter();
    settle(800);
    if (auto *tabs = suites->findChild<QTabWidget *>(QStringLiteral("suiteTabWidget")))
        tabs->setCurrentIndex(2);
    ok = save(window, dir, QStringLiteral("suites-polluter.png")) && ok;
    return ok ? 0 : 1;
}
