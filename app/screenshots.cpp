#include "app/screenshots.h"

#include <functional>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include "app/mainwindow.h"
#include "widgets/dependencypanel.h"
#include "widgets/engine/engineclient.h"
#include "widgets/environmentdialog.h"
#include "widgets/models/suiteresultmodel.h"
#include "widgets/requesteditor.h"
#include "widgets/responseview.h"
#include "widgets/suitespanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

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
    const auto suitesTab = [&window](const char *page) {
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget")))
            tabs->setCurrentIndex(1);
        if (auto *tabs
            = window.suitesPanel()->findChild<QTabWidget *>(QStringLiteral("suiteTabWidget")))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->objectName() == QLatin1String(page)
                    || tabs->widget(i)->findChild<QWidget *>(QLatin1String(page)))
                    tabs->setCurrentIndex(i);
    };
    // 1. A 422 with its details, for a body with three mistakes.
    window.selectRoute(QStringLiteral("create_user"));
    window.requestEditor()->setBody(
        QStringLiteral("{\n  \"username\": \"Al\",\n  \"email\": \"not-an-email\",\n  \"tags\": "
                       "[\"ok\", \"\"]\n}"));
    window.engine()->send(window.requestEditor()->composed());
    // Under QT_SCALE_FACTOR=2 the script wants this one state only, at 200 %.
    if (qEnvironmentVariableIsSet("APITEST_SCREENSHOT_SCALED"))
        return save(window, dir, QStringLiteral("scaled-200.png")) ? 0 : 1;
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
    auto *suites = window.suitesPanel();
    const QString leaky
        = QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/incident_leaky.json");
    suitesTab("suiteResultsView");
    suites->openFiles({leaky});
    settle(600);
    ok = save(window, dir, QStringLiteral("suites-results.png")) && ok;
    suites->findPolluter(); // the failing test is selected after the run
    settle(800);
    ok = save(window, dir, QStringLiteral("suites-polluter.png")) && ok;
    // 5. Its pass rate over runs: twice in file order, once isolated (where it passes).
    suites->run();
    settle(600);
    if (auto *isolate = suites->findChild<QCheckBox *>(QStringLiteral("isolateCheckBox")))
        isolate->setChecked(true);
    suites->run();
    settle(600);
    if (auto *isolate = suites->findChild<QCheckBox *>(QStringLiteral("isolateCheckBox")))
        isolate->setChecked(false);
    suitesTab("passRateChart");
    ok = save(window, dir, QStringLiteral("pass-rate.png")) && ok;
    // 5b. The last two runs side by side: the polluted test ended differently when isolated.
    suitesTab("runsView");
    if (auto *runs = suites->findChild<QTableView *>(QStringLiteral("runsView"));
        runs && suites->runs()->rowCount() >= 2) {
        runs->selectRow(0);
        runs->selectionModel()->select(suites->runs()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        suites->compareSelectedRuns();
    }
    settle(300);
    ok = save(window, dir, QStringLiteral("runs-compare.png")) && ok;
    // 6. The fixture timeline of session, module and function fixtures, as a Gantt chart.
    suites->openFiles({QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/fixture_scopes.json")});
    settle(600);
    suitesTab("fixtureTimeline");
    ok = save(window, dir, QStringLiteral("fixture-timeline.png")) && ok;
    // 7. Dark: a JSON body folded as a tree, with a path parameter field.
    window.setTheme(QStringLiteral("dark"));
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget")))
        tabs->setCurrentIndex(0);
    window.selectRoute(QStringLiteral("list_users"));
    window.engine()->send(window.requestEditor()->composed());
    settle(300);
    if (auto *tabs
        = window.responseView()->findChild<QTabWidget *>(QStringLiteral("responseTabWidget")))
        tabs->setCurrentIndex(1);
    window.responseView()->treeView()->expandToDepth(0);
    ok = save(window, dir, QStringLiteral("dark-json-tree.png")) && ok;
    window.setTheme(QStringLiteral("system"));
    // 8. A pytest project (a copy of the shop test project) run by Debian's pytest: the tree of
    // collected tests, a failure with pytest's report, the override the run left set.
    QTemporaryDir shop;
    const QString source = QStringLiteral(APITEST_SOURCE_DIR "/tests/python/projects/shop");
    QDirIterator files(source, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString target = shop.path() + file.mid(source.size());
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
    const auto waitFor = [](const std::function<bool()> &done) {
        for (int i = 0; i < 300 && !done(); ++i)
            settle(100);
    };
    suitesTab("failureView");
    suites->openPytestProject(shop.path(), QStringLiteral("/usr/bin/python3"));
    waitFor([suites] { return !suites->collectedTests().isEmpty(); });
    suites->run();
    waitFor([suites] { return suites->results()->resultCount() > 0; });
    ok = save(window, dir, QStringLiteral("pytest-project.png")) && ok;
    // 9. Send to both: an OpenAPI document's answer next to its FastAPI app's (Debian's).
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget")))
        tabs->setCurrentIndex(0);
    Engine::Catalog::TargetSpec document;
    document.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
    document.openapiFile = APITEST_SOURCE_DIR "/tests/conformance/openapi/catalog30.json";
    bool opened = false, compared = false;
    const auto openedOnce = QObject::connect(window.engine(), &EngineClient::targetOpened, &window,
                                             [&opened] { opened = true; });
    const auto comparedOnce = QObject::connect(window.engine(), &EngineClient::answersCompared,
                                               &window, [&compared] { compared = true; });
    window.openTarget(document);
    waitFor([&opened] { return opened; });
    settle(300);
    window.selectRoute(QStringLiteral("read_item_items__item_id__get"));
    Engine::Catalog::TargetSpec app;
    app.kind = Engine::Catalog::TargetSpec::Kind::Asgi;
    app.asgi = "catalog_app:app";
    app.appDir = APITEST_SOURCE_DIR "/tests/conformance/openapi";
    app.python = "/usr/bin/python3";
    window.compareWith(app);
    waitFor([&compared] { return compared; });
    QObject::disconnect(openedOnce);
    QObject::disconnect(comparedOnce);
    ok = save(window, dir, QStringLiteral("send-to-both.png")) && ok;
    // 10. File → Environments…: two servers, a secret header masked (not saved anywhere).
    Environment local;
    local.name = QStringLiteral("local");
    local.baseUrl = QStringLiteral("http://127.0.0.1:8000");
    Environment staging;
    staging.name = QStringLiteral("staging");
    staging.baseUrl = QStringLiteral("https://staging.example.com");
    staging.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer eyJhbGciOi"), true},
                       {QStringLiteral("X-Tenant"), QStringLiteral("acme"), false}};
    EnvironmentDialog environments({local, staging}, QString(), &window);
    environments.list()->setCurrentRow(1);
    environments.show();
    settle(300);
    ok = environments.grab().save(QDir(dir).filePath(QStringLiteral("environments.png"))) && ok;
    environments.close();
    return ok ? 0 : 1;
}
