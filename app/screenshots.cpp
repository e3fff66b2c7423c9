#include "app/screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include "app/mainwindow.h"
#include "widgets/dependencypanel.h"
#include "widgets/engine/engineclient.h"
#include "widgets/requesteditor.h"
#include "widgets/responseview.h"

#include <QComboBox>

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
    return ok ? 0 : 1;
}
