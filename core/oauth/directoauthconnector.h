#pragma once

#include "connect/connector.h"
#include "domain/connection.h"
#include "oauth/flowrun.h"
#include "oauth/providerhttp.h"
#include "oauth/refreshscheduler.h"
#include "oauth/tokenledger.h"
#include "secrets/secretstore.h"
#include "secrets/keynames.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace aria {

class ConnectionStore;
class Settings;

// Direct OAuth 2.0 (no Composio): the authorization-code grant with PKCE over the loopback,
// tokens only in the keychain, expiry and other non-secret facts in Connection::metadata.
// Refresh runs before expiry and on a 401; invalid_grant marks the connection expired.
// Disconnect revokes (RFC 7009) where the provider can, then forgets the tokens.
//
// An integration may hold several accounts. Everything is keyed by connection id ("gmail",
// "gmail-2"): the tokens ("oauth/<connection id>/access-token", ".../refresh-token"), the
// ledger, the refresh plan and the busy state. The first connection's id is the integration's,
// so an install from before several accounts keeps its key names. The OAuth client (client id,
// "<integration id>-client-secret") is the integration's and shared by its accounts.
// Signing in as an account the integration already holds (same OIDC subject, else the same
// e-mail address) is refused before anything is written; see grantProfiled().
// An account being added ("gmail-2" without a row) is stored unshared while it connects and
// removed again if the connect is cancelled or fails: it leaves no trace anywhere.
//
// Tokens never outlive their connection: whenever a connection whose tokens may be in the
// keychain has no live direct row any more (the row was deleted on the server and removed by
// sync, a tombstone or another mode arrived by sync, its provider was removed, a connect was
// killed), its two token entries are removed from the keychain. The store's changes trigger
// this; start-up and "sync all" (refreshAll) catch changes made by other processes. Which
// connections may have tokens is kept in a small local list (ids only) in the store's
// sync_state, so nothing touches the keychain when nothing is left over.
//
// That bookkeeping is oauth::TokenLedger's, and when to refresh is oauth::RefreshScheduler's;
// this class runs the grants, refreshes, checks and revocations and keeps the rows up to date.
class DirectOAuthConnector : public Connector
{
    Q_OBJECT
public:
    // Opens the authorization URL in a browser; false when it could not.
    using BrowserOpener = std::function<bool(const QUrl &)>;
    // The OAuth client id registered by the user for an integration ("<id>.client_id").
    using ClientIdLookup = std::function<QString(const QString &integrationId)>;
    // The fixed loopback port for an integration ("<id>.redirect_port"); 0 for any free port.
    using RedirectPortLookup = std::function<quint16(const QString &integrationId)>;

    struct Options {
        int requestTimeoutMs = 30000;
        int flowTimeoutMs = 600000;
        int maxRefreshMarginS = 300; // refresh this long before expiry at most ...
        int retryAfterFailureMs = 60000;
        // The defaults with the whole sign-in bounded by the "connect.timeout" setting.
        static Options fromSettings(const Settings &settings);
    };

    DirectOAuthConnector(
        ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~DirectOAuthConnector() override;

    void setOptions(const Options &options);
    void setFlowTimeoutMs(int ms) { m_options.flowTimeoutMs = ms; }
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }
    void setClientIdLookup(ClientIdLookup lookup) { m_clientId = std::move(lookup); }
    void setRedirectPortLookup(RedirectPortLookup lookup) { m_redirectPort = std::move(lookup); }

    // Each call acts on one connection (connectionId, empty: the integration's first); an id
    // that is not one of spec's connections is refused with kind Local.
    void connectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override;
    void cancelConnect(const QString &connectionId) override;
    void disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override;
    void syncIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override;
    bool isBusy(const QString &connectionId) const override;
    // Start-up and "sync all": plans the refresh of every active direct connection from its
    // stored expiry and health-checks it (sync); emits refreshFinished() when all are done.
    void refreshAll(const QList<IntegrationSpec> &specs) override;
    static FailureKind failureKindOf(oauth::Failure failure);

    // When the next automatic refresh of a connection is due; invalid when none is planned.
    QDateTime nextRefreshAt(const QString &connectionId) const;

    // Key names: secrets/keynames.h.
    static QString accessTokenKey(const QString &id) { return keys::accessToken(id); }
    static QString refreshTokenKey(const QString &id) { return keys::refreshToken(id); }
    static QString clientSecretKey(const QString &id) { return keys::clientSecret(id); }
    // The sync_state key of the list of connections whose tokens may be in the keychain.
    static QString tokenLedgerKey() { return oauth::TokenLedger::key(); }

    // Removes the keychain tokens of every listed connection that has no live direct row any
    // more (asynchronously; tokensRemoved() reports each). Run by refreshAll().
    void sweepTokens();

Q_SIGNALS:
    // An automatic (scheduled) refresh finished; ok=false with expired=true means "Reconnect".
    void refreshed(const QString &connectionId, bool ok, bool expired);
    // The keychain tokens of a connection that is gone were removed (ok) or could not be (the
    // keychain failed; tried again at the next change or start-up).
    void tokensRemoved(const QString &connectionId, bool ok);

private:
    using FinishSignal = void (Connector::*)(const QString &, const Outcome &);
    // The connection id a call acts on (empty: spec's first); empty, and the call ended with
    // kind Local, when connectionId is not one of spec's connections.
    QString acceptConnection(const IntegrationSpec &spec, const QString &connectionId, FinishSignal finished);
    void refuseBusy(const IntegrationSpec &spec, const QString &id, FinishSignal finished);
    // The Outcome that ends a call: on failure with the kind noted for the connection on
    // the way (m_failures), Local when none was.
    Outcome outcome(const QString &id, bool ok, const QString &message) const;

