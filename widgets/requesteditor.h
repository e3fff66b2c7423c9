#pragma once

#include <QWidget>

#include "engine/client/presentation.h"
#include "widgets/engine/engineclient.h"

class QComboBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The request composer: method, path, query and header tables, a JSON body editor with
// highlighting and "Fill from schema", and Send (Ctrl+Return). It only collects what the user
// typed; composing the request is the engine's job (Engine::Client::composeRequest).
class RequestEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestEditor(EngineClient *engine, QWidget *parent = nullptr);

    // Loads a route from the snapshot: method, path, its query parameters and body skeleton.
    void loadRoute(int routeIndex);
    Engine::Client::ComposedRequest composed() const;
    // Fills every field from a request (re-sending one from the history).
    void setComposed(const Engine::Client::ComposedRequest &request);

    void setBody(const QString &text);
    QString body() const;
    void setPath(const QString &path);
    void setHeader(const QString &name, const QString &value);
    // Selects the text at [start, start + length) of the body (a 422 detail's location).
    void highlightBody(int start, int length);
    // Marks the path parameter, query row or header a 422 detail's loc names
    // (["path", "item_id"], ["query", "skip"], ["header", "x-token"]); false when none.
    bool highlightParameter(const Engine::Json &loc);
    // The field of a path parameter ("item_id"), or nullptr.
    QLineEdit *pathParameterField(const QString &name) const;
    QPlainTextEdit *bodyEditor() const { return m_body; }
    // Puts the keyboard in the URL, at its end.
    void focusUrl();
    // Ctrl+] and Ctrl+[ in the body: the selected lines (or the cursor's) two spaces in or out.
    void indentBody(bool in);
    // The controls in the order Tab visits them (the window chains the panels' lists).
    QList<QWidget *> tabOrder() const;

    // Clears the marks of an earlier 422 row (a red path field).
    void clearMarks();
    // Whether the route shown holds a draft: what was typed for it, kept when another route
    // was picked (and across restarts). Reset to route puts the route's own request back.
    bool hasDraft() const;
    void resetToRoute();
    // Keeps what the composer holds as the route's draft when it differs from the route's
    // own request (the window does so when it closes); forgets the draft when it does not.
    void keepDraft();

    // Drafts kept in the settings at most (the oldest go first).
    static constexpr int kMaxDrafts = 100;

signals:
    void sendRequested();
    // Something in the composer changed: typed, a route loaded, a request put in.
    void edited();

private:
    void fillFromSchema();
    void updatePathFromFields();
    void authorize();
    // The URL shows the path and the query the table sends; editing it by hand updates the
    // path fields and the table (the table rewrites the URL, the URL refills the table).
    void urlEdited(const QString &text);
    void rewriteUrl();
    QString pathPart() const;
    std::vector<Engine::Client::QueryRow> queryRows() const;
    void setQueryRows(const std::vector<Engine::Client::QueryRow> &rows);
    // Shows whether the path still has the route's shape (its fields follow it) or was edited
    // by hand into another one (marked, the fields left as they were).
    void setPathByHand(bool byHand);
    QString draftKey() const;

    EngineClient *m_engine;
    int m_route = -1;
    QComboBox *m_method;
    QLineEdit *m_path;
    QWidget *m_paramsBox;
    QFormLayout *m_params;
    std::vector<std::pair<QString, QLineEdit *>> m_paramFields;
    std::string m_pathTemplate;
    QStandardItemModel *m_query;
    QStandardItemModel *m_headers;
    QTableView *m_queryView;
    QTableView *m_headersView;
    QPlainTextEdit *m_body;
    QPushButton *m_fill;
    QPushButton *m_auth;
    QPushButton *m_send;
    QLabel *m_pathNote;
    bool m_syncing = false;                         // the URL and the table are being made to agree
    Engine::Client::ComposedRequest m_routeRequest; // the route's own request, as loaded
    QPushButton *m_reset;
};
