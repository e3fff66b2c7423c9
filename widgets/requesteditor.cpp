#include "widgets/requesteditor.h"

#include "widgets/colors.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "engine/http/url.h"
#include "widgets/jsonhighlighter.h"

namespace {
QStandardItemModel *pairModel(QObject *parent, const QString &key, const QString &value)
{
    auto *m = new QStandardItemModel(0, 2, parent);
    m->setHorizontalHeaderLabels({key, value});
    return m;
}

void ensureEmptyRow(QStandardItemModel *m)
{
    const int n = m->rowCount();
    if (n == 0 || !m->item(n - 1, 0) || !m->item(n - 1, 0)->text().isEmpty())
        m->appendRow({new QStandardItem, new QStandardItem});
}

// The rows that are sent: a row of the route's optional parameters only when ticked.
std::vector<std::pair<std::string, std::string>> pairs(const QStandardItemModel *m)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QStandardItem *key = m->item(r, 0);
        const QString k = key ? key->text() : QString();
        const QString v = m->item(r, 1) ? m->item(r, 1)->text() : QString();
        if (key && key->isCheckable() && key->checkState() != Qt::Checked)
            continue;
        if (!k.isEmpty())
            out.emplace_back(k.toStdString(), v.toStdString());
    }
    return out;
}
} // namespace