    struct Client {
        oauth::ClientConfig config;
        QString clientSecret;
        oauth::ClientCredentials credentials() const { return { config.clientId, clientSecret }; }
    };
    // A running connect flow and what its end needs.
    struct Grant {
        QPointer<oauth::FlowRun> run;
        IntegrationSpec spec;
        Client client;
        std::optional<Connection> previous; // the row before the flow, if any
        bool adding = false; // a further account being added: its row goes if the flow fails
    };
    using ClientReady = std::function<void(const Client &)>;
    using Done = std::function<void(bool ok, const QString &message)>;
    using RefreshDone
        = std::function<void(bool ok, bool expired, const QString &accessToken, const QString &message)>;

    // A refresh only updates a row: one removed meanwhile (disconnected, or deleted on the
    // server and removed by sync) must not come back through it.
    bool updateExisting(const Connection &c);
    // Reads the client secret (if any) and builds the client; reports a keychain failure via fail.
    void loadClient(const IntegrationSpec &spec, ClientReady ready, Done fail);
    // --- connect ---
    void startGrant(const IntegrationSpec &spec, const QString &id, const Client &client);
    void authorizationReady(const QString &id, const QUrl &url);
    void grantFinished(const QString &id, const oauth::FlowResult &result);
    void grantFailed(const QString &id, const Grant &grant, oauth::Failure failure, const QString &message);
    // The grant's account is known: refused when another connection holds it, else stored.
    void grantProfiled(const QString &id, const Grant &grant, const oauth::TokenResponse &tokens,
        const oauth::ProfileResult &profile);
    void grantStored(const QString &id, const Grant &grant, const oauth::TokenResponse &tokens,
        const oauth::ProfileResult &profile);
    // The other live connection of the integration that holds this account, or empty.
    QString holderOf(const IntegrationSpec &spec, const QString &id, const oauth::ProfileResult &profile) const;
    // Puts the row back as before the flow; an account being added leaves no row.
    void restoreRow(const QString &id, const Grant &grant);
    // After a connect that failed: an add is undone (restoreRow), an existing row shows the error.
    void rowAfterFailedConnect(const QString &id, const Grant &grant, const QString &message);
    void endConnect(const QString &id, bool ok, const QString &message);
    void storeTokens(const QString &id, const oauth::TokenResponse &tokens, bool isGrant, Done done);
    // --- refresh and sync ---
    void refreshNow(const IntegrationSpec &spec, const QString &id, RefreshDone done);
    void refreshWithClient(const IntegrationSpec &spec, const QString &id, const Client &client,
        const SecretStore::Reply &refreshToken, RefreshDone done);
    void refreshAnswered(const IntegrationSpec &spec, const QString &id, const oauth::FlowResult &result,
        RefreshDone done);
    void syncWithClient(const IntegrationSpec &spec, const QString &id, const Client &client);
    void endSync(const QString &id, bool ok, const QString &message);
    void checkProfile(const IntegrationSpec &spec, const QString &id, const Client &client,
        const QString &accessToken, bool mayRefresh, Done done);
    // --- disconnect ---
    void disconnectWithTokens(const IntegrationSpec &spec, const QString &id, const QString &refreshToken,
        const QString &accessToken);
    void forgetTokens(const IntegrationSpec &spec, const QString &id, const QString &warning);
    void tokensForgotten(const IntegrationSpec &spec, const QString &id, const QString &warning);
    void endDisconnect(const QString &id, bool ok, const QString &message);
    void revokeAll(const IntegrationSpec &spec, const Client &client, const QString &refreshToken,
        const QString &accessToken, Done done);
    // --- refresh plans ---
    void scheduleRefresh(const IntegrationSpec &spec, const QString &id, const QDateTime &expiresAt, qint64 lifetimeS);
    void cancelScheduledRefresh(const QString &id);
    // The scheduler says a refresh is due; runs it unless the row is gone or the id is busy.
    void refreshDue(const QString &id);
    void scheduledRefreshDone(const QString &id, bool ok, bool expired);
    // The live direct connections of specs to refresh and check; a flow cut short is ended.
    QList<std::pair<IntegrationSpec, QString>> activeConnections(const QList<IntegrationSpec> &specs);
    QJsonObject tokenMetadata(const QJsonObject &previous, const oauth::TokenResponse &tokens) const;
    // The stored row of connection id, or a new direct one.
    Connection connectionFor(const QString &id) const;
    void setBusy(const QString &id, bool busy);
    QString keychainProblem(const SecretStore::Reply &reply) const;

    QPointer<ConnectionStore> m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<QNetworkAccessManager> m_nam;
    Options m_options;
    BrowserOpener m_openBrowser;
    ClientIdLookup m_clientId;
    RedirectPortLookup m_redirectPort;
    QHash<QString, Grant> m_grants; // running connect flows, by connection id
    oauth::TokenLedger *m_ledger;
    oauth::RefreshScheduler *m_scheduler;
    QHash<QString, IntegrationSpec> m_refreshSpecs; // what refreshDue() refreshes, by connection id
    QSet<QString> m_busy;
    // The kind of the failure a running call of a connection is about to report (set on the
    // way, read by outcome()); absent after a success.
    QHash<QString, FailureKind> m_failures;
};

} // namespace aria
