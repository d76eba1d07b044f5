#include "connectionmanager.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "store/connectionstore.h"

namespace aria {

namespace {

// Re-emits a connector's flow signals as the manager's: its Outcome becomes (ok, message, kind).
void relayConnectorSignals(Connector *source, ConnectionService *target)
{
    QObject::connect(source, &Connector::connectStarted, target, &ConnectionService::connectStarted);
    QObject::connect(source, &Connector::connectFinished, target,
        [target](const QString &id, const Outcome &o) { Q_EMIT target->connectFinished(id, o.ok(), o.message, o.kind); });
    QObject::connect(source, &Connector::disconnectFinished, target,
        [target](const QString &id, const Outcome &o) { Q_EMIT target->disconnectFinished(id, o.ok(), o.message, o.kind); });
    QObject::connect(source, &Connector::syncStarted, target, &ConnectionService::syncStarted);
    QObject::connect(source, &Connector::syncFinished, target,
        [target](const QString &id, const Outcome &o) { Q_EMIT target->syncFinished(id, o.ok(), o.message, o.kind); });
    QObject::connect(source, &Connector::problem, target, &ConnectionService::problem);
}

} // namespace

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
    relayConnectorSignals(connector, this);
    connect(connector, &Connector::refreshFinished, this, [this](const Outcome &outcome) {
        if (m_pendingRefreshes <= 0)
            return;
        if (!outcome.ok() && m_refresh.ok())
            m_refresh = outcome;
        if (--m_pendingRefreshes == 0)
            Q_EMIT refreshFinished(m_refresh.ok(), m_refresh.message, m_refresh.kind);
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
    fromWireName(m_settings->value(setting::mode, integrationId), &mode);
    return mode;
}

Connector *ConnectionManager::route(
    const QString &connectionId, IntegrationSpec *spec, const std::function<void(const Outcome &)> &report)
{
    // An integration id is its first connection's id; "gmail-2" belongs to "gmail".
    const QList<IntegrationSpec> specs = m_specs();
    const QString owner = integrationOfConnectionId(connectionId);
    bool found = false;
    for (const IntegrationSpec &s : specs) {
        if (s.id == connectionId) {
            *spec = s;
            found = true;
        }
    }
    for (const IntegrationSpec &s : specs) {
        if (!found && !owner.isEmpty() && s.id == owner) {
            *spec = s;
            found = true;
        }
    }
    if (!found) {
        report(Outcome::failure(FailureKind::Local, tr("There is no integration \"%1\".").arg(connectionId)));
        return nullptr;
    }
    const QString integrationId = spec->id;
    const ConnectMode mode = modeOf(integrationId);
    Connector *c = connector(mode);
    if (!c) {
        report(Outcome::failure(FailureKind::Local,
            tr("Connecting %1 in %2 mode is not available in this version.").arg(spec->name, toWireName(mode))));
    }
    return c;
}

void ConnectionManager::connectIntegration(const QString &integrationId)
{
    IntegrationSpec spec;
    if (Connector *c = route(integrationId, &spec,
            [this, integrationId](const Outcome &o) { Q_EMIT connectFinished(integrationId, false, o.message, o.kind); }))
        c->connectIntegration(spec, integrationId);
}

void ConnectionManager::addConnection(const QString &integrationId)
{
    const auto fail = [this](const QString &id, const Outcome &o) { Q_EMIT connectFinished(id, false, o.message, o.kind); };
    if (!m_store || !m_store->isOpen()) {
        fail(integrationId, Outcome::failure(FailureKind::Local, tr("The local store is not open.")));
        return;
    }
    IntegrationSpec spec;
    Connector *c = route(integrationId, &spec, [&](const Outcome &o) { fail(integrationId, o); });
    if (!c)
        return;
    if (spec.id != integrationId) {
        fail(integrationId, Outcome::failure(FailureKind::Local,
            tr("\"%1\" is a connection, not an integration; add to \"%2\".").arg(integrationId, spec.id)));
        return;
    }
    // A connection that never got connected (a flow cancelled or refused as a duplicate) is
    // reused rather than left beside a new one; disconnected rows stay tombstones for sync.
    QString id = m_store->nextConnectionId(spec.id);
    for (const Connection &row : m_store->connectionsOf(spec.id)) {
        if (row.status == ConnectionStatus::NotConnected) {
            id = row.key();
            break;
        }
    }
    c->connectIntegration(spec, id);
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
            [this, integrationId](const Outcome &o) { Q_EMIT disconnectFinished(integrationId, false, o.message, o.kind); }))
        c->disconnectIntegration(spec, integrationId);
}

void ConnectionManager::syncIntegration(const QString &integrationId)
{
    if (integrationId.isEmpty())
        return refreshAll();
    IntegrationSpec spec;
    if (Connector *c = route(integrationId, &spec,
            [this, integrationId](const Outcome &o) { Q_EMIT syncFinished(integrationId, false, o.message, o.kind); }))
        c->syncIntegration(spec, integrationId);
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
    // The direct connector is asked even with no integration in direct mode: it also removes
    // keychain tokens left by connections that are gone (switched mode, provider removed).
    if (connector(ConnectMode::Direct))
        byMode.try_emplace(ConnectMode::Direct);
    QList<std::pair<Connector *, QList<IntegrationSpec>>> work;
    for (const auto &[mode, specs] : byMode) {
        if (Connector *c = connector(mode))
            work.append({ c, specs });
    }
    m_refresh = Outcome();
    if (work.isEmpty()) {
        Q_EMIT refreshFinished(true, QString());
        return;
    }
    m_pendingRefreshes = int(work.size());
    for (const auto &[c, specs] : work)
        c->refreshAll(specs);
}

} // namespace aria
