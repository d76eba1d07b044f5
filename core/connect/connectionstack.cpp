#include "connectionstack.h"

#include "common/settings.h"
#include "composio/composioclient.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"

#include <QNetworkAccessManager>

namespace aria {

ConnectionStack::ConnectionStack(
    Settings *settings, ConnectionStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ComposioClient(m_network, secrets, this))
    , m_composio(new ComposioConnector(m_client, store, settings, &m_browser, this))
    , m_manager(new ConnectionManager(settings, this))
{
    m_network->setTransferTimeout(20000);
    reloadSettings();
    m_manager->setConnector(ConnectMode::Composio, m_composio);
}

ConnectionStack::~ConnectionStack() = default;

void ConnectionStack::reloadSettings()
{
    m_client->setBaseUrl(QUrl(m_settings->composioBaseUrl()));
}

} // namespace aria
