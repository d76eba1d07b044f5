#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace aria {
class ConnectionStore;
class SecretStore;
class Settings;
} // namespace aria

namespace aria::sync {
class SyncBackend;
class SyncEngine;
} // namespace aria::sync

namespace aria::supabase {

class AuthClient;
class RealtimeClient;
class RestClient;
class SupabaseBackend;

// The Supabase pieces of one profile wired together, for the app to create once:
//   auto *account = new SupabaseAccount(&store, &secrets, &network, this);
//   account->configure(settings);  account->start();
//   header->addWidget(new ui::AccountChip(account->backend(), account->sync()));
// userId()/userIdChanged() tell others (e.g. Composio's user_id) who is signed in.
class SupabaseAccount : public QObject
{
    Q_OBJECT
public:
    enum class Sync {
        On,
        // No sync engine (sync() is null): restoring or signing in starts no sync. For what
        // only reads the account or ends the session (`account status`, `account logout`).
        Off,
    };
    SupabaseAccount(ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *network,
        QObject *parent = nullptr, Sync sync = Sync::On);

    // Reads supabase.url and supabase.anon_key.
    void configure(const Settings &settings);
    void configure(const QUrl &url, const QString &anonKey);
    // Restores a saved session from the keychain (which starts a sync) and follows the
    // system's network reachability.
    void start();
    // Live sync (the window): a Realtime subscription announces changes from other devices;
    // each one starts an incremental pull, and the periodic sync rests while it is up.
    void setLive(bool enabled);

    AuthClient *auth() const { return m_auth; }
    RestClient *rest() const { return m_rest; }
    // The account and its rows as the sync engine and the account chip see them.
    sync::SyncBackend *backend() const;
    sync::SyncEngine *sync() const { return m_sync; }
    RealtimeClient *realtime() const { return m_realtime; }
    // The signed-in Supabase user id, empty when signed out.
    QString userId() const;

Q_SIGNALS:
    void userIdChanged(const QString &userId);

private:
    AuthClient *m_auth;
    RestClient *m_rest;
    SupabaseBackend *m_backend;
    sync::SyncEngine *m_sync;
    RealtimeClient *m_realtime;
};

} // namespace aria::supabase
