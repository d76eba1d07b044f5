#include "connectionstack.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "composio/composiobrokerclient.h"
#include "composio/composioclient.h"
#include "composio/composiokeytransport.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "oauth/directoauthconnector.h"
#include "oauth/providerregistry.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"

#include <QNetworkAccessManager>

namespace aria {

ConnectionStack::ConnectionStack(
    Settings *settings, ConnectionStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_account(new supabase::SupabaseAccount(store, secrets, m_network, this))
    , m_client(new ComposioClient(m_network, secrets, this))
    , m_keyTransport(std::make_unique<ComposioKeyTransport>(m_client, settings))
    , m_broker(new ComposioBrokerClient(m_network, this))
    , m_composio(new ComposioConnector(m_keyTransport.get(), store, settings, &m_browser, this))
    , m_direct(new DirectOAuthConnector(store, secrets, m_network, this))
    , m_manager(new ConnectionManager(settings, this))
{
    m_network->setTransferTimeout(20000);
    m_composio->setUserIdProvider([this] { return composioUserId(); });
    supabase::AuthClient *auth = m_account->auth();
    m_broker->setTokenSource([this, auth](QObject *context, bool renew, ComposioBrokerClient::TokenReady ready) {
        giveToken(auth, context, renew, std::move(ready));
    });
    reloadSettings();
    m_manager->setConnector(ConnectMode::Composio, m_composio);
    m_manager->setStore(store);

    m_direct->setClientIdLookup([settings](const QString &id) { return settings->value(setting::clientId, id); });
    m_direct->setRedirectPortLookup([settings](const QString &id) {
        return settings->value(setting::redirectPort, id); // validated on set
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

QString ConnectionStack::composioUserId() const
{
    const QString signedIn = m_account->userId();
    if (!signedIn.isEmpty() || cloudMode())
        return signedIn;
    return m_settings->localUserId();
}

bool ConnectionStack::cloudMode() const
{
    return m_settings->composioVia() == u"cloud";
}

void ConnectionStack::giveToken(
    supabase::AuthClient *auth, QObject *context, bool renew, ComposioBrokerClient::TokenReady ready)
{
    using State = supabase::AuthClient::State;
    if (auth->state() == State::Restoring || auth->state() == State::SigningIn) {
        // Start-up reads the session from the keychain: ask again once that is done.
        auto *once = new QObject(context);
        connect(auth, &supabase::AuthClient::stateChanged, once, [this, auth, context, renew, ready, once](State state) {
            if (state == State::Restoring || state == State::SigningIn)
                return;
            once->deleteLater();
            giveToken(auth, context, renew, ready);
        });
        return;
    }
    if (!auth->isSignedIn())
        return ready(QString(), false, QString());
    const auto answer = [ready](const QString &token, const QString &error) { ready(token, true, error); };
    if (renew)
        auth->refreshNow(context, answer);
    else
        auth->accessToken(context, answer);
}

void ConnectionStack::reloadSettings()
{
    m_account->configure(*m_settings);
    m_client->setBaseUrl(QUrl(m_settings->composioBaseUrl()));
    m_broker->setUrl(m_settings->composioBrokerUrl());
    m_broker->setAnonKey(m_settings->value(setting::supabaseAnonKey));
    m_composio->setTransport(cloudMode() ? static_cast<ComposioTransport *>(m_broker) : m_keyTransport.get());
    m_direct->setOptions(DirectOAuthConnector::Options::fromSettings(*m_settings));
}

} // namespace aria
