#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "widgets/comparisonview.h"
#include "widgets/models/jsontreemodel.h"
#include "widgets/responseview.h"

using Engine::Json;

// Large and odd bodies: shown at once in part, all of it on demand, never broken mid-character.
class TestResponseView final : public QObject
{
    Q_OBJECT

private:
    static Engine::Client::ResponseSummary jsonSummary(const Json &body)
    {
        Engine::Client::ResponseSummary s;
        s.status = 200;
        s.reason = "OK";
        s.isJson = true;
        s.rawBody = body.dump();
        s.body = Engine::Client::prettyJson(body);
        s.json = std::make_shared<const Json>(body);
        return s;
    }

    static Json bigArray(std::size_t bytes)
    {
        Json a = Json::array();
        // "ä" is two bytes in UTF-8: the cut must not split it.
        for (int i = 0; a.dump().size() < bytes; ++i)
            for (int k = 0; k < 100; ++k)
                a.push_back(Json{{"id", i * 100 + k}, {"name", "ää-" + std::to_string(i)}});
        return a;
    }

private slots:
    void tabsWaitForTheFirstResponse()
    {
        ResponseView view;
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(tabs->isTabEnabled(0));
        const int sideBySide = tabs->indexOf(view.comparison());
        for (int i = 1; i < tabs->count(); ++i) {
            QVERIFY2(!tabs->isTabEnabled(i), qPrintable(tabs->tabText(i)));
            QCOMPARE(tabs->tabToolTip(i),
                     i == sideBySide
                         ? QStringLiteral("Request → Send to both… shows two targets' answers here")
                         : QStringLiteral("Send a request first"));
        }
        Engine::Client::ResponseSummary ok;
        ok.status = 200;
        ok.body = "{}";
        view.showSummary(ok);
        int enabled = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            enabled += tabs->isTabEnabled(i);
            QCOMPARE(tabs->tabToolTip(i).isEmpty(), i != sideBySide);
        }
        QCOMPARE(enabled, 4); // Body, Headers, Trace, Raw; no 422 details, no Error, no Tree
        // Side by side opens with a comparison, and stays open for the next response.
        view.showComparison(
            QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("GET /"),
            Engine::Suite::sideBySide(Json{{"status", 200}}, Json{{"status", 201}}));
        QVERIFY(tabs->isTabEnabled(sideBySide));
        QCOMPARE(tabs->currentIndex(), sideBySide);
        QCOMPARE(view.comparison()->differences()->topLevelItemCount(), 1);
        view.showSummary(ok);
        QVERIFY(tabs->isTabEnabled(sideBySide));
        QVERIFY(tabs->tabToolTip(sideBySide).isEmpty());
    }

    void largeBodiesAreTruncatedThenShownInFull()
    {
        ResponseView view;
        view.show();
        const auto summary = jsonSummary(bigArray(400 * 1024));
        QVERIFY(summary.body.size() > 4 * ResponseView::kChunk);
        view.showSummary(summary);
        const QString shown = view.bodyText();
        QVERIFY(std::size_t(shown.toUtf8().size()) <= ResponseView::kTruncateAt);
        QVERIFY(!shown.contains(QChar(0xFFFD)));
        QVERIFY(QString::fromStdString(summary.body).startsWith(shown));
        QCOMPARE(summary.body[std::size_t(shown.toUtf8().size())], '\n'); // whole lines
        auto *showAll = view.findChild<QPushButton *>(QStringLiteral("showAllButton"));
        QVERIFY(showAll->isVisible());
        auto *raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawBodyView"));
        QVERIFY(raw->toPlainText().contains(QStringLiteral("more bytes")));
        QTest::mouseClick(showAll, Qt::LeftButton);
        QVERIFY(view.loadingAll()); // in chunks, between events
        QTRY_VERIFY_WITH_TIMEOUT(!view.loadingAll(), 20000);
        QCOMPARE(view.bodyText(), QString::fromStdString(summary.body));
        QVERIFY(!showAll->isVisible());
        // The tree has every item at its first level.
        QCOMPARE(std::size_t(view.treeModel()->rowCount()), summary.json->size());
    }

    void aNewResponseStopsLoadingTheLastOne()
    {
        ResponseView view;
        view.show();
        view.showSummary(jsonSummary(bigArray(600 * 1024)));
        view.showAll();
        QVERIFY(view.loadingAll());
        const auto small = jsonSummary(Json{{"status", "operational"}});
        view.showSummary(small);
        QVERIFY(!view.loadingAll());
        QTest::qWait(100); // chunks of the old body would arrive now
        QCOMPARE(view.bodyText(), QString::fromStdString(small.body));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("showAllButton"))->isVisible());
    }

    void rawBodyIsCutOnACharacterBoundary()
    {
        ResponseView view;
        Engine::Client::ResponseSummary s;
        s.status = 200;
        s.reason = "OK";
        s.rawBody = std::string(ResponseView::kRawAt - 1, 'x') + "ää" + std::string(100, 'y');
        s.body = s.rawBody;
        view.showSummary(s);
        const QString raw
            = view.findChild<QPlainTextEdit *>(QStringLiteral("rawBodyView"))->toPlainText();
        QVERIFY(!raw.contains(QChar(0xFFFD)));
        QVERIFY(raw.startsWith(QString(int(ResponseView::kRawAt - 1), QLatin1Char('x'))));
    }
};

QTEST_MAIN(TestResponseView)
#include "tst_responseview.moc"
