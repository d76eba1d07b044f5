#pragma once

#include "connect/connectionservice.h"
#include "connect/connector.h"
#include "domain/connection.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <map>

namespace aria {

class Settings;

// The ConnectionService of the app: routes each integration to the connector of its mode
// (setting "<id>.mode": composio or direct) and forwards the connectors' signals. Connectors
// are plugged in per mode and not owned (parent them to the manager or keep them alive).
class ConnectionManager : public ConnectionService
{
    Q_OBJECT
public:
    using SpecsProvider = std::function<QList<IntegrationSpec>()>;

    explicit ConnectionManager(Settings *settings, QObject *parent = nullptr);

    void setConnector(ConnectMode mode, Connector *connector);
    Connector *connector(ConnectMode mode) const;
    // Which integrations exist (default: the built-in ones).
    void setSpecsProvider(SpecsProvider provider) { m_specs = std::move(provider); }

    // At start-up: reconcile every connector's connections with the remote side.
    void start() { refreshAll(); }
    // Reconciles every mode; emits refreshFinished() when all connectors are done.
    void refreshAll() override;

    ConnectMode modeOf(const QString &integrationId) const;

    void connectIntegration(const QString &integrationId) override;
    void addConnection(const QString &integrationId) override;
    void cancelConnect(const QString &integrationId) override;
    void disconnectIntegration(const QString &integrationId) override;
    // An empty id syncs everything (a refresh of every mode).
    void syncIntegration(const QString &integrationId) override;
    bool isBusy(const QString &integrationId) const override;

private:
    // The spec and connector for an id, or a failure (kind Local) reported through `report`.
    Connector *route(const QString &integrationId, IntegrationSpec *spec,
        const std::function<void(const Outcome &)> &report);

    Settings *m_settings;
    SpecsProvider m_specs;
    std::map<ConnectMode, QPointer<Connector>> m_connectors;
    int m_pendingRefreshes = 0;
    Outcome m_refresh; // the first failure among the connectors' refreshes
};

} // namespace aria