RequestEditor::RequestEditor(EngineClient *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_paramsBox(new QWidget(this))
    , m_params(new QFormLayout(m_paramsBox))
    , m_query(pairModel(this, tr("Name"), tr("Value")))
    , m_headers(pairModel(this, tr("Header"), tr("Value")))
    , m_queryView(new QTableView(this))
    , m_headersView(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
    , m_fill(new QPushButton(tr("Fill from schema"), this))
    , m_auth(new QPushButton(tr("Authorize…"), this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_pathNote(new QLabel(this))
    , m_reset(new QPushButton(tr("Reset to route"), this))
{
    setObjectName(QStringLiteral("requestEditor"));
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    m_path->setMaxLength(1 << 24); // not QLineEdit's 32,767: a long pasted query stays whole
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_queryView->setObjectName(QStringLiteral("queryTableView"));
    m_headersView->setObjectName(QStringLiteral("headersTableView"));
    m_fill->setObjectName(QStringLiteral("fillFromSchemaButton"));
    m_auth->setObjectName(QStringLiteral("authorizeButton"));
    m_send->setObjectName(QStringLiteral("sendRequestButton"));
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_auth->setToolTip(
        tr("Get a token from the app's OAuth2 token route and set the Authorization header"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setEditable(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves on (a JSON body needs no tab characters; a GET once went out with nine).
    m_body->setTabChangesFocus(true);
    // The editable method box keeps the focus itself (its line edit hands it on): the line edit
    // is no stop of its own, or Shift+Tab would reach the box twice.
    if (m_method->lineEdit())
        m_method->lineEdit()->setFocusPolicy(Qt::NoFocus);
    m_body->setPlaceholderText(tr("JSON body (sent as it is, even when it is not valid JSON)"));
    new JsonHighlighter(m_body->document());
    for (auto *view : {m_queryView, m_headersView}) {
        // Tab leaves the table (inside it, Tab only cycled between two cells).
        view->setTabKeyNavigation(false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
    }
    m_queryView->setModel(m_query);
    m_headersView->setModel(m_headers);
    ensureEmptyRow(m_query);
    ensureEmptyRow(m_headers);
    connect(m_query, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        // A value typed for an optional parameter ticks it: what is typed is sent.
        if (item->column() == 1) {
            QStandardItem *key = m_query->item(item->row(), 0);
            if (key && key->isCheckable() && key->checkState() != Qt::Checked
                && !item->text().isEmpty())
                key->setCheckState(Qt::Checked);
        }
        ensureEmptyRow(m_query);
        if (!m_syncing)
            rewriteUrl();
    });
    connect(m_path, &QLineEdit::textEdited, this, &RequestEditor::urlEdited);
    connect(m_path, &QLineEdit::textChanged, this, &RequestEditor::edited);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestEditor::edited);
    connect(m_query, &QStandardItemModel::itemChanged, this, &RequestEditor::edited);
    connect(m_headers, &QStandardItemModel::itemChanged, this, &RequestEditor::edited);
    connect(m_headers, &QStandardItemModel::itemChanged, this,
            [this] { ensureEmptyRow(m_headers); });

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_send);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("requestTabWidget"));
    auto *bodyPage = new QWidget(tabs);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(m_fill);
    bodyButtons->addStretch();
    m_reset->setObjectName(QStringLiteral("resetRequestButton"));
    m_reset->setToolTip(tr("Put the route's own request back (what you typed for it is "
                           "kept as a draft until then)"));
    m_reset->setEnabled(false);
    bodyButtons->addWidget(m_reset);
    bodyLayout->addLayout(bodyButtons);
    bodyLayout->addWidget(m_body);
    tabs->addTab(bodyPage, tr("Body"));
    tabs->addTab(m_queryView, tr("Query"));
    auto *headersPage = new QWidget(tabs);
    auto *headersLayout = new QVBoxLayout(headersPage);
    headersLayout->addWidget(m_auth, 0, Qt::AlignLeft);
    headersLayout->addWidget(m_headersView);
    tabs->addTab(headersPage, tr("Headers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    m_pathNote->setObjectName(QStringLiteral("pathEditedByHandLabel"));
    m_pathNote->setText(tr("Path edited by hand: it no longer has the route's shape, so the "
                           "parameter fields below are not used"));
    m_pathNote->setWordWrap(true);
    m_pathNote->hide();
    layout->addWidget(m_pathNote);
    m_paramsBox->setObjectName(QStringLiteral("pathParametersBox"));
    m_params->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_paramsBox);
    layout->addWidget(tabs, 1);

    connect(m_send, &QPushButton::clicked, this, &RequestEditor::sendRequested);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, &RequestEditor::sendRequested);
    // Tab moves focus out of the body; these indent and dedent the selected lines instead.
    auto *indent = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight), m_body);
    indent->setContext(Qt::WidgetShortcut);
    connect(indent, &QShortcut::activated, this, [this] { indentBody(true); });
    auto *dedent = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), m_body);
    dedent->setContext(Qt::WidgetShortcut);
    connect(dedent, &QShortcut::activated, this, [this] { indentBody(false); });
    connect(m_fill, &QPushButton::clicked, this, &RequestEditor::fillFromSchema);
    connect(m_reset, &QPushButton::clicked, this, &RequestEditor::resetToRoute);
    connect(this, &RequestEditor::edited, this,
            [this] { m_reset->setEnabled(m_route >= 0 && !(composed() == m_routeRequest)); });
    connect(m_auth, &QPushButton::clicked, this, &RequestEditor::authorize);
    connect(m_engine, &EngineClient::tokenReady, this, [this](const QString &token) {
        setHeader(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token);
    });
}

namespace {
// The drafts in the settings: {"order": [key, ...] oldest first, "drafts": {key: request}}.
Engine::Json loadDrafts()
{
    const std::string text
        = QSettings().value(QStringLiteral("composer/drafts")).toString().toStdString();
    Engine::Json drafts = Engine::Json::parse(text, nullptr, false);
    if (!drafts.is_object() || !drafts.contains("order") || !drafts["order"].is_array()
        || !drafts.contains("drafts") || !drafts["drafts"].is_object())
        drafts = Engine::Json{{"order", Engine::Json::array()}, {"drafts", Engine::Json::object()}};
    return drafts;
}
} // namespace

