#include <sstream>

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include "app/cli/cli.h"

// The .qm files are embedded (apitest_i18n) and carry German and French for the CLI.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void embeddedCatalogsLoad_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("usage");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Aufruf: api-replay BEFEHL");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Utilisation : api-replay COMMANDE");
    }

    void embeddedCatalogsLoad()
    {
        QFETCH(QString, lang);
        QFETCH(QString, usage);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(lang), QStringLiteral("apitest"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        std::istringstream in;
        std::ostringstream out, err;
        QCOMPARE(runCli({"--help"}, in, out, err), 0);
        QVERIFY2(QString::fromStdString(out.str()).startsWith(usage), out.str().c_str());
        // Engine words stay as FastAPI writes them, whatever the language.
        std::istringstream line("{\"method\":\"GET\",\"path\":\"/nope\"}\n");
        std::ostringstream answer;
        runCli({"requests", "--app", "forge", "--no-lifespan"}, line, answer, err);
        QVERIFY(answer.str().find("\"detail\":\"Not Found\"") != std::string::npos);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
