#pragma once

#include <memory>

namespace aria {
class ConnectionManager;
class ConnectionStack;
class ConnectionStore;
class KeychainSecretStore;
class SecretStore;
class Settings;
namespace supabase {
class SupabaseAccount;
}
} // namespace aria

namespace aria::app {

// The window's machinery: the keychain, the connection stack (Composio and direct OAuth
// behind the ConnectionManager the cards talk to; pages opened by QDesktopServices unless
// ARIA_BROWSER is set) and the Supabase account with its sync engine. While signed in,
// Composio sees the Supabase user id. Settings and store must outlive it.
class GuiServices
{
public:
    GuiServices(Settings &settings, ConnectionStore &store);
    ~GuiServices();

    SecretStore *secrets() const;
    ConnectionManager *manager() const;
    ConnectionStack &stack() const { return *m_stack; }
    supabase::SupabaseAccount *account() const { return m_account.get(); }

    // Starts the background work: restores the Supabase session from the keychain and
    // reconciles connections with Composio and the providers. Called after the first frame.
    void start();
    // Re-reads what may change while running (Composio base URL, Supabase project).
    void reloadSettings();
    // The tray's "Pause sync" (also kept in the sync.paused setting).
    void setSyncPaused(bool paused);

private:
    Settings &m_settings;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ConnectionStack> m_stack;
    std::unique_ptr<supabase::SupabaseAccount> m_account;
};

} // namespace aria::app