void RequestEditor::loadRoute(int routeIndex)
{
    const auto &routes = m_engine->snapshot().routes;
    if (routeIndex < 0 || routeIndex >= int(routes.size()))
        return;
    keepDraft(); // what was typed for the route left stays
    m_route = routeIndex;
    const auto &r = routes[std::size_t(routeIndex)];
    m_method->setCurrentText(QString::fromStdString(r.method == "WS" ? "GET" : r.method));
    // One field per path parameter, its type as the placeholder; the path follows the fields
    // (and can still be edited by hand). A value of the wrong type is sent as it is, so the
    // 422 FastAPI gives for it can be seen.
    while (m_params->rowCount() > 0)
        m_params->removeRow(0);
    m_paramFields.clear();
    m_pathTemplate = r.path;
    for (const auto &p : r.pathParams) {
        const QString name = QString::fromStdString(p.name);
        auto *field = new QLineEdit(m_paramsBox);
        field->setObjectName(QStringLiteral("pathParam_") + name);
        QStringList choices;
        for (const auto &c : p.choices)
            choices << QString::fromStdString(c);
        const QString type = choices.isEmpty()
                                 ? QString::fromStdString(p.type)
                                 : tr("one of %1").arg(choices.join(QStringLiteral(", ")));
        field->setPlaceholderText(type);
        field->setToolTip(tr("Path parameter %1: %2").arg(name, type));
        field->setText(choices.isEmpty() ? QStringLiteral("1") : choices.front());
        m_params->addRow(tr("%1 (%2)").arg(name, type), field);
        m_paramFields.emplace_back(name, field);
        connect(field, &QLineEdit::textEdited, this, &RequestEditor::updatePathFromFields);
    }
    m_paramsBox->setVisible(!m_paramFields.empty());
    updatePathFromFields();
    m_query->removeRows(0, m_query->rowCount());
    for (const auto &[name, def] : r.queryParams) {
        // Required parameters are always sent; optional ones when ticked, so that the app's
        // default applies otherwise (an empty "q=" is a value, and a 422 for an enum).
        auto *key = new QStandardItem(QString::fromStdString(name));
        key->setCheckable(true);
        const bool required = std::find(r.requiredQuery.begin(), r.requiredQuery.end(), name)
                              != r.requiredQuery.end();
        key->setCheckState(required ? Qt::Checked : Qt::Unchecked);
        key->setToolTip(required ? tr("Required: always sent")
                                 : tr("Optional: sent when ticked; the app's default otherwise"));
        const QString value = def.is_null()     ? QString()
                              : def.is_string() ? QString::fromStdString(def.get<std::string>())
                                                : QString::fromStdString(def.dump());
        m_query->appendRow({key, new QStandardItem(value)});
    }
    ensureEmptyRow(m_query);
    rewriteUrl();
    m_fill->setEnabled(!r.bodySkeleton.is_null());
    if (r.bodySkeleton.is_null())
        m_body->clear();
    m_routeRequest = composed();
    // What was typed for this route before comes back.
    const Engine::Json drafts = loadDrafts();
    const std::string key = draftKey().toStdString();
    if (drafts["drafts"].contains(key)) {
        try {
            setComposed(Engine::Client::composedFromJson(drafts["drafts"][key]));
        } catch (const std::exception &) {
            // A draft this version cannot read: the route's own request stays.
        }
    }
    emit edited();
}

QString RequestEditor::draftKey() const
{
    const auto &s = m_engine->snapshot();
    if (m_route < 0 || m_route >= int(s.routes.size()))
        return {};
    const auto &r = s.routes[std::size_t(m_route)];
    return QString::fromStdString(s.targetKind + ":" + s.targetName + " " + r.method + " "
                                  + r.path);
}

bool RequestEditor::hasDraft() const
{
    return m_route >= 0 && !(composed() == m_routeRequest);
}

