#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace aria {

class SecretStore;

// What went wrong with a Composio call, already classified for the caller (and the exit code).
struct ComposioError {
    enum Kind {
        None,
        NoApiKey, // nothing in the keychain under keys::composioApiKey()
        NotSignedIn, // cloud mode: no ARIA session to act with
        Keychain, // the keychain could not be read
        Unauthorized, // 401/403: a wrong or revoked key
        NotFound, // 404
        Conflict, // 409 (e.g. revoke of an account that is not ACTIVE)
        BadRequest, // other 4xx (400 "not supported" and validation errors)
        RateLimited, // 429 still after the allowed retries
        Server, // 5xx still after the allowed retries
        Offline, // no connection to the server at all
        Timeout, // no answer within the transfer timeout, after retries
        InvalidResponse, // an answer that is not the JSON Composio documents
        UnsafeUrl, // a base URL the key must not travel to (plain http off this computer)
    };
    Kind kind = None;
    int httpStatus = 0;
    QString message; // for the user; never contains the key
    QString requestId; // Composio's request_id, for support
    QString suggestedFix; // Composio's suggested_fix

    bool ok() const { return kind == None; }
    // The kind of a finished reply, the same for both Composio clients (each words it its own
    // way): a transport failure (status 0, or a connection that broke after the status line,
    // so that status and body cannot be trusted) is Timeout or Offline; an HTTP error is
    // Unauthorized (401, 403), NotFound (404), Conflict (409), RateLimited (429), Server (5xx)
    // or BadRequest (any other); a success is None.
    static Kind kindOf(QNetworkReply::NetworkError networkError, int httpStatus);
    bool isNetwork() const
    {
        return kind == Offline || kind == Timeout || kind == Server || kind == RateLimited;
    }
};

// A connected account as Composio describes it (only the fields ARIA uses; tokens in `state`
// are never read).
struct ComposioAccount {
    QString id;
    QString status; // INITIALIZING, INITIATED, ACTIVE, FAILED, EXPIRED, INACTIVE, REVOKED, ...
    QString statusReason; // why, for FAILED/EXPIRED
    QString userId;
    QString toolkit; // toolkit.slug
    QString authConfigId; // auth_config.id
    QString displayName; // alias, else an e-mail address found in `data`
    QDateTime updatedAt;
};

struct ComposioLink {
    QString linkToken;
    QUrl redirectUrl;
    QString connectedAccountId;
    QDateTime expiresAt;
};

// Composio's REST API (v3.1) over a QNetworkAccessManager the caller owns. Every request
// carries the project API key from the SecretStore (read per request, never cached, never
// logged) and a transfer timeout. 429 waits for Retry-After; 5xx, timeouts and connection
// failures retry with capped exponential backoff and jitter. Callbacks run from the event loop,
// and not at all once their context object is gone.
class ComposioClient : public QObject
{
    Q_OBJECT
public:
    // Larger answers are cut off and reported, not buffered (a page of 100 accounts is ~100 KB).
    static constexpr qint64 kMaxReplyBytes = 8 * 1024 * 1024;

    struct RetryPolicy {
        int maxAttempts = 4; // first try included
        int baseDelayMs = 500;
        int maxDelayMs = 8000;
        int maxRetryAfterMs = 60000; // longer Retry-After: give up and report rate limiting
    };

    ComposioClient(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    using Done = std::function<void(const ComposioError &)>;
    using JsonDone = std::function<void(const ComposioError &, const QJsonObject &)>;
    using IdDone = std::function<void(const ComposioError &, const QString &)>;
    using LinkDone = std::function<void(const ComposioError &, const ComposioLink &)>;
    using AccountDone = std::function<void(const ComposioError &, const ComposioAccount &)>;
    using AccountsDone = std::function<void(const ComposioError &, const QList<ComposioAccount> &)>;

    // GET /auth_configs?toolkit_slug=: the first enabled auth config's id, or empty.
    void findAuthConfig(const QString &toolkit, QObject *context, IdDone done);
    // POST /auth_configs with Composio-managed OAuth: the new auth config's id.
    void createManagedAuthConfig(const QString &toolkit, QObject *context, IdDone done);
    // POST /connected_accounts/link.
    void createLink(const QString &authConfigId, const QString &userId, const QUrl &callbackUrl,
        QObject *context, LinkDone done);
    // GET /connected_accounts/{id}.
    void getAccount(const QString &id, QObject *context, AccountDone done);
    // GET /connected_accounts?user_ids=..., following next_cursor to the end.
    void listAccounts(const QString &userId, QObject *context, AccountsDone done);
    // POST /connected_accounts/{id}/revoke (revokes the provider's tokens, best effort).
    void revokeAccount(const QString &id, QObject *context, Done done);
    // DELETE /connected_accounts/{id} (a soft delete at Composio).
    void deleteAccount(const QString &id, QObject *context, Done done);

    // Pure helpers, public for tests.
    // An id as one URL path segment (percent-encoded: an id can never add a path level).
    static QString encodedId(const QString &id);
    static ComposioAccount parseAccount(const QJsonObject &o);
    // A /connected_accounts/link answer; *usable is false without an http(s) redirect_url and
    // a connected_account_id.
    static ComposioLink parseLink(const QJsonObject &o, bool *usable);
    // One page of /connected_accounts: its accounts, and the cursor of the next page (or empty).
    static QList<ComposioAccount> parseAccountPage(const QJsonObject &page, QString *nextCursor);
    // The error for a finished reply: transport error, HTTP status and body.
    static ComposioError classify(QNetworkReply::NetworkError networkError, int httpStatus,
        const QByteArray &body, const QString &networkErrorText);
    // Delay before retry number `retry` (1-based): min(max, base * 2^(retry-1)), then a
    // random part ("equal jitter"): half fixed, half drawn from `random01` in [0,1).
    static int backoffDelayMs(int retry, const RetryPolicy &policy, double random01);
    // Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &header, const QDateTime &now);
    // How long to wait before sending a failed call again (-1: give up), for this client and
    // the broker client alike. Rate limits wait for Retry-After (or back off) up to the
    // policy's limit; server errors and broken connections back off, except a write whose
    // status line arrived: it was carried out, and again would make a second link or config.
    static int retryDelayMs(const ComposioError &error, QNetworkReply *reply, QNetworkReply::NetworkError networkError,
        const QByteArray &verb, int attempt, const RetryPolicy &policy);

private:
    struct Call {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QJsonObject body;
        bool hasBody = false;
        int attempt = 0;
        QPointer<QObject> context;
        JsonDone done;
    };
    void send(Call call);
    void sendWithKey(Call call, const QString &apiKey);
    void finish(const Call &call, const ComposioError &error, const QJsonObject &json);
    void listPage(const QString &userId, const QString &cursor, QList<ComposioAccount> soFar,
        QObject *context, AccountsDone done);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    QUrl m_baseUrl;
    RetryPolicy m_retry;
    int m_timeoutMs = 20000;
};

} // namespace aria
