#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>

class QTextBrowser;

// Help → Getting started: what a target is and the tutorial's patterns, each with the route
// (or suite) of the built-in forge app to try it on. A link to a route selects it in the
// window (routeRequested); a suite link opens it (suiteRequested).
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
    QString text() const;
    // Follows a link as a click does ("route:create_user", "suite:overrides.json").
    void follow(const QUrl &link);

signals:
    void routeRequested(const QString &routeName);
    void suiteRequested(const QString &fileName);

private:
    QTextBrowser *m_browser;
};

// Help → Keyboard shortcuts: the window's shortcuts as the menus have them, and the ones that
// live in its panels.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    using Shortcut = QPair<QString, QKeySequence>;
    explicit ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);
    // "Send\tCtrl+Return" per row, as shown (for tests).
    QStringList rows() const { return m_rows; }

private:
    QStringList m_rows;
};
