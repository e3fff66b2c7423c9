#pragma once

#include <QDialog>

#include "engine/catalog/catalog.h"
#include "widgets/environments.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QLabel;

// File → Open app…: what answers the requests. A built-in app, or the user's own FastAPI app
// (module:attr, app directory, interpreter, doubles modules), or a running server (URL,
// default headers, TLS check). An OpenAPI document is chosen as a file.
class OpenTargetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenTargetDialog(const Engine::Catalog::TargetSpec &current,
                              QWidget *parent = nullptr);

    // The target as chosen; check problem() first.
    Engine::Catalog::TargetSpec spec() const;
    // What is missing or malformed ("module:attr is required"), empty when the choice is whole.
    QString problem() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *moduleEdit() const { return m_module; }
    QLineEdit *appDirEdit() const { return m_appDir; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *documentEdit() const { return m_document; }
    QComboBox *fastapiBox() const { return m_fastapi; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    // Send to both…: a field for the response headers to leave out of the comparison (a trace
    // id, a request id), as compare --ignore-header. Hidden unless turned on.
    void setIgnoredHeadersShown(bool on);
    void setIgnoredHeaders(const QStringList &names);
    QStringList ignoredHeaders() const;
    QLineEdit *ignoredHeadersEdit() const { return m_ignored; }
    // Targets opened before (label, target), offered in a "Recent" list above the form that
    // fills it; hidden when empty.
    void setRecentTargets(const QList<QPair<QString, Engine::Catalog::TargetSpec>> &recent);
    QComboBox *recentBox() const { return m_recent; }
    // Live server: the environments to choose from (their secrets need not be read: they are
    // shown masked). environment(): the one chosen, empty for the URL and headers typed.
    void setEnvironments(const QList<Environment> &environments);
    QString environment() const;
    QComboBox *environmentBox() const { return m_environment; }

private:
    void updateState();
    void fill(const Engine::Catalog::TargetSpec &spec);

    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QComboBox *m_builtin;
    QLineEdit *m_module;
    QLineEdit *m_ignored = nullptr;
    QWidget *m_ignoredRow = nullptr;
    QLineEdit *m_appDir;
    QLineEdit *m_python;
    QLineEdit *m_doubles;
    QLineEdit *m_document;
    QComboBox *m_fastapi = nullptr;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QCheckBox *m_insecure;
    QLabel *m_problem;
    QComboBox *m_recent = nullptr;
    QComboBox *m_environment = nullptr;
    QList<Environment> m_environments;
    QWidget *m_recentRow = nullptr;
    QList<QPair<QString, Engine::Catalog::TargetSpec>> m_recentTargets;
    QPushButton *m_ok = nullptr;
};
