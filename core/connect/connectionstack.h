#pragma once

#include "connect/browserlauncher.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace aria {

class ComposioBrokerClient;
class ComposioClient;
class ComposioConnector;
class ComposioKeyTransport;
class ConnectionManager;
class ConnectionStore;
class DirectOAuthConnector;
class SecretStore;
class Settings;
namespace supabase {
class AuthClient;
class SupabaseAccount;
}

// Everything connecting needs, wired once for the window and the command line: the network
// access manager, the Supabase account (sign-in and sync), Composio's two transports (the
// user's own key, or ARIA's cloud function with the Supabase session) and connector, the
// direct OAuth connector, and the ConnectionManager routing to them (built-in and
// user-added integrations). The rule "Composio's user_id is the Supabase user id" lives here.
// Settings, store and secret store belong to the caller and must outlive this object.
class ConnectionStack : public QObject
{
    Q_OBJECT
public:
    ConnectionStack(
        Settings *settings, ConnectionStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionStack() override;

    ConnectionManager *manager() const { return m_manager; }
    ComposioClient *composioClient() const { return m_client; }
    ComposioBrokerClient *composioBroker() const { return m_broker; }
    supabase::SupabaseAccount *account() const { return m_account; }
    // The Composio user_id: the signed-in Supabase user's id; signed out, the profile's local
    // id in key mode and none in cloud mode (where only a signed-in user can connect).
    QString composioUserId() const;
    bool cloudMode() const;
    ComposioConnector *composioConnector() const { return m_composio; }
    DirectOAuthConnector *directConnector() const { return m_direct; }
    QNetworkAccessManager *network() const { return m_network; }
    // Set the opener (QDesktopServices::openUrl in the window) or a printer (--print-url).
    BrowserLauncher &browser() { return m_browser; }
    // Re-reads settings that may change while running (Composio's base URL and mode, the
    // Supabase project).
    void reloadSettings();

private:
    // The broker's bearer: the session's access token (refreshed first when renew is set).
    void giveToken(supabase::AuthClient *auth, QObject *context, bool renew,
        std::function<void(const QString &, bool, const QString &)> ready);

    Settings *m_settings;
    BrowserLauncher m_browser;
    QNetworkAccessManager *m_network;
    supabase::SupabaseAccount *m_account;
    ComposioClient *m_client;
    std::unique_ptr<ComposioKeyTransport> m_keyTransport;
    ComposioBrokerClient *m_broker;
    ComposioConnector *m_composio;
    DirectOAuthConnector *m_direct;
    ConnectionManager *m_manager;
};

} // namespace aria
