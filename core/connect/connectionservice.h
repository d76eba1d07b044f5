#pragma once

#include "connect/outcome.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace aria {

// What the UI, the tray and the command line ask of connections. Implemented in core by
// ConnectionManager, which routes each integration to its mode (Composio or direct OAuth).
// All calls return at once; each is ended by the signal of the same name as in Connector
// (connector.h states the contract). Messages are for the user: plain text, translated, never
// containing a secret; `kind` says why a call failed (None when ok), e.g. for exit codes.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ConnectionService() override = default;

    // Starts the connect flow (opens the browser). Reconnect is the same call.
    virtual void connectIntegration(const QString &integrationId) = 0;
    // Starts a connect flow for a further account of the integration; its signals carry the new connection id.
    virtual void addConnection(const QString &integrationId) = 0;
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
    void connectFinished(const QString &integrationId, bool ok, const QString &message,
        aria::FailureKind kind = aria::FailureKind::None);
    void disconnectFinished(const QString &integrationId, bool ok, const QString &message,
        aria::FailureKind kind = aria::FailureKind::None);
    void syncStarted(const QString &integrationId);
    void syncFinished(const QString &integrationId, bool ok, const QString &message,
        aria::FailureKind kind = aria::FailureKind::None);
    // A problem not tied to one integration: no API key, keychain unavailable, offline.
    void problem(const QString &message);
    void refreshFinished(bool ok, const QString &message, aria::FailureKind kind = aria::FailureKind::None);
};

// Re-emits the flow signals of one ConnectionService as another's own (a forwarding service).
// refreshFinished is left to the caller.
inline void relayFlowSignals(ConnectionService *source, ConnectionService *target)
{
    QObject::connect(source, &ConnectionService::connectStarted, target, &ConnectionService::connectStarted);
    QObject::connect(source, &ConnectionService::connectFinished, target, &ConnectionService::connectFinished);
    QObject::connect(source, &ConnectionService::disconnectFinished, target, &ConnectionService::disconnectFinished);
    QObject::connect(source, &ConnectionService::syncStarted, target, &ConnectionService::syncStarted);
    QObject::connect(source, &ConnectionService::syncFinished, target, &ConnectionService::syncFinished);
    QObject::connect(source, &ConnectionService::problem, target, &ConnectionService::problem);
}

}  // namespace aria
