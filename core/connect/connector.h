#pragma once

#include "connect/outcome.h"
#include "domain/integration.h"

#include <QObject>
#include <QUrl>

namespace aria {

// One way of connecting (Composio, direct OAuth). ConnectionManager owns one per mode and
// routes each integration to the connector of its configured mode. A connector writes
// outcomes to the ConnectionStore itself (status, display name, last sync) so every observer
// sees them.
//
// The contract: every call returns at once and is ended by exactly one signal, named below, a
// refused call included: a call for an integration on which another action is running ends
// with kind Busy and changes nothing. A call refused before any work (busy, not connected,
// no toolkit) may end before it returns; receivers connect first and assume neither order.
// The Outcome on that signal is the only report of why it failed.
class Connector : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Connector() override = default;

    // connectionId names one connection of the integration ("gmail", "gmail-2"); empty means
    // the first one (spec.id). Signals carry the connection id.
    // Ends with connectFinished(id, …); connectStarted(id, url) comes first when the browser
    // step is reached. Reconnect is the same call; a connection id without a row adds one.
    virtual void connectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) = 0;
    // Ends the running connect of the integration, whose connectFinished then carries kind
    // Cancelled. Without a running connect it does nothing and emits nothing.
    virtual void cancelConnect(const QString &integrationId) = 0;
    // Ends with disconnectFinished(id, …). A running connect of the same integration is
    // cancelled first (its connectFinished, kind Cancelled, comes before).
    virtual void disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) = 0;
    // A real health check. Ends with syncFinished(id, …); syncStarted(id) comes first once
    // the check has really started (not for a refused call).
    virtual void syncIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) = 0;
    // Whether a connect, disconnect or sync of the integration is running.
    virtual bool isBusy(const QString &integrationId) const = 0;
    // At start-up and on "sync all": reconcile this mode's connections with the remote side.
    // Ends with refreshFinished(…), at once when there is nothing to reconcile. A connector
    // may answer a call made while one runs with the running one's refreshFinished
    // (ConnectionManager never overlaps them). On the way, syncStarted and syncFinished may
    // report single integrations.
    virtual void refreshAll(const QList<IntegrationSpec> &specs)
    {
        Q_UNUSED(specs)
        Q_EMIT refreshFinished(Outcome::success(QString()));
    }

Q_SIGNALS:
    void connectStarted(const QString &integrationId, const QUrl &authorizationUrl);
    void connectFinished(const QString &integrationId, const aria::Outcome &outcome);
    void disconnectFinished(const QString &integrationId, const aria::Outcome &outcome);
    void syncStarted(const QString &integrationId);
    void syncFinished(const QString &integrationId, const aria::Outcome &outcome);
    // A problem not tied to one call (the browser did not open, the key is missing); it
    // never ends a call.
    void problem(const QString &message);
    void refreshFinished(const aria::Outcome &outcome);
};

}  // namespace aria
