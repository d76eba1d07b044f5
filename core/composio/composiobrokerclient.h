#pragma once

#include "composio/composiotransport.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace aria {

// Cloud mode: ARIA's Composio broker, a Supabase Edge Function (supabase/functions/composio)
// that holds the Composio key and acts only as the caller Supabase Auth names. Every request
// carries the signed-in user's access token as its bearer; a 401 renews the token once and
// sends again. Routes (below the function's URL, Settings::composioBrokerUrl()):
//   POST /link {integration, callback_url} -> {connected_account_id, redirect_url}
//   GET /accounts -> {items: [account...]}     GET|DELETE /accounts/{id}
// Errors come as {"error":{"code","message"}}. Like ComposioClient: 429 waits for Retry-After;
// 5xx, timeouts and broken connections retry with backoff (a POST only when nothing was sent).
// The bearer goes only to https or to this machine, and never follows a redirect.
class ComposioBrokerClient : public QObject, public ComposioTransport
{
    Q_OBJECT
public:
    // Answers with a valid access token; or with an empty one, and signedIn false when there
    // is no session at all (else error says why none could be had). renew: the last token was
    // refused, refresh before answering.
    using TokenReady = std::function<void(const QString &token, bool signedIn, const QString &error)>;
    using TokenSource = std::function<void(QObject *context, bool renew, TokenReady ready)>;

    explicit ComposioBrokerClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    // Supabase's gateway takes the anon key as "apikey" next to the bearer (as supabase-js sends it).
    void setAnonKey(const QString &anonKey) { m_anonKey = anonKey; }
    void setTokenSource(TokenSource source) { m_tokens = std::move(source); }
    void setRetryPolicy(const ComposioClient::RetryPolicy &policy) { m_retry = policy; }
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void createLink(const IntegrationSpec &spec, const QString &userId, const QUrl &callbackUrl,
        QObject *context, ComposioClient::LinkDone done) override;
    void getAccount(const QString &id, QObject *context, ComposioClient::AccountDone done) override;
    void listAccounts(const QString &userId, QObject *context, ComposioClient::AccountsDone done) override;
    void removeAccount(const QString &id, QObject *context, ComposioClient::Done done) override;
    // The function always revokes, then deletes: the same call as removeAccount.
    void deleteAccount(const QString &id, QObject *context, ComposioClient::Done done) override;

    // The error for a finished reply of the function; public for tests.
    static ComposioError classify(QNetworkReply::NetworkError networkError, int httpStatus,
        const QByteArray &body, const QString &networkErrorText);

private:
    using JsonDone = std::function<void(const ComposioError &, const QJsonObject &)>;
    struct Call {
        QByteArray verb;
        QString path;
        QJsonObject body;
        bool hasBody = false;
        int attempt = 0;
        bool renewed = false; // the token was refreshed after a 401 already
        QPointer<QObject> context;
        JsonDone done;
    };
    void send(Call call);
    void sendWithToken(Call call, const QString &token);
    void finish(const Call &call, const ComposioError &error, const QJsonObject &json);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_anonKey;
    TokenSource m_tokens;
    ComposioClient::RetryPolicy m_retry;
    int m_timeoutMs = 20000;
};

} // namespace aria
