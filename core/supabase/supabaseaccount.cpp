#include "supabaseaccount.h"

#include "authclient.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "realtimeclient.h"
#include "restclient.h"
#include "syncengine.h"

#include <QNetworkInformation>

namespace aria::supabase {

SupabaseAccount::SupabaseAccount(
    ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_auth(new AuthClient(network, secrets, this))
    , m_rest(new RestClient(network, m_auth, this))
    , m_sync(new SyncEngine(store, m_auth, m_rest, this))
    , m_realtime(new RealtimeClient(m_auth, this))
{
    connect(m_auth, &AuthClient::userIdChanged, this, &SupabaseAccount::userIdChanged);
    connect(m_realtime, &RealtimeClient::liveChanged, m_sync, &SyncEngine::setLive);
    connect(m_realtime, &RealtimeClient::changed, m_sync, &SyncEngine::remoteChanged);
    connect(m_realtime, &RealtimeClient::subscribed, m_sync, &SyncEngine::remoteChanged);
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
