// A profile of this test process's own: QSettings and the user data directory live in a
// temporary directory. ctest runs tests in parallel (tst_mainwindow and its 200 % twin at the
// same time), and QStandardPaths' test mode gives every process the same ~/.qttest, where one
// process's QSettings().clear() wiped what the other had just saved.
#pragma once

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace ApiTest::Testing {

// Call before anything creates a QSettings (initTestCase is early enough).
inline void useIsolatedProfile(const QTemporaryDir &dir)
{
    const QString config = dir.filePath(QStringLiteral("profile/config"));
    const QString data = dir.filePath(QStringLiteral("profile/data"));
    QDir().mkpath(config);
    QDir().mkpath(data);
    // The engine (no Qt) finds its run history through XDG_DATA_HOME; QStandardPaths reads the
    // same variables, so both stay inside the temporary directory.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.filePath(QStringLiteral("profile/cache"))));
    qunsetenv("API_REPLAY_HISTORY");
    // The desktop's keychain (over D-Bus) stays out of tests: secrets of environments fall
    // back to the settings file, as on a desktop without one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
}

} // namespace ApiTest::Testing
