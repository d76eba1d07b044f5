#pragma once

#include "appservices.h"

#include <QPointer>

#include <memory>

namespace aria {
class ConnectionStack;
class FirstRunWatch;
class KeychainSecretStore;
namespace supabase {
class SupabaseAccount;
}
} // namespace aria

namespace aria::app {

// The AppServices of the window: the keychain and the connection stack, with its Supabase
// account and sync engine (ConnectionStack wires who Composio sees).
class NetworkServices : public AppServices
{
public:
    NetworkServices(Settings &settings, ConnectionStore &store);
    ~NetworkServices() override;

    ConnectionService *connections() const override;
    SecretStore *secrets() const override;
    QWidget *createAccountWidget() override;
    void openSignIn(QWidget *parent) override;
    void start() override;
    void reloadSettings() override;
    void setSyncPaused(bool paused) override;
    void watchFirstRun(QObject *context, std::function<void(bool firstRun)> changed) override;
    void storeChangedExternally() override;

private:
    Settings &m_settings;
    ConnectionStore &m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ConnectionStack> m_stack;
    supabase::SupabaseAccount *m_account; // the stack's
    QPointer<FirstRunWatch> m_firstRun; // watchFirstRun's context owns it
};

} // namespace aria::app
