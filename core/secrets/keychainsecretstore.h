#pragma once

#include "secrets/secretstore.h"

namespace aria {

// The OS keychain through QtKeychain (libsecret on Linux). The insecure plain-text fallback
// is never enabled. A job that does not finish within the timeout (an invisible unlock
// prompt, a hung Secret Service) reports Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 const QString &service = QStringLiteral("aria-integrations"));
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    // The name the platform's keychain stores key under.
    QString storedKey(const QString &key) const;

    QString m_service;
    int m_timeoutMs = 20000;
};

}  // namespace aria
