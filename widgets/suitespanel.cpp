#include "widgets/suitespanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "engine/suite/export.h"
#include "widgets/fixturetimeline.h"
#include "widgets/models/jsondiffmodel.h"
#include "widgets/models/keyvaluemodel.h"
#include "widgets/models/suiteresultmodel.h"
#include "widgets/passratechart.h"
#include "widgets/placeholdertableview.h"
#include "widgets/suitefiledialog.h"

namespace {
QStringList &nextFileNames()
{
    static QStringList names;
    return names;
}

QString &nextDirectory()
{
    static QString dir;
    return dir;
}

const QString kRecentKey = QStringLiteral("suites/recent");
const QString kRecentProjectsKey = QStringLiteral("pytest/recent");
constexpr int kNodeIdRole = Qt::UserRole + 1; // a tree row's node id (or its file/class prefix)
constexpr int kRecentMax = 8;

// "file::name": the test in its own file, not one of the same name in another open suite (and
// for pytest, the node id).
QString nodeId(const Engine::Suite::TestResult &result)
{
    return QString::fromStdString(result.file + "::" + result.name);
}

} // namespace

QStringList SuitesPanel::suiteFilesIn(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json")))
            paths << url.toLocalFile();
    return paths;
}

void SuitesPanel::setNextFileNames(const QStringList &names)
{
    nextFileNames() = names;
}

void SuitesPanel::setNextDirectory(const QString &dir)
{
    nextDirectory() = dir;
}

