#include "widgets/environments.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include "engine/live/livetarget.h"

namespace {
constexpr auto kGroup = "environments";

// Runs a keychain job to its end (or kWaitMs); the job's error, empty when it succeeded.
QString runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainSecretStore::kWaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return QCoreApplication::translate("Environments", "the keychain did not answer");
    if (job.error() == QKeychain::NoError)
        return {};
    return job.errorString().isEmpty() || job.errorString() == QLatin1String("Unknown error")
               ? QCoreApplication::translate("Environments", "no keychain service is running")
               : job.errorString();
}
// Calls f(environment name, the settings at one of its headers) for each header stored.
template<class F>
void forEachStoredHeader(F f)
{
    QSettings settings;
    const int n = settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(QStringLiteral("name")).toString();
        const int headers = settings.beginReadArray(QStringLiteral("headers"));
        for (int k = 0; k < headers; ++k) {
            settings.setArrayIndex(k);
            f(name, settings);
        }
        settings.endArray();
    }
    settings.endArray();
}
} // namespace

Engine::Catalog::TargetSpec Environment::spec() const
{
    Engine::Catalog::TargetSpec spec;
    spec.kind = Engine::Catalog::TargetSpec::Kind::Live;
    spec.baseUrl = baseUrl.trimmed().toStdString();
    for (const Header &h : headers)
        if (!h.name.trimmed().isEmpty())
            spec.headers.push_back(
                QString(h.name.trimmed() + QStringLiteral(": ") + h.value.trimmed()).toStdString());
    spec.insecure = insecure;
    return spec;
}

QString Environment::problem(const QList<Environment> &others) const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Environments", "Give the environment a name.");
    for (const Environment &other : others)
        if (other.name.trimmed() == name.trimmed())
            return QCoreApplication::translate("Environments",
                                               "There is another environment named “%1”.")
                .arg(name.trimmed());
    if (const auto why = Engine::Live::baseUrlProblem(baseUrl.trimmed().toStdString()))
        return QCoreApplication::translate("Environments", "The base URL %1")
            .arg(QString::fromStdString(*why));
    for (const Header &h : headers) {
        if (h.name.trimmed().isEmpty() && h.value.trimmed().isEmpty())
            continue;
        const QString line = QString(h.name.trimmed() + QStringLiteral(": ") + h.value.trimmed());
        if (const auto why = Engine::Live::headerLineProblem(line.toStdString()))
            return QCoreApplication::translate("Environments", "Header: %1")
                .arg(QString::fromStdString(*why));
    }
    return {};
}

bool Environment::looksSecret(const QString &headerName)
{
    const QString n = headerName.trimmed().toLower();
    if (n == QLatin1String("authorization") || n == QLatin1String("proxy-authorization")
        || n == QLatin1String("cookie"))
        return true;
    for (const char *part : {"key", "token", "secret", "password", "auth", "session"})
        if (n.contains(QLatin1String(part)))
            return true;
    return false;
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

bool KeychainSecretStore::write(const QString &key, const QString &value, QString *why)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    const QString error = runJob(job);
    if (why)
        *why = error;
    return error.isEmpty();
}

std::optional<QString> KeychainSecretStore::read(const QString &key, QString *why)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    const QString error = runJob(job);
    if (why)
        *why = error;
    if (!error.isEmpty())
        return std::nullopt;
    return job.textData();
}

void KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
}

EnvironmentStore::EnvironmentStore(SecretStore *secrets)
    : m_secrets(secrets)
{}

QString EnvironmentStore::secretKey(const QString &environment, const QString &header)
{
    return QStringLiteral("environment/%1/%2").arg(environment, header.toLower());
}

QStringList EnvironmentStore::names() const
{
    QSettings settings;
    QStringList out;
    const int n = settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        out << settings.value(QStringLiteral("name")).toString();
    }
    settings.endArray();
    return out;
}

