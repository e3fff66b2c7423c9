#include <atomic>
#include <future>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QListWidgetItem>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include "app/mainwindow.h"
#include "tests/widgets/isolatedprofile.h"
#include "widgets/colors.h"
#include "widgets/comparisonview.h"
#include "widgets/databaseview.h"
#include "widgets/dependencypanel.h"
#include "widgets/engine/engineclient.h"
#include "widgets/engine/suiteclient.h"
#include "widgets/fixturetimeline.h"
#include "widgets/helpdialogs.h"
#include "widgets/hintbanner.h"
#include "widgets/historyview.h"
#include "widgets/models/dependencytreemodel.h"
#include "widgets/models/jsonrowsmodel.h"
#include "widgets/models/jsontreemodel.h"
#include "widgets/models/suiteresultmodel.h"
#include "widgets/models/validationerrormodel.h"
#include "widgets/opentargetdialog.h"
#include "widgets/placeholdertableview.h"
#include "widgets/requesteditor.h"
#include "widgets/responseview.h"
#include "widgets/savetestdialog.h"
#include "widgets/suitefiledialog.h"
#include "widgets/suitespanel.h"

// Drives the real window as a user would (KeePassXC's TestGui): find widgets by objectName,
// click, type, read what is shown.
namespace {
// An OpenAPI document whose route takes `file: UploadFile, note: str = Form(...)` (outside the
// test class: moc does not read raw strings inside it).
QByteArray uploadDocument()
{
    return R"({"openapi": "3.0.2", "info": {"title": "upload", "version": "1"},
      "paths": {"/upload": {"post": {"operationId": "upload",
        "requestBody": {"required": true, "content": {"multipart/form-data": {
          "schema": {"$ref": "#/components/schemas/Body_upload"}}}},
        "responses": {"200": {"description": "ok"}}}}},
      "components": {"schemas": {"Body_upload": {"title": "Body_upload", "type": "object",
        "required": ["file", "note"],
        "properties": {"file": {"type": "string", "format": "binary"},
                       "note": {"type": "string"}}}}}})";
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QPointer<MainWindow> m_window;
    QPointer<EngineClient> m_engine;

    template<class T>
    T *find(const char *name)
    {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    void clickSend() { QTest::mouseClick(find<QPushButton>("sendRequestButton"), Qt::LeftButton); }
    void chooseDouble(const char *combo, const QString &provider)
    {
        auto *box = find<QComboBox>(combo);
        const int i = box->findData(provider);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
        emit box->activated(i);
    }
    void clickRoute(const QString &name)
    {
        auto *view = m_window->routesView();
        auto *proxy = m_window->routesProxy();
        for (int g = 0; g < proxy->rowCount(); ++g) {
            const QModelIndex group = proxy->index(g, 0);
            for (int r = 0; r < proxy->rowCount(group); ++r) {
                const QModelIndex idx = proxy->index(r, 0, group);
                if (proxy->data(idx, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("(") + name + QStringLiteral(")"))) {
                    view->scrollTo(idx);
                    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                      view->visualRect(idx).center());
                    return;
                }
            }
        }
        QFAIL("route not found");
    }

