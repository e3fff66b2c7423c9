#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <QApplication>
#include <QTimer>

#include "app/mainwindow.h"
#include "app/screenshots.h"
#include "app/translations.h"

int main(int argc, char *argv[])
{
    // --version must work without a display: answer before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("api-explorer %s\n", APITEST_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("api-test-explorer"));
    QApplication::setApplicationName(QStringLiteral("api-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(APITEST_VERSION));
    std::vector<std::string> args(argv + 1, argv + argc);
    installTranslations(app, args);
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--screenshots")
            QTimer::singleShot(300, &window, [&window, dir = args[i + 1]] {
                QApplication::exit(takeScreenshots(window, QString::fromStdString(dir)));
            });
    return QApplication::exec();
}
