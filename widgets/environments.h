#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "engine/catalog/catalog.h"

// A named server to talk to: its base URL and the headers sent with every request (an API
// key, an Authorization header), as Postman, Insomnia and Bruno users keep them. Chosen from
// the toolbar; it opens a live target.
struct Environment
{
    struct Header
    {
        QString name;
        QString value;
        bool secret = false; // kept in the keychain, shown masked
        bool operator==(const Header &) const = default;
    };
    QString name;
    QString baseUrl;
    QList<Header> headers;
    bool insecure = false; // do not verify the TLS certificate

    bool operator==(const Environment &) const = default;

    // The live target it names.
    Engine::Catalog::TargetSpec spec() const;
    // What keeps it from being used ("The base URL must be an http:// ..."), empty when
    // nothing does. Names must be unique among others (the rest of the list).
    QString problem(const QList<Environment> &others = {}) const;

    // Whether a header of this name usually carries a secret (Authorization, Cookie, an API
    // key, a token): such headers start out secret.
    static bool looksSecret(const QString &headerName);
};

// Where secret values go. The real one is the desktop's keychain (QtKeychain); tests give the
// store another.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // False, with why, when the value could not be stored.
    virtual bool write(const QString &key, const QString &value, QString *why) = 0;
    // nullopt, with why, when it could not be read.
    virtual std::optional<QString> read(const QString &key, QString *why) = 0;
    virtual void remove(const QString &key) = 0;
};

// The desktop's keychain (Secret Service, KWallet) through QtKeychain. Each call waits for its
// job, at most kWaitMs (a keychain that asks to be unlocked answers when the user has).
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("api-test-explorer"));
    bool write(const QString &key, const QString &value, QString *why) override;
    std::optional<QString> read(const QString &key, QString *why) override;
    void remove(const QString &key) override;
    static constexpr int kWaitMs = 60000;

private:
    QString m_service;
};

// The environments, kept in the settings (QSettings group "environments"). A secret header's
// value goes to the secret store; where that fails (a desktop without a keychain) it is kept in
// the settings file instead, unencrypted, and save() and secretsWarning() say so.
class EnvironmentStore
{
public:
    explicit EnvironmentStore(SecretStore *secrets);

    QStringList names() const;
    // The environment with its secret values read; nullopt when there is none by that name.
    // why: set when a secret could not be read (its value is then empty).
    std::optional<Environment> find(const QString &name, QString *why = nullptr) const;
    // All of them, secrets read unless withSecrets is false (their values are then empty).
    QList<Environment> load(QString *why = nullptr, bool withSecrets = true) const;
    // Replaces the saved list; secrets of headers no longer there leave the keychain. Returns a
    // warning when a secret had to be kept in the settings file, else an empty string.
    QString save(const QList<Environment> &environments);
    // The warning for secrets already kept in the settings file, empty when there are none.
    QString secretsWarning() const;

    static QString secretKey(const QString &environment, const QString &header);

private:
    SecretStore *m_secrets;
};
