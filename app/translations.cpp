#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

void installTranslations(QCoreApplication &app, std::vector<std::string> &args)
{
    // The system locale, unless the "ui/language" setting or --lang (which wins) says otherwise.
    QLocale locale;
    if (!QCoreApplication::organizationName().isEmpty()) {
        const QString setting = QSettings().value(QStringLiteral("ui/language")).toString();
        if (!setting.isEmpty())
            locale = QLocale(setting);
    }
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == "--lang" && it + 1 != args.end()) {
            locale = QLocale(QString::fromStdString(*(it + 1)));
            args.erase(it, it + 2);
            break;
        }
        if (it->rfind("--lang=", 0) == 0) {
            locale = QLocale(QString::fromStdString(it->substr(7)));
            args.erase(it);
            break;
        }
    }
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    // No catalogue for the locale (C, en_US, es, ...): the English one, which the source texts
    // are, but with plurals ("1 test", "2 tests" where the source says "test(s)").
    if (translator->load(locale, QStringLiteral("apitest"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("apitest_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    // Qt's own words (file dialogs, Save, Cancel) from the Qt installation
    // (qt6-translations-l10n); without them those stay English.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}
