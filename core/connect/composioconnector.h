#pragma once

#include "connect/connector.h"
#include "domain/connection.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
#include <map>
#include <memory>

namespace aria {

class BrowserLauncher;
class ComposioTransport;
class ConnectionStore;
class LoopbackReplyHandler;
class Settings;
struct ComposioAccount;
struct ComposioError;

// Connects integrations through Composio (DESIGN.md): find or create the toolkit's auth config,
// ask for a hosted connect link whose callback_url is our loopback listener (with a one-time
// nonce), open it in the browser, and finish when the browser comes back or when polling
// GET /connected_accounts/{id} sees ACTIVE, whichever is first. Either way the account is
// confirmed with Composio (ACTIVE, same user_id, same toolkit) before it is stored.
//
// Every link created is noted locally (account id, integration, process and run id) until
// its account is stored. A flow that ended without storing it (killed, cancelled, timed out) leaves the
// account INITIATED at Composio until the link expires; refreshAll() deletes such accounts
// when no running process of this profile still waits on them. Only accounts this profile
// created are touched: other devices share the user id and may be connecting right now.
class ComposioConnector : public Connector
{
    Q_OBJECT
public:
    using UserIdProvider = std::function<QString()>;
    using Clock = std::function<QDateTime()>;

    // The transport says how Composio is reached (key or cloud mode, composiotransport.h).
    ComposioConnector(ComposioTransport *transport, ConnectionStore *store, Settings *settings,
        BrowserLauncher *browser, QObject *parent = nullptr);
    // Switches between key and cloud mode; used from the next request on.
    void setTransport(ComposioTransport *transport) { m_transport = transport; }
    ComposioTransport *transport() const { return m_transport; }
    ~ComposioConnector() override;

    // The Composio user_id of the person (Supabase user id when signed in, else the local id).
    void setUserIdProvider(UserIdProvider provider) { m_userId = std::move(provider); }
    // 0 (default): the "connect.timeout" setting.
    void setFlowTimeoutMs(int milliseconds) { m_flowTimeoutMs = milliseconds; }
    // Polling of the pending account while waiting for the browser: first delay, then x1.5 up to max.
    void setPollInterval(int firstMs, int maxMs);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Each call acts on one connection (connectionId, empty: the integration's first). A connect
    // that would store an account another connection of the integration already holds fails
    // (kind Local) and leaves that connection alone. A further account being added stays on
    // this device until it is connected; a cancelled or failed add leaves no row.
    void connectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override;
    void cancelConnect(const QString &integrationId) override;
    void disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override;
    void syncIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override;
    bool isBusy(const QString &integrationId) const override;
    void refreshAll(const QList<IntegrationSpec> &specs) override;

    // The sync_state key of the links created and not yet stored (see the class comment).
    static QString pendingLinksKey() { return QStringLiteral("composio_pending_links"); }

    // The loopback listener of a running flow (tests check its address); nullptr otherwise.
    const LoopbackReplyHandler *listener(const QString &integrationId) const;

private:
    class Flow;
    using FinishSignal = void (Connector::*)(const QString &, const Outcome &);
    // Ends a call refused because another action on the integration runs (kind Busy).
    void refuseBusy(const IntegrationSpec &spec, const QString &connectionId, FinishSignal finished);
    void startLink(Flow *flow);
    void schedulePoll(Flow *flow);
    void poll(Flow *flow);
    void onCallback(Flow *flow, const QVariantMap &values);
    void confirm(Flow *flow);
    void verifyAndStore(Flow *flow, const ComposioAccount &account);
    void failFlow(Flow *flow, FailureKind kind, const QString &message);
    std::unique_ptr<Flow> takeFlow(Flow *flow);

    void revokeThenDelete(const IntegrationSpec &spec, const QString &connectionId, const QString &accountId);
    void markDisconnected(const QString &integrationId);
    // Ends the adds of further accounts that a killed process left connecting (removed when
    // they never left this device, else not connected).
    void endAddsCutShort(const QList<IntegrationSpec> &specs);
    // Applies Composio's view of an account to the stored row; returns whether it is healthy.
    bool applyRemoteState(const IntegrationSpec &spec, const QString &connectionId, const ComposioAccount &account,
        QString *message);
    void adopt(const IntegrationSpec &spec, const ComposioAccount &account);
    // The other connection of the integration that holds Composio account accountId, or empty.
    static QString previousAccountOf(const Flow *flow);
    QString holderOf(const IntegrationSpec &spec, const QString &connectionId, const QString &accountId) const;
    void recordSyncFailure(const QString &integrationId, const QString &message);
    // Whether any of these integrations has a live Composio connection stored.
    bool hasLinkedRows(const QList<IntegrationSpec> &specs) const;
    // c (the stored row, or a new one) as an ACTIVE connection to Composio account a.
    Connection activeConnection(Connection c, const IntegrationSpec &spec, const QString &userId,
        const ComposioAccount &a) const;
    // Why a connection Composio reports as not ACTIVE failed its check.
    FailureKind unhealthyKind(const QString &integrationId) const;
    // Asks Composio for the row's own account (a real health check); calls done afterwards.
    void checkAccount(const IntegrationSpec &spec, const QString &connectionId, const QString &accountId,
        std::function<void()> done);
    // --- links left pending ---
    QJsonArray pendingLinks() const;
    void notePendingLink(const QString &integrationId, const QString &accountId);
    void forgetPendingLink(const QString &accountId);
    // Deletes the listed accounts of abandoned links; calls started() once per request sent
    // and done() when it has answered.
    void deleteAbandonedLinks(const QList<ComposioAccount> &accounts, const std::function<void()> &started,
        const std::function<void()> &done);

    static FailureKind kindOf(const ComposioError &error);
    QString userId() const;

    ComposioTransport *m_transport;
    ConnectionStore *m_store;
    Settings *m_settings;
    BrowserLauncher *m_browser;
    UserIdProvider m_userId;
    Clock m_clock;
    int m_flowTimeoutMs = 0;
    int m_pollFirstMs = 3000;
    int m_pollMaxMs = 15000;
    std::map<QString, std::unique_ptr<Flow>> m_flows;
    QSet<QString> m_busy; // disconnect or sync in progress
    bool m_refreshing = false;
};

} // namespace aria
