#pragma once

#include "connect/connectionservice.h"
#include "store/connectionstore.h"

#include <functional>

#include <QStringList>

// A ConnectionService the UI and tray tests drive by hand: it records what was asked and
// finishes flows when the test says so, writing the store (when given one) the way
// ConnectionManager does. Tests may also hook connect requests.
class FakeConnectionService : public aria::ConnectionService
{
    Q_OBJECT
public:
    explicit FakeConnectionService(aria::ConnectionStore *store = nullptr, QObject *parent = nullptr)
        : ConnectionService(parent)
        , m_store(store)
    {
    }

    QStringList calls; // "connect:gmail", "add:gmail", "cancel:gmail", "disconnect:gmail-2", "sync:gmail"
    std::function<void(const QString &)> onConnect; // runs after a connect request is recorded

    void connectIntegration(const QString &id) override
    {
        calls << QLatin1String("connect:") + id;
        if (m_store) {
            m_store->setStatus(id, aria::ConnectionStatus::Connecting);
            Q_EMIT connectStarted(id, QUrl(QStringLiteral("https://auth.invalid/authorize")));
        }
        if (onConnect)
            onConnect(id);
    }
    // Records "add:<integration>"; with a store, starts the flow of the new connection id.
    void addConnection(const QString &integrationId) override
    {
        calls << QLatin1String("add:") + integrationId;
        if (!m_store)
            return;
        const QString id = m_store->nextConnectionId(integrationId);
        aria::Connection c;
        c.connectionId = id;
        c.integrationType = integrationId;
        c.status = aria::ConnectionStatus::Connecting;
        m_store->upsertUnshared(c); // as the connectors do: not shared until connected
        Q_EMIT connectStarted(id, QUrl(QStringLiteral("https://auth.invalid/authorize")));
        if (onConnect)
            onConnect(id);
    }
    void cancelConnect(const QString &id) override
    {
        calls << QLatin1String("cancel:") + id;
        if (m_store)
            m_store->setStatus(id, aria::ConnectionStatus::NotConnected);
        Q_EMIT connectFinished(id, false, QStringLiteral("Cancelled."));
    }
    void disconnectIntegration(const QString &id) override { calls << QLatin1String("disconnect:") + id; }
    void syncIntegration(const QString &id) override
    {
        calls << QLatin1String("sync:") + id;
        if (m_store) // without a store the test plays every outcome itself
            Q_EMIT syncStarted(id);
    }
    bool isBusy(const QString &) const override { return false; }
    void refreshAll() override
    {
        calls << QStringLiteral("refresh");
        Q_EMIT refreshFinished(true, QString());
    }

    // Outcomes, as the real service would report them.
    void finishConnect(const QString &id, const QString &account)
    {
        aria::Connection c;
        c.connectionId = id; // "gmail", or a further account's "gmail-2"
        const QString integration = aria::integrationOfConnectionId(id);
        c.integrationType = integration.isEmpty() ? id : integration;
        c.status = aria::ConnectionStatus::Active;
        c.displayName = account;
        c.lastSyncAt = QDateTime::currentDateTimeUtc();
        m_store->upsert(c);
        Q_EMIT connectFinished(id, true, QString());
    }
    void failConnect(const QString &id, const QString &message)
    {
        m_store->setStatus(id, aria::ConnectionStatus::Error, message);
        Q_EMIT connectFinished(id, false, message);
    }
    void finishDisconnect(const QString &id)
    {
        m_store->setStatus(id, aria::ConnectionStatus::Disconnected);
        Q_EMIT disconnectFinished(id, true, QString());
    }
    void finishSync(const QString &id, bool ok, const QString &message = {})
    {
        m_store->recordSync(id, ok ? aria::SyncStatus::Success : aria::SyncStatus::Failed,
            QDateTime::currentDateTimeUtc(), message);
        Q_EMIT syncFinished(id, ok, message);
    }
    void reportProblem(const QString &message) { Q_EMIT problem(message); }

private:
    aria::ConnectionStore *m_store;
};