SuitesPanel::SuitesPanel(SuiteClient *suites, QWidget *parent)
    : QWidget(parent)
    , m_suites(suites)
    , m_fileList(new QStandardItemModel(this))
    , m_fixtures(new KeyValueModel(tr("Fixture"), tr("Scope"), this))
    , m_results(new SuiteResultModel(this))
    , m_diff(new JsonDiffModel(this))
    , m_resultsView(new QTreeView(this))
    , m_seed(new QSpinBox(this))
    , m_isolate(new QCheckBox(tr("Isolated (a fresh app per test)"), this))
    , m_repeat(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_run(new QPushButton(tr("Run all"), this))
    , m_runSelected(new QPushButton(tr("Run selected"), this))
    , m_runFailed(new QPushButton(tr("Run failed"), this))
    , m_polluter(new QPushButton(tr("Find polluter"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export as pytest…"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_failure(new QPlainTextEdit(this))
    , m_chart(new FixtureTimeline(this))
    , m_timeline(new QPlainTextEdit(this))
    , m_passRates(new PassRateChart(this))
    , m_problems(new QListWidget(this))
    , m_runs(new QStandardItemModel(this))
    , m_changes(new QStandardItemModel(this))
    , m_runsView(new QTableView(this))
    , m_compare(new QPushButton(tr("Compare the two selected runs"), this))
    , m_comparison(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("suitesPanel"));
    m_fixturesPlaceholder
        = tr("No suite is open: open one (Ctrl+O) or drop a .json file on the window.");
    setAcceptDrops(true);
    m_resultsView->setObjectName(QStringLiteral("suiteResultsView"));
    m_seed->setObjectName(QStringLiteral("seedSpinBox"));
    m_isolate->setObjectName(QStringLiteral("isolateCheckBox"));
    m_repeat->setObjectName(QStringLiteral("repeatSpinBox"));
    m_timeout->setObjectName(QStringLiteral("testTimeoutSpinBox"));
    m_run->setObjectName(QStringLiteral("runSuitesButton"));
    m_runSelected->setObjectName(QStringLiteral("runSelectedButton"));
    m_runFailed->setObjectName(QStringLiteral("runFailedButton"));
    m_polluter->setObjectName(QStringLiteral("findPolluterButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSuiteButton"));
    m_export->setObjectName(QStringLiteral("exportPytestButton"));
    m_progress->setObjectName(QStringLiteral("suiteProgressBar"));
    m_summary->setObjectName(QStringLiteral("suiteSummaryLabel"));
    m_tabs->setObjectName(QStringLiteral("suiteTabWidget"));
    m_failure->setObjectName(QStringLiteral("failureView"));
    m_timeline->setObjectName(QStringLiteral("fixtureTimelineView"));
    m_problems->setObjectName(QStringLiteral("suiteProblemsList"));
    m_output->setObjectName(QStringLiteral("suiteOutputView"));
    auto *openButton = new QPushButton(tr("Open suites…"), this);
    openButton->setObjectName(QStringLiteral("openSuitesButton"));
    m_seed->setRange(0, 999999);
    m_seed->setSpecialValueText(tr("file order"));
    m_seed->setToolTip(tr("A seed shuffles the order; the same seed replays it"));
    m_repeat->setRange(1, 100);
    m_timeout->setRange(0, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setToolTip(tr("A test that runs longer is an error: the pytest process is "
                             "killed, and the tests that finished are kept"));
    m_run->setToolTip(tr("Run every test of the open suites"));
    m_runSelected->setToolTip(tr("Run only the tests selected in the results"));
    m_runFailed->setToolTip(
        tr("Run only the tests that failed in the last run, like pytest --lf. A test that "
           "passes alone but failed in the full run depends on the tests before it."));
    m_export->setToolTip(
        tr("Write the open suites as pytest files that use TestClient and dependency_overrides"));
    for (auto *button : {m_run, m_runSelected, m_runFailed, m_polluter, m_export})
        button->setEnabled(false);
    m_cancel->hide();
    m_progress->hide();
    m_progress->setTextVisible(true);
    for (auto *edit : {m_failure, m_timeline, m_output}) {
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultsView->setAllColumnsShowFocus(true);
    m_resultsView->header()->setStretchLastSection(true);
    auto *files = m_fileView = new QTreeView(this);
    files->setObjectName(QStringLiteral("suiteFilesView"));
    files->setModel(m_fileList);
    files->setHeaderHidden(true);
    files->setRootIsDecorated(false);
    files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *fixtures = new PlaceholderTableView(this);
    fixtures->setObjectName(QStringLiteral("fixturesView"));
    fixtures->setPlaceholderText(fixturesPlaceholder());
    connect(this, &SuitesPanel::fixturesPlaceholderChanged, fixtures,
            &PlaceholderTableView::setPlaceholderText);
    fixtures->setModel(m_fixtures);
    fixtures->horizontalHeader()->setStretchLastSection(true);
    fixtures->verticalHeader()->hide();
    auto *diffView = new QTableView(this);
    diffView->setObjectName(QStringLiteral("jsonDiffView"));
    diffView->setModel(m_diff);
    diffView->horizontalHeader()->setStretchLastSection(true);
    diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    diffView->verticalHeader()->hide();
    diffView->setWordWrap(false);

    auto *options = m_options = new QFormLayout;
    options->addRow(tr("Seed"), m_seed);
    options->addRow(tr("Repeat"), m_repeat);
    options->addRow(tr("Test timeout"), m_timeout);
    options->setRowVisible(m_timeout, false); // pytest projects only
    options->addRow(m_isolate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(m_run);
    buttons->addWidget(m_runSelected);
    buttons->addWidget(m_runFailed);
    buttons->addWidget(m_polluter);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filesTitle = new QLabel(tr("<b>Suite files</b> (drop files here)"), left);
    m_filesTitle->setObjectName(QStringLiteral("suiteFilesTitle"));
    m_filesTitle->setWordWrap(true);
    leftLayout->addWidget(m_filesTitle);
    leftLayout->addWidget(files, 1);
    leftLayout->addWidget(new QLabel(tr("<b>Fixtures</b>"), left));
    leftLayout->addWidget(fixtures, 2);
    leftLayout->addLayout(options);

    auto *failurePage = new QSplitter(Qt::Vertical, this);
    failurePage->setObjectName(QStringLiteral("suiteFailureSplitter"));
    failurePage->addWidget(m_failure);
    failurePage->addWidget(diffView);
    auto *timelinePage = new QSplitter(Qt::Vertical, this);
    timelinePage->setObjectName(QStringLiteral("suiteTimelineSplitter"));
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setObjectName(QStringLiteral("fixtureTimelineScroll"));
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(false);
    chartScroll->setBackgroundRole(QPalette::Base);
    auto *legend = new QLabel(
        tr("Blue: function scope · orange: module · purple: session · a ragged end: never torn "
           "down. Hover a bar for its times; Ctrl+wheel zooms."),
        this);
    legend->setWordWrap(true);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(chartScroll, 1);
    chartLayout->addWidget(legend);
    timelinePage->addWidget(chartPage);
    timelinePage->addWidget(m_timeline);
    timelinePage->setStretchFactor(0, 3);
    auto *rateScroll = new QScrollArea(this);
    rateScroll->setWidget(m_passRates);
    rateScroll->setWidgetResizable(true);
    m_tabs->addTab(m_resultsView, tr("Results"));
    m_tabs->addTab(failurePage, tr("Failure"));
    m_tabs->addTab(timelinePage, tr("Fixture timeline"));
    m_tabs->addTab(rateScroll, tr("Pass rate"));
    m_tabs->addTab(m_output, tr("Failures and polluter"));
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(runsPage(), tr("Runs"));
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("suitesSplitter"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(openButton, &QPushButton::clicked, this, &SuitesPanel::open);
    connect(m_run, &QPushButton::clicked, this, &SuitesPanel::run);
    connect(m_runSelected, &QPushButton::clicked, this, &SuitesPanel::runSelected);
    connect(m_runFailed, &QPushButton::clicked, this, &SuitesPanel::runFailed);
    connect(m_polluter, &QPushButton::clicked, this, &SuitesPanel::findPolluter);
    connect(m_cancel, &QPushButton::clicked, this, &SuitesPanel::cancel);
    connect(m_export, &QPushButton::clicked, this, &SuitesPanel::exportPytestInteractive);
    connect(m_suites, &SuiteClient::suiteRunFinished, this, &SuitesPanel::showRun);
    connect(m_suites, &SuiteClient::polluterSearchFinished, this, &SuitesPanel::showPolluter);
    connect(m_suites, &SuiteClient::runsCompared, this, &SuitesPanel::showComparison);
    connect(m_suites, &SuiteClient::pytestCollected, this, &SuitesPanel::showCollected);
    connect(m_suites, &SuiteClient::progressChanged, this, [this](int done, int total) {
        if (total <= 0) { // pytest: how many will run is pytest's to know
            m_progress->setRange(0, 0);
            m_summary->setText(tr("Running… %n test(s) done", nullptr, done));
            return;
        }
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(files->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_runSelected->setEnabled(!m_working && !selectedTests().isEmpty()); });
    connect(m_suites, &SuiteClient::pytestExported, this,
            [this](const QStringList &written, const QString &dir, const QString &error) {
                m_summary->setText(
                    error.isEmpty()
                        ? tr("Wrote %n pytest file(s) to %1", nullptr, int(written.size())).arg(dir)
                        : tr("Export failed: %1").arg(error));
            });
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openProblem(m_problems->row(item)); });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updatePolluterButton();
                showFailure(m_results->resultNumber(current));
            });
    connect(m_resultsView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int number = m_results->resultNumber(index);
        if (number >= 0 && Engine::Suite::isFailure(m_results->result(number).outcome))
            m_tabs->setCurrentIndex(1);
    });
}

QWidget *SuitesPanel::runsPage()
{
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setModel(m_runs);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setToolTip(tr("Select two runs to see which tests ended differently"));
    m_compare->setObjectName(QStringLiteral("compareRunsButton"));
    m_compare->setEnabled(false);
    m_comparison->setObjectName(QStringLiteral("runComparisonLabel"));
    m_comparison->setWordWrap(true);
    auto *changes = m_changesView = new QTableView(this);
    changes->setObjectName(QStringLiteral("runChangesView"));
    changes->setModel(m_changes);
    changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    changes->verticalHeader()->hide();
    changes->horizontalHeader()->setStretchLastSection(true);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare);
    compareRow->addWidget(m_comparison, 1);
    bottomLayout->addLayout(compareRow);
    bottomLayout->addWidget(changes, 1);
    auto *page = new QSplitter(Qt::Vertical, this);
    page->setObjectName(QStringLiteral("suiteRunsSplitter"));
    page->addWidget(m_runsView);
    page->addWidget(bottom);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_compare->setEnabled(m_runsView->selectionModel()->selectedRows().size() == 2);
    });
    connect(m_compare, &QPushButton::clicked, this, &SuitesPanel::compareSelectedRuns);
    return page;
}

