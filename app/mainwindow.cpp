#include "app/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/cli/appoptions.h"
#include "engine/client/presentation.h"
#include "engine/openapi/document.h"
#include "engine/suite/savetest.h"
#include "widgets/colors.h"
#include "widgets/databaseview.h"
#include "widgets/dependencypanel.h"
#include "widgets/environmentdialog.h"
#include "widgets/environments.h"
#include <utility>

#include "widgets/engine/engineclient.h"
#include "widgets/engine/suiteclient.h"
#include "widgets/helpdialogs.h"
#include "widgets/hintbanner.h"
#include "widgets/historyview.h"
#include "widgets/models/keyvaluemodel.h"
#include "widgets/models/routetreemodel.h"
#include "widgets/opentargetdialog.h"
#include "widgets/placeholdertableview.h"
#include "widgets/requesteditor.h"
#include "widgets/responseview.h"
#include "widgets/savetestdialog.h"
#include "widgets/suitespanel.h"

MainWindow::MainWindow(EngineClient *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine ? engine : new EngineClient({}, this))
    , m_suiteClient(new SuiteClient(m_engine->runHistoryPath(), this))
    , m_routes(new RouteTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_routesView(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_editor(new RequestEditor(m_engine, this))
    , m_response(new ResponseView(this))
    , m_dependencies(new DependencyPanel(m_engine, this))
    , m_mails(new KeyValueModel(tr("To"), tr("Subject"), this))
    , m_mailsView(new QTableView(this))
    , m_splitter(new QSplitter(this))
    , m_lifespan(new QCheckBox(tr("Client session (lifespan)"), this))
    , m_raise(new QCheckBox(tr("raise_server_exceptions"), this))
    , m_debug(new QCheckBox(tr("App debug"), this))
    , m_style(new QComboBox(this))
    , m_secretStore(std::make_unique<KeychainSecretStore>())
    , m_environmentStore(std::make_unique<EnvironmentStore>(m_secretStore.get()))
    , m_environmentBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_environmentBox->setObjectName(QStringLiteral("environmentComboBox"));
    // As wide as a usual name; the list opens wider (the toolbar must fit 1100 px in German).
    m_environmentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environmentBox->setMinimumContentsLength(14);
    connect(m_environmentBox, &QComboBox::activated, this, [this](int index) {
        const QString data = m_environmentBox->itemData(index).toString();
        if (data == QStringLiteral("\x1fmanage")) {
            updateEnvironmentBox(); // back to the current one while the dialog is open
            manageEnvironments();
        } else if (!data.isEmpty() && data != m_environment) {
            openEnvironment(data);
        }
    });
    setWindowTitle(tr("API Test Explorer"));
    m_routesView->setObjectName(QStringLiteral("routesTreeView"));
    m_filter->setObjectName(QStringLiteral("routeFilterLineEdit"));
    m_lifespan->setObjectName(QStringLiteral("lifespanCheckBox"));
    m_raise->setObjectName(QStringLiteral("raiseServerExceptionsCheckBox"));
    m_debug->setObjectName(QStringLiteral("debugCheckBox"));
    m_style->setObjectName(QStringLiteral("errorStyleComboBox"));
    m_mailsView->setObjectName(QStringLiteral("mailsTableView"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_routes->setRoutes(m_engine->snapshot().routes);
    m_proxy->setSourceModel(m_routes);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // method, path and summary
    m_routesView->setModel(m_proxy);
    m_routesView->expandAll();
    // Method and path as wide as they are, the summary takes the rest (and its tooltip shows
    // all of it): nothing important is cut at the window's smallest usual size.
    m_routesView->header()->setStretchLastSection(false);
    m_routesView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_routesView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_routesView->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Columns are sized once, when the window is first shown (showEvent): resizing to
    // contents on every filter keystroke would measure every row of a large app each time.
    // Short enough for the narrow panel in every language; the tooltip says what it matches.
    m_filter->setPlaceholderText(tr("Filter routes"));
    m_filter->setToolTip(tr("Filter routes (method, path, summary)"));
    m_filter->setClearButtonEnabled(true);
    m_mailsView->setModel(m_mails);
    m_mailsView->horizontalHeader()->setStretchLastSection(true);
    m_mailsView->verticalHeader()->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Routes</b>"), left));
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_routesView, 1);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(QStringLiteral("middleSplitter"));
    middle->addWidget(m_editor);
    auto *sideTabs = m_sideTabs = new QTabWidget(this);
    sideTabs->setObjectName(QStringLiteral("sideTabWidget"));
    sideTabs->addTab(m_dependencies, tr("Dependencies"));
    sideTabs->addTab(m_mailsView, tr("Recorded mails"));
    sideTabs->addTab(new DatabaseView(m_engine, this), tr("Database"));
    auto *history = new HistoryView(m_engine, this);
    sideTabs->addTab(history, tr("History"));
    connect(history, &HistoryView::requestChosen, this,
            [this](const Engine::Client::ComposedRequest &request) {
                // The route the request was made for, so its fields and doubles show.
                const auto &routes = m_engine->snapshot().routes;
                for (std::size_t i = 0; i < routes.size(); ++i) {
                    const std::string method = routes[i].method == "WS" ? "GET" : routes[i].method;
                    if (method == request.method
                        && Engine::Client::pathValues(routes[i].path, request.path)) {
                        const QModelIndex index
                            = m_proxy->mapFromSource(m_routes->indexOfRoute(int(i)));
                        if (index.isValid())
                            m_routesView->setCurrentIndex(index);
                        break;
                    }
                }
                m_editor->setComposed(request);
            });
    middle->addWidget(sideTabs);

    m_splitter->addWidget(left);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_response);
    m_splitter->setSizes({270, 330, 400}); // shares of the width until the user moves them
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    m_suites = new SuitesPanel(m_suiteClient, this);
    // Suites run against the window's target (when it is not a built-in app) in its style.
    const auto followTarget = [this] {
        m_suiteClient->setTarget(m_engine->targetSpec(), m_engine->snapshot().errorStyle);
    };
    followTarget();
    connect(m_engine, &EngineClient::snapshotChanged, m_suiteClient, followTarget);
    connect(m_engine, &EngineClient::targetOpened, m_suiteClient, followTarget);
    connect(m_suiteClient, &SuiteClient::testSaved, this,
            [this](const QString &path, const QString &testName, const QString &error) {
                const bool interactive = std::exchange(m_saveInteractive, false);
                if (error.isEmpty()) {
                    statusBar()->showMessage(tr("Saved %1 to %2").arg(testName, path), 5000);
                    return;
                }
                statusBar()->showMessage(error, 8000);
                if (interactive)
                    QMessageBox::warning(this, tr("Save as test"), error);
            });
    // The open suite's fixtures under the routes, as pytest --fixtures would list them.
    auto *fixtures = new PlaceholderTableView(left);
    fixtures->setObjectName(QStringLiteral("explorerFixturesView"));
    fixtures->setModel(m_suites->fixtures());
    fixtures->setPlaceholderText(m_suites->fixturesPlaceholder());
    connect(m_suites, &SuitesPanel::fixturesPlaceholderChanged, fixtures,
            &PlaceholderTableView::setPlaceholderText);
    fixtures->horizontalHeader()->setStretchLastSection(true);
    fixtures->verticalHeader()->hide();
    fixtures->setToolTip(tr("The fixtures of the open suite: scope, autouse, what they use"));
    leftLayout->addWidget(new QLabel(tr("<b>Fixtures</b> of the open suite"), left));
    leftLayout->addWidget(fixtures);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("mainTabWidget"));
    m_pages->addTab(m_splitter, tr("Explore"));
    m_pages->addTab(m_suites, tr("Suites"));
    setCentralWidget(m_pages);
    setAcceptDrops(true);

    m_style->addItem(tr("Pydantic 2 (FastAPI 0.132+)"), QStringLiteral("v2"));
    m_style->addItem(tr("Pydantic 1 (FastAPI 0.9x)"), QStringLiteral("v1"));
    m_style->setToolTip(tr("The words of 422 bodies"));
    m_lifespan->setToolTip(
        tr("`with TestClient(app)`: startup ran and shutdown runs when it ends"));
    m_raise->setToolTip(tr("Re-raise unhandled errors into the caller instead of answering 500"));
    m_debug->setToolTip(tr("FastAPI(debug=True): 500 bodies carry the traceback"));
    createActions();
    updateEnvironmentBox();
    refreshSide();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_routesView->expandAll();
    });
    connect(m_routesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { routeActivated(current); });
    connect(m_editor, &RequestEditor::sendRequested, this, &MainWindow::send);
    connect(m_editor, &RequestEditor::edited, this, &MainWindow::updateSaveAsTest);
    connect(m_engine, &EngineClient::responseReady, this,
            [this](const Engine::Client::ResponseSummary &s) {
                m_shown = std::exchange(m_sending, std::nullopt);
                if (m_shown)
                    m_shown->response = s;
                updateSaveAsTest();
                m_response->showSummary(s);
                statusBar()->showMessage(
                    tr("%1 in %2 µs").arg(m_response->statusText()).arg(s.micros), 5000);
            });
    connect(m_engine, &EngineClient::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // Anything that takes over a second gets a way out: a stuck request is left behind and the
    // engine restarts (a suite run has its own Cancel, which stops between tests).
    m_cancelRequest = new QPushButton(tr("Cancel"), this);
    m_cancelRequest->setObjectName(QStringLiteral("cancelRequestButton"));
    m_cancelRequest->setToolTip(
        tr("Leave the work that does not finish behind and restart the engine (toggles and "
           "overrides are kept)"));
    m_cancelRequest->hide();
    statusBar()->addPermanentWidget(m_cancelRequest);
    m_slow = new QTimer(this);
    m_slow->setSingleShot(true);
    m_slow->setInterval(1000);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (!m_engine->busy())
            return;
        statusBar()->showMessage(tr("Still working… Cancel leaves it behind."));
        m_cancelRequest->show();
    });
    connect(m_cancelRequest, &QPushButton::clicked, this, [this] {
        m_cancelRequest->hide(); // until the fresh engine, if it takes a while, is slow too
        if (m_engine->abandonWork())
            statusBar()->showMessage(tr("Cancelled: the engine was restarted; the stuck work "
                                        "goes on in the background and its answer is dropped."),
                                     10000);
    });
    connect(m_engine, &EngineClient::busyChanged, this, [this](bool busy) {
        if (busy) {
            statusBar()->showMessage(tr("Working…"));
            m_slow->start();
            return;
        }
        m_slow->stop();
        m_cancelRequest->hide();
        if (statusBar()->currentMessage() == tr("Working…")
            || statusBar()->currentMessage() == tr("Still working… Cancel leaves it behind."))
            statusBar()->clearMessage();
    });
    connect(m_engine, &EngineClient::snapshotChanged, this, &MainWindow::refreshSide);
    connect(m_engine, &EngineClient::targetOpened, this, [this](const QString &name) {
        m_reloadRoutes = true; // with the snapshot that follows
        watchDocument();
        m_environment = std::exchange(m_pendingEnvironment, QString());
        updateEnvironmentBox();
        // Remembered once it opened (a target that fails is not offered again); an
        // environment's target is in the Environment list, and no recent entry keeps a header
        // that usually carries a secret (the settings file is plain text).
        if (m_environment.isEmpty()) {
            Engine::Catalog::TargetSpec spec = m_engine->targetSpec();
            std::erase_if(spec.headers, [](const std::string &line) {
                return Environment::looksSecret(
                    QString::fromStdString(line.substr(0, line.find(':'))));
            });
            QSettings settings;
            QStringList recent = settings.value(QStringLiteral("targets/recent")).toStringList();
            const QString entry = targetArguments(spec).join(QChar(0x1f));
            recent.removeAll(entry);
            recent.prepend(entry);
            settings.setValue(QStringLiteral("targets/recent"), recent.mid(0, 8));
            updateRecentTargetsMenu();
        }
        statusBar()->showMessage(tr("%1 answers now").arg(name), 5000);
    });
    // A document edited on disk: reloaded once the writes settle (editors save in steps, some
    // by replacing the file, which the watcher then forgets: watchDocument adds it again).
    m_documentWatcher = new QFileSystemWatcher(this);
    m_documentReload = new QTimer(this);
    m_documentReload->setSingleShot(true);
    m_documentReload->setInterval(300);
    connect(m_documentWatcher, &QFileSystemWatcher::fileChanged, m_documentReload,
            qOverload<>(&QTimer::start));
    connect(m_documentReload, &QTimer::timeout, this, [this] {
        if (QFileInfo::exists(QString::fromStdString(m_engine->targetSpec().openapiFile)))
            m_engine->reloadTarget();
        watchDocument();
    });
    connect(
        m_engine, &EngineClient::answersCompared, this, [this](const AnswerComparison &comparison) {
            const int n = int(comparison.answers.rows.size());
            statusBar()->showMessage(
                n == 0
                    ? tr("%1 and %2 give the same answer.").arg(comparison.left, comparison.right)
                    : tr("%n difference(s) between %1 (left) and %2 (right).", "", n)
                          .arg(comparison.left, comparison.right),
                8000);
            m_response->showComparison(comparison.left, comparison.right, comparison.request,
                                       comparison.answers);
        });
    connect(m_engine, &EngineClient::targetReloaded, this, [this](const QStringList &changes) {
        m_reloadRoutes = true;
        statusBar()->showMessage(
            changes.isEmpty()
                ? tr("The document was reloaded; no route changed")
                : tr("The document was reloaded: %n route(s) changed", "", int(changes.size())),
            8000);
        if (changes.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Information, tr("The document changed"),
                                    tr("%n route(s) added, changed or removed. History, suites "
                                       "and overrides are kept.",
                                       "", int(changes.size())),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("documentReloadedMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(changes.join(QLatin1Char('\n')));
        box->setModal(false);
        box->show();
    });
    connect(m_engine, &EngineClient::targetFailed, this, [this](const QString &message) {
        m_pendingEnvironment.clear();
        updateEnvironmentBox();
        auto *box
            = new QMessageBox(QMessageBox::Critical, tr("The app could not be opened"),
                              message.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("targetFailedMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("The previous app still answers."));
        if (message.contains(QLatin1Char('\n')))
            box->setDetailedText(message.section(QLatin1Char('\n'), 1)); // the traceback
        box->open();
    });
    connect(m_suites, &SuitesPanel::working, this, [this](bool on) {
        if (on)
            statusBar()->showMessage(tr("Running suites… (Cancel stops after the current test)"));
        else
            statusBar()->clearMessage();
    });
    connect(
        m_response, &ResponseView::validationRowSelected, this, [this](const Engine::Json &loc) {
            m_editor->clearMarks(); // only the row selected now is marked
            if (m_editor->highlightParameter(loc))
                return;
            const std::string body = m_editor->body().toStdString();
            if (auto span = Engine::Client::locateInBody(body, loc)) {
                // Byte offsets to the editor's UTF-16 positions.
                const int start
                    = int(QString::fromUtf8(body.data(), qsizetype(span->first)).size());
                const int length = int(
                    QString::fromUtf8(body.data() + span->first, qsizetype(span->second)).size());
                m_editor->highlightBody(start, length);
            }
        });
    connect(m_lifespan, &QCheckBox::toggled, m_engine, &EngineClient::setLifespan);
    connect(m_raise, &QCheckBox::toggled, m_engine, &EngineClient::setRaiseServerExceptions);
    connect(m_debug, &QCheckBox::toggled, m_engine, &EngineClient::setDebug);
    connect(m_style, &QComboBox::currentIndexChanged, this, [this](int) {
        m_engine->setErrorStyle(m_style->currentData().toString() == QLatin1String("v1")
                                    ? Engine::Validation::ErrorStyle::V1
                                    : Engine::Validation::ErrorStyle::V2);
    });
    // Keyboard: the filter leads into the routes, then the composer; Return in the filter too.
    // The dependency doubles are rebuilt when the target changes: Tab's ring follows.
    connect(m_engine, &EngineClient::targetOpened, this, &MainWindow::updateTabOrder,
            Qt::QueuedConnection);
    updateTabOrder();
    connect(m_filter, &QLineEdit::returnPressed, m_routesView,
            [this] { m_routesView->setFocus(Qt::ShortcutFocusReason); });
    // Return on a route: it is loaded already (selection follows the cursor); go write it.
    connect(m_routesView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_routes->routeIndex(m_proxy->mapToSource(index)) >= 0)
            m_editor->focusUrl();
    });
    resize(1400, 860); // the first start's size; restoreSettings brings back the last one
    restoreSettings();
    statusBar()->showMessage(
        tr("forge loaded: %n route(s)", nullptr, int(m_engine->snapshot().routes.size())));
    if (m_routes->rowCount() > 0)
        m_routesView->setCurrentIndex(m_proxy->mapFromSource(m_routes->indexOfRoute(0)));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *openApp = file->addAction(tr("Open &app…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                                    &MainWindow::openTargetInteractive);
    openApp->setObjectName(QStringLiteral("actionOpenApp"));
    auto *openDocument
        = file->addAction(tr("Open API &description…"), this, &MainWindow::openDocumentInteractive);
    openDocument->setObjectName(QStringLiteral("actionOpenApiDescription"));
    openDocument->setToolTip(
        tr("Serve the app an OpenAPI document describes (FastAPI's "
           "openapi.json): validation and answers as that FastAPI gives them"));
    auto *environments
        = file->addAction(tr("&Environments…"), this, &MainWindow::manageEnvironments);
    environments->setObjectName(QStringLiteral("actionEnvironments"));
    environments->setToolTip(tr("Servers by name: a base URL and the headers sent with every "
                                "request (an API key); chosen from the toolbar"));
    m_recentTargets = file->addMenu(tr("Recent a&pps"));
    m_recentTargets->setObjectName(QStringLiteral("recentTargetsMenu"));
    updateRecentTargetsMenu();
    file->addSeparator();
    auto *openSuites = file->addAction(tr("&Open suites…"), QKeySequence::Open, this, [this] {
        showSuites();
        m_suites->open();
    });
    openSuites->setObjectName(QStringLiteral("actionOpenSuites"));
    m_recent = file->addMenu(tr("Open &recent suites"));
    m_recent->setObjectName(QStringLiteral("recentSuitesMenu"));
    connect(m_suites, &SuitesPanel::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    auto *openProject = file->addAction(tr("Open p&ytest project…"), this,
                                        &MainWindow::openPytestProjectInteractive);
    openProject->setObjectName(QStringLiteral("actionOpenPytestProject"));
    openProject->setToolTip(tr("Run your own pytest suite here: history, pass rates, the fixture "
                               "timeline, seeds and the polluter search"));
    m_recentProjects = file->addMenu(tr("Recent pytest pro&jects"));
    m_recentProjects->setObjectName(QStringLiteral("recentProjectsMenu"));
    connect(m_suites, &SuitesPanel::recentProjectsChanged, this,
            &MainWindow::updateRecentProjectsMenu);
    updateRecentProjectsMenu();
    connect(m_suites, &SuitesPanel::leakedOverridesChanged, m_dependencies,
            &DependencyPanel::setLeakedOverrides);
    auto *exportPytest = file->addAction(tr("&Export suites as pytest…"), this,
                                         [this] { m_suites->exportPytestInteractive(); });
    exportPytest->setObjectName(QStringLiteral("actionExportPytest"));
    exportPytest->setEnabled(false);
    connect(m_suites, &SuitesPanel::working, exportPytest, [this, exportPytest](bool on) {
        exportPytest->setEnabled(!on && m_suites->runnable());
    });
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));

    auto *request = menuBar()->addMenu(tr("&Request"));
    // The composer's own Ctrl+Return sends; the menu shows it (text after a tab: no second
    // binding, which Qt would call ambiguous).
    auto *sendAction = request->addAction(tr("&Send") + QStringLiteral("\tCtrl+Return"), this,
                                          &MainWindow::send);
    sendAction->setObjectName(QStringLiteral("actionSend"));
    auto *compare = request->addAction(tr("Send to &both…"), this, [this] {
        OpenTargetDialog dialog(m_compareSpec, this);
        dialog.setWindowTitle(tr("Send to both"));
        dialog.setRecentTargets(recentTargets());
        dialog.setEnvironments(m_environmentStore->load(nullptr, false));
        dialog.setIgnoredHeadersShown(true);
        dialog.setIgnoredHeaders(
            QSettings().value(QStringLiteral("compare/ignoreHeaders")).toStringList());
        if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
            return;
        m_compareSpec = dialog.spec();
        if (!dialog.environment().isEmpty()) {
            const auto environment = m_environmentStore->find(dialog.environment());
            if (!environment)
                return;
            m_compareSpec = environment->spec();
        }
        QSettings().setValue(QStringLiteral("compare/ignoreHeaders"), dialog.ignoredHeaders());
        compareWith(m_compareSpec, dialog.ignoredHeaders());
    });
    compare->setObjectName(QStringLiteral("actionCompareWith"));
    compare->setToolTip(tr("Send this request to another target too (the document and the app, "
                           "the engine and a server) and show both answers side by side"));
    auto *curl = request->addAction(tr("Copy as &curl"), this, &MainWindow::copyAsCurl);
    curl->setObjectName(QStringLiteral("actionCopyAsCurl"));
    auto *pytest = request->addAction(tr("Copy as &pytest test"), this, &MainWindow::copyAsPytest);
    pytest->setObjectName(QStringLiteral("actionCopyAsPytest"));
    m_saveAsTest
        = request->addAction(tr("Save as &test…"), this, &MainWindow::saveAsTestInteractive);
    m_saveAsTest->setObjectName(QStringLiteral("actionSaveAsTest"));
    // Whether the composer still holds the request of the answer shown is checked when the
    // menu opens (and by Save as test itself).
    connect(request, &QMenu::aboutToShow, this, &MainWindow::updateSaveAsTest);
    updateSaveAsTest();
    request->addSeparator();
    auto *clear
        = request->addAction(tr("C&lear overrides"), m_engine, &EngineClient::clearOverrides);
    clear->setObjectName(QStringLiteral("actionClearOverrides"));
    auto *focusFilter = request->addAction(tr("&Filter routes"), QKeySequence::Find, this,
                                           [this] { m_filter->setFocus(); });
    focusFilter->setObjectName(QStringLiteral("actionFilterRoutes"));

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *themes = new QActionGroup(this);
    const std::pair<QString, QString> choices[]
        = {{QStringLiteral("system"), tr("&System colours")},
           {QStringLiteral("light"), tr("&Light")},
           {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[key, label] : choices) {
        auto *action = view->addAction(label, this, [this, key = key] { setTheme(key); });
        action->setCheckable(true);
        action->setData(key);
        action->setObjectName(QStringLiteral("actionTheme_") + key);
        themes->addAction(action);
    }
    connect(view, &QMenu::aboutToShow, this, [this, themes] {
        for (QAction *a : themes->actions())
            a->setChecked(a->data().toString() == m_theme);
    });

    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *started = help->addAction(tr("&Getting started"), QKeySequence::HelpContents, this,
                                    &MainWindow::showGettingStarted);
    started->setObjectName(QStringLiteral("actionGettingStarted"));
    auto *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    auto *docs = help->addAction(tr("&Documentation (README)"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(documentationPath()));
    });
    docs->setObjectName(QStringLiteral("actionDocumentation"));
    docs->setEnabled(!documentationPath().isEmpty());
    help->addSeparator();
    auto *aboutAction = help->addAction(tr("&About API Test Explorer"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));

    auto *toolbar = addToolBar(tr("Client"));
    toolbar->setObjectName(QStringLiteral("clientToolBar"));
    toolbar->addWidget(m_lifespan);
    toolbar->addWidget(m_raise);
    toolbar->addWidget(m_debug);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Error style: "), toolbar));
    toolbar->addWidget(m_style);
    toolbar->addSeparator();
    auto *environmentLabel = new QLabel(tr("E&nvironment: "), toolbar);
    environmentLabel->setBuddy(m_environmentBox);
    toolbar->addWidget(environmentLabel);
    toolbar->addWidget(m_environmentBox);
}

void MainWindow::updateTabOrder()
{
    // One ring, in the order the Explore page reads: the toolbar, the page tabs, the routes,
    // the composer, its side panels, the response. Each panel lists its own controls.
    QList<QWidget *> order{m_lifespan,       m_raise,           m_debug,  m_style,
                           m_environmentBox, m_pages->tabBar(), m_filter, m_routesView};
    if (auto *fixtures = findChild<QWidget *>(QStringLiteral("explorerFixturesView")))
        order << fixtures;
    order << m_editor->tabOrder() << m_sideTabs->tabBar() << m_dependencies->tabOrder()
          << m_response->tabOrder();
    order.removeAll(nullptr);
    // A QTabWidget hands its focus on to its tab bar; left where it was created in the chain,
    // Tab would reach that tab bar a second time from there. The tab bars are the stops.
    for (auto *tabs : findChildren<QTabWidget *>()) {
        tabs->setFocusProxy(nullptr);
        tabs->setFocusPolicy(Qt::NoFocus);
    }
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order[i], order[i + 1]);
}

bool MainWindow::selectRoute(const QString &name)
{
    const auto &routes = m_engine->snapshot().routes;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        if (QString::fromStdString(routes[i].name) == name) {
            const QModelIndex index = m_proxy->mapFromSource(m_routes->indexOfRoute(int(i)));
            if (!index.isValid())
                return false;
            m_routesView->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void MainWindow::routeActivated(const QModelIndex &proxyIndex)
{
    const int route = m_routes->routeIndex(m_proxy->mapToSource(proxyIndex));
    if (route < 0)
        return;
    m_editor->loadRoute(route);
    m_dependencies->setRoute(route);
    updateTabOrder(); // the route's parameter fields are new
}

void MainWindow::send()
{
    // What produced the answer: the request and the client settings it was sent with.
    const EngineSnapshot &s = m_engine->snapshot();
    Engine::Suite::SavedExchange exchange;
    exchange.request = m_editor->composed();
    for (const auto &o : s.overrides)
        exchange.overrides.emplace_back(o.dependency, o.provider);
    exchange.lifespan = s.lifespan;
    exchange.raiseServerExceptions = s.raiseServerExceptions;
    m_sending = exchange;
    m_engine->send(exchange.request);
}

std::optional<Engine::Suite::SavedExchange> MainWindow::savedExchange() const
{
    if (!m_shown || !(m_shown->request == m_editor->composed()))
        return std::nullopt;
    return m_shown;
}

void MainWindow::updateSaveAsTest()
{
    if (!m_saveAsTest)
        return;
    const bool ready = savedExchange().has_value();
    // The answer on screen belongs to another request than the composer's: dimmed and named.
    m_response->setStale(
        !m_shown || ready
            ? QString()
            : tr("This answer is to %1 %2, sent before; the composer holds another request now")
                  .arg(QString::fromStdString(m_shown->request.method),
                       QString::fromStdString(m_shown->request.path)));
    m_saveAsTest->setEnabled(ready);
    const QString why
        = ready     ? tr("Save the request and the answer shown as a test in a suite file")
          : m_shown ? tr("The composer was edited since the answer shown: send the request "
                         "again to save it as a test")
                    : tr("Send a request first: the test asserts its answer");
    m_saveAsTest->setToolTip(why);
    m_saveAsTest->setStatusTip(why);
}

void MainWindow::openSuiteFiles(const QStringList &paths)
{
    showSuites();
    m_suites->openFiles(paths);
}

void MainWindow::compareWith(const Engine::Catalog::TargetSpec &other,
                             const QStringList &ignoredHeaders)
{
    statusBar()->showMessage(
        tr("Comparing with %1…").arg(targetArguments(other).join(QLatin1Char(' '))));
    m_engine->compareWith(other, m_editor->composed(), ignoredHeaders);
}

void MainWindow::refreshSide()
{
    const EngineSnapshot &s = m_engine->snapshot();
    if (m_reloadRoutes) {
        m_reloadRoutes = false;
        m_routes->setRoutes(s.routes);
        m_routesView->expandAll();
        if (m_routes->rowCount() > 0)
            m_routesView->setCurrentIndex(m_proxy->mapFromSource(m_routes->indexOfRoute(0)));
    }
    setWindowTitle(tr("API Test Explorer — %1").arg(QString::fromStdString(s.targetName)));
    // Tabs a target cannot fill say why instead of showing nothing.
    for (int i = 0; i < m_sideTabs->count(); ++i) {
        QWidget *page = m_sideTabs->widget(i);
        const bool mails = page == m_mailsView;
        const bool database = qobject_cast<DatabaseView *>(page) != nullptr;
        if (!mails && !database)
            continue;
        const bool available = mails ? s.hasMails : s.hasDatabase;
        m_sideTabs->setTabEnabled(i, available);
        m_sideTabs->setTabToolTip(
            i, available ? QString()
                         : QString::fromStdString(mails ? s.noMailsReason : s.noDatabaseReason));
    }
    if (s.overrides.empty()) // "an override outlived the request" is no longer true
        m_response->hints()->withdraw(Engine::Client::Hint::OverrideOutlivedRequest);
    m_style->setEnabled(s.canSetErrorStyle);
    m_style->setToolTip(s.canSetErrorStyle
                            ? tr("The words of 422 bodies")
                            : tr("This app's own FastAPI and Pydantic decide the words"));
    const QSignalBlocker b1(m_lifespan), b2(m_raise), b3(m_debug), b4(m_style);
    m_lifespan->setChecked(s.lifespan);
    m_raise->setChecked(s.raiseServerExceptions);
    m_debug->setChecked(s.debug);
    m_style->setCurrentIndex(s.errorStyle == Engine::Validation::ErrorStyle::V1 ? 1 : 0);
    std::vector<std::pair<std::string, std::string>> mails;
    for (const auto &m : s.mails)
        mails.emplace_back(m.to, m.subject);
    m_mails->setPairs(mails);
}

void MainWindow::copyAsCurl()
{
    // A live server's URL runs as it is; an app in this process answers at no URL, so the
    // command says where it would have to run.
    const EngineSnapshot &s = m_engine->snapshot();
    const bool live = s.targetKind == "live";
    std::string command
        = Engine::Client::toCurl(m_editor->composed(), live ? s.targetName : "http://testserver");
    if (!live)
        command = "# " + s.targetName
                  + " answers in this process: run the app (uvicorn) and replace "
                    "http://testserver with its address\n"
                  + command;
    QApplication::clipboard()->setText(QString::fromStdString(command));
    statusBar()->showMessage(tr("Copied as curl"), 3000);
}

void MainWindow::copyAsPytest()
{
    QApplication::clipboard()->setText(QString::fromStdString(
        Engine::Client::toPytest(m_editor->composed(), m_response->summary())));
    statusBar()->showMessage(tr("Copied as a pytest test"), 3000);
}

QString MainWindow::documentationPath()
{
    // Installed: PREFIX/share/doc/api-test-explorer next to PREFIX/bin; a build tree: the
    // sources' README.
    const QString installed = QCoreApplication::applicationDirPath()
                              + QStringLiteral("/../share/doc/api-test-explorer/README.md");
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
    const QString source = QStringLiteral(APITEST_SOURCE_DIR "/README.md");
    return QFileInfo::exists(source) ? source : QString();
}

void MainWindow::showGettingStarted()
{
    auto *dialog = findChild<GettingStartedDialog *>();
    if (!dialog) {
        dialog = new GettingStartedDialog(this);
        connect(dialog, &GettingStartedDialog::routeRequested, this, [this](const QString &name) {
            m_pages->setCurrentIndex(0);
            selectRoute(name);
        });
        connect(dialog, &GettingStartedDialog::suiteRequested, this, [this](const QString &file) {
            showSuites();
            // The tutorial's suites: installed in PREFIX/share, else in the sources.
            QString path = QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/api-test-explorer/suites/") + file;
            if (!QFileInfo::exists(path))
                path = QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/") + file;
            m_suites->openFiles({path});
        });
    }
    dialog->show();
    dialog->raise();
}

QList<ShortcutsDialog::Shortcut> MainWindow::shortcuts() const
{
    QList<ShortcutsDialog::Shortcut> list;
    for (QAction *menu : menuBar()->actions())
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
            QString text = action->text();
            QKeySequence keys = action->shortcut();
            if (const auto tab = text.indexOf(QLatin1Char('\t')); tab >= 0) {
                keys = QKeySequence(text.mid(tab + 1)); // shown, bound by the composer
                text.truncate(tab);
            }
            if (keys.isEmpty())
                continue;
            list.append({text.remove(QLatin1Char('&')), keys});
        }
    list.append({tr("Indent the selected body lines"), QKeySequence(tr("Ctrl+]"))});
    list.append({tr("Dedent the selected body lines"), QKeySequence(tr("Ctrl+["))});
    list.append({tr("Go from a route to the composer's URL"), QKeySequence(Qt::Key_Return)});
    list.append({tr("Next or previous control"), QKeySequence(Qt::Key_Tab)});
    return list;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcuts(), this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About API Test Explorer"),
                       tr("<h3>API Test Explorer %1</h3><p>Explore and replay FastAPI-style API "
                          "tests against an embedded engine that answers like FastAPI, Starlette "
                          "and Pydantic.</p>")
                           .arg(QStringLiteral(APITEST_VERSION)));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    // Method and path as wide as they are; the summary (the last column) takes what is left and
    // is shortened with "…" when that is too little (its tooltip has it whole), rather than
    // running off the panel's edge behind a scroll bar.
    for (int c = 0; c + 1 < RouteTreeModel::ColumnCount; ++c)
        m_routesView->resizeColumnToContents(c);
    m_routesView->header()->setMinimumSectionSize(
        m_routesView->fontMetrics().horizontalAdvance(QStringLiteral("Abc…")));
}

void MainWindow::setTheme(const QString &theme)
{
    // The desktop's palette, as it was before the window chose one.
    static const QPalette system = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    m_theme = theme == QLatin1String("dark") || theme == QLatin1String("light")
                  ? theme
                  : QStringLiteral("system");
    if (m_theme == QLatin1String("system")) {
        QApplication::setStyle(systemStyle);
        QApplication::setPalette(system);
    } else {
        QApplication::setStyle(new Colors::ReadableFusionStyle); // the application owns it
        QApplication::setPalette(m_theme == QLatin1String("dark")
                                     ? Colors::darkPalette()
                                     : QApplication::style()->standardPalette());
    }
    for (auto *banner : findChildren<HintBanner *>())
        banner->updateColours();
    QSettings().setValue(QStringLiteral("ui/theme"), m_theme);
}

void MainWindow::showSuites()
{
    m_pages->setCurrentWidget(m_suites);
}

bool MainWindow::reopenLastSession()
{
    QSettings settings;
    const QString project = settings.value(QStringLiteral("session/pytestProject")).toString();
    if (!project.isEmpty() && QFileInfo(project).isDir()) {
        m_suites->openPytestProject(project);
        return true;
    }
    QStringList suites;
    for (const QString &file : settings.value(QStringLiteral("session/suites")).toStringList())
        if (QFileInfo(file).isFile()) // a suite deleted or moved since is left out
            suites << file;
    if (suites.isEmpty())
        return false;
    m_suites->openFiles(suites);
    return true;
}

void MainWindow::openPytestProject(const QString &dir)
{
    showSuites();
    m_suites->openPytestProject(dir);
}

void MainWindow::openPytestProjectInteractive()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open pytest project (the directory pytest runs in)"));
    if (!dir.isEmpty())
        openPytestProject(dir);
}

