#include "supabaseaccount.h"

#include "authclient.h"
#include "common/settings.h"
#include "restclient.h"
#include "syncengine.h"

namespace aria::supabase {

SupabaseAccount::SupabaseAccount(
    ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_auth(new AuthClient(network, secrets, this))
    , m_rest(new RestClient(network, m_auth, this))
    , m_sync(new SyncEngine(store, m_auth, m_rest, this))
{
    connect(m_auth, &AuthClient::userIdChanged, this, &SupabaseAccount::userIdChanged);
}

void SupabaseAccount::configure(const Settings &settings)
{
    configure(QUrl(settings.get(QStringLiteral("supabase.url"))),
        settings.get(QStringLiteral("supabase.anon_key")));
}

void SupabaseAccount::configure(const QUrl &url, const QString &anonKey)
{
    m_auth->setProject(url, anonKey);
}

void SupabaseAccount::start()
{
    m_sync->followSystemReachability();
    m_auth->restore();
}

QString SupabaseAccount::userId() const
{
    return m_auth->userId();
}

} // namespace aria::supabase
