#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace aria {

class ConnectionStore;
class SecretStore;
class Settings;
namespace sync {
class SyncBackend;
}

// Whether this is a first run: not signed in to ARIA, nothing connected, no integration in
// direct mode (settings, providers.json) and no Composio key (keychain). The window then
// welcomes with the three ways in instead of showing anything as wrong.
//
// check() runs on every store change while the window is in that state, so what it reads
// besides the store and the session is cached: the settings and providers file are read again
// only once either file changed on disk (its time and size), the keychain (a D-Bus round trip)
// only after invalidate() (the settings dialog saved; another process committed) or a file
// change. Settings, store, secrets and account must outlive it.
class FirstRunWatch : public QObject
{
    Q_OBJECT
public:
    FirstRunWatch(Settings *settings, ConnectionStore *store, SecretStore *secrets, sync::SyncBackend *account,
        QObject *parent = nullptr);
    // The providers file whose integrations count (default: ProviderRegistry's).
    void setProvidersFile(const QString &file) { m_providersFile = file; }

    // Answers through answered(), at once or (keychain, saved session) from the event loop.
    void check();
    // The settings or the keychain may have changed in a way no file shows: read them again.
    void invalidate() { ++m_generation; }

Q_SIGNALS:
    void answered(bool firstRun);

private:
    // The generation and the stamps of the files read; a different one means read again.
    QString stamp() const;
    bool readDirectMode() const;

    Settings *m_settings;
    QPointer<ConnectionStore> m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<sync::SyncBackend> m_account;
    QString m_providersFile;
    quint64 m_generation = 0;
    QString m_cachedStamp;
    std::optional<bool> m_configured; // direct mode or a Composio key, as of m_cachedStamp
};

} // namespace aria