void SuitesPanel::showRuns(const std::vector<Engine::Suite::RecordedRun> &runs)
{
    m_runs->clear();
    m_runs->setHorizontalHeaderLabels(
        {tr("Run"), tr("Started"), tr("Passed"), tr("Failed"), tr("Seed"), tr("What ran")});
    const auto number = [](const std::optional<std::int64_t> &n) {
        return n ? QString::number(*n) : QStringLiteral("–");
    };
    for (const auto &r : runs) {
        QList<QStandardItem *> row{
            new QStandardItem(QStringLiteral("#%1").arg(r.id)),
            new QStandardItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.startedMicros / 1000), QLocale::ShortFormat)),
            new QStandardItem(number(r.passed)),
            new QStandardItem(number(r.failed)),
            new QStandardItem(r.seed == 0 ? tr("file order") : QString::number(r.seed)),
            new QStandardItem(QString::fromStdString(r.arguments))};
        if (r.status != "finished")
            row[2]->setToolTip(tr("This run did not finish (it was stopped or is running)"));
        row[0]->setData(qint64(r.id), Qt::UserRole);
        m_runs->appendRow(row);
    }
    m_runsView->resizeColumnsToContents();
}

void SuitesPanel::compareSelectedRuns()
{
    const QModelIndexList rows = m_runsView->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    qint64 a = rows[0].data(Qt::UserRole).toLongLong();
    qint64 b = rows[1].data(Qt::UserRole).toLongLong();
    if (a > b)
        std::swap(a, b);
    m_comparison->setText(tr("Comparing…"));
    m_suites->compareRuns(a, b);
}

