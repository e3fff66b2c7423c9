#pragma once

#include <memory>
#include <optional>

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include "engine/catalog/catalog.h"
#include "engine/suite/savetest.h"

class EngineClient;
class DependencyPanel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QFileSystemWatcher;
class QTimer;
class QMenu;
class QTabWidget;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;
class RequestEditor;
class ResponseView;
class SuitesPanel;
class SuiteClient;
class QAction;
class RouteTreeModel;
class KeyValueModel;
class EnvironmentStore;
class SecretStore;

// The explorer window: routes on the left, the composer and dependency doubles in the middle,
// the response on the right; toggles for the client session, raise_server_exceptions, the
// app's debug flag and the error style in the toolbar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // engine: the adapter to use (tests pass one in synchronous mode); nullptr makes one.
    explicit MainWindow(EngineClient *engine = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    EngineClient *engine() const { return m_engine; }
    RequestEditor *requestEditor() const { return m_editor; }
    ResponseView *responseView() const { return m_response; }
    DependencyPanel *dependencyPanel() const { return m_dependencies; }
    QTreeView *routesView() const { return m_routesView; }
    QSortFilterProxyModel *routesProxy() const { return m_proxy; }
    SuitesPanel *suitesPanel() const { return m_suites; }
    // Runs suites, exports them and saves tests, on a worker of its own.
    SuiteClient *suiteClient() const { return m_suiteClient; }
    QMenu *recentMenu() const { return m_recent; }
    QMenu *recentTargetsMenu() const { return m_recentTargets; }

    // Opens another target (File → Open app…, `api-explorer --asgi ...`); a fault is shown in
    // a dialog and the previous target stays. The target is remembered in the recent ones.
    void openTarget(const Engine::Catalog::TargetSpec &spec);
    // Request → Send to both…: the composed request to the current target and to other.
    // ignoredHeaders: response headers left out of the comparison (compare --ignore-header).
    void compareWith(const Engine::Catalog::TargetSpec &other,
                     const QStringList &ignoredHeaders = {});
    // Suite files given on the command line: opened in the Suites panel.
    void openSuiteFiles(const QStringList &paths);
    // What was open in the Suites panel when the window last closed (suite files or a pytest
    // project), opened again when it is still there; false when there was nothing to reopen.
    bool reopenLastSession();
    // Help: the Getting started page (F1), the shortcuts, the README (installed or the sources').
    void showGettingStarted();
    void showShortcuts();
    QList<QPair<QString, QKeySequence>> shortcuts() const;
    static QString documentationPath();
    // Opens a pytest project in the Suites panel (File → Open pytest project…).
    void openPytestProject(const QString &dir);
    void openPytestProjectInteractive();
    QMenu *recentProjectsMenu() const { return m_recentProjects; }
    // The target as api-replay options ("--asgi main:app --app-dir /p"), for menus and titles.
    static QStringList targetArguments(const Engine::Catalog::TargetSpec &spec);
    // File → Open recent app's entries, newest first: a label (the options) and the target.
    QList<QPair<QString, Engine::Catalog::TargetSpec>> recentTargets() const;
    // The toolbar's Environment list: opens the environment's server as the live target.
    void openEnvironment(const QString &name);
    // The environment the current target was opened from, empty for none.
    QString currentEnvironment() const { return m_environment; }
    QComboBox *environmentBox() const { return m_environmentBox; }
    EnvironmentStore *environmentStore() const { return m_environmentStore.get(); }
    // File → Environments…: edits them; secrets go to the keychain (or the settings file,
    // with a warning, when there is none).
    void manageEnvironments();
    // Rebuilds the Environment list from the store (after a change made elsewhere).
    void updateEnvironmentBox();
    // Shown in the status bar when the engine has been busy for over a second.
    QPushButton *cancelRequestButton() const { return m_cancelRequest; }

    // Selects a route by handler name ("create_user"); false when there is none.
    bool selectRoute(const QString &name);
    // "system" (the desktop's palette), "light" or "dark"; remembered in the settings.
    void setTheme(const QString &theme);
    QString theme() const { return m_theme; }

    // Appends the exchange on screen (the request that produced the shown answer, with the
    // overrides and toggles in force when it was sent) as a test to a suite file, on the suite
    // worker; SuiteClient::testSaved says how it went (the status bar too). Nothing is saved
    // when no answer is shown or the composer was edited since (savedExchange() is empty).
    void saveAsTest(const QString &path, const QString &testName, bool withBody,
                    const std::vector<std::string> &fields = {});
    // The exchange Save as test would save: empty before the first answer and once the
    // composer no longer holds the request that produced the shown answer.
    std::optional<Engine::Suite::SavedExchange> savedExchange() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void routeActivated(const QModelIndex &proxyIndex);
    void send();
    void showValidationLocation(const QVariant &loc);
    void refreshSide();
    void copyAsCurl();
    void copyAsPytest();
    void saveAsTestInteractive();
    void about();
    void restoreSettings();
    void updateRecentMenu();
    void updateRecentProjectsMenu();
    // Tab's order through the Explore page (again after a route or target rebuilt fields).
    void updateTabOrder();
    void updateRecentTargetsMenu();
    void showSuites();
    void openTargetInteractive();

    EngineClient *m_engine;
    SuiteClient *m_suiteClient;
    // The request being sent with the settings it goes with, and the exchange of the answer
    // on screen.
    std::optional<Engine::Suite::SavedExchange> m_sending, m_shown;
    bool m_saveInteractive = false; // a failed save is shown in a dialog, not only the status bar
    void updateSaveAsTest();
    QAction *m_saveAsTest = nullptr;
    RouteTreeModel *m_routes;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_routesView;
    QLineEdit *m_filter;
    RequestEditor *m_editor;
    ResponseView *m_response;
    DependencyPanel *m_dependencies;
    KeyValueModel *m_mails;
    QTableView *m_mailsView;
    QSplitter *m_splitter;
    QCheckBox *m_lifespan;
    QCheckBox *m_raise;
    QCheckBox *m_debug;
    QComboBox *m_style;
    SuitesPanel *m_suites = nullptr;
    QTabWidget *m_pages = nullptr;
    QMenu *m_recent = nullptr;
    QMenu *m_recentTargets = nullptr;
    QMenu *m_recentProjects = nullptr;
    // The OpenAPI document of the current target: edited on disk, the target reloads.
    QFileSystemWatcher *m_documentWatcher = nullptr;
    Engine::Catalog::TargetSpec m_compareSpec; // the last target compared with
    QTimer *m_documentReload = nullptr;
    void watchDocument();
    void openDocumentInteractive();
    QTabWidget *m_sideTabs = nullptr;
    QPushButton *m_cancelRequest = nullptr;
    QTimer *m_slow = nullptr;
    bool m_columnsSized = false;
    bool m_reloadRoutes = false; // a new target opened: its routes come with the next snapshot
    QString m_theme = QStringLiteral("system");
    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<EnvironmentStore> m_environmentStore;
    QComboBox *m_environmentBox = nullptr;
    QString m_environment;        // the current target's environment
    QString m_pendingEnvironment; // the one being opened
};
