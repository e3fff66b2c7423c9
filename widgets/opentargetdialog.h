#pragma once

#include <QDialog>

#include "engine/catalog/catalog.h"

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
    QPlainTextEdit *headersEdit() const { return m_headers; }
    // Compare with…: a field for the response headers to leave out of the comparison (a trace
    // id, a request id), as compare --ignore-header. Hidden unless turned on.
    void setIgnoredHeadersShown(bool on);
    void setIgnoredHeaders(const QStringList &names);
    QStringList ignoredHeaders() const;
    QLineEdit *ignoredHeadersEdit() const { return m_ignored; }

private:
    void updateState();

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
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QCheckBox *m_insecure;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};
