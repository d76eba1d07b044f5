#pragma once

#include "connect/connector.h"
#include "domain/connection.h"
#include "oauth/flowrun.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace aria {

class ConnectionStore;
class Settings;

// Direct OAuth 2.0 (no Composio): the authorization-code grant with PKCE over the loopback,
// tokens only in the keychain ("oauth/<id>/access-token", "oauth/<id>/refresh-token"; client
// secret "<id>-client-secret"), expiry and other non-secret facts in Connection::metadata.
// Refresh runs before expiry and on a 401; invalid_grant marks the connection expired.
// Disconnect revokes (RFC 7009) where the provider can, then forgets the tokens.
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

    void setOptions(const Options &options) { m_options = options; }
    void setFlowTimeoutMs(int ms) { m_options.flowTimeoutMs = ms; }
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }
    void setClientIdLookup(ClientIdLookup lookup) { m_clientId = std::move(lookup); }
    void setRedirectPortLookup(RedirectPortLookup lookup) { m_redirectPort = std::move(lookup); }

    void connectIntegration(const IntegrationSpec &spec) override;
    void cancelConnect(const QString &integrationId) override;
    void disconnectIntegration(const IntegrationSpec &spec) override;
    void syncIntegration(const IntegrationSpec &spec) override;
    bool isBusy(const QString &integrationId) const override;
    // Start-up and "sync all": plans the refresh of every active direct connection from its
    // stored expiry and health-checks it (sync); emits refreshFinished() when all are done.
    void refreshAll(const QList<IntegrationSpec> &specs) override;
    FailureKind lastFailure(const QString &integrationId) const override
    {
        return m_failures.value(integrationId);
    }
    static FailureKind failureKindOf(oauth::Failure failure);

    // When the next automatic refresh of an integration is due; invalid when none is planned.
    QDateTime nextRefreshAt(const QString &integrationId) const;

    static QString accessTokenKey(const QString &id)
    {
        return QStringLiteral("oauth/") + id + QStringLiteral("/access-token");
    }
    static QString refreshTokenKey(const QString &id)
    {
        return QStringLiteral("oauth/") + id + QStringLiteral("/refresh-token");
    }
    static QString clientSecretKey(const QString &id) { return id + QStringLiteral("-client-secret"); }

Q_SIGNALS:
    // An automatic (scheduled) refresh finished; ok=false with expired=true means "Reconnect".
    void refreshed(const QString &integrationId, bool ok, bool expired);

private:
    struct Client {
        oauth::ClientConfig config;
        QString clientSecret;
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
    void finishConnect(const IntegrationSpec &spec, const oauth::FlowResult &result, const Client &client);
    void storeTokens(const QString &id, const oauth::TokenResponse &tokens, bool isGrant, Done done);
    void refreshNow(const IntegrationSpec &spec, RefreshDone done);
    void checkProfile(const IntegrationSpec &spec, const Client &client, const QString &accessToken,
        bool mayRefresh, Done done);
    void revokeAll(const IntegrationSpec &spec, const Client &client, const QString &refreshToken,
        const QString &accessToken, Done done);
    void scheduleRefresh(const IntegrationSpec &spec, const QDateTime &expiresAt, qint64 lifetimeS);
    void cancelScheduledRefresh(const QString &id);
    QJsonObject tokenMetadata(const QJsonObject &previous, const oauth::TokenResponse &tokens) const;
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
    QHash<QString, QPointer<oauth::FlowRun>> m_grants; // running connect flows
    QHash<QString, QTimer *> m_refreshTimers;
    QSet<QString> m_busy;
    QHash<QString, FailureKind> m_failures; // last failure per integration; absent after success
};

} // namespace aria
