#include "widgets/opentargetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/demo/registry.h"
#include "engine/live/livetarget.h"

using Kind = Engine::Catalog::TargetSpec::Kind;

namespace {
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, std::function<void()> browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QToolButton(row);
    button->setText(QStringLiteral("…"));
    QObject::connect(button, &QToolButton::clicked, row, std::move(browse));
    layout->addWidget(button);
    return row;
}
} // namespace

OpenTargetDialog::OpenTargetDialog(const Engine::Catalog::TargetSpec &current, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_builtin(new QComboBox(this))
    , m_module(new QLineEdit(this))
    , m_appDir(new QLineEdit(this))
    , m_python(new QLineEdit(this))
    , m_doubles(new QLineEdit(this))
    , m_document(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_insecure(new QCheckBox(tr("Do not verify the TLS certificate (--insecure)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open app"));
    setObjectName(QStringLiteral("openTargetDialog"));
    m_kind->setObjectName(QStringLiteral("targetKindComboBox"));
    m_kind->addItem(tr("Built-in app"), int(Kind::App));
    m_kind->addItem(tr("Python app (your FastAPI app)"), int(Kind::Asgi));
    m_kind->addItem(tr("OpenAPI document"), int(Kind::OpenApi));
    m_kind->addItem(tr("Live server"), int(Kind::Live));
    m_kind->setItemData(2,
                        tr("The app a FastAPI OpenAPI document describes: its validation, "
                           "security and example answers, offline"),
                        Qt::ToolTipRole);

    auto *builtinPage = new QWidget(this);
    auto *builtinForm = new QFormLayout(builtinPage);
    for (const auto &app : Engine::Demo::builtinApps())
        m_builtin->addItem(QString::fromStdString(app.name + " — " + app.description),
                           QString::fromStdString(app.name));
    builtinForm->addRow(tr("App:"), m_builtin);
    m_pages->addWidget(builtinPage);

    auto *pythonPage = new QWidget(this);
    auto *pythonForm = new QFormLayout(pythonPage);
    m_module->setObjectName(QStringLiteral("asgiLineEdit"));
    m_module->setPlaceholderText(QStringLiteral("myproject.main:app"));
    m_module->setToolTip(tr("The module and the attribute that holds the app, as uvicorn takes "
                            "them"));
    m_appDir->setObjectName(QStringLiteral("appDirLineEdit"));
    m_appDir->setPlaceholderText(tr("the project directory (put first on sys.path)"));
    m_python->setObjectName(QStringLiteral("pythonLineEdit"));
    m_doubles->setPlaceholderText(tr("more modules with DOUBLES dicts, comma-separated"));
    pythonForm->addRow(tr("App (module:attr):"), m_module);
    pythonForm->addRow(tr("App directory:"), withBrowse(m_appDir, pythonPage, [this] {
                           const QString dir = QFileDialog::getExistingDirectory(
                               this, tr("App directory"), m_appDir->text());
                           if (!dir.isEmpty())
                               m_appDir->setText(dir);
                       }));
    pythonForm->addRow(tr("Interpreter:"), withBrowse(m_python, pythonPage, [this] {
                           const QString exe = QFileDialog::getOpenFileName(
                               this, tr("Python interpreter"), m_appDir->text());
                           if (!exe.isEmpty())
                               m_python->setText(exe);
                       }));
    pythonForm->addRow(tr("Doubles modules:"), m_doubles);
    m_pages->addWidget(pythonPage);

    auto *documentPage = new QWidget(this);
    auto *documentForm = new QFormLayout(documentPage);
    m_document->setObjectName(QStringLiteral("openapiFileLineEdit"));
    m_document->setPlaceholderText(tr("openapi.json, as FastAPI serves it"));
    documentForm->addRow(tr("Document:"), withBrowse(m_document, documentPage, [this] {
                             const QString file = QFileDialog::getOpenFileName(
                                 this, tr("OpenAPI document"), m_document->text(),
                                 tr("OpenAPI documents (*.json);;All files (*)"));
                             if (!file.isEmpty())
                                 m_document->setText(file);
                         }));
    // Which FastAPI wrote the document, where that changes answers the document cannot show.
    m_fastapi = new QComboBox(documentPage);
    m_fastapi->setObjectName(QStringLiteral("fastapiReleaseComboBox"));
    m_fastapi->addItem(tr("As its OpenAPI version implies"), QString());
    // Each preset holds a release as FastApiRelease::toString writes it, so fill() finds it.
    m_fastapi->addItem(tr("FastAPI 0.100 to 0.121"), QStringLiteral("0.121.0"));
    m_fastapi->addItem(tr("FastAPI 0.122 to 0.131"), QStringLiteral("0.131.0"));
    m_fastapi->addItem(tr("FastAPI 0.132 or later"), QStringLiteral("0.132.0"));
    m_fastapi->setToolTip(
        tr("Every FastAPI since 0.99 writes OpenAPI 3.1.0, but not every one answers alike: "
           "before 0.122 a missing API key or bearer token gets 403, since then 401 with "
           "WWW-Authenticate; since 0.132 a JSON body without a Content-Type is refused. "
           "An OpenAPI 3.0 document is read as FastAPI 0.9x (--fastapi)."));
    documentForm->addRow(tr("Written by:"), m_fastapi);
    m_pages->addWidget(documentPage);

    auto *livePage = new QWidget(this);
    auto *liveForm = new QFormLayout(livePage);
    m_url->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000"));
    m_headers->setObjectName(QStringLiteral("defaultHeadersEdit"));
    m_headers->setPlaceholderText(tr("Name: value, one per line (sent with every request)"));
    m_headers->setMaximumHeight(90);
    m_environment = new QComboBox(livePage);
    m_environment->setObjectName(QStringLiteral("liveEnvironmentComboBox"));
    m_environment->addItem(tr("None: the URL and headers below"), QString());
    m_environment->setToolTip(tr("File → Environments… keeps servers by name, with their "
                                 "headers (secrets in the keychain)"));
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = environment();
        for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_headers),
                           static_cast<QWidget *>(m_insecure)})
            w->setEnabled(name.isEmpty());
        for (const Environment &e : m_environments) {
            if (e.name != name)
                continue;
            m_url->setText(e.baseUrl);
            QStringList lines;
            for (const auto &h : e.headers)
                lines << h.name + QStringLiteral(": ")
                             + (h.secret ? QString(8, QChar(0x2022)) : h.value);
            m_headers->setPlainText(lines.join(QLatin1Char('\n')));
            m_insecure->setChecked(e.insecure);
        }
        updateState();
    });
    liveForm->addRow(tr("Environment:"), m_environment);
    liveForm->addRow(tr("Base URL:"), m_url);
    liveForm->addRow(tr("Headers:"), m_headers);
    liveForm->addRow(QString(), m_insecure);
    m_pages->addWidget(livePage);

    m_problem->setObjectName(QStringLiteral("targetProblemLabel"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentTargetsComboBox"));
    m_recentRow = new QWidget(this);
    auto *recentForm = new QFormLayout(m_recentRow);
    recentForm->setContentsMargins(0, 0, 0, 0);
    recentForm->addRow(tr("Recent:"), m_recent);
    m_recentRow->hide();
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_recentTargets.size())
            fill(m_recentTargets[index - 1].second);
    });
    layout->addWidget(m_recentRow);
    auto *kindForm = new QFormLayout;
    kindForm->addRow(tr("What answers:"), m_kind);
    layout->addLayout(kindForm);
    layout->addWidget(m_pages);
    m_ignored = new QLineEdit(this);
    m_ignored->setObjectName(QStringLiteral("ignoredHeadersLineEdit"));
    m_ignored->setPlaceholderText(QStringLiteral("x-trace-id, x-request-id"));
    m_ignored->setToolTip(tr("Response headers to leave out of the comparison, separated by "
                             "commas (date and server always are)"));
    m_ignoredRow = new QWidget(this);
    auto *ignoredForm = new QFormLayout(m_ignoredRow);
    ignoredForm->setContentsMargins(0, 0, 0, 0);
    ignoredForm->addRow(tr("Ignore headers:"), m_ignored);
    m_ignoredRow->hide();
    layout->addWidget(m_ignoredRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    fill(current);

    for (auto *edit : {m_module, m_appDir, m_python, m_doubles, m_url, m_document})
        connect(edit, &QLineEdit::textChanged, this, &OpenTargetDialog::updateState);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &OpenTargetDialog::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OpenTargetDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void OpenTargetDialog::fill(const Engine::Catalog::TargetSpec &current)
{
    m_kind->setCurrentIndex(current.kind == Kind::Asgi      ? 1
                            : current.kind == Kind::OpenApi ? 2
                            : current.kind == Kind::Live    ? 3
                                                            : 0);
    m_document->setText(QString::fromStdString(current.openapiFile));
    const QString release
        = current.fastapi ? QString::fromStdString(current.fastapi->toString()) : QString();
    if (m_fastapi->findData(release) < 0) // a release given on the command line
        m_fastapi->addItem(tr("FastAPI %1").arg(release), release);
    m_fastapi->setCurrentIndex(m_fastapi->findData(release));
    m_url->setText(QString::fromStdString(current.baseUrl));
    QStringList headerLines;
    for (const auto &h : current.headers)
        headerLines << QString::fromStdString(h);
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_insecure->setChecked(current.insecure);
    if (const int i = m_builtin->findData(QString::fromStdString(current.app)); i >= 0)
        m_builtin->setCurrentIndex(i);
    m_module->setText(QString::fromStdString(current.asgi));
    m_appDir->setText(QString::fromStdString(current.appDir));
    m_python->setText(QString::fromStdString(current.python));
    QStringList doubles;
    for (const auto &d : current.doublesModules)
        doubles << QString::fromStdString(d);
    m_doubles->setText(doubles.join(QStringLiteral(", ")));
    updateState();
}

void OpenTargetDialog::setRecentTargets(
    const QList<QPair<QString, Engine::Catalog::TargetSpec>> &recent)
{
    m_recentTargets = recent;
    m_recent->clear();
    m_recent->addItem(tr("Choose a recent target to fill the form"));
    for (const auto &entry : recent)
        m_recent->addItem(entry.first);
    m_recentRow->setVisible(!recent.isEmpty());
}

Engine::Catalog::TargetSpec OpenTargetDialog::spec() const
{
    Engine::Catalog::TargetSpec spec;
    spec.kind = static_cast<Kind>(m_kind->currentData().toInt());
    if (spec.kind == Kind::App) {
        spec.app = m_builtin->currentData().toString().toStdString();
        return spec;
    }
    if (spec.kind == Kind::OpenApi) {
        spec.openapiFile = m_document->text().trimmed().toStdString();
        spec.fastapi = Engine::Validation::parseFastApiRelease(
            m_fastapi->currentData().toString().toStdString());
        return spec;
    }
    if (spec.kind == Kind::Live) {
        spec.baseUrl = m_url->text().trimmed().toStdString();
        for (const auto &line : m_headers->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                spec.headers.push_back(line.trimmed().toStdString());
        spec.insecure = m_insecure->isChecked();
        return spec;
    }
    spec.asgi = m_module->text().trimmed().toStdString();
    spec.appDir = m_appDir->text().trimmed().toStdString();
    spec.python = m_python->text().trimmed().toStdString();
    for (const auto &d : m_doubles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!d.trimmed().isEmpty())
            spec.doublesModules.push_back(d.trimmed().toStdString());
    return spec;
}

void OpenTargetDialog::setEnvironments(const QList<Environment> &environments)
{
    m_environments = environments;
    const QSignalBlocker quiet(m_environment);
    while (m_environment->count() > 1)
        m_environment->removeItem(1);
    for (const Environment &e : environments)
        m_environment->addItem(e.name, e.name);
    m_environment->setEnabled(!environments.isEmpty());
}

QString OpenTargetDialog::environment() const
{
    if (static_cast<Kind>(m_kind->currentData().toInt()) != Kind::Live)
        return {};
    return m_environment->currentData().toString();
}

QString OpenTargetDialog::problem() const
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    if (kind == Kind::Live && !environment().isEmpty())
        return {};
    if (kind == Kind::Live) {
        const QString url = m_url->text().trimmed();
        if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
            return tr("Give the server's address, starting with http:// or https://.");
        if (const auto problem = Engine::Live::baseUrlProblem(url.toStdString()))
            return tr("The address %1").arg(QString::fromStdString(*problem));
        for (const auto &line : m_headers->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty()
                && Engine::Live::headerLineProblem(line.trimmed().toStdString()))
                return tr("“%1” is not a header (Name: value).").arg(line.trimmed());
        return {};
    }
    if (kind == Kind::OpenApi) {
        const QString file = m_document->text().trimmed();
        if (file.isEmpty())
            return tr("Choose the OpenAPI document (openapi.json).");
        if (!QFileInfo(file).isFile())
            return tr("The document %1 does not exist.").arg(file);
        return {};
    }
    if (kind != Kind::Asgi)
        return {};
    const QString module = m_module->text().trimmed();
    const int colon = module.indexOf(QLatin1Char(':'));
    if (module.isEmpty())
        return tr("Give the app as module:attr, for example myproject.main:app.");
    if (colon <= 0 || colon == module.size() - 1)
        return tr("“%1” is not module:attr (the module, a colon, the attribute).").arg(module);
    const QString dir = m_appDir->text().trimmed();
    if (!dir.isEmpty() && !QFileInfo(dir).isDir())
        return tr("The app directory %1 does not exist.").arg(dir);
    return {};
}

void OpenTargetDialog::updateState()
{
    const int kind = m_kind->currentIndex();
    m_pages->setCurrentIndex(kind);
    const QString dir
        = m_appDir->text().trimmed().isEmpty() ? QDir::currentPath() : m_appDir->text().trimmed();
    const QString venv = dir + QStringLiteral("/.venv/bin/python");
    m_python->setPlaceholderText(QFileInfo::exists(venv)
                                     ? tr("%1 (found in the app directory)").arg(venv)
                                     : tr("python3 from PATH"));
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

void OpenTargetDialog::setIgnoredHeadersShown(bool on)
{
    m_ignoredRow->setVisible(on);
}

void OpenTargetDialog::setIgnoredHeaders(const QStringList &names)
{
    m_ignored->setText(names.join(QStringLiteral(", ")));
}

QStringList OpenTargetDialog::ignoredHeaders() const
{
    QStringList names;
    for (const QString &name : m_ignored->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            names << name.trimmed().toLower();
    return names;
}
