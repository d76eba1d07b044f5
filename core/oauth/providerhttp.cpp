#include "providerhttp.h"

#include "common/safetext.h"
#include "connect/replyguard.h"
#include "connect/servicerequest.h"
#include "oauthlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace aria::oauth {
namespace {

QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (value.isEmpty())
            continue;
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QNetworkRequest formRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request = serviceRequest(url, timeoutMs);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    return request;
}

QString networkMessage(QNetworkReply *reply)
{
    if (replyLimitHit(reply) == ReplyLimitHit::TooLarge)
        return QCoreApplication::translate("OAuth", "The provider sent an answer larger than %n MB; it was not read.",
            nullptr, megabytes(kMaxProviderReplyBytes));
    if (replyError(reply) == QNetworkReply::OperationCanceledError
        || replyError(reply) == QNetworkReply::TimeoutError)
        return QCoreApplication::translate("OAuth", "The provider did not answer in time.");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || isTransportFailure(replyError(reply)))
        return QCoreApplication::translate("OAuth", "Could not reach the provider: %1")
            .arg(replyErrorString(reply));
    return QCoreApplication::translate("OAuth", "The provider answered with HTTP %1.").arg(status);
}

// Runs done(reply) once the reply finishes, then deletes the reply.
void whenFinished(QNetworkReply *reply, QObject *context, int timeoutMs,
    std::function<void(QNetworkReply *)> done)
{
    guardReply(reply, { kMaxProviderReplyBytes, deadlineForTimeout(timeoutMs) });
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (guard)
            done(reply);
    });
}

} // namespace

QString displayNameFrom(const QJsonObject &profile)
{
    for (const char *key : { "email", "user", "preferred_username", "name", "upn", "sub" }) {
        const QString value = safeLine(profile.value(QLatin1String(key)).toVariant().toString());
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

QString identityFrom(const QJsonObject &profile)
{
    const QString subject = profile.value(QStringLiteral("sub")).toVariant().toString();
    if (!subject.isEmpty())
        return QStringLiteral("sub:") + subject;
    const QString email = profile.value(QStringLiteral("email")).toString().trimmed().toLower();
    return email.isEmpty() ? QString() : QStringLiteral("email:") + email;
}

ProfileResult profileFromAnswer(int httpStatus, bool introspection, const QByteArray &body)
{
    ProfileResult result;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject answer = document.object();
    if (httpStatus >= 200 && httpStatus < 300 && !document.isObject()) {
        // A health check must not pass on an answer it cannot read (a proxy page, a cut body).
        result.kind = FailureKind::Remote;
        result.message = QCoreApplication::translate("OAuth", "The provider sent an answer that could not be read.");
        return result;
    }
    if (httpStatus == 401
        || (introspection && httpStatus == 200 && !answer.value(QStringLiteral("active")).toBool(true))) {
        result.unauthorized = true;
        result.kind = FailureKind::Unauthorized;
        result.message
            = QCoreApplication::translate("OAuth", "The provider no longer accepts the access token.");
    } else {
        result.ok = true;
        result.displayName = displayNameFrom(answer);
        result.identity = identityFrom(answer);
    }
    return result;
}

void fetchProfile(QNetworkAccessManager *nam, const OAuthEndpoints &endpoints, const QString &accessToken,
    const ClientCredentials &client, int timeoutMs, QObject *context,
    std::function<void(const ProfileResult &)> done)
{
    if (!endpoints.userInfo.isValid()) {
        // Nothing to ask: the token's existence is all we know.
        ProfileResult r;
        r.ok = true;
        done(r);
        return;
    }
    QNetworkReply *reply = nullptr;
    const bool introspection = endpoints.profile == OAuthEndpoints::Profile::Introspection;
    if (introspection) {
        reply = nam->post(formRequest(endpoints.userInfo, timeoutMs),
            formBody({ { QStringLiteral("token"), accessToken },
                { QStringLiteral("token_type_hint"), QStringLiteral("access_token") },
                { QStringLiteral("client_id"), client.clientId },
                { QStringLiteral("client_secret"), client.clientSecret } }));
    } else {
        QNetworkRequest request = serviceRequest(endpoints.userInfo, timeoutMs);
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        request.setRawHeader("Accept", "application/json");
        reply = nam->get(request);
    }
    whenFinished(reply, context, timeoutMs, [introspection, done](QNetworkReply *r) {
        const QNetworkReply::NetworkError error = replyError(r);
        const bool broken = isTransportFailure(error);
        const int status = broken ? 0 : r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString message = networkMessage(r); // before the body is read
        ProfileResult result = profileFromAnswer(status, introspection, broken ? QByteArray() : r->readAll());
        if (!result.unauthorized && error != QNetworkReply::NoError) {
            result = ProfileResult();
            result.message = message;
            const bool timedOut = error == QNetworkReply::OperationCanceledError
                || error == QNetworkReply::TimeoutError;
            result.kind = timedOut ? FailureKind::Timeout
                : status == 0      ? FailureKind::Network
                                   : FailureKind::Remote;
        }
        qCDebug(lcOAuth) << "profile request: HTTP" << status << (result.ok ? "ok" : "failed");
        done(result);
    });
}

void revokeToken(QNetworkAccessManager *nam, const QUrl &endpoint, const QString &token,
    const QString &tokenTypeHint, const ClientCredentials &client, int timeoutMs, QObject *context,
    std::function<void(const RevokeResult &)> done)
{
    QNetworkReply *reply = nam->post(formRequest(endpoint, timeoutMs),
        formBody({ { QStringLiteral("token"), token }, { QStringLiteral("token_type_hint"), tokenTypeHint },
            { QStringLiteral("client_id"), client.clientId },
            { QStringLiteral("client_secret"), client.clientSecret } }));
    whenFinished(reply, context, timeoutMs, [done, tokenTypeHint](QNetworkReply *r) {
        RevokeResult result;
        // RFC 7009 2.2: 200 also for tokens the server no longer knows.
        result.ok = replyError(r) == QNetworkReply::NoError;
        if (!result.ok)
            result.message = networkMessage(r);
        qCInfo(lcOAuth) << "revocation of the" << tokenTypeHint << (result.ok ? "succeeded" : "failed");
        done(result);
    });
}

} // namespace aria::oauth
