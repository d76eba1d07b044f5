#include "supabaseaccount.h"

#include "authclient.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "realtimeclient.h"
#include "restclient.h"
#include "supabasebackend.h"
#include "sync/syncengine.h"

#include <QNetworkInformation>

namespace aria::supabase {

SupabaseAccount::SupabaseAccount(ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *network,
    QObject *parent, Sync sync)
    : QObject(parent)
    , m_auth(new AuthClient(network, secrets, this))
    , m_rest(new RestClient(network, m_auth, this))
    , m_backend(new SupabaseBackend(m_auth, m_rest, this))
    , m_sync(sync == Sync::On ? new sync::SyncEngine(store, m_backend, this) : nullptr)
    , m_realtime(new RealtimeClient(m_auth, this))
{
    connect(m_auth, &AuthClient::userIdChanged, this, &SupabaseAccount::userIdChanged);
    m_backend->setRealtime(m_realtime); // Realtime's events reach the engine through the backend
}

sync::SyncBackend *SupabaseAccount::backend() const
{
    return m_backend;
}

void SupabaseAccount::configure(const Settings &settings)
{
    configure(settings.value(setting::supabaseUrl), settings.value(setting::supabaseAnonKey));
}

void SupabaseAccount::configure(const QUrl &url, const QString &anonKey)
{
    const bool changed = url != m_auth->projectUrl() || anonKey != m_auth->anonKey();
    m_auth->setProject(url, anonKey);
    if (changed && m_realtime->isEnabled()) { // subscribe at the new project
        m_realtime->setEnabled(false);
        m_realtime->setEnabled(true);
    }
}

void SupabaseAccount::setLive(bool enabled)
{
    m_realtime->setEnabled(enabled);
}

void SupabaseAccount::start()
{
    if (m_sync)
        m_sync->followSystemReachability();
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, m_realtime,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online)
                    m_realtime->networkAvailable();
            });
    }
    m_auth->restore();
}

QString SupabaseAccount::userId() const
{
    return m_auth->userId();
}

} // namespace aria::supabase
