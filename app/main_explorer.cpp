#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <ctime>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <QApplication>
#include <QTimer>

#include "app/cli/appoptions.h"
#include "app/mainwindow.h"
#include "app/screenshots.h"
#include "app/translations.h"
#include "widgets/engine/engineclient.h"

namespace {
// Milliseconds since this process started (the kernel's start time, in clock ticks since boot:
// 10 ms resolution), or -1 when /proc cannot tell.
double millisSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t close = text.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    // Field 22 (starttime); fields 1 and 2 were before the ')'.
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - std::stod(field) / ticks) * 1000;
}
} // namespace

std::string usage()
{
    return "Usage: api-explorer [TARGET] [--lang de|fr|en] [SUITE.json]... [--pytest DIR]\n\n"
           "The window of API Test Explorer: routes, the composer with dependency doubles,\n"
           "responses with FastAPI's 422 details, suites, run history. Suite files given\n"
           "here open in the Suites panel.\n\n"
           "Options:\n"
           "  --pytest DIR            open the pytest project in DIR in the Suites panel (its\n"
           "                          interpreter: DIR/.venv/bin/python, else python3)\n"
           "  --lang LANG             the language of the window (de, fr, en; default: the\n"
           "                          system's)\n"
           "  --screenshot FILE       save the window once the target answers, then quit\n"
           "  --window-size WxH       open the window at this size (e.g. 1100x700)\n"
           "  --version               print the version and exit\n"
           "  --help                  print this help and exit\n\n"
           "TARGET, as api-replay takes it (File → Open app… in the window):\n"
           + AppOptions::helpText();
}

int main(int argc, char *argv[])
{
    // --version and --help must work without a display: answer before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("api-explorer %s\n", APITEST_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(usage().c_str(), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("api-test-explorer"));
    QApplication::setApplicationName(QStringLiteral("api-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(APITEST_VERSION));
    std::vector<std::string> args(argv + 1, argv + argc);
    installTranslations(app, args);
    // --pytest DIR: a pytest project for the Suites panel (not a target option).
    QString pytestProject;
    for (auto it = args.begin(); it != args.end(); ++it)
        if (*it == "--pytest") {
            if (it + 1 == args.end()) {
                std::fprintf(stderr, "api-explorer: --pytest needs a directory\n");
                return 2;
            }
            pytestProject = QString::fromStdString(*(it + 1));
            args.erase(it, it + 2);
            break;
        }
    // The target on the command line, as api-replay takes it: --asgi MODULE:ATTR --app-dir DIR.
    AppOptions target;
    std::vector<std::string> rest;
    try {
        rest = target.parse(args);
    } catch (const UsageError &e) {
        std::fprintf(stderr, "api-explorer: %s\n", e.what());
        return 2;
    }
    const bool targetGiven = rest.size() != args.size();
    MainWindow window; // at the size it had when it was last closed
    for (std::size_t i = 0; i + 1 < rest.size(); ++i)
        if (rest[i] == "--window-size") {
            int width = 0, height = 0;
            if (std::sscanf(rest[i + 1].c_str(), "%dx%d", &width, &height) != 2 || width < 200
                || height < 150) {
                std::fprintf(stderr, "api-explorer: --window-size takes WIDTHxHEIGHT, such as "
                                     "1100x700\n");
                return 2;
            }
            window.resize(width, height);
        }
    window.show();
    if (targetGiven)
        window.openTarget(target.spec);
    // Suite files among the other arguments (not the value of an option).
    QStringList suites;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == "--screenshot" || rest[i] == "--screenshots" || rest[i] == "--lang"
            || rest[i] == "--window-size") {
            ++i;
            continue;
        }
        if (rest[i].size() > 5 && rest[i].ends_with(".json") && rest[i][0] != '-')
            suites << QString::fromStdString(rest[i]);
    }
    if (!suites.isEmpty())
        window.openSuiteFiles(suites);
    if (!pytestProject.isEmpty())
        window.openPytestProject(pytestProject);
    // Nothing asked for: the suites (or the pytest project) open when the window last closed.
    if (suites.isEmpty() && pytestProject.isEmpty()
        && std::find(args.begin(), args.end(), "--screenshots") == args.end()
        && std::find(args.begin(), args.end(), "--screenshot") == args.end())
        window.reopenLastSession();
    // --screenshot FILE: the window once the target answers (the README's pictures), then quit.
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--screenshot") {
            const QString file = QString::fromStdString(args[i + 1]);
            const auto shoot = [&window, file] {
                QTimer::singleShot(800, &window, [&window, file] {
                    QApplication::exit(window.grab().save(file) ? 0 : 1);
                });
            };
            if (targetGiven)
                QObject::connect(window.engine(), &EngineClient::targetOpened, &window, shoot);
            else
                shoot();
        }
    // --startup-time: how long until the window with forge loaded was on screen; then quit.
    if (std::find(args.begin(), args.end(), "--startup-time") != args.end())
        QTimer::singleShot(0, &window, [] {
            std::printf("window shown %.0f ms after the process started\n",
                        millisSinceProcessStart());
            QApplication::quit();
        });
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--screenshots")
            QTimer::singleShot(300, &window, [&window, dir = args[i + 1]] {
                QApplication::exit(takeScreenshots(window, QString::fromStdString(dir)));
            });
    return QApplication::exec();
}