QList<Environment> EnvironmentStore::load(QString *why, bool withSecrets) const
{
    QList<Environment> out;
    QSettings settings;
    const int n = settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Environment e;
        e.name = settings.value(QStringLiteral("name")).toString();
        e.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
        e.insecure = settings.value(QStringLiteral("insecure"), false).toBool();
        const int headers = settings.beginReadArray(QStringLiteral("headers"));
        for (int k = 0; k < headers; ++k) {
            settings.setArrayIndex(k);
            Environment::Header h;
            h.name = settings.value(QStringLiteral("name")).toString();
            h.secret = settings.value(QStringLiteral("secret"), false).toBool();
            if (h.secret && settings.value(QStringLiteral("inKeychain"), false).toBool()) {
                if (!withSecrets) {
                    e.headers << h;
                    continue;
                }
                QString error;
                h.value = m_secrets->read(secretKey(e.name, h.name), &error).value_or(QString());
                if (!error.isEmpty() && why)
                    *why = QCoreApplication::translate(
                               "Environments", "The value of %1 in %2 could not be read from the "
                                               "keychain: %3")
                               .arg(h.name, e.name, error);
            } else {
                h.value = settings.value(QStringLiteral("value")).toString();
            }
            e.headers << h;
        }
        settings.endArray();
        out << e;
    }
    settings.endArray();
    return out;
}

std::optional<Environment> EnvironmentStore::find(const QString &name, QString *why) const
{
    for (const Environment &e : load(why))
        if (e.name == name)
            return e;
    return std::nullopt;
}

QString EnvironmentStore::save(const QList<Environment> &environments)
{
    // What the keychain holds now, to drop what the new list no longer has.
    QStringList before;
    forEachStoredHeader([&before](const QString &environment, const QSettings &header) {
        if (header.value(QStringLiteral("inKeychain"), false).toBool())
            before << secretKey(environment, header.value(QStringLiteral("name")).toString());
    });

    QSettings settings;
    settings.remove(QLatin1String(kGroup));
    QStringList kept, unstored;
    QString error;
    settings.beginWriteArray(QLatin1String(kGroup), int(environments.size()));
    for (int i = 0; i < environments.size(); ++i) {
        const Environment &e = environments[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), e.name.trimmed());
        settings.setValue(QStringLiteral("baseUrl"), e.baseUrl.trimmed());
        settings.setValue(QStringLiteral("insecure"), e.insecure);
        settings.beginWriteArray(QStringLiteral("headers"), int(e.headers.size()));
        for (int k = 0; k < e.headers.size(); ++k) {
            const Environment::Header &h = e.headers[k];
            settings.setArrayIndex(k);
            settings.setValue(QStringLiteral("name"), h.name.trimmed());
            settings.setValue(QStringLiteral("secret"), h.secret);
            const QString key = secretKey(e.name.trimmed(), h.name.trimmed());
            QString why;
            if (h.secret && m_secrets->write(key, h.value, &why)) {
                settings.setValue(QStringLiteral("inKeychain"), true);
                kept << key;
                continue;
            }
            if (h.secret) {
                unstored << e.name.trimmed() + QLatin1Char('/') + h.name.trimmed();
                error = why;
            }
            settings.setValue(QStringLiteral("value"), h.value);
        }
        settings.endArray();
    }
    settings.endArray();
    settings.sync();
    for (const QString &key : before)
        if (!kept.contains(key))
            m_secrets->remove(key);
    if (unstored.isEmpty())
        return {};
    return QCoreApplication::translate(
               "Environments",
               "No keychain could take the secret values (%1), so %2 are kept in %3, "
               "unencrypted.")
        .arg(error, unstored.join(QStringLiteral(", ")), settings.fileName());
}

QString EnvironmentStore::secretsWarning() const
{
    QStringList plain;
    forEachStoredHeader([&plain](const QString &environment, const QSettings &header) {
        if (header.value(QStringLiteral("secret"), false).toBool()
            && !header.value(QStringLiteral("inKeychain"), false).toBool())
            plain << environment + QLatin1Char('/')
                         + header.value(QStringLiteral("name")).toString();
    });
    if (plain.isEmpty())
        return {};
    return QCoreApplication::translate("Environments",
                                       "%1 are kept in %2, unencrypted: no keychain took them.")
        .arg(plain.join(QStringLiteral(", ")), QSettings().fileName());
}
