#pragma once

#include "domain/integration.h"

#include <QObject>
#include <QUrl>

namespace aria {

// Why the last connect, disconnect or sync of an integration failed; the command line maps it
// to its exit code (docs/CLI.md), the UI may pick an icon from it.
enum class FailureKind {
    None,
    Denied,        // the user refused consent, or the remote side refused the account
    Unauthorized,  // a missing or wrong credential (e.g. the Composio API key)
    Network,       // offline, server errors, rate limiting that did not end
    Remote,        // the remote side answered something unusable or inconsistent
    Timeout,       // the browser never came back, or a link expired
    Cancelled,     // the user cancelled
    Local,         // a local problem: database, keychain, listener, unsupported mode
};

// One way of connecting (Composio, direct OAuth). ConnectionManager owns one per mode and
// routes each integration to the connector of its configured mode, forwarding the signals
// (same meaning as ConnectionService's). A connector writes outcomes to the ConnectionStore
// itself (status, display name, last sync) so every observer sees them.
class Connector : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Connector() override = default;

    virtual void connectIntegration(const IntegrationSpec &spec) = 0;
    virtual void cancelConnect(const QString &integrationId) = 0;
    virtual void disconnectIntegration(const IntegrationSpec &spec) = 0;
    virtual void syncIntegration(const IntegrationSpec &spec) = 0;
    virtual bool isBusy(const QString &integrationId) const = 0;
    // At start-up and on "sync all": reconcile this mode's connections with the remote side.
    // Emits refreshFinished() once done (at once when there is nothing to reconcile).
    virtual void refreshAll(const QList<IntegrationSpec> &specs)
    {
        Q_UNUSED(specs)
        Q_EMIT refreshFinished(true, QString());
    }
    // The kind of the last failure reported for the integration (None after a success).
    virtual FailureKind lastFailure(const QString &integrationId) const
    {
        Q_UNUSED(integrationId)
        return FailureKind::None;
    }

Q_SIGNALS:
    void connectStarted(const QString &integrationId, const QUrl &authorizationUrl);
    void connectFinished(const QString &integrationId, bool ok, const QString &message);
    void disconnectFinished(const QString &integrationId, bool ok, const QString &message);
    void syncStarted(const QString &integrationId);
    void syncFinished(const QString &integrationId, bool ok, const QString &message);
    void problem(const QString &message);
    void refreshFinished(bool ok, const QString &message);
};

}  // namespace aria