void RequestEditor::keepDraft()
{
    const std::string key = draftKey().toStdString();
    if (key.empty())
        return;
    Engine::Json drafts = loadDrafts();
    const bool draft = hasDraft();
    if (!draft && !drafts["drafts"].contains(key))
        return; // nothing kept and nothing to forget: the settings stay as they are
    auto &order = drafts["order"];
    for (std::size_t i = order.size(); i-- > 0;)
        if (order[i] == key)
            order.erase(i);
    if (draft) {
        drafts["drafts"][key] = Engine::Client::toJson(composed());
        order.push_back(key);
        while (order.size() > std::size_t(kMaxDrafts)) {
            drafts["drafts"].erase(order[0].get<std::string>());
            order.erase(0);
        }
    } else {
        drafts["drafts"].erase(key);
    }
    QSettings().setValue(QStringLiteral("composer/drafts"), QString::fromStdString(drafts.dump()));
}

void RequestEditor::resetToRoute()
{
    if (m_route < 0)
        return;
    setComposed(m_routeRequest);
    keepDraft(); // the same as the route: the draft is forgotten
    emit edited();
}

void RequestEditor::updatePathFromFields()
{
    std::vector<std::pair<std::string, std::string>> values;
    for (const auto &[name, field] : m_paramFields) {
        values.emplace_back(name.toStdString(), field->text().toStdString());
        field->setPalette(QPalette()); // a fresh edit clears the 422 mark
    }
    setPathByHand(false);
    const QString path = QString::fromStdString(Engine::Client::fillPath(m_pathTemplate, values));
    const QString text = m_path->text();
    const auto question = text.indexOf(QLatin1Char('?'));
    m_path->setText(question < 0 ? path : path + text.mid(question));
}

QString RequestEditor::pathPart() const
{
    const QString text = m_path->text().trimmed();
    const auto question = text.indexOf(QLatin1Char('?'));
    return question < 0 ? text : text.left(question);
}

std::vector<Engine::Client::QueryRow> RequestEditor::queryRows() const
{
    std::vector<Engine::Client::QueryRow> rows;
    for (int r = 0; r < m_query->rowCount(); ++r) {
        const QStandardItem *key = m_query->item(r, 0);
        if (!key || key->text().isEmpty())
            continue;
        const QStandardItem *value = m_query->item(r, 1);
        rows.push_back({key->text().toStdString(),
                        value ? value->text().toStdString() : std::string(), key->isCheckable(),
                        !key->isCheckable() || key->checkState() == Qt::Checked});
    }
    return rows;
}

void RequestEditor::setQueryRows(const std::vector<Engine::Client::QueryRow> &rows)
{
    // Offered rows keep their item (check box, tooltip); the others are made anew.
    std::vector<QList<QStandardItem *>> offered;
    for (int r = 0; r < m_query->rowCount(); ++r)
        if (m_query->item(r, 0) && m_query->item(r, 0)->isCheckable())
            offered.push_back({m_query->item(r, 0)->clone(), m_query->item(r, 1)
                                                                 ? m_query->item(r, 1)->clone()
                                                                 : new QStandardItem});
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_query->removeRows(0, m_query->rowCount());
    for (const auto &row : rows) {
        const QString name = QString::fromStdString(row.name);
        QList<QStandardItem *> items;
        for (auto &o : offered)
            if (row.offered && !o.isEmpty() && o[0]->text() == name) {
                items = o;
                o.clear();
                break;
            }
        if (items.isEmpty())
            items = {new QStandardItem(name), new QStandardItem};
        items[1]->setText(QString::fromStdString(row.value));
        if (items[0]->isCheckable())
            items[0]->setCheckState(row.sent ? Qt::Checked : Qt::Unchecked);
        m_query->appendRow(items);
    }
    for (auto &o : offered)
        qDeleteAll(o);
    ensureEmptyRow(m_query);
    m_syncing = wasSyncing;
}

void RequestEditor::rewriteUrl()
{
    const std::string query = Engine::Client::queryString(pairs(m_query));
    m_path->setText(
        pathPart()
        + (query.empty() ? QString() : QLatin1Char('?') + QString::fromStdString(query)));
}

