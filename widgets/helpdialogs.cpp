#include "widgets/helpdialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting started"));
    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setOpenLinks(false);
    const auto route = [](const char *name, const QString &label) {
        return QStringLiteral("<a href=\"route:%1\">%2</a>")
            .arg(QLatin1String(name), label.toHtmlEscaped());
    };
    const auto suite = [](const char *file) {
        return QStringLiteral("<a href=\"suite:%1\">%1</a>").arg(QLatin1String(file));
    };
    QString html;
    html += tr("<h2>Getting started</h2>"
               "<p>API Test Explorer sends requests the way FastAPI's <code>TestClient</code> "
               "does and shows what FastAPI answers: the status, the body and, for a 422, each "
               "validation error with the place in the request it points to.</p>");
    html += tr("<h3>What answers: the target</h3><ul>"
               "<li><b>forge</b>, the built-in demo app of the tutorial (open now unless you "
               "chose another);</li>"
               "<li><b>your own FastAPI app</b>: File → Open app… → Python app "
               "(<code>myproject.main:app</code>), with its dependencies and the doubles you "
               "wrote;</li>"
               "<li><b>an OpenAPI document</b> FastAPI wrote (<code>openapi.json</code>): its "
               "validation and 422 bodies as that FastAPI gives them, offline;</li>"
               "<li><b>a running server</b> (File → Open app… → Live server, or an "
               "environment from the toolbar: File → Environments… keeps servers by name with "
               "their headers).</li></ul>"
               "<p>Request → Send to both… puts two targets' answers side by side. Your "
               "<b>pytest suite</b> opens with File → Open pytest project….</p>");
    html += tr("<h3>The tutorial's patterns, and where to try them</h3><ul>");
    html += QStringLiteral("<li>")
            + tr("<b>Validation (422)</b>: send %1 with a body that lacks a field or has a bad "
                 "email; the 422 tab lists each error, a click marks it in the body.")
                  .arg(route("create_user", QStringLiteral("POST /forge/users")))
            + QStringLiteral("</li><li>")
            + tr("<b>Dependency overrides</b>: open %1, choose <code>fake_admin</code> for "
                 "<code>get_current_user</code> under Dependencies, send; it stays set until "
                 "you clear it, as <code>app.dependency_overrides</code> does.")
                  .arg(route("admin_dashboard", QStringLiteral("GET /forge/admin/dashboard")))
            + QStringLiteral("</li><li>")
            + tr("<b>Path and query parameters</b>: %1 has a typed field for "
                 "<code>item_id</code>; type a word and see FastAPI's 422.")
                  .arg(route("read_item", QStringLiteral("GET /forge/items/{item_id}")))
            + QStringLiteral("</li><li>")
            + tr("<b>Errors raised, not answered</b>: %1 raises; with "
                 "<i>raise_server_exceptions</i> ticked (TestClient's default) the error "
                 "reaches the test instead of a 500.")
                  .arg(route("crash", QStringLiteral("GET /crash")))
            + QStringLiteral("</li><li>")
            + tr("<b>The lifespan</b>: untick <i>Client session (lifespan)</i> and send %1: "
                 "startup never ran, as with <code>TestClient(app)</code> outside "
                 "<code>with</code>.")
                  .arg(route("list_users", QStringLiteral("GET /forge/users")))
            + QStringLiteral("</li><li>")
            + tr("<b>Background tasks</b>: creating a user with %1 sends a welcome mail; see "
                 "it under Recorded mails.")
                  .arg(route("create_user", QStringLiteral("POST /forge/users")))
            + QStringLiteral("</li><li>")
            + tr("<b>WebSockets</b>: %1 echoes what you send.")
                  .arg(route("ws_echo", QStringLiteral("WS /forge/ws/echo")))
            + QStringLiteral("</li><li>")
            + tr("<b>Fixtures and their scopes</b>: the suite %1 in the Suites tab, drawn as "
                 "a timeline.")
                  .arg(suite("fixture_scopes.json"))
            + QStringLiteral("</li><li>")
            + tr("<b>A flaky test</b>: the suite %1 fails in file order and passes alone; "
                 "select the failure and press Find polluter.")
                  .arg(suite("incident_leaky.json"))
            + QStringLiteral("</li></ul>");
    html += tr("<p>Where the tutorial and FastAPI disagree, the window shows what FastAPI "
               "does and says why in a yellow note.</p>");
    m_browser->setHtml(html);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GettingStartedDialog::follow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString GettingStartedDialog::text() const
{
    return m_browser->toPlainText();
}

void GettingStartedDialog::follow(const QUrl &link)
{
    if (link.scheme() == QLatin1String("route"))
        emit routeRequested(link.path());
    else if (link.scheme() == QLatin1String("suite"))
        emit suiteRequested(link.path());
}

ShortcutsDialog::ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(shortcuts.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("What"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        const QString keys = shortcuts[row].second.toString(QKeySequence::NativeText);
        table->setItem(row, 0, new QTableWidgetItem(shortcuts[row].first));
        table->setItem(row, 1, new QTableWidgetItem(keys));
        m_rows << shortcuts[row].first + QLatin1Char('\t') + keys;
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(520, 480);
}
