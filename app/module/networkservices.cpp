#include "networkservices.h"

#include "accountchip.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "connect/firstrunwatch.h"
#include "secrets/keychainsecretstore.h"
#include "signindialog.h"
#include "store/connectionstore.h"
#include "supabase/supabaseaccount.h"
#include "sync/syncbackend.h"
#include "sync/syncengine.h"

#include <QDesktopServices>


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
    auto *chip = new ui::AccountChip(m_account->backend(), m_account->sync());
    supabase::AuthClient *auth = m_account->auth();
    chip->setSignInDialog([auth](QWidget *parent) { return new ui::SignInDialog(auth, parent); });
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
    sync::SyncBackend *account = m_account->backend();
    ConnectionManager *manager = m_stack->manager();
    if (account->accountState() != sync::SyncBackend::AccountState::Restoring)
        return manager->start();
    auto *once = new QObject(m_stack.get());
    QObject::connect(account, &sync::SyncBackend::restored, once, [manager, once](bool) {
        once->deleteLater();
        manager->start();
    });
}

void NetworkServices::reloadSettings()
{
    m_stack->reloadSettings();
    if (m_firstRun) { // a key or a mode set in Settings
        m_firstRun->invalidate();
        m_firstRun->check();
    }
}

void NetworkServices::setSyncPaused(bool paused) { m_account->sync()->setPaused(paused); }

void NetworkServices::watchFirstRun(QObject *context, std::function<void(bool)> changed)
{
    auto *watch = new FirstRunWatch(&m_settings, &m_store, m_secrets.get(), m_account->backend(), context);
    m_firstRun = watch;
    QObject::connect(watch, &FirstRunWatch::answered, context, std::move(changed));
    QObject::connect(m_account->backend(), &sync::SyncBackend::accountStateChanged, watch, &FirstRunWatch::check);
    QObject::connect(&m_store, &ConnectionStore::connectionChanged, watch, &FirstRunWatch::check);
    watch->check();
}

void NetworkServices::storeChangedExternally()
{
    m_account->sync()->storeChangedExternally();
    if (m_firstRun) { // the command line may also have set the key or a mode
        m_firstRun->invalidate();
        m_firstRun->check();
    }
}

} // namespace aria::app
