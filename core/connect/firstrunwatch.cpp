#include "firstrunwatch.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "oauth/providerregistry.h"
#include "secrets/keynames.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "sync/syncbackend.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace aria {

FirstRunWatch::FirstRunWatch(
    Settings *settings, ConnectionStore *store, SecretStore *secrets, sync::SyncBackend *account, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_secrets(secrets)
    , m_account(account)
    , m_providersFile(ProviderRegistry().fileName())
{
}

QString FirstRunWatch::stamp() const
{
    QString s = QString::number(m_generation);
    for (const QString &file : { m_settings->fileName(), m_providersFile }) {
        const QFileInfo info(file);
        s += QLatin1Char('|')
            + (info.exists() ? QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char(':')
                    + QString::number(info.size())
                             : QStringLiteral("none"));
    }
    return s;
}

bool FirstRunWatch::readDirectMode() const
{
    ProviderRegistry registry(m_providersFile);
    registry.load();
    const QList<IntegrationSpec> specs = registry.all();
    return std::any_of(specs.cbegin(), specs.cend(), [this](const IntegrationSpec &spec) {
        return m_settings->value(setting::mode, spec.id) == u"direct";
    });
}

void FirstRunWatch::check()
{
    if (!m_store || !m_secrets || !m_account)
        return;
    if (m_account->accountState() == sync::SyncBackend::AccountState::Restoring)
        return; // asked again when the saved session has been read
    if (m_account->isSignedIn())
        return Q_EMIT answered(false);
    const QList<Connection> rows = m_store->list();
    const bool used = std::any_of(rows.cbegin(), rows.cend(), [](const Connection &c) {
        return c.status != ConnectionStatus::NotConnected;
    });
    if (used)
        return Q_EMIT answered(false);
    const QString now = stamp();
    if (m_configured && now == m_cachedStamp)
        return Q_EMIT answered(!*m_configured);
    m_configured.reset();
    m_cachedStamp = now;
    if (readDirectMode()) {
        m_configured = true;
        return Q_EMIT answered(false);
    }
    m_secrets->read(keys::composioApiKey(), this, [this, now](const SecretStore::Reply &reply) {
        const bool hasKey = reply.result == SecretStore::Result::Ok && !reply.value.trimmed().isEmpty();
        // A keychain that could not answer (locked, no service) is asked again next time.
        const bool known = reply.result == SecretStore::Result::Ok || reply.result == SecretStore::Result::NotFound;
        if (known && now == stamp()) // nothing changed while the keychain answered
            m_configured = hasKey;
        Q_EMIT answered(!hasKey);
    });
}

} // namespace aria