void SuitesPanel::showComparison(const RunComparison &comparison)
{
    m_changes->clear();
    if (!comparison.error.isEmpty()) {
        m_comparison->setText(tr("Cannot compare: %1").arg(comparison.error));
        return;
    }
    m_changes->setHorizontalHeaderLabels({tr("Test"), tr("In run #%1").arg(comparison.before),
                                          tr("In run #%1").arg(comparison.after)});
    const auto outcome = [](const std::optional<Engine::Suite::RecordedOutcome> &o) {
        return SuiteResultModel::outcomeName(o ? QString::fromStdString(Engine::Suite::toString(*o))
                                               : QString());
    };
    for (const auto &c : comparison.changes) {
        const QString file = QString::fromStdString(c.file);
        auto *test = new QStandardItem(QFileInfo(file).fileName() + QStringLiteral("::")
                                       + QString::fromStdString(c.test));
        test->setToolTip(file);
        QList<QStandardItem *> row{test, new QStandardItem(outcome(c.before)),
                                   new QStandardItem(outcome(c.after))};
        m_changes->appendRow(row);
    }
    m_changesView->resizeColumnsToContents();
    m_comparison->setText(comparison.changes.empty()
                              ? tr("Every test ended the same in run #%1 and run #%2.")
                                    .arg(comparison.before)
                                    .arg(comparison.after)
                              : tr("%n test(s) ended differently from run #%1 to run #%2.", nullptr,
                                   int(comparison.changes.size()))
                                    .arg(comparison.before)
                                    .arg(comparison.after));
}

QStringList SuitesPanel::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void SuitesPanel::remember(const QStringList &paths)
{
    QStringList recent = recentFiles();
    for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
        const QString absolute = QFileInfo(*it).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kRecentMax)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    emit recentFilesChanged();
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
    setPytestMode(false);
    m_files = paths;
    m_loadErrors.clear();
    m_fileList->clear();
    for (const QString &path : paths) {
        // The name is what tells suites apart; the whole path is a hover away.
        auto *item = new QStandardItem(QFileInfo(path).fileName());
        item->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        m_fileList->appendRow(item);
    }
    m_run->setEnabled(!paths.isEmpty());
    m_export->setEnabled(!paths.isEmpty());
    m_results->setResults({});
    if (!paths.isEmpty())
        remember(paths);
    run();
}

QStringList SuitesPanel::recentProjects() const
{
    return QSettings().value(kRecentProjectsKey).toStringList();
}

