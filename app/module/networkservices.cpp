#include "networkservices.h"

#include "accountchip.h"
#include "common/settings.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "secrets/keychainsecretstore.h"
#include "signindialog.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"
#include "supabase/syncengine.h"

#include <QDesktopServices>

namespace aria::app {

NetworkServices::NetworkServices(Settings &settings, ConnectionStore &store)
    : m_settings(settings)
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_stack(std::make_unique<ConnectionStack>(&settings, &store, m_secrets.get()))
    , m_account(m_stack->account())
{
    m_stack->browser().setOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_account->sync()->setPaused(settings.get(QStringLiteral("sync.paused")) == u"true");
}

NetworkServices::~NetworkServices() = default;

ConnectionService *NetworkServices::connections() const { return m_stack->manager(); }

SecretStore *NetworkServices::secrets() const { return m_secrets.get(); }

QWidget *NetworkServices::createAccountWidget()
{
    return new ui::AccountChip(m_account->auth(), m_account->sync());
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
}

void NetworkServices::setSyncPaused(bool paused) { m_account->sync()->setPaused(paused); }

} // namespace aria::app
