#include <iostream>
#include <string>
#include <vector>

#include <QCoreApplication>

#include "app/cli/cli.h"
#include "app/translations.h"

int main(int argc, char *argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    QCoreApplication app(argc, argv);
    installTranslations(app, args);
    std::ios::sync_with_stdio(false);
    return runCli(args, std::cin, std::cout, std::cerr);
}
