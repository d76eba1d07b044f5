#pragma once

#include <memory>

namespace aria {
class ConnectionManager;
class ConnectionStack;
class ConnectionStore;
class KeychainSecretStore;
class Settings;
} // namespace aria

namespace aria::app {

// The connection machinery of the window: the keychain, Composio, the ConnectionManager the
// cards talk to, with authorization pages opened by QDesktopServices (ARIA_BROWSER still
// wins when set). Settings and store must outlive it.
class GuiServices
{
public:
    GuiServices(Settings &settings, ConnectionStore &store);
    ~GuiServices();

    ConnectionManager *manager() const;
    ConnectionStack &stack() const { return *m_stack; }

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ConnectionStack> m_stack;
};

} // namespace aria::app
