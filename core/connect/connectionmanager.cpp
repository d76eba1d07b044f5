#include "connectionmanager.h"

#include "common/settings.h"

namespace aria {

ConnectionManager::ConnectionManager(Settings *settings, QObject *parent)
    : ConnectionService(parent)
    , m_settings(settings)
    , m_specs([] { return builtInIntegrations(); })
{
}

void ConnectionManager::setConnector(ConnectMode mode, Connector *connector)
{
    if (Connector *old = m_connectors[mode])
        disconnect(old, nullptr, this, nullptr);
    m_connectors[mode] = connector;
    if (!connector)
        return;
    relayFlowSignals(connector, this);
    connect(connector, &Connector::refreshFinished, this, [this](bool ok, const QString &message) {
        if (m_pendingRefreshes <= 0)
            return;
        if (!ok) {
            m_refreshOk = false;
            m_refreshMessage = message;
        }
        if (--m_pendingRefreshes == 0)
            Q_EMIT refreshFinished(m_refreshOk, m_refreshMessage);
    });
}

Connector *ConnectionManager::connector(ConnectMode mode) const
{
    const auto it = m_connectors.find(mode);
    return it == m_connectors.end() ? nullptr : it->second.data();
}

ConnectMode ConnectionManager::modeOf(const QString &integrationId) const
{
    ConnectMode mode = ConnectMode::Composio;
    fromWireName(m_settings->get(integrationId + QStringLiteral(".mode")), &mode);
    return mode;
}

FailureKind ConnectionManager::lastFailure(const QString &integrationId) const
{
    if (m_localFailures.contains(integrationId))
        return m_localFailures.value(integrationId);
    const Connector *c = connector(modeOf(integrationId));
    return c ? c->lastFailure(integrationId) : FailureKind::None;
}

Connector *ConnectionManager::route(
    const QString &integrationId, IntegrationSpec *spec, const std::function<void(const QString &)> &report)
{
    m_localFailures.remove(integrationId);
    bool found = false;
    for (const IntegrationSpec &s : m_specs()) {
        if (s.id == integrationId) {
            *spec = s;
            found = true;
        }
    }
    if (!found) {
        m_localFailures.insert(integrationId, FailureKind::Local);
        report(tr("There is no integration \"%1\".").arg(integrationId));
        return nullptr;
    }
    const ConnectMode mode = modeOf(integrationId);
    Connector *c = connector(mode);
    if (!c) {
        m_localFailures.insert(integrationId, FailureKind::Local);
        report(tr("Connecting %1 in %2 mode is not available in this version.")
                   .arg(spec->name, toWireName(mode)));
    }
    return c;
}

void ConnectionManager::connectIntegration(const QString &integrationId)
{
    IntegrationSpec spec;
    if (Connector *c = route(integrationId, &spec,
            [this, integrationId](const QString &m) { Q_EMIT connectFinished(integrationId, false, m); }))
        c->connectIntegration(spec);
}

void ConnectionManager::cancelConnect(const QString &integrationId)
{
    for (const auto &[mode, c] : m_connectors) {
        if (c)
            c->cancelConnect(integrationId);
    }
}

void ConnectionManager::disconnectIntegration(const QString &integrationId)
{
    IntegrationSpec spec;
    if (Connector *c = route(integrationId, &spec,
            [this, integrationId](const QString &m) { Q_EMIT disconnectFinished(integrationId, false, m); }))
        c->disconnectIntegration(spec);
}

void ConnectionManager::syncIntegration(const QString &integrationId)
{
    if (integrationId.isEmpty())
        return refreshAll();
    IntegrationSpec spec;
    if (Connector *c = route(integrationId, &spec,
            [this, integrationId](const QString &m) { Q_EMIT syncFinished(integrationId, false, m); }))
        c->syncIntegration(spec);
}

bool ConnectionManager::isBusy(const QString &integrationId) const
{
    for (const auto &[mode, c] : m_connectors) {
        if (c && c->isBusy(integrationId))
            return true;
    }
    return false;
}

void ConnectionManager::refreshAll()
{
    if (m_pendingRefreshes > 0)
        return; // one refresh at a time; its refreshFinished answers this call too
    std::map<ConnectMode, QList<IntegrationSpec>> byMode;
    for (const IntegrationSpec &spec : m_specs())
        byMode[modeOf(spec.id)].append(spec);
    QList<std::pair<Connector *, QList<IntegrationSpec>>> work;
    for (const auto &[mode, specs] : byMode) {
        if (Connector *c = connector(mode))
            work.append({ c, specs });
    }
    m_refreshOk = true;
    m_refreshMessage.clear();
    if (work.isEmpty()) {
        Q_EMIT refreshFinished(true, QString());
        return;
    }
    m_pendingRefreshes = int(work.size());
    for (const auto &[c, specs] : work)
        c->refreshAll(specs);
}

} // namespace aria
