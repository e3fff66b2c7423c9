#include "widgets/suitespanel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/models/keyvaluemodel.h"
#include "widgets/models/suiteresultmodel.h"

namespace {
QStringList &nextFileNames()
{
    static QStringList names;
    return names;
}
} // namespace

void SuitesPanel::setNextFileNames(const QStringList &names)
{
    nextFileNames() = names;
}

SuitesPanel::SuitesPanel(EngineClient *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_fileList(new QStringListModel(this))
    , m_fixtures(new KeyValueModel(tr("Fixture"), tr("Scope"), this))
    , m_results(new SuiteResultModel(this))
    , m_resultsView(new QTableView(this))
    , m_seed(new QSpinBox(this))
    , m_isolate(new QCheckBox(tr("Isolated (a fresh app per test)"), this))
    , m_repeat(new QSpinBox(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_polluter(new QPushButton(tr("Find polluter"), this))
    , m_summary(new QLabel(this))
    , m_timeline(new QPlainTextEdit(this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("suitesPanel"));
    m_resultsView->setObjectName(QStringLiteral("suiteResultsView"));
    m_seed->setObjectName(QStringLiteral("seedSpinBox"));
    m_isolate->setObjectName(QStringLiteral("isolateCheckBox"));
    m_repeat->setObjectName(QStringLiteral("repeatSpinBox"));
    m_run->setObjectName(QStringLiteral("runSuitesButton"));
    m_polluter->setObjectName(QStringLiteral("findPolluterButton"));
    m_summary->setObjectName(QStringLiteral("suiteSummaryLabel"));
    m_timeline->setObjectName(QStringLiteral("fixtureTimelineView"));
    m_output->setObjectName(QStringLiteral("suiteOutputView"));
    auto *openButton = new QPushButton(tr("Open suites…"), this);
    openButton->setObjectName(QStringLiteral("openSuitesButton"));
    m_seed->setRange(0, 999999);
    m_seed->setSpecialValueText(tr("file order"));
    m_seed->setToolTip(tr("A seed shuffles the order; the same seed replays it"));
    m_repeat->setRange(1, 100);
    m_run->setEnabled(false);
    m_polluter->setEnabled(false);
    for (auto *edit : {m_timeline, m_output}) {
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->verticalHeader()->hide();
    auto *files = new QListView(this);
    files->setObjectName(QStringLiteral("suiteFilesView"));
    files->setModel(m_fileList);
    auto *fixtures = new QTableView(this);
    fixtures->setObjectName(QStringLiteral("fixturesView"));
    fixtures->setModel(m_fixtures);
    fixtures->horizontalHeader()->setStretchLastSection(true);
    fixtures->verticalHeader()->hide();

    auto *options = new QFormLayout;
    options->addRow(tr("Seed"), m_seed);
    options->addRow(tr("Repeat"), m_repeat);
    options->addRow(m_isolate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(m_run);
    buttons->addWidget(m_polluter);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(files, 1);
    leftLayout->addWidget(fixtures, 2);
    leftLayout->addLayout(options);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("suiteTabWidget"));
    tabs->addTab(m_resultsView, tr("Results"));
    tabs->addTab(m_timeline, tr("Fixture timeline"));
    tabs->addTab(m_output, tr("Failures and polluter"));
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(openButton, &QPushButton::clicked, this, &SuitesPanel::open);
    connect(m_run, &QPushButton::clicked, this, &SuitesPanel::run);
    connect(m_polluter, &QPushButton::clicked, this, &SuitesPanel::findPolluter);
    connect(m_engine, &EngineClient::suiteRunFinished, this, &SuitesPanel::showRun);
    connect(m_engine, &EngineClient::polluterSearchFinished, this, &SuitesPanel::showPolluter);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_polluter->setEnabled(current.isValid()
                                       && m_results->result(current.row()).outcome
                                              != Engine::Suite::Outcome::Passed);
            });
}

void SuitesPanel::open()
{
    QStringList names = nextFileNames();
    nextFileNames().clear();
    if (names.isEmpty())
        names = QFileDialog::getOpenFileNames(this, tr("Open suites"), {}, tr("Suites (*.json)"));
    if (!names.isEmpty())
        openFiles(names);
}

void SuitesPanel::openFiles(const QStringList &paths)
{
    m_files = paths;
    m_fileList->setStringList(paths);
    m_run->setEnabled(!paths.isEmpty());
    m_results->setResults({});
    run();
}

void SuitesPanel::run()
{
    if (m_files.isEmpty())
        return;
    m_summary->setText(tr("Running…"));
    m_engine->runSuites(m_files, quint64(m_seed->value()), m_isolate->isChecked(),
                        m_repeat->value());
}

void SuitesPanel::showRun(const SuiteRun &run)
{
    m_fixtures->setPairs(run.fixtures);
    if (!run.loadErrors.empty()) {
        QStringList lines;
        for (const auto &e : run.loadErrors)
            lines << QString::fromStdString(e);
        m_output->setPlainText(tr("The suite files have problems; nothing ran:\n%1")
                                   .arg(lines.join(QLatin1Char('\n'))));
        m_summary->setText(
            tr("%n problem(s) in the suite files", nullptr, int(run.loadErrors.size())));
        m_results->setResults({});
        return;
    }
    m_results->setResults(run.report.results);
    m_timeline->setPlainText(QString::fromStdString(run.timeline));
    QStringList failures;
    for (const auto &r : run.report.results)
        if (r.outcome != Engine::Suite::Outcome::Passed)
            failures << QStringLiteral("%1::%2\n%3\n")
                            .arg(QString::fromStdString(r.file), QString::fromStdString(r.name),
                                 QString::fromStdString(r.message));
    m_output->setPlainText(failures.join(QLatin1Char('\n')));
    m_summary->setText(tr("%1 passed, %2 failed in %3 s")
                           .arg(run.report.passed())
                           .arg(run.report.failed())
                           .arg(QLocale().toString(run.report.seconds, 'f', 2)));
}

void SuitesPanel::findPolluter()
{
    const QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid())
        return;
    const auto &r = m_results->result(current.row());
    m_target = QString::fromStdString(r.name);
    m_summary->setText(tr("Looking for the test that makes %1 fail…").arg(m_target));
    m_engine->findPolluter(QString::fromStdString(r.file), m_target);
}

void SuitesPanel::showPolluter(const Engine::Suite::PolluterReport &report, const QString &error)
{
    QStringList lines;
    if (!error.isEmpty()) {
        lines << error;
    } else {
        for (const auto &s : report.steps)
            lines << QString::fromStdString(s);
        lines << QString();
        if (!report.passesAlone)
            lines << tr("%1 fails on its own: this is not pollution.").arg(m_target);
        else if (!report.failsInSuite)
            lines << tr("%1 passes after the tests before it: nothing to find.").arg(m_target);
        else if (report.polluter.empty())
            lines << tr("No single test makes %1 fail.").arg(m_target);
        else {
            lines << tr("Polluter: %1").arg(QString::fromStdString(report.polluter));
            lines << tr("What it left behind:");
            for (const auto &o : report.leftovers.overrides)
                lines << tr("  override %1 → %2, set by %3, still active")
                             .arg(QString::fromStdString(o["dependency"].get<std::string>()),
                                  QString::fromStdString(o["provider"].get<std::string>()),
                                  QString::fromStdString(o["set_by"].get<std::string>()));
            for (auto it = report.leftovers.rows.begin(); it != report.leftovers.rows.end(); ++it)
                lines << tr("  %1 row(s) added to %2")
                             .arg(QString::fromStdString(it.value().dump()),
                                  QString::fromStdString(it.key()));
            if (report.leftovers.sessionOpen)
                lines << tr("  the client session is still open");
        }
    }
    m_output->setPlainText(lines.join(QLatin1Char('\n')));
    m_summary->setText(report.polluter.empty()
                           ? tr("No polluter found")
                           : tr("Polluter: %1").arg(QString::fromStdString(report.polluter)));
}

QString SuitesPanel::output() const
{
    return m_output->toPlainText();
}

QString SuitesPanel::timeline() const
{
    return m_timeline->toPlainText();
}
