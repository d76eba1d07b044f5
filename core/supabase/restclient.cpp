#include "restclient.h"

#include "authclient.h"
#include "common/safetext.h"
#include "connect/replyguard.h"
#include "connect/servicerequest.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace aria::supabase {

RestClient::RestClient(QNetworkAccessManager *network, AuthClient *auth, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_auth(auth)
{
}

void RestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QByteArray &prefer, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    m_auth->accessToken(this, [=](const QString &token, const QString &error) {
        if (!guard)
            return;
        if (token.isEmpty()) {
            Response r;
            r.kind = m_auth->isSignedIn() ? Response::Kind::Transient : Response::Kind::Auth;
            r.message = error;
            done(r);
            return;
        }
        attempt(method, pathAndQuery, body, prefer, token, true, guard, done);
    });
}

RestClient::Response RestClient::interpret(
    int httpStatus, const QByteArray &body, const QString &networkErrorText)
{
    Response r;
    r.httpStatus = httpStatus;
    r.body = QJsonDocument::fromJson(body);
    const QJsonObject err = r.body.object();
    const QString code = err.value(QLatin1String("code")).toString();
    const QString serverMessage = safeLine(err.value(QLatin1String("message")).toString());
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        r.kind = Response::Kind::Ok;
        QJsonParseError parseError {};
        QJsonDocument::fromJson(body, &parseError);
        if (!body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError) {
            // Never take an unreadable answer as a confirmation: the outbox keeps its rows.
            r.kind = Response::Kind::Transient;
            r.message = unreadableMessage(parseError.errorString());
        }
    } else if (r.httpStatus == 0 || r.httpStatus >= 500 || r.httpStatus == 429 || r.httpStatus == 408) {
        r.kind = Response::Kind::Transient;
        r.message = r.httpStatus == 0 ? tr("Cannot reach Supabase: %1").arg(safeLine(networkErrorText))
                                      : tr("Supabase is unavailable (HTTP %1).").arg(r.httpStatus);
    } else if (r.httpStatus == 401) {
        r.kind = Response::Kind::Auth;
        r.message = tr("Supabase refused the session (%1). Sign in again.").arg(serverMessage);
    } else if (r.httpStatus == 403 || code == u"42501") {
        r.kind = Response::Kind::Denied;
        r.message = tr("Supabase's row-level security refused the change (%1): %2. "
                       "Check the user_integrations policies (docs/SUPABASE_SETUP.md).")
                        .arg(code, serverMessage);
    } else {
        r.kind = Response::Kind::Rejected;
        r.message = tr("Supabase rejected the request (HTTP %1, %2): %3")
                        .arg(r.httpStatus)
                        .arg(code, serverMessage);
    }
    return r;
}

QString RestClient::unreadableMessage(const QString &detail)
{
    return tr("Supabase sent an answer that could not be read (%1).").arg(detail);
}

QString RestClient::transportMessage(const QNetworkReply *reply)
{
    switch (replyLimitHit(reply)) {
    case ReplyLimitHit::TooLarge:
        return tr("Supabase sent an answer larger than %n MB; it was not read.", nullptr,
            megabytes(kMaxReplyBytes));
    case ReplyLimitHit::Deadline:
        return tr("Supabase did not answer in time.");
    case ReplyLimitHit::None:
        break;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return tr("Supabase did not answer in time.");
    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return tr("Supabase (supabase.url) cannot be used: %1.").arg(replyErrorString(reply));
    return tr("Cannot reach Supabase: %1").arg(replyErrorString(reply));
}

void RestClient::attempt(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QByteArray &prefer, const QString &token, bool mayRefresh, QPointer<QObject> context, Callback done)
{
    QUrl url = m_auth->projectUrl();
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/rest/v1") + pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
    QNetworkRequest request = serviceRequest(url, m_timeoutMs);
    request.setRawHeader("apikey", m_auth->anonKey().toUtf8());
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!prefer.isEmpty())
        request.setRawHeader("Prefer", prefer);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    guardReply(reply, { kMaxReplyBytes, deadlineForTimeout(m_timeoutMs) });
    Q_EMIT requestSent(method, pathAndQuery);
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        if (!context)
            return;
        if (isTransportFailure(replyError(reply))) {
            // Refused, reset, cut off, too slow or too large: nothing the server said counts,
            // even when a status line had arrived. Try again later.
            Response r;
            r.kind = Response::Kind::Transient;
            r.message = transportMessage(reply);
            done(r);
            return;
        }
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (httpStatus == 401 && mayRefresh) {
            // Expired (PGRST303) or otherwise refused token: refresh once, then retry.
            m_auth->refreshNow(this, [=](const QString &fresh, const QString &error) {
                if (!context)
                    return;
                if (fresh.isEmpty()) {
                    Response failed;
                    failed.kind = m_auth->isSignedIn() ? Response::Kind::Transient : Response::Kind::Auth;
                    failed.httpStatus = 401;
                    failed.message = error;
                    done(failed);
                    return;
                }
                attempt(method, pathAndQuery, body, prefer, fresh, false, context, done);
            });
            return;
        }
        Response r = interpret(httpStatus, reply->readAll(), reply->errorString());
        r.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        done(r);
    });
}

} // namespace aria::supabase