void SuitesPanel::setPytestMode(bool on)
{
    if (!on) {
        m_project = {};
        m_collected.clear();
    }
    m_fileView->setRootIsDecorated(on);
    if (!on) {
        m_filesTitle->setText(tr("<b>Suite files</b> (drop files here)"));
        m_filesTitle->setToolTip({});
    }
    m_isolate->setEnabled(!on);
    m_isolate->setToolTip(on ? tr("A pytest project runs in one pytest process per run")
                             : QString());
    m_options->setRowVisible(m_timeout, on);
    m_export->setVisible(!on);
    // pytest's report says itself what differed; the JSON diff is the suites' expect steps.
    if (auto *diff = findChild<QWidget *>(QStringLiteral("jsonDiffView")))
        diff->setVisible(!on);
    emit leakedOverridesChanged({});
}

void SuitesPanel::openPytestProject(const QString &dir, const QString &python)
{
    if (m_working)
        return;
    setPytestMode(true);
    m_files.clear();
    m_loadErrors.clear();
    m_project = {QFileInfo(dir).absoluteFilePath(), python};
    m_fileList->clear();
    m_results->setResults({});
    m_fixtures->setPairs({});
    m_problems->clear();
    m_filesTitle->setText(tr("<b>pytest project</b> %1").arg(m_project.dir.toHtmlEscaped()));
    m_filesTitle->setToolTip(QDir::toNativeSeparators(m_project.dir));
    setFixturesPlaceholder(tr("The fixtures pytest sets up appear after a run."));
    QStringList recent = recentProjects();
    recent.removeAll(m_project.dir);
    recent.prepend(m_project.dir);
    QSettings().setValue(kRecentProjectsKey, recent.mid(0, kRecentMax));
    emit recentProjectsChanged();
    start(tr("Collecting the tests of %1 with pytest…").arg(m_project.dir));
    m_cancel->hide(); // collection is short and cannot be cancelled
    m_suites->collectPytest(m_project);
}

void SuitesPanel::showCollected(const QStringList &nodeIds, const QString &error)
{
    m_collected = nodeIds;
    m_fileList->clear();
    // file → class → test, as pytest's node ids nest.
    QHash<QString, QStandardItem *> parents;
    for (const QString &id : nodeIds) {
        const QStringList parts = id.split(QStringLiteral("::"));
        QStandardItem *parent = m_fileList->invisibleRootItem();
        QString prefix;
        for (int i = 0; i < parts.size(); ++i) {
            prefix += (i ? QStringLiteral("::") : QString()) + parts[i];
            const bool leaf = i == parts.size() - 1;
            if (!leaf && parents.contains(prefix)) {
                parent = parents.value(prefix);
                continue;
            }
            auto *item = new QStandardItem(parts[i]);
            item->setData(prefix, kNodeIdRole);
            item->setToolTip(prefix);
            parent->appendRow(item);
            if (!leaf)
                parents.insert(prefix, item);
            parent = item;
        }
    }
    m_fileView->expandAll();
    finish();
    if (!error.isEmpty()) {
        m_summary->setText(tr("pytest could not collect the tests: %1").arg(error));
        m_output->setPlainText(error);
    } else if (nodeIds.isEmpty()) {
        m_summary->setText(tr("pytest collected no tests in %1").arg(m_project.dir));
    } else {
        m_summary->setText(
            tr("pytest collected %n test(s): Run all runs them", nullptr, int(nodeIds.size())));
    }
}

QStringList SuitesPanel::selectedTests() const
{
    QStringList names;
    // A selected file row stands for all its tests.
    for (const QModelIndex &index : m_resultsView->selectionModel()->selectedRows())
        for (const int number : m_results->resultsUnder(index))
            names << nodeId(m_results->result(number));
    if (names.isEmpty() && m_project.isOpen())
        for (const QModelIndex &index : m_fileView->selectionModel()->selectedRows())
            names << index.data(kNodeIdRole).toString(); // pytest takes a file or class prefix
    names.removeDuplicates();
    return names;
}

void SuitesPanel::setFixturesPlaceholder(const QString &text)
{
    if (text == m_fixturesPlaceholder)
        return;
    m_fixturesPlaceholder = text;
    emit fixturesPlaceholderChanged(m_fixturesPlaceholder);
}

void SuitesPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!suiteFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SuitesPanel::dropEvent(QDropEvent *event)
{
    const QStringList paths = suiteFilesIn(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void SuitesPanel::start(const QString &what)
{
    m_working = true;
    m_summary->setText(what);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    for (auto *button : {m_run, m_runSelected, m_runFailed, m_polluter, m_export})
        button->setEnabled(false);
    emit working(true);
}

void SuitesPanel::finish()
{
    m_working = false;
    m_progress->hide();
    m_cancel->hide();
    // Suites with problems neither run nor export until they load again (open them again once
    // fixed; the Problems tab opens each file at its fault).
    m_run->setEnabled(runnable());
    m_export->setEnabled(runnable());
    const QString blocked = tr("The open suites have problems (see Problems): fix them, then "
                               "open the files again");
    m_run->setToolTip(runnable() ? tr("Run every test of the open suites") : blocked);
    m_export->setToolTip(
        runnable() ? tr(
            "Write the open suites as pytest files that use TestClient and dependency_overrides")
                   : blocked);
    if (m_project.isOpen()) {
        const QString none = tr("pytest collected no tests in this project");
        m_run->setToolTip(runnable() ? tr("Run every test of the project with pytest") : none);
    }
    m_runSelected->setEnabled(!selectedTests().isEmpty() || m_results->resultCount() > 0);
    m_runFailed->setEnabled(!failedTests().isEmpty());
    updatePolluterButton();
    emit working(false);
}

void SuitesPanel::run()
{
    if (m_project.isOpen()) {
        if (m_working || m_collected.isEmpty())
            return;
        start(tr("Running the tests with pytest…"));
        m_suites->runPytest(pytestRun(), quint64(m_seed->value()), m_repeat->value());
        return;
    }
    if (m_files.isEmpty() || m_working)
        return;
    start(tr("Running…"));
    m_suites->runSuites(m_files, quint64(m_seed->value()), m_isolate->isChecked(),
                        m_repeat->value());
}

void SuitesPanel::runSelected()
{
    if ((m_files.isEmpty() && !m_project.isOpen()) || m_working)
        return;
    const QStringList names = selectedTests();
    if (names.isEmpty())
        return;
    start(tr("Running %n selected test(s)…", nullptr, int(names.size())));
    if (m_project.isOpen()) {
        m_suites->runPytest(pytestRun(), quint64(m_seed->value()), m_repeat->value(), names);
        return;
    }
    m_suites->runSuites(m_files, quint64(m_seed->value()), m_isolate->isChecked(),
                        m_repeat->value(), names);
}

QStringList SuitesPanel::failedTests() const
{
    QStringList names;
    for (int i = 0; i < m_results->resultCount(); ++i)
        if (Engine::Suite::isFailure(m_results->result(i).outcome))
            names << nodeId(m_results->result(i));
    names.removeDuplicates();
    return names;
}

void SuitesPanel::runFailed()
{
    const QStringList names = failedTests();
    if ((m_files.isEmpty() && !m_project.isOpen()) || m_working || names.isEmpty())
        return;
    start(tr("Running %n failed test(s)…", nullptr, int(names.size())));
    if (m_project.isOpen()) {
        m_suites->runPytest(pytestRun(), quint64(m_seed->value()), m_repeat->value(), names);
        return;
    }
    m_suites->runSuites(m_files, quint64(m_seed->value()), m_isolate->isChecked(),
                        m_repeat->value(), names);
}

void SuitesPanel::cancel()
{
    if (!m_working)
        return;
    m_suites->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling after the test that is running…"));
}

void SuitesPanel::showRun(const SuiteRun &run)
{
    m_fixtures->setPairs(run.fixtures);
    setFixturesPlaceholder(
        !run.loadErrors.empty()
            ? tr("The suite files have problems (see Problems), so no fixture was loaded.")
            : tr("The open suites define no fixtures."));
    m_loadErrors = run.loadErrors;
    m_problems->clear();
    if (!run.loadErrors.empty()) {
        QStringList lines;
        for (const auto &e : run.loadErrors) {
            lines << QString::fromStdString(e.toString());
            auto *item = new QListWidgetItem(QString::fromStdString(e.toString()), m_problems);
            item->setToolTip(tr("Double-click to open the file at this place"));
        }
        m_output->setPlainText(tr("The suite files have problems; nothing ran:\n%1")
                                   .arg(lines.join(QLatin1Char('\n'))));
        m_summary->setText(
            tr("%n problem(s) in the suite files", nullptr, int(run.loadErrors.size())));
        m_results->setResults({});
        m_chart->setRun({}, {});
        m_tabs->setCurrentWidget(m_problems);
        finish();
        return;
    }
    m_results->setResults(run.report.results, run.previous);
    if (!run.history.runs.empty())
        showRuns(run.history.runs);
    m_resultsView->expandAll();
    for (int c = 0; c < SuiteResultModel::MessageColumn; ++c)
        m_resultsView->resizeColumnToContents(c);
    m_chart->setRun(run.report.results, run.report.fixtureSpans);
    m_timeline->setPlainText(QString::fromStdString(run.timeline));
    if (!run.history.tests.empty())
        m_passRates->setRates(run.history.tests);
    QStringList failures;
    int firstFailure = -1;
    for (std::size_t i = 0; i < run.report.results.size(); ++i) {
        const auto &r = run.report.results[i];
        if (!Engine::Suite::isFailure(r.outcome))
            continue;
        if (firstFailure < 0)
            firstFailure = int(i);
        failures << QStringLiteral("%1::%2\n%3\n")
                        .arg(QString::fromStdString(r.file), QString::fromStdString(r.name),
                             QString::fromStdString(r.message));
    }
    m_output->setPlainText(failures.join(QLatin1Char('\n')));
    QString summary = run.report.skipped() == 0
                          ? tr("%1 passed, %2 failed in %3 s")
                                .arg(run.report.passed())
                                .arg(run.report.failed())
                                .arg(QLocale().toString(run.report.seconds, 'f', 2))
                          : tr("%1 passed, %2 failed, %3 skipped in %4 s")
                                .arg(run.report.passed())
                                .arg(run.report.failed())
                                .arg(run.report.skipped())
                                .arg(QLocale().toString(run.report.seconds, 'f', 2));
    if (const int changed = m_results->changedCount())
        summary += QStringLiteral(" · ")
                   + tr("%n test(s) ended differently than the last time", nullptr, changed);
    if (run.report.cancelled)
        summary += QLatin1Char(' ') + tr("(cancelled: the tests after that did not run)");
    if (!run.interruption.empty())
        summary += QStringLiteral(" — ") + QString::fromStdString(run.interruption);
    if (!run.historyProblem.empty())
        summary += QStringLiteral(" — ") + QString::fromStdString(run.historyProblem);
    m_summary->setText(summary);
    QStringList leaks;
    for (const auto &l : run.leakedOverrides)
        leaks << (l.setBy.empty() ? tr("%1 → %2").arg(QString::fromStdString(l.dependency),
                                                      QString::fromStdString(l.provider))
                                  : tr("%1 → %2, set by %3")
                                        .arg(QString::fromStdString(l.dependency),
                                             QString::fromStdString(l.provider),
                                             QString::fromStdString(l.setBy)));
    emit leakedOverridesChanged(leaks);
    if (firstFailure >= 0)
        m_resultsView->setCurrentIndex(m_results->indexOfResult(firstFailure));
    else
        showFailure(-1);
    finish(); // after the results changed: the buttons follow the new ones
}

void SuitesPanel::updatePolluterButton()
{
    // Find polluter needs a failed test to start from: the current one.
    const int number = m_results->resultNumber(m_resultsView->currentIndex());
    m_polluter->setEnabled(!m_working && number >= 0
                           && Engine::Suite::isFailure(m_results->result(number).outcome));
}

void SuitesPanel::showFailure(int row)
{
    if (row < 0 || row >= m_results->resultCount()) {
        m_failure->clear();
        m_diff->setDifferences({});
        return;
    }
    const auto &r = m_results->result(row);
    if (r.outcome == Engine::Suite::Outcome::Skipped) {
        m_failure->setPlainText(
            tr("%1 was skipped: %2")
                .arg(QString::fromStdString(r.name), QString::fromStdString(r.message)));
        m_diff->setDifferences({});
        return;
    }
    if (r.outcome == Engine::Suite::Outcome::Passed) {
        m_failure->setPlainText(tr("%1 passed.").arg(QString::fromStdString(r.name)));
        m_diff->setDifferences({});
        return;
    }
    QString text = QStringLiteral("%1::%2\n\n%3")
                       .arg(QString::fromStdString(r.file), QString::fromStdString(r.name),
                            QString::fromStdString(r.message));
    if (!r.details.empty())
        text += QStringLiteral("\n\n") + QString::fromStdString(r.details);
    if (r.expected && r.actual)
        text += QStringLiteral("\n\n")
                + tr("Expected:\n%1\n\nActual:\n%2")
                      .arg(QString::fromStdString(r.expected->dump(2)),
                           QString::fromStdString(r.actual->dump(2)));
    m_failure->setPlainText(text);
    m_diff->setDifferences(r.expected && r.actual
                               ? Engine::Suite::jsonDifferences(*r.expected, *r.actual)
                               : std::vector<Engine::Suite::JsonDifference>{});
}

void SuitesPanel::openProblem(int row)
{
    if (row < 0 || std::size_t(row) >= m_loadErrors.size())
        return;
    const auto &e = m_loadErrors[std::size_t(row)];
    auto *dialog = new SuiteFileDialog(QString::fromStdString(e.file), int(e.line), int(e.column),
                                       QString::fromStdString(e.toString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuiteFileDialog::saved, this, [this] { openFiles(m_files); });
    dialog->open();
}

PytestProject SuitesPanel::pytestRun() const
{
    PytestProject project = m_project;
    project.testTimeoutSeconds = m_timeout->value();
    return project;
}

void SuitesPanel::findPolluter()
{
    const int current = m_results->resultNumber(m_resultsView->currentIndex());
    if (current < 0 || m_working)
        return;
    const auto &r = m_results->result(current);
    if (m_project.isOpen()) {
        // The tests that ran before it, in the shown run's order (its first repetition).
        m_target = nodeId(r);
        QStringList before;
        for (int i = 0; i < current; ++i)
            if (m_results->result(i).repetition == r.repetition)
                before << nodeId(m_results->result(i));
        before.removeDuplicates();
        start(
            tr("Looking for the test that makes %1 fail (one pytest run per step)…").arg(m_target));
        m_suites->findPytestPolluter(pytestRun(), m_target, before);
        return;
    }
    m_target = QString::fromStdString(r.name);
    start(tr("Looking for the test that makes %1 fail…").arg(m_target));
    m_suites->findPolluter(QString::fromStdString(r.file), m_target);
}

void SuitesPanel::showPolluter(const Engine::Suite::PolluterReport &report, const QString &error)
{
    finish();
    QStringList lines;
    if (!error.isEmpty()) {
        lines << error;
    } else {
        for (const auto &s : report.steps)
            lines << QString::fromStdString(s);
        lines << QString();
        if (report.cancelled)
            lines << tr("Cancelled before the search ended.");
        else if (!report.passesAlone)
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
    m_tabs->setCurrentWidget(m_output);
    m_summary->setText(report.cancelled ? tr("Polluter search cancelled")
                       : report.polluter.empty()
                           ? tr("No polluter found")
                           : tr("Polluter: %1").arg(QString::fromStdString(report.polluter)));
}

void SuitesPanel::exportPytest(const QString &dir)
{
    m_summary->setText(tr("Exporting…"));
    m_suites->exportPytest(m_files, dir);
}

void SuitesPanel::exportPytestInteractive()
{
    QString dir = nextDirectory();
    nextDirectory().clear();
    if (dir.isEmpty())
        dir = QFileDialog::getExistingDirectory(this, tr("Export as pytest into"));
    if (dir.isEmpty())
        return;
    exportPytest(dir);
}

QString SuitesPanel::output() const
{
    return m_output->toPlainText();
}

QString SuitesPanel::timeline() const
{
    return m_timeline->toPlainText();
}

QString SuitesPanel::failure() const
{
    return m_failure->toPlainText();
}
