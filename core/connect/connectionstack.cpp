#include "connectionstack.h"

#include "common/settings.h"
#include "composio/composioclient.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "oauth/directoauthconnector.h"
#include "oauth/providerregistry.h"

#include <QNetworkAccessManager>

namespace aria {

ConnectionStack::ConnectionStack(
    Settings *settings, ConnectionStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ComposioClient(m_network, secrets, this))
    , m_composio(new ComposioConnector(m_client, store, settings, &m_browser, this))
    , m_direct(new DirectOAuthConnector(store, secrets, m_network, this))
    , m_manager(new ConnectionManager(settings, this))
{
    m_network->setTransferTimeout(20000);
    reloadSettings();
    m_manager->setConnector(ConnectMode::Composio, m_composio);

    m_direct->setClientIdLookup([settings](const QString &id) { return settings->get(id + QStringLiteral(".client_id")); });
    m_direct->setRedirectPortLookup([settings](const QString &id) {
        return quint16(settings->get(id + QStringLiteral(".redirect_port")).toUInt()); // validated on set
    });
    m_direct->setBrowserOpener([this](const QUrl &url) {
        QString error;
        const bool opened = m_browser.open(url, &error);
        if (!opened)
            Q_EMIT m_direct->problem(error);
        return opened;
    });
    m_manager->setConnector(ConnectMode::Direct, m_direct);
    m_manager->setSpecsProvider([] { return ProviderRegistry::loadAll(); });
}

ConnectionStack::~ConnectionStack() = default;

void ConnectionStack::reloadSettings()
{
    m_client->setBaseUrl(QUrl(m_settings->composioBaseUrl()));
    m_direct->setOptions(DirectOAuthConnector::Options::fromSettings(*m_settings));
}

} // namespace aria
