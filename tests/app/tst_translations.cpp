#include <sstream>

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include "app/cli/cli.h"
#include "app/translations.h"

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

    // Qt's own strings follow --lang too (Qt's catalogues, qt6-translations-l10n).
    void qtsOwnWordsAreTranslated()
    {
        const QLocale before;
        std::vector<std::string> args{"--lang", "de"};
        installTranslations(*QCoreApplication::instance(), args);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"),
                 QStringLiteral("Speichern"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        for (auto *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }

    void englishHasPluralsAndIsTheFallback_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("C") << QStringLiteral("C");
        QTest::newRow("en_US") << QStringLiteral("en_US");
        QTest::newRow("es (no catalogue)") << QStringLiteral("es");
    }

    void englishHasPluralsAndIsTheFallback()
    {
        QFETCH(QString, lang);
        const QLocale before;
        std::vector<std::string> args{"--lang", lang.toStdString()};
        installTranslations(*QCoreApplication::instance(), args);
        QVERIFY(args.empty());
        const char *source = "Running %n selected test(s)…";
        QCOMPARE(QCoreApplication::translate("SuitesPanel", source, nullptr, 1),
                 QStringLiteral("Running 1 selected test…"));
        QCOMPARE(QCoreApplication::translate("SuitesPanel", source, nullptr, 3),
                 QStringLiteral("Running 3 selected tests…"));
        for (auto *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