void MainWindow::updateRecentProjectsMenu()
{
    m_recentProjects->clear();
    const QStringList recent = m_suites->recentProjects();
    for (const QString &dir : recent)
        m_recentProjects->addAction(dir, this, [this, dir] { openPytestProject(dir); });
    m_recentProjects->setEnabled(!recent.isEmpty());
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_suites->recentFiles();
    for (const QString &path : recent)
        m_recent->addAction(path, this, [this, path] {
            showSuites();
            m_suites->openFiles({path});
        });
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // An OpenAPI document opens as the target; suite files open in the Suites panel.
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && Engine::OpenApi::isDocumentFile(path.toStdString())) {
            event->acceptProposedAction();
            Engine::Catalog::TargetSpec spec;
            spec.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
            spec.openapiFile = path.toStdString();
            openTarget(spec);
            return;
        }
    }
    const QStringList paths = SuitesPanel::suiteFilesIn(event->mimeData());
    if (paths.isEmpty()) {
        statusBar()->showMessage(tr("Drop suite files (.json) to open them"), 5000);
        return;
    }
    event->acceptProposedAction();
    showSuites();
    m_suites->openFiles(paths);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    // Every other splitter (composer/side panels, suites) by its object name.
    for (auto *splitter : findChildren<QSplitter *>())
        if (splitter != m_splitter && !splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    if (!settings.value(QStringLiteral("client/raiseServerExceptions"), true).toBool())
        m_raise->setChecked(false);
    if (settings.value(QStringLiteral("app/debug"), false).toBool())
        m_debug->setChecked(true);
    const QString theme = settings.value(QStringLiteral("ui/theme")).toString();
    if (theme == QLatin1String("dark") || theme == QLatin1String("light"))
        setTheme(theme);
    if (settings.value(QStringLiteral("app/errorStyle")).toString() == QLatin1String("v1"))
        m_style->setCurrentIndex(1);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->keepDraft(); // what was typed stays for the next start
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (auto *splitter : findChildren<QSplitter *>())
        if (splitter != m_splitter && !splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("window/") + splitter->objectName(),
                              splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    // What the Suites panel had open, for reopenLastSession at the next start.
    QStringList suites;
    for (const QString &file : m_suites->files())
        suites << QFileInfo(file).absoluteFilePath();
    settings.setValue(QStringLiteral("session/suites"), suites);
    settings.setValue(QStringLiteral("session/pytestProject"), m_suites->pytestProject().dir);
    settings.setValue(QStringLiteral("client/raiseServerExceptions"), m_raise->isChecked());
    settings.setValue(QStringLiteral("app/debug"), m_debug->isChecked());
    settings.setValue(QStringLiteral("app/errorStyle"), m_style->currentData().toString());
    event->accept();
}

void MainWindow::saveAsTest(const QString &path, const QString &testName, bool withBody,
                            const std::vector<std::string> &fields)
{
    const auto exchange = savedExchange();
    if (!exchange) {
        updateSaveAsTest();
        statusBar()->showMessage(m_saveAsTest->toolTip(), 8000);
        return;
    }
    m_suiteClient->saveTest(path, *exchange, testName, withBody, fields);
}

void MainWindow::saveAsTestInteractive()
{
    const auto exchange = savedExchange();
    if (!exchange) {
        updateSaveAsTest();
        QMessageBox::information(this, tr("Save as test"), m_saveAsTest->toolTip());
        return;
    }
    SaveTestDialog dialog(exchange->response, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save as test in suite"), {}, tr("Suites (*.json)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_saveInteractive = true;
    saveAsTest(path, dialog.testName(), dialog.wholeBody(), dialog.fields());
}

QStringList MainWindow::targetArguments(const Engine::Catalog::TargetSpec &spec)
{
    using Kind = Engine::Catalog::TargetSpec::Kind;
    QStringList out;
    if (spec.kind == Kind::App) {
        out << QStringLiteral("--app")
            << QString::fromStdString(spec.app.empty() ? Engine::Catalog::defaultApp() : spec.app);
        return out;
    }
    if (spec.kind == Kind::Live) {
        out << QStringLiteral("--base-url") << QString::fromStdString(spec.baseUrl);
        for (const auto &h : spec.headers)
            out << QStringLiteral("--header") << QString::fromStdString(h);
        if (spec.insecure)
            out << QStringLiteral("--insecure");
        return out;
    }
    if (spec.kind == Kind::OpenApi) {
        out << QStringLiteral("--openapi") << QString::fromStdString(spec.openapiFile);
        if (spec.fastapi)
            out << QStringLiteral("--fastapi") << QString::fromStdString(spec.fastapi->toString());
        return out;
    }
    out << QStringLiteral("--asgi") << QString::fromStdString(spec.asgi);
    if (!spec.appDir.empty())
        out << QStringLiteral("--app-dir") << QString::fromStdString(spec.appDir);
    if (!spec.python.empty())
        out << QStringLiteral("--python") << QString::fromStdString(spec.python);
    for (const auto &d : spec.doublesModules)
        out << QStringLiteral("--doubles") << QString::fromStdString(d);
    return out;
}

void MainWindow::openEnvironment(const QString &name)
{
    QString why;
    const auto environment = m_environmentStore->find(name, &why);
    if (!environment) {
        statusBar()->showMessage(tr("There is no environment named %1").arg(name), 8000);
        updateEnvironmentBox();
        return;
    }
    if (!why.isEmpty())
        statusBar()->showMessage(why, 10000);
    if (const QString problem = environment->problem(); !problem.isEmpty()) {
        statusBar()->showMessage(tr("%1: %2").arg(name, problem), 10000);
        updateEnvironmentBox();
        return;
    }
    m_pendingEnvironment = name;
    if (why.isEmpty())
        statusBar()->showMessage(tr("Opening %1 (%2)…").arg(name, environment->baseUrl));
    m_engine->openTarget(environment->spec());
}

void MainWindow::manageEnvironments()
{
    QString why;
    const QList<Environment> environments = m_environmentStore->load(&why);
    QString warning = m_environmentStore->secretsWarning();
    if (!why.isEmpty())
        warning = warning.isEmpty() ? why : warning + QLatin1Char('\n') + why;
    EnvironmentDialog dialog(environments, warning, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    const QString saved = m_environmentStore->save(dialog.environments());
    updateEnvironmentBox();
    if (saved.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Secrets are not encrypted"), saved,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("secretsUnencryptedMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateEnvironmentBox()
{
    const QSignalBlocker quiet(m_environmentBox);
    m_environmentBox->clear();
    m_environmentBox->addItem(tr("None"), QString());
    // "None" says the target was not opened from an environment; it opens nothing.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_environmentBox->model()))
        model->item(0)->setEnabled(false);
    for (const QString &name : m_environmentStore->names())
        m_environmentBox->addItem(name, name);
    m_environmentBox->insertSeparator(m_environmentBox->count());
    m_environmentBox->addItem(tr("Manage environments…"), QStringLiteral("\x1fmanage"));
    const int current = m_environment.isEmpty() ? 0 : m_environmentBox->findData(m_environment);
    m_environmentBox->setCurrentIndex(current < 0 ? 0 : current);
    m_environmentBox->setToolTip(
        m_environment.isEmpty()
            ? tr("Choose an environment to send requests to its server")
            : tr("Requests go to %1").arg(QString::fromStdString(m_engine->targetSpec().baseUrl)));
}

void MainWindow::openTarget(const Engine::Catalog::TargetSpec &spec)
{
    m_pendingEnvironment.clear();
    statusBar()->showMessage(tr("Opening %1…").arg(targetArguments(spec).join(QLatin1Char(' '))));
    m_engine->openTarget(spec);
}

void MainWindow::openDocumentInteractive()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Open API description"),
                                       QString::fromStdString(m_engine->targetSpec().openapiFile),
                                       tr("OpenAPI documents (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    Engine::Catalog::TargetSpec spec;
    spec.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
    spec.openapiFile = file.toStdString();
    openTarget(spec);
}

void MainWindow::watchDocument()
{
    if (!m_documentWatcher->files().isEmpty())
        m_documentWatcher->removePaths(m_documentWatcher->files());
    const auto &spec = m_engine->targetSpec();
    if (spec.kind == Engine::Catalog::TargetSpec::Kind::OpenApi && !spec.openapiFile.empty())
        m_documentWatcher->addPath(QString::fromStdString(spec.openapiFile));
}

void MainWindow::openTargetInteractive()
{
    OpenTargetDialog dialog(m_engine->targetSpec(), this);
    dialog.setRecentTargets(recentTargets());
    dialog.setEnvironments(m_environmentStore->load(nullptr, false));
    // The current environment's secrets stay masked.
    if (const int i = dialog.environmentBox()->findData(m_environment);
        !m_environment.isEmpty() && i > 0)
        dialog.environmentBox()->setCurrentIndex(i);
    if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    if (!dialog.environment().isEmpty())
        openEnvironment(dialog.environment());
    else
        openTarget(dialog.spec());
}

QList<QPair<QString, Engine::Catalog::TargetSpec>> MainWindow::recentTargets() const
{
    QList<QPair<QString, Engine::Catalog::TargetSpec>> out;
    const QStringList recent = QSettings().value(QStringLiteral("targets/recent")).toStringList();
    for (const QString &entry : recent) {
        const QStringList args = entry.split(QChar(0x1f));
        std::vector<std::string> argv;
        for (const auto &a : args)
            argv.push_back(a.toStdString());
        AppOptions options;
        try {
            options.parse(argv); // a recent entry holds only target options
        } catch (const UsageError &) {
            continue; // written by another version, or edited by hand
        }
        out.append({args.join(QLatin1Char(' ')), options.spec});
    }
    return out;
}

void MainWindow::updateRecentTargetsMenu()
{
    m_recentTargets->clear();
    const auto recent = recentTargets();
    for (const auto &[label, spec] : recent)
        m_recentTargets->addAction(label, this, [this, spec = spec] { openTarget(spec); });
    m_recentTargets->setEnabled(!recent.isEmpty());
}
