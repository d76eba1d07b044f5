#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace aria::supabase {

class AuthClient;

// Supabase's REST API (PostgREST under /rest/v1) with the signed-in user's JWT. An expired
// token (401, PGRST303) is refreshed once and the request retried.
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Response {
        enum class Kind {
            Ok,
            Transient, // offline, timeout, 5xx, 429: retry later
            Auth, // not signed in, or the session ended
            Denied, // 403 / 42501: row-level security refused it
            Rejected, // any other 4xx: the request itself is wrong
        };
        Kind kind = Kind::Transient;
        int httpStatus = 0;
        QJsonDocument body;
        QString message; // for the user when kind is not Ok
        int retryAfterMs = -1; // the server's Retry-After (429, 503), when it sent one
    };
    using Callback = std::function<void(const Response &)>;

    // What a finished request means (the body parsed, PostgREST's {code,message,details,hint}
    // read); the 401 refresh-and-retry happens before this. Pure, public for tests.
    static Response interpret(int httpStatus, const QByteArray &body, const QString &networkErrorText);

    // Larger answers are cut off and reported, not buffered (a page of 500 rows is ~300 KB).
    static constexpr qint64 kMaxReplyBytes = 8 * 1024 * 1024;
    // What the user reads for a request that broke off (refused, reset, too slow, too large).
    static QString transportMessage(const QNetworkReply *reply);
    // What the user reads for a 2xx answer that is not what Supabase sends (detail: why).
    static QString unreadableMessage(const QString &detail);

    RestClient(QNetworkAccessManager *network, AuthClient *auth, QObject *parent = nullptr);
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // pathAndQuery is below /rest/v1, e.g. "/user_integrations?select=*".
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
        const QByteArray &prefer, QObject *context, Callback done);

Q_SIGNALS:
    // Every request that reached the network, for diagnostics and tests.
    void requestSent(const QByteArray &method, const QString &pathAndQuery);

private:
    void attempt(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
        const QByteArray &prefer, const QString &token, bool mayRefresh, QPointer<QObject> context,
        Callback done);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AuthClient> m_auth;
    int m_timeoutMs = 20000;
};

} // namespace aria::supabase
