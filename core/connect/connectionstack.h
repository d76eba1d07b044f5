#pragma once

#include "connect/browserlauncher.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace aria {

class ComposioClient;
class ComposioConnector;
class ConnectionManager;
class ConnectionStore;
class DirectOAuthConnector;
class SecretStore;
class Settings;

// Everything connecting needs, wired once for the window and the command line: the network
// access manager, the Composio client and connector, the direct OAuth connector, and the
// ConnectionManager routing to them (built-in and user-added integrations).
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
    ComposioConnector *composioConnector() const { return m_composio; }
    DirectOAuthConnector *directConnector() const { return m_direct; }
    QNetworkAccessManager *network() const { return m_network; }
    // Set the opener (QDesktopServices::openUrl in the window) or a printer (--print-url).
    BrowserLauncher &browser() { return m_browser; }
    // Re-reads settings that may change while running (the Composio base URL).
    void reloadSettings();

private:
    Settings *m_settings;
    BrowserLauncher m_browser;
    QNetworkAccessManager *m_network;
    ComposioClient *m_client;
    ComposioConnector *m_composio;
    DirectOAuthConnector *m_direct;
    ConnectionManager *m_manager;
};

} // namespace aria
