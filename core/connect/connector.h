#pragma once

#include "domain/integration.h"

#include <QObject>
#include <QUrl>

namespace aria {

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
    virtual void refreshAll(const QList<IntegrationSpec> &specs) { Q_UNUSED(specs) }

Q_SIGNALS:
    void connectStarted(const QString &integrationId, const QUrl &authorizationUrl);
    void connectFinished(const QString &integrationId, bool ok, const QString &message);
    void disconnectFinished(const QString &integrationId, bool ok, const QString &message);
    void syncStarted(const QString &integrationId);
    void syncFinished(const QString &integrationId, bool ok, const QString &message);
    void problem(const QString &message);
};

}  // namespace aria