void RequestEditor::urlEdited(const QString &text)
{
    const auto question = text.indexOf(QLatin1Char('?'));
    const std::string path = (question < 0 ? text : text.left(question)).trimmed().toStdString();
    if (!m_pathTemplate.empty()) {
        const auto values = Engine::Client::pathValues(m_pathTemplate, path);
        setPathByHand(!values);
        if (values)
            for (const auto &[name, field] : m_paramFields)
                for (const auto &[n, v] : *values)
                    if (n == name.toStdString()) {
                        field->setText(QString::fromStdString(v));
                        field->setPalette(QPalette());
                    }
    }
    const std::string query = question < 0 ? std::string() : text.mid(question + 1).toStdString();
    const bool wasSyncing = std::exchange(m_syncing, true);
    setQueryRows(Engine::Client::applyTypedQuery(queryRows(), Engine::Http::parseQuery(query)));
    m_syncing = wasSyncing;
}

void RequestEditor::setPathByHand(bool byHand)
{
    m_pathNote->setVisible(byHand && !m_paramFields.empty());
    m_paramsBox->setEnabled(!byHand);
    QPalette palette;
    if (byHand && !m_paramFields.empty())
        palette.setColor(QPalette::Base, Colors::markBackground(Colors::Role::Warning));
    m_path->setPalette(palette);
}

QLineEdit *RequestEditor::pathParameterField(const QString &name) const
{
    for (const auto &[n, field] : m_paramFields)
        if (n == name)
            return field;
    return nullptr;
}

void RequestEditor::focusUrl()
{
    m_path->setFocus(Qt::ShortcutFocusReason);
    m_path->end(false);
}

void RequestEditor::clearMarks()
{
    for (const auto &[name, field] : m_paramFields)
        field->setPalette(QPalette());
}

bool RequestEditor::highlightParameter(const Engine::Json &loc)
{
    if (!loc.is_array() || loc.size() < 2 || !loc[0].is_string() || !loc[1].is_string())
        return false;
    const std::string where = loc[0].get<std::string>();
    const QString name = QString::fromStdString(loc[1].get<std::string>());
    if (where == "path") {
        QLineEdit *field = pathParameterField(name);
        if (!field)
            return false;
        QPalette marked = field->palette();
        marked.setColor(QPalette::Base, Colors::markBackground(Colors::Role::Danger));
        field->setPalette(marked);
        field->setFocus();
        field->selectAll();
        return true;
    }
    if (where != "query" && where != "header")
        return false;
    auto *model = where == "query" ? m_query : m_headers;
    auto *view = where == "query" ? m_queryView : m_headersView;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto *item = model->item(r, 0);
        // Headers compare without case; FastAPI names them with '-' for '_'.
        if (item
            && (where == "query" ? item->text() == name
                                 : item->text().compare(name, Qt::CaseInsensitive) == 0)) {
            if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("requestTabWidget")))
                tabs->setCurrentIndex(where == "query" ? 1 : 2);
            view->setCurrentIndex(model->index(r, 1));
            view->setFocus();
            return true;
        }
    }
    return false;
}

void RequestEditor::fillFromSchema()
{
    const auto &routes = m_engine->snapshot().routes;
    if (m_route < 0 || m_route >= int(routes.size()))
        return;
    const auto &route = routes[std::size_t(m_route)];
    if (route.bodySkeleton.is_null())
        return;
    // A form: its fields as the body, with the content-type that says which kind of form.
    if (const auto form
        = Engine::Client::formTemplate(route.bodyMedia, route.bodySkeleton, route.fileFields)) {
        m_body->setPlainText(QString::fromStdString(form->body));
        setHeader(QStringLiteral("content-type"), QString::fromStdString(form->contentType));
        return;
    }
    m_body->setPlainText(QString::fromStdString(Engine::Client::prettyJson(route.bodySkeleton)));
}

