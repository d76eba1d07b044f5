#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace aria {

// What the UI, the tray and the command line ask of connections. Implemented in core by
// ConnectionManager, which routes each integration to its mode (Composio or direct OAuth).
// All calls return at once; outcomes arrive as signals. Messages are for the user: plain
// text, translated, never containing a secret.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ConnectionService() override = default;

    // Starts the connect flow (opens the browser). Reconnect is the same call.
    virtual void connectIntegration(const QString &integrationId) = 0;
    // Stops a running connect flow: closes the loopback listener and stops polling.
    virtual void cancelConnect(const QString &integrationId) = 0;
    // Revokes where the provider allows it, forgets local secrets, keeps a tombstone row.
    virtual void disconnectIntegration(const QString &integrationId) = 0;
    // A real health check; an empty id syncs every connected integration.
    virtual void syncIntegration(const QString &integrationId) = 0;
    virtual bool isBusy(const QString &integrationId) const = 0;
    // Reconciles every integration with the remote side (start-up, Retry); emits refreshFinished().
    virtual void refreshAll() = 0;

Q_SIGNALS:
    // The authorization page to open; already handed to the browser (or printed).
    void connectStarted(const QString &integrationId, const QUrl &authorizationUrl);
    void connectFinished(const QString &integrationId, bool ok, const QString &message);
    void disconnectFinished(const QString &integrationId, bool ok, const QString &message);
    void syncStarted(const QString &integrationId);
    void syncFinished(const QString &integrationId, bool ok, const QString &message);
    // A problem not tied to one integration: no API key, keychain unavailable, offline.
    void problem(const QString &message);
    void refreshFinished(bool ok, const QString &message);
};

}  // namespace aria