private slots:
    void initTestCase()
    {
        ApiTest::Testing::useIsolatedProfile(m_dir);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        QSettings().clear(); // each test starts from a fresh profile of this process's own
        static int n = 0;
        m_engine = new EngineClient(m_dir.filePath(QStringLiteral("forge%1.db").arg(++n)));
        m_engine->setSynchronous(true);
        m_window = new MainWindow(m_engine);
        m_window->suiteClient()->setSynchronous(true);
        m_engine->setParent(m_window);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup() { delete m_window; }

    void routeTreeListsForge()
    {
        auto *proxy = m_window->routesProxy();
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 12);
        QTest::keyClicks(find<QLineEdit>("routeFilterLineEdit"), QStringLiteral("delete"));
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
    }

    void aPytestProjectOpensInTheSuitesPanelAndIsRemembered()
    {
        auto *action = find<QAction>("actionOpenPytestProject");
        QVERIFY(action && action->isEnabled());
        const QString dir = QStringLiteral(APITEST_SOURCE_DIR "/tests/python/projects/shop");
        m_window->openPytestProject(dir);
        auto *suites = find<SuitesPanel>("suitesPanel");
        QCOMPARE(find<QTabWidget>("mainTabWidget")->currentWidget(), suites);
        QCOMPARE(suites->pytestProject().dir, dir);
        QTRY_VERIFY(!find<QPushButton>("cancelSuiteButton")->isVisible());
        QCOMPARE(m_window->recentProjectsMenu()->actions().size(), 1);
        QCOMPARE(m_window->recentProjectsMenu()->actions().first()->text(), dir);
        suites->openFiles({}); // back to suites for the tests after this one
    }

    void aPythonAppCanBeOpenedAndAFaultyOneIsExplained()
    {
        Engine::Catalog::TargetSpec spec;
        spec.kind = Engine::Catalog::TargetSpec::Kind::Asgi;
        spec.asgi = "bookshelf.main:app";
        spec.appDir = APITEST_SOURCE_DIR "/resources/examples/bookshelf";
        spec.python = "/usr/bin/python3";
        QSignalSpy opened(m_engine, &EngineClient::targetOpened);
        m_window->openTarget(spec);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("API Test Explorer — bookshelf.main:app"));
        QVERIFY(m_window->selectRoute(QStringLiteral("add_book")));
        QVERIFY(find<QComboBox>("get_storeComboBox"));
        QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("get_dbComboBox")));
        auto *tabs = find<QTabWidget>("sideTabWidget");
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("Database")) {
                QVERIFY(!tabs->isTabEnabled(i));
                QVERIFY(tabs->tabToolTip(i).contains(QStringLiteral("its own")));
            }
        QVERIFY(!find<QComboBox>("errorStyleComboBox")->isEnabled());
        // Remembered: File → Recent apps offers it again.
        QCOMPARE(m_window->recentTargetsMenu()->actions().size(), 1);
        QVERIFY(m_window->recentTargetsMenu()->actions().first()->text().contains(
            QStringLiteral("--asgi bookshelf.main:app")));

        // An app that does not import: a dialog with the traceback; the bookshelf still answers.
        QSignalSpy failed(m_engine, &EngineClient::targetFailed);
        spec.asgi = "raising_import:app";
        spec.appDir = APITEST_SOURCE_DIR "/tests/python/apps";
        m_window->openTarget(spec);
        QCOMPARE(failed.size(), 1);
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("targetFailedMessageBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("configuration missing: DATABASE_URL")));
        QVERIFY(box->detailedText().contains(QStringLiteral("raising_import.py")));
        box->close();
        QCOMPARE(m_engine->snapshot().targetName, std::string("bookshelf.main:app"));
    }

    // An enum path parameter: its field starts at the first value and names them all; a
    // value outside them gets FastAPI's enum 422.
    void anEnumPathParameterOffersItsValues()
    {
        const Engine::Json document{
            {"openapi", "3.1.0"},
            {"info", {{"title", "models"}, {"version", "1"}}},
            {"paths",
             {{"/models/{model_name}",
               {{"get",
                 {{"operationId", "get_model"},
                  {"parameters", Engine::Json::array(
                                     {{{"name", "model_name"},
                                       {"in", "path"},
                                       {"required", true},
                                       {"schema", {{"$ref", "#/components/schemas/ModelName"}}}}})},
                  {"responses", {{"200", {{"description", "OK"}}}}}}}}}}},
            {"components",
             {{"schemas",
               {{"ModelName",
                 {{"type", "string"},
                  {"title", "ModelName"},
                  {"enum", Engine::Json::array({"alexnet", "resnet", "lenet"})}}}}}}}};
        const QString path = m_dir.filePath(QStringLiteral("models.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(document.dump()));
        file.close();
        Engine::Catalog::TargetSpec spec;
        spec.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
        spec.openapiFile = path.toStdString();
        m_window->openTarget(spec);
        clickRoute(QStringLiteral("get_model"));
        auto *field = find<QLineEdit>("pathParam_model_name");
        QCOMPARE(field->text(), QStringLiteral("alexnet"));
        QCOMPARE(field->placeholderText(), QStringLiteral("one of alexnet, resnet, lenet"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("vgg"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *model = m_window->responseView()->validationModel();
        QCOMPARE(model->data(model->index(0, ValidationErrorModel::TypeColumn)).toString(),
                 QStringLiteral("enum"));
    }

    void anOpenApiDocumentAnswersAndReloadsWhenEdited()
    {
        // The catalog document as FastAPI 0.100+ writes it (3.1: Pydantic 2's words).
        const QString path = m_dir.filePath(QStringLiteral("catalog31.json"));
        QFile::remove(path);
        QVERIFY(QFile::copy(
            QStringLiteral(APITEST_SOURCE_DIR "/tests/conformance/v2/catalog31.json"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Engine::Catalog::TargetSpec spec;
        spec.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
        spec.openapiFile = path.toStdString();
        QSignalSpy opened(m_engine, &EngineClient::targetOpened);
        m_window->openTarget(spec);
        QCOMPARE(opened.size(), 1);
        // Routes grouped by tag; each security scheme is a dependency with its doubles.
        auto *proxy = m_window->routesProxy();
        QCOMPARE(proxy->rowCount(), 4);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("items"));
        QVERIFY(find<QComboBox>("HTTPBearerComboBox")->findData(QStringLiteral("anonymous")) >= 0);

        clickRoute(QStringLiteral("create_item"));
        m_window->requestEditor()->setBody(QStringLiteral("{\"name\": \"x\", \"price\": 1}"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *model = m_window->responseView()->validationModel();
        QCOMPARE(model->data(model->index(0, ValidationErrorModel::TypeColumn)).toString(),
                 QStringLiteral("string_too_short"));

        // The file changes on disk: the target reloads and the window says what changed.
        QSignalSpy reloaded(m_engine, &EngineClient::targetReloaded);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto doc = Engine::Json::parse(file.readAll().toStdString());
        file.close();
        doc["paths"].erase("/strict");
        doc["paths"]["/ping"] = Engine::Json::parse(
            R"({"get":{"operationId":"ping","tags":["params"],"responses":{"200":{"description":"ok"}}}})");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(doc.dump()));
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        const QStringList changes = reloaded.first().first().toStringList();
        QCOMPARE(changes, (QStringList{QStringLiteral("added GET /ping"),
                                       QStringLiteral("removed POST /strict")}));
        auto *box
            = m_window->findChild<QMessageBox *>(QStringLiteral("documentReloadedMessageBox"));
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(QStringLiteral("added GET /ping")));
        box->close();
        QVERIFY(m_window->selectRoute(QStringLiteral("ping")));
    }

    void sendToBothShowsTheAnswersSideBySideWithTheirDifferences()
    {
        // The catalog's document (FastAPI 0.92 wrote it) next to the catalog app itself.
        Engine::Catalog::TargetSpec document;
        document.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
        document.openapiFile = APITEST_SOURCE_DIR "/tests/conformance/openapi/catalog30.json";
        m_window->openTarget(document);
        Engine::Catalog::TargetSpec app;
        app.kind = Engine::Catalog::TargetSpec::Kind::Asgi;
        app.asgi = "catalog_app:app";
        app.appDir = APITEST_SOURCE_DIR "/tests/conformance/openapi";
        app.python = "/usr/bin/python3";
        QSignalSpy compared(m_engine, &EngineClient::answersCompared);
        const auto comparison = [&] {
            return compared.last().at(0).value<AnswerComparison>();
        };
        auto *view = m_window->findChild<ComparisonView *>();
        QVERIFY(view);
        auto *tabs = find<QTabWidget>("responseTabWidget");
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(view)));

        // Validation is in the document: the same 422.
        clickRoute(QStringLiteral("create_item_items_post"));
        m_window->requestEditor()->setBody(
            QStringLiteral("{\"name\": \"x\", \"price\": \"free\"}"));
        m_window->compareWith(app);
        QTRY_COMPARE(compared.size(), 1);
        QVERIFY(comparison().differenceLines().isEmpty());
        QCOMPARE(tabs->currentWidget(), view);
        QVERIFY2(view->title().contains(QStringLiteral("give the same answer")),
                 qPrintable(view->title()));
        QVERIFY(view->title().startsWith(QStringLiteral("POST /items")));
        QCOMPARE(view->differences()->topLevelItemCount(), 0);
        QVERIFY(view->markedLines(false).isEmpty());
        QVERIFY(view->leftText()->toPlainText().contains(QStringLiteral("\"status\": 422")));
        QCOMPARE(view->leftText()->toPlainText(), view->rightText()->toPlainText());

        // The handler's answer is not: the document has no example for it.
        clickRoute(QStringLiteral("read_item_items__item_id__get"));
        m_window->compareWith(app);
        QTRY_COMPARE(compared.size(), 2);
        const QStringList differences = comparison().differenceLines();
        QVERIFY2(differences.contains(QStringLiteral("/json: null → {\"item_id\":1}")),
                 qPrintable(differences.join(QLatin1Char('\n'))));
        QCOMPARE(comparison().left, QStringLiteral("catalog30.json"));
        QCOMPARE(comparison().right, QStringLiteral("catalog_app:app"));
        const auto mentions = [](const QStringList &lines, const QString &prefix) {
            for (const QString &line : lines)
                if (line.startsWith(prefix))
                    return true;
            return false;
        };
        QVERIFY2(mentions(differences, QStringLiteral("/headers/content-length")),
                 qPrintable(differences.join(QLatin1Char('\n'))));
        // The pane: one row per difference, their lines marked on both sides, and the
        // selected one brought into view with its own colour.
        QCOMPARE(view->differences()->topLevelItemCount(), differences.size());
        QTreeWidgetItem *json = nullptr;
        for (int i = 0; i < view->differences()->topLevelItemCount(); ++i)
            if (view->differences()->topLevelItem(i)->text(0) == QStringLiteral("/json"))
                json = view->differences()->topLevelItem(i);
        QVERIFY(json);
        QCOMPARE(json->text(1), QStringLiteral("null"));
        QCOMPARE(json->text(2), QStringLiteral("{\"item_id\":1}"));
        view->differences()->setCurrentItem(json);
        const auto lineAtCursor = [](QPlainTextEdit *edit) {
            return edit->textCursor().block().text().trimmed();
        };
        QCOMPARE(lineAtCursor(view->leftText()), QStringLiteral("\"json\": null"));
        QCOMPARE(lineAtCursor(view->rightText()), QStringLiteral("\"json\": {"));
        const int rightLine = view->rightText()->textCursor().blockNumber();
        QVERIFY(view->markedLines(true).contains(rightLine));
        QVERIFY(view->markedLines(true).contains(rightLine + 1)); // "item_id": 1
        QVERIFY(view->markedLines(false).size() >= differences.size());

        // A header named to be ignored (as compare --ignore-header) is left out.
        m_window->compareWith(app, {QStringLiteral("Content-Length")});
        QTRY_COMPARE(compared.size(), 3);
        QVERIFY(
            !mentions(comparison().differenceLines(), QStringLiteral("/headers/content-length")));
        QVERIFY(comparison().differenceLines().contains(
            QStringLiteral("/json: null → {\"item_id\":1}")));
        // The dialog's field: names separated by commas, lower-cased, blanks dropped.
        OpenTargetDialog dialog(app, m_window);
        QVERIFY(!dialog.ignoredHeadersEdit()->isVisibleTo(&dialog));
        dialog.setIgnoredHeadersShown(true);
        QVERIFY(dialog.ignoredHeadersEdit()->isVisibleTo(&dialog));
        dialog.ignoredHeadersEdit()->setText(QStringLiteral("X-Trace-Id, ,x-request-id"));
        QCOMPARE(dialog.ignoredHeaders(),
                 (QStringList{QStringLiteral("x-trace-id"), QStringLiteral("x-request-id")}));
    }

    void aFormWithAFileIsFilledFromTheSchemaAndSent()
    {
        // A document whose route takes `file: UploadFile, note: str = Form(...)`.
        const QString path = m_dir.filePath(QStringLiteral("upload.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(uploadDocument());
        f.close();
        Engine::Catalog::TargetSpec document;
        document.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
        document.openapiFile = path.toStdString();
        m_window->openTarget(document);
        QVERIFY(m_window->selectRoute(QStringLiteral("upload")));
        QTest::mouseClick(find<QPushButton>("fillFromSchemaButton"), Qt::LeftButton);
        const auto composed = m_window->requestEditor()->composed();
        const auto type = std::find_if(composed.headers.begin(), composed.headers.end(),
                                       [](const auto &h) { return h.first == "content-type"; });
        QVERIFY(type != composed.headers.end());
        QCOMPARE(type->second, std::string("multipart/form-data; boundary=api-test-explorer-form"));
        QVERIFY(
            m_window->requestEditor()->body().contains(QStringLiteral("filename=\"file.txt\"")));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        // Typed by hand, without the file (the editor's \n line breaks are sent as CRLF).
        m_window->requestEditor()->setBody(
            QStringLiteral("--api-test-explorer-form\nContent-Disposition: form-data; "
                           "name=\"note\"\n\nhi\n--api-test-explorer-form--\n"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *model = m_window->responseView()->validationModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->row(0).loc, std::string("body \xE2\x86\x92 file"));
        QCOMPARE(model->row(0).msg, std::string("field required"));
    }

    void recentTargetsReopenAndFillTheDialog()
    {
        // Each target kind comes back from the recent list as it was opened.
        QSettings().remove(QStringLiteral("targets/recent"));
        Engine::Catalog::TargetSpec document;
        document.kind = Engine::Catalog::TargetSpec::Kind::OpenApi;
        document.openapiFile = APITEST_SOURCE_DIR "/tests/conformance/openapi/catalog30.json";
        QSignalSpy opened(m_engine, &EngineClient::targetOpened);
        m_window->openTarget(document);
        QTRY_COMPARE(opened.size(), 1);
        Engine::Catalog::TargetSpec forge;
        m_window->openTarget(forge);
        QTRY_COMPARE(opened.size(), 2);
        const auto recent = m_window->recentTargets();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(Engine::Catalog::toString(recent[1].second.kind), std::string("openapi"));
        QCOMPARE(recent[1].second.openapiFile, document.openapiFile);
        QCOMPARE(m_window->recentTargetsMenu()->actions().size(), 2);
        m_window->recentTargetsMenu()->actions().at(1)->trigger();
        QTRY_COMPARE(opened.size(), 3);
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("catalog30.json"));

        // The dialog offers them and fills its form from the one chosen.
        OpenTargetDialog dialog(forge, m_window);
        dialog.setRecentTargets(m_window->recentTargets());
        QVERIFY(dialog.recentBox()->isVisibleTo(&dialog));
        QCOMPARE(dialog.recentBox()->count(), 3);
        const int documentRow = dialog.recentBox()->findText(
            QStringLiteral("--openapi ") + QString::fromStdString(document.openapiFile));
        QVERIFY(documentRow > 0);
        dialog.recentBox()->setCurrentIndex(documentRow);
        emit dialog.recentBox()->activated(documentRow);
        QCOMPARE(Engine::Catalog::toString(dialog.spec().kind), std::string("openapi"));
        QCOMPARE(dialog.documentEdit()->text(), QString::fromStdString(document.openapiFile));
        QVERIFY(dialog.problem().isEmpty());
        m_window->openTarget(forge);
        QTRY_COMPARE(opened.size(), 4);
    }

    void copyAsCurlSaysWhereTheRequestCanRun()
    {
        QVERIFY(m_window->selectRoute(QStringLiteral("health_check")));
        m_window->findChild<QAction *>(QStringLiteral("actionCopyAsCurl"))->trigger();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("# forge answers in this process")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("http://testserver/forge/health")));
    }

    void aLongPastedUrlIsKeptWhole()
    {
        const QString path = QStringLiteral("/forge/items/1?q=") + QString(40000, QLatin1Char('x'));
        find<QLineEdit>("pathLineEdit")->setText(path);
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text().size(), path.size());
    }

    void theOpenAppDialogChecksTheDocument()
    {
        OpenTargetDialog dialog(m_engine->targetSpec(), m_window);
        dialog.kindBox()->setCurrentIndex(2); // OpenAPI document
        QVERIFY(dialog.problem().contains(QStringLiteral("Choose the OpenAPI document")));
        dialog.documentEdit()->setText(QStringLiteral("/nonexistent/openapi.json"));
        QVERIFY(dialog.problem().contains(QStringLiteral("does not exist")));
        dialog.documentEdit()->setText(
            QStringLiteral(APITEST_SOURCE_DIR "/tests/conformance/v2/catalog31.json"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.spec().kind == Engine::Catalog::TargetSpec::Kind::OpenApi);
        QCOMPARE(dialog.spec().openapiFile,
                 std::string(APITEST_SOURCE_DIR "/tests/conformance/v2/catalog31.json"));
    }

    void theOpenAppDialogNamesTheFastApiReleaseOfADocument()
    {
        OpenTargetDialog dialog(m_engine->targetSpec(), m_window);
        dialog.kindBox()->setCurrentIndex(2); // OpenAPI document
        const QString file
            = QStringLiteral(APITEST_SOURCE_DIR "/tests/conformance/v2/catalog31.json");
        dialog.documentEdit()->setText(file);
        QVERIFY(!dialog.spec().fastapi); // as the document's version implies
        dialog.fastapiBox()->setCurrentIndex(
            dialog.fastapiBox()->findText(QStringLiteral("FastAPI 0.100 to 0.121")));
        QCOMPARE(MainWindow::targetArguments(dialog.spec()).join(QLatin1Char(' ')),
                 QStringLiteral("--openapi ") + file + QStringLiteral(" --fastapi 0.121.0"));

        // Opened with a release of its own, it comes back from the recent list with it.
        QSettings().remove(QStringLiteral("targets/recent"));
        Engine::Catalog::TargetSpec spec = dialog.spec();
        spec.fastapi = Engine::Validation::parseFastApiRelease("0.115.2");
        QSignalSpy opened(m_engine, &EngineClient::targetOpened);
        m_window->openTarget(spec);
        QTRY_COMPARE(opened.size(), 1);
        const auto recent = m_window->recentTargets();
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent[0].second.fastapi);
        QCOMPARE(recent[0].second.fastapi->toString(), std::string("0.115.2"));
        OpenTargetDialog again(recent[0].second, m_window);
        QCOMPARE(again.fastapiBox()->currentText(), QStringLiteral("FastAPI 0.115.2"));
        QCOMPARE(again.spec().fastapi->toString(), std::string("0.115.2"));
        m_window->openTarget(Engine::Catalog::TargetSpec{});
        QTRY_COMPARE(opened.size(), 2);
    }

    void theOpenAppDialogChecksALiveServer()
    {
        OpenTargetDialog dialog(m_engine->targetSpec(), m_window);
        dialog.kindBox()->setCurrentIndex(3); // Live server
        QVERIFY(dialog.problem().contains(QStringLiteral("http://")));
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:8000"));
        dialog.headersEdit()->setPlainText(QStringLiteral("X-Api-Key: s3cret\nbroken"));
        QVERIFY(dialog.problem().contains(QStringLiteral("broken")));
        dialog.headersEdit()->setPlainText(QStringLiteral("X-Api-Key: s3cret"));
        QVERIFY(dialog.problem().isEmpty());
        const auto spec = dialog.spec();
        QVERIFY(spec.kind == Engine::Catalog::TargetSpec::Kind::Live);
        QCOMPARE(MainWindow::targetArguments(spec).join(QLatin1Char(' ')),
                 QStringLiteral("--base-url http://127.0.0.1:8000 --header X-Api-Key: s3cret"));
    }

    void validationErrorsAreShownAndMappedToTheBody()
    {
        clickRoute(QStringLiteral("create_user"));
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/users"));
        QTest::mouseClick(find<QPushButton>("fillFromSchemaButton"), Qt::LeftButton);
        QVERIFY(find<QPlainTextEdit>("bodyEditor")
                    ->toPlainText()
                    .contains(QStringLiteral("\"username\"")));
        m_window->requestEditor()->setBody(
            QStringLiteral("{\"username\": \"Al\", \"email\": \"x@y.io\"}"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *model = m_window->responseView()->validationModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, ValidationErrorModel::TypeColumn)).toString(),
                 QStringLiteral("string_too_short"));
        auto *table = find<QTableView>("validationTableView");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 1)).center());
        QCOMPARE(find<QPlainTextEdit>("bodyEditor")->textCursor().selectedText(),
                 QStringLiteral("\"Al\""));
    }

    void fakeUserGetsForbidden()
    {
        clickRoute(QStringLiteral("admin_dashboard"));
        chooseDouble("get_current_userComboBox", QStringLiteral("fake_user"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("403 Forbidden"));
        QVERIFY(find<QLabel>("overridesLabel")
                    ->text()
                    .contains(QStringLiteral("get_current_user → fake_user, set by GUI")));
        QVERIFY(m_window->responseView()->hints()->text().contains(
            QStringLiteral("Overrides are still set")));
        // The route's dependency tree names the double and marks it as an override.
        auto *tree = m_window->dependencyPanel()->treeModel();
        QModelIndex user;
        for (int r = 0; r < tree->rowCount(); ++r)
            if (tree->index(r, 0).data().toString() == QLatin1String("get_current_user"))
                user = tree->index(r, DependencyTreeModel::ProviderColumn);
        QVERIFY(user.isValid());
        QCOMPARE(user.data().toString(), QStringLiteral("fake_user"));
        QVERIFY(user.data(DependencyTreeModel::OverriddenRole).toBool());
        QCOMPARE(user.data(Qt::ToolTipRole).toString(), QStringLiteral("override set by GUI"));
        chooseDouble("get_current_userComboBox", QStringLiteral("fake_admin"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        QTest::mouseClick(find<QPushButton>("clearOverridesButton"), Qt::LeftButton);
        QCOMPARE(find<QComboBox>("get_current_userComboBox")->currentData().toString(),
                 QStringLiteral("real"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("401 Unauthorized"));
    }

    void raiseToggleChangesWhatTheCrashShows()
    {
        clickRoute(QStringLiteral("crash"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("Raised RuntimeError"));
        QVERIFY(m_window->responseView()->hints()->text().contains(
            QStringLiteral("raise_server_exceptions")));
        find<QCheckBox>("raiseServerExceptionsCheckBox")->click();
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("500 Internal Server Error"));
        QCOMPARE(m_window->responseView()->bodyText(), QStringLiteral("Internal Server Error"));
        find<QCheckBox>("debugCheckBox")->click();
        clickSend();
        QTRY_VERIFY(m_window->responseView()->bodyText().contains(
            QStringLiteral("RuntimeError: Unexpected!")));
    }

    void lifespanToggle()
    {
        clickRoute(QStringLiteral("list_users"));
        QVERIFY(find<QCheckBox>("lifespanCheckBox")->isChecked());
        find<QCheckBox>("lifespanCheckBox")->click();
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("Raised RuntimeError"));
        QVERIFY(m_window->responseView()->hints()->text().contains(
            QStringLiteral("Startup did not run")));
        find<QCheckBox>("lifespanCheckBox")->click();
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
    }

    void errorStyleToggle()
    {
        clickRoute(QStringLiteral("read_item"));
        find<QLineEdit>("pathLineEdit")->setText(QStringLiteral("/forge/items/abc"));
        clickSend();
        QTRY_VERIFY(m_window->responseView()->bodyText().contains(QStringLiteral("int_parsing")));
        auto *style = find<QComboBox>("errorStyleComboBox");
        style->setCurrentIndex(style->findData(QStringLiteral("v1")));
        clickSend();
        QTRY_VERIFY(
            m_window->responseView()->bodyText().contains(QStringLiteral("type_error.integer")));
    }

    void suitesRunAndFindThePolluter()
    {
        auto *panel = m_window->suitesPanel();
        const QString dir = QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/");
        SuitesPanel::setNextFileNames({dir + QStringLiteral("incident_leaky.json")});
        QTest::mouseClick(find<QPushButton>("openSuitesButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("suiteSummaryLabel")
                        ->text()
                        .startsWith(QStringLiteral("4 passed, 1 failed")));
        auto *results = panel->results();
        QCOMPARE(results->resultCount(), 5);
        // A tree: the file with its tally, its tests below.
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->index(0, SuiteResultModel::TestColumn).data().toString(),
                 QStringLiteral("incident_leaky.json"));
        QCOMPARE(results->index(0, SuiteResultModel::OutcomeColumn).data().toString(),
                 QStringLiteral("4 passed, 1 failed"));
        QCOMPARE(results->rowCount(results->index(0, 0)), 5);
        QCOMPARE(results->indexOfResult(4, SuiteResultModel::OutcomeColumn).data().toString(),
                 QStringLiteral("failed"));
        QCOMPARE(results->resultNumber(results->indexOfResult(3)), 3);
        QCOMPARE(results->resultNumber(results->index(0, 0)), -1);
        // Outcome icons: the failed test's differs from a passed one's.
        const auto icon = [panel](int row) {
            return panel->results()->indexOfResult(row).data(Qt::DecorationRole).value<QIcon>();
        };
        QVERIFY(!icon(4).isNull());
        QVERIFY(icon(4).pixmap(16).toImage() != icon(0).pixmap(16).toImage());
        QCOMPARE(icon(1).pixmap(16).toImage(), icon(0).pixmap(16).toImage());
        find<QTabWidget>("mainTabWidget")->setCurrentWidget(panel);
        auto *view = find<QTreeView>("suiteResultsView");
        // The first failure is selected and explained; a passed test has nothing to bisect.
        QCOMPARE(results->resultNumber(view->currentIndex()), 4);
        QVERIFY(panel->failure().contains(QStringLiteral("expected status 401, got 200")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(results->indexOfResult(0)).center());
        QVERIFY(!find<QPushButton>("findPolluterButton")->isEnabled());
        QVERIFY(panel->failure().contains(QStringLiteral("passed")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(results->indexOfResult(4)).center());
        QVERIFY(find<QPushButton>("findPolluterButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("findPolluterButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->output().contains(QStringLiteral("Polluter: test_admin_only_endpoint")));
        QVERIFY(
            panel->output().contains(QStringLiteral("override get_current_user → fake_admin, set "
                                                    "by test_admin_only_endpoint, still active")));
        panel->openFiles({dir + QStringLiteral("database.json")});
        QTRY_VERIFY(find<QLabel>("suiteSummaryLabel")
                        ->text()
                        .startsWith(QStringLiteral("7 passed, 0 failed")));
        QVERIFY(panel->timeline().contains(
            QStringLiteral("SETUP    F db_session\nSETUP    F client\n")));
        QVERIFY(panel->timeline().contains(
            QStringLiteral("TEARDOWN F client\nTEARDOWN F db_session\n")));
        // The same, drawn: a row per fixture, a bar per test for function fixtures.
        auto *chart = panel->timelineChart();
        QVERIFY(chart->rowNames().contains(QStringLiteral("db_session")));
        QVERIFY(chart->rowNames().contains(QStringLiteral("client")));
        const QRect first = chart->barRect(0), second = chart->barRect(2);
        QVERIFY(first.isValid() && second.isValid());
        QVERIFY(first.right() < second.left()); // the second test's setup comes after
        QVERIFY(chart->describeSpan(chart->spanAt(first.center()))
                    .contains(QStringLiteral("function scope")));
        QVERIFY(chart->describeTest(chart->testAt(chart->testRect(0).center()))
                    .startsWith(QStringLiteral("#1 ")));
        // The fixtures are listed in the explorer's left panel too.
        auto *fixtures = find<QTableView>("explorerFixturesView");
        QCOMPARE(fixtures->model()->rowCount(), 3);
        QCOMPARE(fixtures->model()->data(fixtures->model()->index(0, 0)).toString(),
                 QStringLiteral("db_session"));
        QVERIFY(fixtures->model()
                    ->data(fixtures->model()->index(0, 1))
                    .toString()
                    .startsWith(QStringLiteral("function")));
    }

    void recentSuitesAndDragAndDrop()
    {
        const QString suite = QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/overrides.json");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(suite)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window, &drop);
        QCOMPARE(find<QTabWidget>("mainTabWidget")->currentWidget(), m_window->suitesPanel());
        QCOMPARE(m_window->suitesPanel()->files(), QStringList{suite});
        QTRY_VERIFY(find<QLabel>("suiteSummaryLabel")->text().contains(QStringLiteral("passed")));
        QCOMPARE(m_window->suitesPanel()->recentFiles().value(0), suite);
        // The File menu offers it again, newest first.
        const auto actions = m_window->recentMenu()->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first()->text(), suite);
        m_window->suitesPanel()->openFiles(
            {QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/auth_roles.json")});
        QTRY_COMPARE(m_window->recentMenu()->actions().value(1)->text(), suite);
        m_window->recentMenu()->actions().value(1)->trigger();
        QCOMPARE(m_window->suitesPanel()->files(), QStringList{suite});
        // A dropped file that is not a suite opens nothing.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QDropEvent ignored(QPointF(50, 50), Qt::CopyAction, &other, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window, &ignored);
        QCOMPARE(m_window->suitesPanel()->files(), QStringList{suite});
    }

    void suiteWithErrorsRunsNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad-suite.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"suite\": \"x\", \"tests\": [{\"steps\": []}]}");
        f.close();
        m_window->suitesPanel()->openFiles({bad});
        QTRY_VERIFY(m_window->suitesPanel()->output().contains(
            bad + QStringLiteral(":1:26: a test needs \"name\"")));
        QCOMPARE(m_window->suitesPanel()->results()->resultCount(), 0);
        QVERIFY(find<PlaceholderTableView>("explorerFixturesView")
                    ->placeholderText()
                    .contains(QStringLiteral("problems")));
        // The problem list opens the file at the place, where it can be fixed and rerun.
        auto *problems = m_window->suitesPanel()->problems();
        QCOMPARE(problems->count(), 1);
        QCOMPARE(find<QTabWidget>("suiteTabWidget")->currentWidget(), problems);
        emit problems->itemActivated(problems->item(0));
        auto *dialog = m_window->findChild<SuiteFileDialog *>(QStringLiteral("suiteFileDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->cursorLine(), 1);
        QCOMPARE(dialog->cursorColumn(), 26);
        QVERIFY(find<QLabel>("suiteFileProblemLabel")->text().contains(QStringLiteral("needs")));
        dialog->editor()->setPlainText(QStringLiteral(
            "{\"suite\": \"x\", \"tests\": [{\"name\": \"test_fixed\", \"steps\": []}]}"));
        // Esc with unsaved edits asks first; Cancel keeps the dialog and the text.
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesBox"));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QTest::keyClick(dialog->editor(), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->editor()->toPlainText().contains(QStringLiteral("test_fixed")));
        QTest::mouseClick(find<QPushButton>("suiteFileSaveButton"), Qt::LeftButton);
        QTRY_COMPARE(m_window->suitesPanel()->results()->resultCount(), 1);
        QVERIFY(find<QLabel>("suiteSummaryLabel")->text().startsWith(QStringLiteral("1 passed")));
        QCOMPARE(problems->count(), 0);
    }

    void databaseBrowserFollowsTheActiveDatabase()
    {
        auto *db = find<DatabaseView>("databaseView");
        db->showTable(QStringLiteral("users"));
        QCOMPARE(db->rows()->rowCount(), 1);
        QVERIFY(find<QLabel>("databaseSourceLabel")->text().endsWith(QStringLiteral(".db")));
        clickRoute(QStringLiteral("create_user"));
        chooseDouble("get_dbComboBox", QStringLiteral("sqlite_memory"));
        chooseDouble("get_mailerComboBox", QStringLiteral("recording_mailer"));
        m_window->requestEditor()->setBody(
            QStringLiteral("{\"username\": \"dora\", \"email\": \"d@x.io\"}"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("201 Created"));
        QTRY_COMPARE(db->rows()->rowCount(), 2);
        QCOMPARE(db->rows()->data(db->rows()->index(1, 1)).toString(), QStringLiteral("dora"));
        QVERIFY(
            find<QLabel>("databaseSourceLabel")->text().contains(QStringLiteral("sqlite_memory")));
        chooseDouble("get_dbComboBox", QStringLiteral("real"));
        QTRY_COMPARE(db->rows()->rowCount(), 1); // the app's own database never saw dora
        QCOMPARE(find<QTableView>("mailsTableView")->model()->rowCount(), 1);
    }

    // One source of truth for the query: typed in the URL it fills the table, edited in the
    // table it rewrites the URL; what is sent is what both show.
    // The answer on screen is dimmed and named once the composer holds another request.
    // Nothing typed is lost: a route keeps what was typed for it when another is picked, and
    // across restarts, until Reset to route.
    void aRouteKeepsItsDraft()
    {
        clickRoute(QStringLiteral("create_user"));
        auto *body = m_window->requestEditor()->bodyEditor();
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("{\"username\": \"dora\"}"));
        auto *reset = find<QPushButton>("resetRequestButton");
        QVERIFY(reset->isEnabled());
        clickRoute(QStringLiteral("read_me"));
        QVERIFY(m_window->requestEditor()->body().isEmpty());
        clickRoute(QStringLiteral("create_user"));
        QCOMPARE(m_window->requestEditor()->body(), QStringLiteral("{\"username\": \"dora\"}"));
        QVERIFY(m_window->requestEditor()->hasDraft());
        clickRoute(QStringLiteral("read_me"));
        {
            MainWindow again(m_engine); // the next start
            QVERIFY(again.selectRoute(QStringLiteral("create_user")));
            QCOMPARE(again.requestEditor()->body(), QStringLiteral("{\"username\": \"dora\"}"));
        }
        clickRoute(QStringLiteral("create_user"));
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(!m_window->requestEditor()->hasDraft());
        QVERIFY(m_window->requestEditor()->body().isEmpty());
        QVERIFY(!reset->isEnabled());
        clickRoute(QStringLiteral("read_me"));
        clickRoute(QStringLiteral("create_user"));
        QVERIFY(m_window->requestEditor()->body().isEmpty()); // the draft is gone
    }

    void anOldAnswerIsDimmedAndNamed()
    {
        clickRoute(QStringLiteral("read_me"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("401 Unauthorized"));
        auto *note = find<QLabel>("staleResponseLabel");
        QVERIFY(!m_window->responseView()->isStale());
        clickRoute(QStringLiteral("delete_user"));
        QVERIFY(m_window->responseView()->isStale());
        QVERIFY(note->text().contains(QStringLiteral("GET /forge/me")));
        clickRoute(QStringLiteral("read_me"));
        QVERIFY(!m_window->responseView()->isStale());
        find<QLineEdit>("pathLineEdit")->setFocus();
        QTest::keyClicks(find<QLineEdit>("pathLineEdit"), QStringLiteral("x"));
        QVERIFY(m_window->responseView()->isStale());
        clickSend();
        QTRY_VERIFY(!m_window->responseView()->isStale());
    }

    void theUrlAndTheQueryTableAgree()
    {
        clickRoute(QStringLiteral("read_item"));
        auto *url = find<QLineEdit>("pathLineEdit");
        url->setFocus();
        url->end(false);
        QTest::keyClicks(url, QStringLiteral("?q=hello"));
        auto composed = m_window->requestEditor()->composed();
        QCOMPARE(composed.path, std::string("/forge/items/1"));
        QCOMPARE(composed.query,
                 (std::vector<std::pair<std::string, std::string>>{{"q", "hello"}}));
        auto *query
            = qobject_cast<QStandardItemModel *>(find<QTableView>("queryTableView")->model());
        QVERIFY(query);
        QCOMPARE(query->item(0, 0)->text(), QStringLiteral("q"));
        QCOMPARE(query->item(0, 0)->checkState(), Qt::Checked);
        QCOMPARE(query->item(0, 1)->text(), QStringLiteral("hello"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        QVERIFY(m_window->responseView()->summary().rawBody.find("\"q\":\"hello\"")
                != std::string::npos);
        // The table rewrites the URL.
        query->item(0, 1)->setText(QStringLiteral("a b"));
        QCOMPARE(url->text(), QStringLiteral("/forge/items/1?q=a%20b"));
        query->item(0, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(url->text(), QStringLiteral("/forge/items/1"));
        QVERIFY(m_window->requestEditor()->composed().query.empty());
        // A parameter the route does not offer becomes a row of its own.
        QTest::keyClicks(url, QStringLiteral("?extra=1"));
        QCOMPARE(m_window->requestEditor()->composed().query,
                 (std::vector<std::pair<std::string, std::string>>{{"extra", "1"}}));
    }

    // A path typed by hand fills the parameter fields; one of another shape is marked.
    void theUrlAndThePathFieldsAgree()
    {
        clickRoute(QStringLiteral("read_item"));
        auto *url = find<QLineEdit>("pathLineEdit");
        auto *field = find<QLineEdit>("pathParam_item_id");
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("/forge/items/%zz"));
        QCOMPARE(field->text(), QStringLiteral("%zz"));
        QVERIFY(!find<QLabel>("pathEditedByHandLabel")->isVisible());
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("/forge/elsewhere/1"));
        QVERIFY(find<QLabel>("pathEditedByHandLabel")->isVisible());
        QVERIFY(!find<QWidget>("pathParametersBox")->isEnabled());
        QCOMPARE(m_window->requestEditor()->composed().path, std::string("/forge/elsewhere/1"));
        // Typing into the field again puts the route's shape back.
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("/forge/items/5"));
        QVERIFY(!find<QLabel>("pathEditedByHandLabel")->isVisible());
        QCOMPARE(field->text(), QStringLiteral("5"));
    }

    void pathParametersHaveTypedFieldsAndShowTheir422()
    {
        clickRoute(QStringLiteral("read_item"));
        auto *field = find<QLineEdit>("pathParam_item_id");
        QCOMPARE(field->placeholderText(), QStringLiteral("integer"));
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/items/1"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("a b"));
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/items/a%20b"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *table = find<QTableView>("validationTableView");
        auto *model = m_window->responseView()->validationModel();
        QCOMPARE(model->data(model->index(0, ValidationErrorModel::TypeColumn)).toString(),
                 QStringLiteral("int_parsing"));
        const QColor plain = field->palette().color(QPalette::Base);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 1)).center());
        // The 422 row points at the field: focused, its text selected, marked.
        QVERIFY(field->hasFocus());
        QCOMPARE(field->selectedText(), QStringLiteral("a b"));
        QVERIFY(field->palette().color(QPalette::Base) != plain);
        QTest::keyClicks(field, QStringLiteral("7"));
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/items/7"));
        QCOMPARE(field->palette().color(QPalette::Base), plain);
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        // The body folds as a tree; a row tells its JSON pointer.
        auto *tree = m_window->responseView()->treeModel();
        QVERIFY(tree->rowCount() >= 2);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("id"));
        QCOMPARE(tree->index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("7"));
        m_window->responseView()->treeView()->setCurrentIndex(tree->index(0, 0));
        QCOMPARE(find<QLabel>("jsonPointerLabel")->text(), QStringLiteral("/id"));
        // A route without path parameters hides the box.
        clickRoute(QStringLiteral("health_check"));
        QVERIFY(!find<QWidget>("pathParametersBox")->isVisible());
    }

    void tabLeavesTheBodyEditor()
    {
        clickRoute(QStringLiteral("create_user"));
        auto *body = find<QPlainTextEdit>("bodyEditor");
        body->clear();
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        QTest::keyClick(body, Qt::Key_Tab);
        QVERIFY(!body->hasFocus());
        QVERIFY(body->toPlainText().isEmpty());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSend"))
                    ->text()
                    .endsWith(QStringLiteral("\tCtrl+Return")));
    }

    void optionalQueryParametersAreSentOnlyWhenTicked()
    {
        clickRoute(QStringLiteral("list_users"));
        auto *query = find<QTableView>("queryTableView");
        auto *model = query->model();
        // Optional, with their defaults shown: not sent, so the app's defaults apply.
        QVERIFY(m_window->requestEditor()->composed().query.empty());
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        const auto composed = m_window->requestEditor()->composed();
        QCOMPARE(composed.query.size(), std::size_t(1));
        QCOMPARE(composed.query.front().first, model->index(0, 0).data().toString().toStdString());
        // A string default is shown as the text it is, not as JSON.
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(!model->index(r, 1).data().toString().startsWith(QLatin1Char('"')));
    }

    void queryErrorSelectsTheQueryRow()
    {
        clickRoute(QStringLiteral("list_users"));
        auto *query = find<QTableView>("queryTableView");
        const QModelIndex limit = query->model()->index(1, 1);
        query->model()->setData(limit, QStringLiteral("many"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *table = find<QTableView>("validationTableView");
        auto *model = m_window->responseView()->validationModel();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 1)).center());
        QCOMPARE(query->currentIndex().row(), 1);
        QCOMPARE(find<QTabWidget>("requestTabWidget")->currentIndex(), 1);
    }

    void anotherValidationRowClearsTheEarlierMark()
    {
        // One 422 with two rows: the path parameter and the query value.
        clickRoute(QStringLiteral("read_item"));
        auto *field = find<QLineEdit>("pathParam_item_id");
        const QColor plain = field->palette().color(QPalette::Base);
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("abc"));
        auto *query = find<QTableView>("queryTableView");
        const QModelIndex q = query->model()->index(0, 1);
        QCOMPARE(query->model()->index(0, 0).data().toString(), QStringLiteral("q"));
        query->model()->setData(q, QString(51, QLatin1Char('x')));
        query->model()->setData(query->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(),
                 QStringLiteral("/forge/items/abc?q=") + QString(51, QLatin1Char('x')));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(),
                     QStringLiteral("422 Unprocessable Entity"));
        auto *table = find<QTableView>("validationTableView");
        auto *model = m_window->responseView()->validationModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->row(0).loc, std::string("path \xE2\x86\x92 item_id"));
        QCOMPARE(model->row(1).loc, std::string("query \xE2\x86\x92 q"));
        const auto select = [&](int row) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(model->index(row, 1)).center());
        };
        select(0);
        QVERIFY(field->palette().color(QPalette::Base) != plain);
        // The query row now: only it is marked, the path field is plain again.
        select(1);
        QCOMPARE(field->palette().color(QPalette::Base), plain);
        QCOMPARE(query->currentIndex().row(), 0);
        QCOMPARE(find<QTabWidget>("requestTabWidget")->currentIndex(), 1);
        // And back: the field is marked again.
        select(0);
        QVERIFY(field->palette().color(QPalette::Base) != plain);
        QVERIFY(field->hasFocus());
    }

    // Every control of the Explore page is reached by Tab exactly once before the walk comes
    // back to where it started, and Shift+Tab walks the same ring backwards.
    void tabWalksTheWholeWindowOnce()
    {
        const auto describe = [](QWidget *w) {
            QString name = w->objectName();
            if (name.startsWith(QLatin1String("qt_")) && w->parentWidget())
                name = w->parentWidget()->objectName() + QLatin1Char('/') + name;
            return name + QLatin1Char(':') + QString::fromLatin1(w->metaObject()->className());
        };
        const auto names = [&describe](const QList<QWidget *> &list) {
            QStringList out;
            for (auto *w : list)
                out << describe(w);
            return out.join(QLatin1Char(' '));
        };
        clickRoute(QStringLiteral("create_user"));
        QApplication::setActiveWindow(m_window);
        auto *start = find<QLineEdit>("routeFilterLineEdit");
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> forward{start};
        for (int i = 0; i < 300; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == start)
                break;
            QVERIFY2(!forward.contains(now),
                     qPrintable(QStringLiteral("reached twice: ") + describe(now)
                                + QStringLiteral(" after ") + names(forward)));
            forward << now;
        }
        QCOMPARE(QApplication::focusWidget(), start); // the ring closed
        // Every control a keyboard user needs on the page is in the ring.
        for (auto *w : m_window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
                || w->focusProxy() || !w->window()->isAncestorOf(w) || w->window() != m_window)
                continue;
            if (!w->isVisible() || qobject_cast<QScrollBar *>(w))
                continue;
            QVERIFY2(forward.contains(w), qPrintable(QStringLiteral("never reached: ") + describe(w)
                                                     + QStringLiteral(" in ") + names(forward)));
        }
        // Backwards: the same ring in reverse.
        QList<QWidget *> backward{start};
        for (int i = 0; i < forward.size() - 1; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            backward << QApplication::focusWidget();
        }
        const QString raw = names(backward);
        std::reverse(backward.begin() + 1, backward.end());
        QVERIFY2(backward == forward,
                 qPrintable(names(forward) + QStringLiteral("\n vs \n") + raw));
    }

    void helpHasGettingStartedShortcutsAndTheReadme()
    {
        find<QAction>("actionGettingStarted")->trigger();
        auto *started = m_window->findChild<GettingStartedDialog *>();
        QVERIFY(started && started->isVisible());
        QVERIFY(started->text().contains(QStringLiteral("Dependency overrides")));
        // A route link selects the route; a suite link opens the suite.
        started->follow(QUrl(QStringLiteral("route:admin_dashboard")));
        QVERIFY(m_window->routesView()
                    ->currentIndex()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("(admin_dashboard)")));
        started->follow(QUrl(QStringLiteral("suite:overrides.json")));
        QCOMPARE(QFileInfo(m_window->suitesPanel()->files().value(0)).fileName(),
                 QStringLiteral("overrides.json"));
        started->close();
        // The shortcuts: the menus' and the panels'.
        const auto shortcuts = m_window->shortcuts();
        const auto has = [&](const QString &what, const QKeySequence &keys) {
            for (const auto &s : shortcuts)
                if (s.first == what && s.second == keys)
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("Send"), QKeySequence(QStringLiteral("Ctrl+Return"))));
        QVERIFY(has(QStringLiteral("Open suites…"), QKeySequence(QKeySequence::Open)));
        QVERIFY(has(QStringLiteral("Indent the selected body lines"),
                    QKeySequence(QStringLiteral("Ctrl+]"))));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->rows().contains(QStringLiteral("Send\tCtrl+Return")));
            dialog->reject();
        });
        find<QAction>("actionShortcuts")->trigger();
        // The README is there to open (the sources' one in a build tree).
        QVERIFY(QFileInfo::exists(MainWindow::documentationPath()));
        QVERIFY(find<QAction>("actionDocumentation")->isEnabled());
    }

    void bodyLinesIndentWithCtrlBracket()
    {
        clickRoute(QStringLiteral("create_user"));
        auto *body = find<QPlainTextEdit>("bodyEditor");
        body->setPlainText(QStringLiteral("{\n\"a\": 1,\n\"b\": 2\n}"));
        body->setFocus();
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(3);                           // line 2
        cursor.setPosition(12, QTextCursor::KeepAnchor); // into line 3
        body->setTextCursor(cursor);
        QTest::keyClick(body, Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("{\n  \"a\": 1,\n  \"b\": 2\n}"));
        QTest::keyClick(body, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("{\n\"a\": 1,\n\"b\": 2\n}"));
        // Tab leaves the body rather than typing a tab.
        QTest::keyClick(body, Qt::Key_Tab);
        QVERIFY(!body->toPlainText().contains(QLatin1Char('\t')));
        QVERIFY(!body->hasFocus());
    }

    void theOpenSuitesComeBackAtTheNextStart()
    {
        const QString suite = QStringLiteral(APITEST_SOURCE_DIR "/resources/suites/overrides.json");
        m_window->openSuiteFiles({suite});
        m_window->close(); // closeEvent keeps what was open
        {
            auto *engine = new EngineClient(m_dir.filePath(QStringLiteral("again.db")));
            MainWindow again(engine);
            engine->setParent(&again);
            again.suiteClient()->setSynchronous(true);
            QVERIFY(again.reopenLastSession());
            QCOMPARE(again.suitesPanel()->files(), QStringList{suite});
            // A pytest project open at close comes back instead.
            const QString project
                = QStringLiteral(APITEST_SOURCE_DIR "/tests/python/projects/shop");
            again.openPytestProject(project);
            QTRY_VERIFY(!again.suitesPanel()
                             ->findChild<QPushButton *>(QStringLiteral("cancelSuiteButton"))
                             ->isVisible());
            again.close();
        }
        auto *engine = new EngineClient(m_dir.filePath(QStringLiteral("third.db")));
        MainWindow third(engine);
        engine->setParent(&third);
        third.suiteClient()->setSynchronous(true);
        QVERIFY(third.reopenLastSession());
        QCOMPARE(third.suitesPanel()->pytestProject().dir,
                 QStringLiteral(APITEST_SOURCE_DIR "/tests/python/projects/shop"));
        // Nothing that still exists: nothing reopened.
        QSettings().setValue(QStringLiteral("session/pytestProject"), QString());
        QSettings().setValue(QStringLiteral("session/suites"),
                             QStringList{m_dir.filePath(QStringLiteral("gone.json"))});
        auto *another = new EngineClient(m_dir.filePath(QStringLiteral("fourth.db")));
        MainWindow fourth(another);
        another->setParent(&fourth);
        QVERIFY(!fourth.reopenLastSession());
        m_window->show();
    }

    void aStuckRequestCanBeCancelled()
    {
        // Its own window on the real worker thread: the point is that the GUI stays live.
        QTemporaryDir dir;
        auto *engine = new EngineClient(dir.filePath(QStringLiteral("stuck.db")));
        MainWindow window(engine);
        engine->setParent(&window);
        window.show();
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        auto first = std::make_shared<std::atomic<bool>>(true);
        engine->setBeforeSendHook([released, first] {
            if (first->exchange(false))
                released.wait();
        });
        auto *send = window.findChild<QPushButton *>(QStringLiteral("sendRequestButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        auto *cancel = window.cancelRequestButton();
        QVERIFY(!cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 5000); // after a second of waiting
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isVisible());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Cancelled")));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(window.responseView()->statusText(), QStringLiteral("200 OK"));
        release.set_value();
    }

    void themesKeepColoursReadable()
    {
        for (const QString &theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
            m_window->setTheme(theme);
            QApplication::processEvents(); // palette changes reach the widgets as events
            const QPalette palette = QApplication::palette();
            QCOMPARE(Colors::isDark(palette), theme == QLatin1String("dark"));
            clickRoute(QStringLiteral("health_check"));
            clickSend();
            QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
            const QColor window = m_window->responseView()->palette().color(QPalette::Window);
            QVERIFY2(Colors::contrast(m_window->responseView()->statusColor(), window) >= 4.5,
                     qPrintable(theme + QLatin1Char(' ')
                                + m_window->responseView()->statusColor().name()
                                + QLatin1String(" on ") + window.name()));
            // Method badges in the route tree, on the view's base.
            auto *proxy = m_window->routesProxy();
            const QColor base = m_window->routesView()->palette().color(QPalette::Base);
            const QModelIndex group = proxy->index(0, 0);
            for (int r = 0; r < proxy->rowCount(group); ++r) {
                const QColor c = proxy->index(r, 0, group).data(Qt::ForegroundRole).value<QColor>();
                QVERIFY2(Colors::contrast(c, base) >= 4.5,
                         qPrintable(theme + QLatin1Char(' ')
                                    + proxy->index(r, 0, group).data().toString() + QLatin1Char(' ')
                                    + c.name() + QLatin1String(" on ") + base.name()));
            }
            QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), theme);
            // The hint banner follows the theme: pale yellow on light, dark amber on dark.
            auto *banner = find<QFrame>("hintBanner");
            const QPalette hint = banner->palette();
            QCOMPARE(Colors::isDark(hint), theme == QLatin1String("dark"));
            QVERIFY(Colors::contrast(hint.color(QPalette::WindowText), hint.color(QPalette::Window))
                    >= 4.5);
            // An unchecked box's outline stands out from the window (WCAG: 3:1 for controls).
            auto *box = find<QCheckBox>("debugCheckBox");
            QVERIFY(!box->isChecked());
            QStyleOptionButton option;
            option.initFrom(box);
            const QRect indicator
                = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
            const QImage image = box->grab().toImage();
            const QColor background = box->palette().color(QPalette::Window);
            double best = 1;
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                best = std::max(best, Colors::contrast(image.pixelColor(x, indicator.center().y()),
                                                       background));
            QVERIFY2(best >= 3, qPrintable(theme + QStringLiteral(" check box outline: ")
                                           + QString::number(best)));
        }
        m_window->setTheme(QStringLiteral("system"));
        QCOMPARE(m_window->theme(), QStringLiteral("system"));
    }

    void aNarrowRoutesPanelShortensSummariesInsteadOfCuttingThem()
    {
        // The German window at 1100 x 700: method and path whole, the summary shortened with
        // "…" inside the panel (its tooltip whole), no part of a row behind a scroll bar.
        m_window->resize(1100, 700);
        QApplication::processEvents();
        auto *view = m_window->routesView();
        auto *proxy = m_window->routesProxy();
        const QModelIndex group = proxy->index(0, 0);
        QTRY_VERIFY(proxy->rowCount(group) > 0);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        const int used = view->header()->sectionSize(0) + view->header()->sectionSize(1)
                         + view->header()->sectionSize(2);
        QVERIFY2(used <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(used).arg(view->viewport()->width())));
        // The path is never the one shortened.
        for (int r = 0; r < proxy->rowCount(group); ++r) {
            const QString path = proxy->index(r, 1, group).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(path) < view->header()->sectionSize(1),
                     qPrintable(path));
        }
        const QModelIndex summary = proxy->index(0, 2, group);
        QCOMPARE(summary.data(Qt::ToolTipRole).toString().isEmpty(), false);
    }

    void nothingIsClipped()
    {
        // Every visible button, check box and one-line label is at least as wide as its text
        // needs: at 100 % and, in the scaled run of this test (QT_SCALE_FACTOR=2), at 200 %.
        m_window->resize(1400, 900);
        QApplication::processEvents();
        // The scaled run really is scaled, and the layouts fit the size asked for (a widget
        // with a fixed width too large would force the window wider, or get cut).
        const double scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                 ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                                 : 1.0;
        QCOMPARE(m_window->devicePixelRatioF(), scale);
        QCOMPARE(m_window->size(), QSize(1400, 900));
        QStringList clipped;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->width() == 0)
                continue;
            const auto *label = qobject_cast<QLabel *>(w);
            if (label && (label->wordWrap() || label->text().isEmpty()))
                continue;
            if (!label && !qobject_cast<QAbstractButton *>(w))
                continue;
            if (qobject_cast<QToolButton *>(w))
                continue; // tab scrollers and toolbar extensions size themselves
            if (w->width() < w->sizeHint().width())
                clipped << QStringLiteral("%1 \"%2\" %3 < %4")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    label ? label->text()
                                          : qobject_cast<QAbstractButton *>(w)->text())
                               .arg(w->width())
                               .arg(w->sizeHint().width());
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }

    void splittersAndPageSurviveARestart()
    {
        auto *middle = find<QSplitter>("middleSplitter");
        middle->setSizes({200, 600});
        const QList<int> sizes = middle->sizes();
        find<QTabWidget>("mainTabWidget")->setCurrentIndex(1);
        m_window->close(); // saves the settings
        MainWindow again(m_engine);
        again.resize(1400, 900);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *pages = again.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QCOMPARE(pages->currentIndex(), 1);
        pages->setCurrentIndex(0);
        QApplication::processEvents();
        const QList<int> restored
            = again.findChild<QSplitter *>(QStringLiteral("middleSplitter"))->sizes();
        QCOMPARE(restored.size(), 2);
        QVERIFY2(qAbs(restored[0] - sizes[0]) <= 2 && qAbs(restored[1] - sizes[1]) <= 2,
                 qPrintable(QStringLiteral("%1,%2").arg(restored[0]).arg(restored[1])));
    }

    void keyboardOnly()
    {
        // Ctrl+F to the filter, type, Tab into the tree, arrows to the route, Ctrl+Return.
        QApplication::setActiveWindow(m_window);
        QTest::keySequence(m_window, QKeySequence::Find);
        auto *filter = find<QLineEdit>("routeFilterLineEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("items/{item_id}"));
        QTest::keyClick(filter, Qt::Key_Tab);
        QTRY_VERIFY(m_window->routesView()->hasFocus());
        QTest::keyClick(m_window->routesView(), Qt::Key_Down);
        QTest::keyClick(m_window->routesView(), Qt::Key_Down);
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/items/1"));
        QTest::keyClick(m_window->routesView(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        // Return on a route goes on to the composer's URL.
        QTest::keyClick(m_window->routesView(), Qt::Key_Return);
        QTRY_VERIFY(find<QLineEdit>("pathLineEdit")->hasFocus());
        // Tab leaves the Query table instead of cycling between its cells.
        auto *query = find<QTableView>("queryTableView");
        find<QTabWidget>("requestTabWidget")->setCurrentIndex(1);
        query->setFocus();
        QTest::keyClick(query, Qt::Key_Tab);
        QTRY_VERIFY(!query->hasFocus());
    }

    void historyResendsARequest()
    {
        clickRoute(QStringLiteral("read_item"));
        find<QLineEdit>("pathLineEdit")->setText(QStringLiteral("/forge/items/77"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        auto *history = find<HistoryView>("historyView");
        QTRY_VERIFY(history->proxy()->rowCount() >= 1);
        QTest::keyClicks(find<QLineEdit>("historySearchLineEdit"), QStringLiteral("items/77"));
        QCOMPARE(history->proxy()->rowCount(), 1);
        clickRoute(QStringLiteral("health_check"));
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/health"));
        find<QTabWidget>("sideTabWidget")->setCurrentWidget(history);
        auto *view = find<QTableView>("historyTableView");
        const QRect cell = view->visualRect(history->proxy()->index(0, 0));
        // A real double click is a click followed by a double-click event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(find<QLineEdit>("pathLineEdit")->text(), QStringLiteral("/forge/items/77"));
        // The route it was made for is selected again, its field holding the value.
        QVERIFY(m_window->routesView()
                    ->currentIndex()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("(read_item)")));
        QCOMPARE(find<QLineEdit>("pathParam_item_id")->text(), QStringLiteral("77"));
        QVERIFY(find<QWidget>("pathParametersBox")->isVisible());

        // A very long path does not push the other columns off screen: every column ends
        // inside the view, the path elided in the middle.
        find<QLineEdit>("pathLineEdit")
            ->setText(QStringLiteral("/forge/items/") + QString(3000, QLatin1Char('9')));
        clickSend();
        QTRY_VERIFY(history->proxy()->rowCount() >= 1);
        find<QLineEdit>("historySearchLineEdit")->clear();
        QTRY_VERIFY(history->proxy()->rowCount() >= 2);
        QApplication::processEvents();
        const int columns = history->proxy()->columnCount();
        for (int c = 0; c < columns; ++c)
            QVERIFY2(view->horizontalHeader()->sectionViewportPosition(c)
                             + view->horizontalHeader()->sectionSize(c)
                         <= view->viewport()->width() + 1,
                     qPrintable(history->proxy()->headerData(c, Qt::Horizontal).toString()));
    }

    // Save as test through the window; the error, or an empty string once saved.
    QString save(const QString &suite, const QString &name, bool withBody,
                 const std::vector<std::string> &fields = {})
    {
        QSignalSpy saved(m_window->suiteClient(), &SuiteClient::testSaved);
        m_window->saveAsTest(suite, name, withBody, fields);
        return saved.isEmpty() ? QStringLiteral("(nothing saved)") : saved.last()[2].toString();
    }

    // What is saved is the exchange on screen, with the overrides it was sent with; once the
    // composer holds another request there is nothing to save until it is sent.
    void saveAsTestSavesTheExchangeOnScreen()
    {
        chooseDouble("get_current_userComboBox", QStringLiteral("fake_admin"));
        clickRoute(QStringLiteral("read_me"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        auto exchange = m_window->savedExchange();
        QVERIFY(exchange);
        QCOMPARE(exchange->request.path, std::string("/forge/me"));
        QCOMPARE(exchange->overrides.size(), std::size_t(1));
        QCOMPARE(exchange->overrides[0].second, std::string("fake_admin"));

        clickRoute(QStringLiteral("delete_user")); // picked, not sent
        QVERIFY(!m_window->savedExchange());
        const QString suite = m_dir.filePath(QStringLiteral("exchange-suite.json"));
        QCOMPARE(save(suite, QStringLiteral("test_delete"), false),
                 QStringLiteral("(nothing saved)"));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionSaveAsTest"));
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(QStringLiteral("edited since")));
        QVERIFY(!QFile::exists(suite));

        clickRoute(QStringLiteral("read_me")); // the composer holds the sent request again
        QVERIFY(m_window->savedExchange());
        QCOMPARE(save(suite, QStringLiteral("test_me_as_admin"), false), QString());
        QFile file(suite);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("\"set_override\"") && text.contains("fake_admin"),
                 text.constData());
        QVERIFY(text.contains("/forge/me"));
    }

    void saveAsTestAndRerunIt()
    {
        clickRoute(QStringLiteral("create_item"));
        QTest::mouseClick(find<QPushButton>("fillFromSchemaButton"), Qt::LeftButton);
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("201 Created"));
        const QString suite = m_dir.filePath(QStringLiteral("saved-suite.json"));
        QCOMPARE(save(suite, QStringLiteral("test_create_item"), true), QString());
        clickRoute(QStringLiteral("crash"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("Raised RuntimeError"));
        QCOMPARE(save(suite, QStringLiteral("test_crash"), false), QString());
        QVERIFY(save(suite, QStringLiteral("test_crash"), false)
                    .contains(QStringLiteral("already has")));
        // Ticking fields: the dialog lists the body's values by JSON pointer.
        clickRoute(QStringLiteral("read_item"));
        clickSend();
        QTRY_COMPARE(m_window->responseView()->statusText(), QStringLiteral("200 OK"));
        SaveTestDialog dialog(m_window->responseView()->summary(), m_window);
        QVERIFY(dialog.wholeBodyCheckBox()->isEnabled());
        auto *fields = dialog.fieldList();
        QVERIFY(fields->count() >= 2);
        QCOMPARE(fields->item(1)->text(), QStringLiteral("/name = \"widget\""));
        fields->item(1)->setCheckState(Qt::Checked);
        dialog.nameEdit()->setText(QStringLiteral("test_item_name"));
        QCOMPARE(dialog.fields(), std::vector<std::string>{"/name"});
        dialog.wholeBodyCheckBox()->setChecked(true);
        QVERIFY(dialog.fields().empty()); // the whole body covers them
        QVERIFY(!fields->isEnabled());
        dialog.wholeBodyCheckBox()->setChecked(false);
        dialog.nameEdit()->setText(QStringLiteral("not a name"));
        QVERIFY(!dialog.nameEdit()->hasAcceptableInput());
        QCOMPARE(save(suite, QStringLiteral("test_item_name"), dialog.wholeBody(), dialog.fields()),
                 QString());
        m_window->suitesPanel()->openFiles({suite});
        QTRY_VERIFY(find<QLabel>("suiteSummaryLabel")
                        ->text()
                        .startsWith(QStringLiteral("3 passed, 0 failed")));
    }

    void speaksGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("apitest"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        MainWindow german(m_engine);
        QCOMPARE(german.findChild<QPushButton *>(QStringLiteral("sendRequestButton"))->text(),
                 QStringLiteral("Senden"));
        QCOMPARE(german.findChild<QCheckBox *>(QStringLiteral("lifespanCheckBox"))->text(),
                 QStringLiteral("Client-Sitzung (Lifespan)"));
        QCoreApplication::removeTranslator(&translator);
    }

    void hintCanBeDismissed()
    {
        clickRoute(QStringLiteral("crash"));
        clickSend();
        auto *banner = m_window->responseView()->hints();
        QTRY_VERIFY(banner->isVisible());
        QTest::mouseClick(find<QToolButton>("dismissHintButton"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        clickSend();
        QVERIFY(!banner->isVisible());
    }

    void theLeakBannerGoesWhenTheOverridesAreCleared()
    {
        chooseDouble("get_current_userComboBox", QStringLiteral("fake_admin"));
        clickRoute(QStringLiteral("read_me"));
        clickSend();
        auto *banner = m_window->responseView()->hints();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("override"), Qt::CaseInsensitive));
        QTest::mouseClick(find<QPushButton>("clearOverridesButton"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