void RequestEditor::authorize()
{
    bool ok = false;
    const QString user = QInputDialog::getText(this, tr("Authorize"), tr("Username:"),
                                               QLineEdit::Normal, QStringLiteral("admin"), &ok);
    if (!ok)
        return;
    const QString password = QInputDialog::getText(this, tr("Authorize"), tr("Password:"),
                                                   QLineEdit::Password, {}, &ok);
    if (ok)
        m_engine->fetchToken(user, password);
}

Engine::Client::ComposedRequest RequestEditor::composed() const
{
    Engine::Client::ComposedRequest c;
    c.method = m_method->currentText().trimmed().toUpper().toStdString();
    c.path = pathPart().toStdString(); // the query is the table's (the URL shows it)
    c.query = pairs(m_query);
    c.headers = pairs(m_headers);
    c.body = m_body->toPlainText().toStdString();
    return c;
}

void RequestEditor::setBody(const QString &text)
{
    m_body->setPlainText(text);
}

QString RequestEditor::body() const
{
    return m_body->toPlainText();
}

void RequestEditor::setPath(const QString &path)
{
    m_path->setText(path);
}

void RequestEditor::setHeader(const QString &name, const QString &value)
{
    for (int r = 0; r < m_headers->rowCount(); ++r) {
        auto *k = m_headers->item(r, 0);
        if (k && k->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_headers->setItem(r, 1, new QStandardItem(value));
            return;
        }
    }
    const int last = m_headers->rowCount() - 1;
    m_headers->setItem(last, 0, new QStandardItem(name));
    m_headers->setItem(last, 1, new QStandardItem(value));
    ensureEmptyRow(m_headers);
}

void RequestEditor::highlightBody(int start, int length)
{
    QTextCursor c(m_body->document());
    c.setPosition(start);
    c.setPosition(start + std::max(length, 1), QTextCursor::KeepAnchor);
    m_body->setTextCursor(c);
    m_body->setFocus();
}

void RequestEditor::setComposed(const Engine::Client::ComposedRequest &request)
{
    m_method->setCurrentText(QString::fromStdString(request.method));
    m_headers->removeRows(0, m_headers->rowCount());
    for (const auto &[k, v] : request.headers)
        m_headers->appendRow({new QStandardItem(QString::fromStdString(k)),
                              new QStandardItem(QString::fromStdString(v))});
    ensureEmptyRow(m_headers);
    m_body->setPlainText(QString::fromStdString(request.body));
    // Through the URL, so the path fields and the route's query rows take the values.
    const std::string query = Engine::Client::queryString(request.query);
    const QString url
        = QString::fromStdString(request.path)
          + (query.empty() ? QString() : QLatin1Char('?') + QString::fromStdString(query));
    m_path->setText(url);
    urlEdited(url);
    rewriteUrl();
}

QList<QWidget *> RequestEditor::tabOrder() const
{
    QList<QWidget *> order{m_method, m_path, m_send};
    for (int row = 0; row < m_params->rowCount(); ++row)
        if (auto *field = m_params->itemAt(row, QFormLayout::FieldRole))
            if (field->widget())
                order << field->widget();
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("requestTabWidget")))
        order << tabs->tabBar();
    order << m_fill << m_reset << m_body << m_queryView << m_auth << m_headersView;
    return order;
}

void RequestEditor::indentBody(bool in)
{
    QTextCursor cursor = m_body->textCursor();
    const int start = cursor.selectionStart(), end = cursor.selectionEnd();
    QTextBlock block = m_body->document()->findBlock(start);
    const QTextBlock last = m_body->document()->findBlock(end);
    QTextCursor edit(m_body->document());
    edit.beginEditBlock(); // one undo step
    for (;; block = block.next()) {
        QTextCursor line(block);
        if (in) {
            line.insertText(QStringLiteral("  "));
        } else {
            const QString text = block.text();
            const int spaces = text.startsWith(QLatin1String("  ")) ? 2
                               : text.startsWith(QLatin1Char(' '))  ? 1
                                                                    : 0;
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, spaces);
            line.removeSelectedText();
        }
        if (block == last || !block.isValid())
            break;
    }
    edit.endEditBlock();
}
