#pragma once

#include "pkce.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <utility>

class QAbstractOAuthReplyHandler;
class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace aria::oauth {

// What one OAuth client needs to talk to one provider.
struct ClientConfig {
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // empty for public clients
    QStringList scopes;
    QList<std::pair<QString, QString>> extraAuthorizationParameters;
    QString callbackPath = QStringLiteral("/callback");
    quint16 redirectPort = 0; // 0: any free port
    QString issuer; // when set, a callback's `iss` must equal it (RFC 9207)
    bool requireIssuer = false; // the server promised `iss`: a callback without it is refused
    int requestTimeoutMs = 30000; // each HTTP request
    int flowTimeoutMs = 600000; // the whole grant, browser included
};

// A token endpoint's answer. Never logged, never written outside the keychain.
struct TokenResponse {
    QString accessToken;
    QString refreshToken; // the new one when the server rotated it, else the one used
    QString tokenType;
    QString scope;
    QDateTime expiresAt; // invalid when the server gave no lifetime
    qint64 lifetimeSeconds = -1;
    QVariantMap extra; // the other fields (instance_url, id_token, ...)
};

enum class Failure {
    None,
    Denied, // the user (or the provider) refused: error=access_denied
    StateMismatch, // a callback whose state is not ours: possible CSRF, nothing exchanged
    IssuerMismatch, // a callback naming another authorization server (RFC 9207 mix-up)
    InvalidGrant, // code or refresh token refused (used, revoked, expired)
    Timeout, // a request or the whole flow ran out of time
    Network, // the provider could not be reached
    Server, // any other error answer
    Listen, // the loopback listener could not start
    Cancelled,
};

struct FlowResult {
    Failure failure = Failure::None;
    QString message; // for the user; never contains a token
    QString oauthError; // the server's "error" code, when it sent one
    TokenResponse tokens;
    bool ok() const { return failure == Failure::None; }
};

// One run of QOAuth2AuthorizationCodeFlow: an authorization-code grant (PKCE S256 over the
// loopback) or a refresh. Each run builds a fresh flow object, so a failure can never leave a
// later run stuck (Qt 6.4.2's flow stays in RefreshingToken after a failed refresh).
// finished() is emitted exactly once; the listener is closed by then.
class FlowRun : public QObject
{
    Q_OBJECT
public:
    explicit FlowRun(ClientConfig config, QObject *parent = nullptr);
    ~FlowRun() override;

    void startGrant();
    void startRefresh(const QString &refreshToken);
    void cancel();
    bool isFinished() const { return m_finished; }

    // The redirect URI of the running grant (http://127.0.0.1:PORT/path); empty otherwise.
    QString redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(const aria::oauth::FlowResult &result);

private:
    void setUpFlow();
    void modifyParameters(int stage, QMultiMap<QString, QVariant> *parameters);
    void onCallback(const QVariantMap &values);
    void onStatusChanged();
    void onReplyFinished(QNetworkReply *reply);
    void fail(Failure failure, const QString &message, const QString &oauthError = QString());
    void finish(FlowResult result);

    ClientConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QAbstractOAuthReplyHandler> m_handler;
    QTimer m_flowTimer;
    Pkce m_pkce;
    QString m_state;
    QString m_redirectUri;
    bool m_refreshing = false;
    bool m_finished = false;
};

} // namespace aria::oauth

Q_DECLARE_METATYPE(aria::oauth::FlowResult)
