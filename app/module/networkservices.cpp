#include "networkservices.h"

#include "accountchip.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "secrets/keychainsecretstore.h"
#include "signindialog.h"
#include "oauth/providerregistry.h"
#include "secrets/keynames.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"
#include "supabase/realtimeclient.h"
#include "supabase/syncengine.h"

#include <QDesktopServices>

#include <algorithm>

namespace aria::app {

NetworkServices::NetworkServices(Settings &settings, ConnectionStore &store)
    : m_settings(settings)
    , m_store(store)
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_stack(std::make_unique<ConnectionStack>(&settings, &store, m_secrets.get()))
    , m_account(m_stack->account())
{
    m_stack->browser().setOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_account->sync()->setPaused(settings.value(setting::syncPaused));
}

NetworkServices::~NetworkServices() = default;

ConnectionService *NetworkServices::connections() const { return m_stack->manager(); }

SecretStore *NetworkServices::secrets() const { return m_secrets.get(); }

QWidget *NetworkServices::createAccountWidget()
{
    auto *chip = new ui::AccountChip(m_account->auth(), m_account->sync());
    chip->setRealtime(m_account->realtime());
    return chip;
}

void NetworkServices::openSignIn(QWidget *parent)
{
    auto *signIn = new ui::SignInDialog(m_account->auth(), parent);
    signIn->setAttribute(Qt::WA_DeleteOnClose);
    signIn->open();
}

void NetworkServices::start()
{
    m_account->start();
    m_account->setLive(true); // the window follows other devices live; the CLI does not
    // Composio's user id is the signed-in user's: reconcile once the saved session is read.
    supabase::AuthClient *auth = m_account->auth();
    ConnectionManager *manager = m_stack->manager();
    if (auth->state() != supabase::AuthClient::State::Restoring)
        return manager->start();
    auto *once = new QObject(m_stack.get());
    QObject::connect(auth, &supabase::AuthClient::restored, once, [manager, once](bool) {
        once->deleteLater();
        manager->start();
    });
}

void NetworkServices::reloadSettings()
{
    m_stack->reloadSettings();
    checkFirstRun(); // a key or a mode set in Settings
}

void NetworkServices::setSyncPaused(bool paused) { m_account->sync()->setPaused(paused); }

void NetworkServices::watchFirstRun(QObject *context, std::function<void(bool)> changed)
{
    m_firstRunContext = context;
    m_firstRunChanged = std::move(changed);
    supabase::AuthClient *auth = m_account->auth();
    QObject::connect(auth, &supabase::AuthClient::stateChanged, context, [this] { checkFirstRun(); });
    QObject::connect(&m_store, &ConnectionStore::connectionChanged, context, [this] { checkFirstRun(); });
    checkFirstRun();
}

void NetworkServices::checkFirstRun()
{
    if (!m_firstRunContext || !m_firstRunChanged)
        return;
    const auto answer = [this](bool firstRun) {
        if (m_firstRunContext && m_firstRunChanged)
            m_firstRunChanged(firstRun);
    };
    supabase::AuthClient *auth = m_account->auth();
    if (auth->state() == supabase::AuthClient::State::Restoring)
        return; // asked again when the saved session has been read
    if (auth->isSignedIn())
        return answer(false);
    const QList<Connection> rows = m_store.list();
    const bool used = std::any_of(rows.cbegin(), rows.cend(), [](const Connection &c) {
        return c.status != ConnectionStatus::NotConnected;
    });
    if (used)
        return answer(false);
    const QList<IntegrationSpec> specs = ProviderRegistry::loadAll();
    const bool direct = std::any_of(specs.cbegin(), specs.cend(), [this](const IntegrationSpec &spec) {
        return m_settings.value(setting::mode, spec.id) == u"direct";
    });
    if (direct)
        return answer(false);
    m_secrets->read(keys::composioApiKey(), m_firstRunContext, [answer](const SecretStore::Reply &reply) {
        answer(reply.result != SecretStore::Result::Ok || reply.value.trimmed().isEmpty());
    });
}

void NetworkServices::storeChangedExternally() { m_account->sync()->storeChangedExternally(); }

} // namespace aria::app
