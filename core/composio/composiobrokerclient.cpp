#include "composiobrokerclient.h"

#include "common/logging.h"
#include "common/safetext.h"
#include "common/serviceurl.h"
#include "common/settings.h"
#include "connect/replyguard.h"
#include "connect/servicerequest.h"
#include "domain/integration.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace aria {

ComposioBrokerClient::ComposioBrokerClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ComposioError ComposioBrokerClient::classify(QNetworkReply::NetworkError networkError, int httpStatus,
    const QByteArray &body, const QString &networkErrorText)
{
    ComposioError e;
    e.httpStatus = httpStatus;
    e.kind = ComposioError::kindOf(networkError, httpStatus);
    switch (e.kind) {
    case ComposioError::None:
        return e;
    case ComposioError::Offline:
        e.message = tr("ARIA's server cannot be reached (%1). Check the network connection.").arg(safeLine(networkErrorText));
        return e;
    case ComposioError::Timeout:
        e.message = tr("ARIA's server did not answer in time. Check the network connection and try again.");
        return e;
    default:
        break;
    }
    if (httpStatus >= 300 && httpStatus < 400) { // redirects are not followed (the bearer stays here)
        e.kind = ComposioError::InvalidResponse;
        e.message = tr("ARIA's server answered with a redirect (HTTP %1), which is not followed.").arg(httpStatus);
        return e;
    }
    // {"error":{"code","message"}}; anything else (a proxy's page) is only its status.
    const QJsonObject err = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    QString remote = safeLine(err.value(QLatin1String("message")).toString()).left(300); // safetext.h
    if (remote.isEmpty())
        remote = tr("HTTP %1").arg(httpStatus);
    if (e.kind == ComposioError::Unauthorized) {
        e.message = tr("ARIA's server did not accept your sign-in (%1). Sign in again.").arg(remote);
    } else if (e.kind == ComposioError::RateLimited) {
        e.message = tr("Too many requests to ARIA's server; try again in a minute.");
    } else if (e.kind == ComposioError::Server) {
        e.message = tr("ARIA's server had a problem (HTTP %1): %2").arg(httpStatus).arg(remote);
    } else { // not found, conflict, bad request: the function's own words
        e.message = tr("ARIA's server: %1").arg(remote);
    }
    return e;
}

void ComposioBrokerClient::send(Call call)
{
    if (!call.context)
        return;
    QUrl url = m_url;
    if (!url.isValid() || url.host().isEmpty()) {
        return finish(call,
            { ComposioError::NotSignedIn, 0, tr("No ARIA cloud is set up: set supabase.url and supabase.anon_key, "
                                                "or use your own Composio key (composio.via key)."),
                {}, {} },
            {});
    }
    // The broker gets the user's access token: the one service-URL rule (serviceurl.h).
    QString why;
    if (!isAcceptableServiceUrl(url, &why)) {
        return finish(call,
            { ComposioError::UnsafeUrl, 0,
                tr("ARIA's server address (composio.broker_url) cannot be used: %1").arg(why), {}, {} },
            {});
    }
    if (!m_tokens) {
        return finish(call, { ComposioError::NotSignedIn, 0, tr("Sign in to ARIA to connect integrations."), {}, {} },
            {});
    }
    const bool renew = call.renewed;
    m_tokens(call.context, renew, [this, call](const QString &token, bool signedIn, const QString &error) {
        if (!token.isEmpty())
            return sendWithToken(call, token);
        ComposioError e;
        e.kind = signedIn ? ComposioError::Unauthorized : ComposioError::NotSignedIn;
        e.message = signedIn ? error : tr("Sign in to ARIA to connect integrations.");
        if (signedIn && e.message.isEmpty())
            e.message = tr("Your ARIA session could not be renewed. Sign in again.");
        finish(call, e, {});
    });
}

void ComposioBrokerClient::sendWithToken(Call call, const QString &token)
{
    if (!call.context)
        return;
    ++call.attempt;
    QUrl url = m_url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + call.path, QUrl::TolerantMode); // call.path holds percent-encoded ids
    QNetworkRequest request = serviceRequest(url, m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!m_anonKey.isEmpty())
        request.setRawHeader("apikey", m_anonKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("aria-integrations"));
    // The function never redirects: any redirect is refused, not only one to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (call.hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    }
    qCDebug(lcConnect).noquote() << "broker" << call.verb << call.path << "attempt" << call.attempt;
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.verb, payload);
    guardReply(reply, { ComposioClient::kMaxReplyBytes, deadlineForTimeout(m_timeoutMs) });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, token] {
        reply->deleteLater();
        const ReplyLimitHit limit = replyLimitHit(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = replyError(reply);
        const QString errorText = replyErrorString(reply);
        const QByteArray body = reply->isOpen() && limit == ReplyLimitHit::None ? reply->readAll() : QByteArray();
        ComposioError e = classify(error, status, body, errorText);
        if (limit == ReplyLimitHit::TooLarge) {
            e = ComposioError { ComposioError::InvalidResponse, status,
                tr("ARIA's server sent an answer larger than %n MB; it was not read.", nullptr,
                    megabytes(ComposioClient::kMaxReplyBytes)),
                {}, {} };
        }
        if (status == 401 && !call.renewed) {
            // The access token expired or was revoked meanwhile: renew it once and send again.
            Call again = call;
            again.renewed = true;
            again.attempt = 0;
            return send(again);
        }
        const bool last = call.attempt >= m_retry.maxAttempts;
        const int delay = ComposioClient::retryDelayMs(e, reply, error, call.verb, call.attempt, m_retry);
        if (delay >= 0 && !last) {
            qCInfo(lcConnect).noquote() << "broker" << call.verb << call.path << "failed with"
                                        << (status ? QString::number(status) : errorText) << "- retrying in"
                                        << delay << "ms";
            QTimer::singleShot(delay, this, [this, call, token] { sendWithToken(call, token); });
            return;
        }
        if (!e.ok())
            return finish(call, e, {});
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (status < 200 || status >= 300 || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            ComposioError bad;
            bad.kind = ComposioError::InvalidResponse;
            bad.httpStatus = status;
            bad.message = tr("ARIA's server sent an answer that could not be read (HTTP %1).").arg(status);
            return finish(call, bad, {});
        }
        finish(call, e, doc.object());
    });
}

void ComposioBrokerClient::finish(const Call &call, const ComposioError &error, const QJsonObject &json)
{
    if (!call.context)
        return;
    if (!error.ok())
        qCInfo(lcConnect).noquote() << "broker" << call.verb << call.path << "failed:" << error.message;
    call.done(error, json);
}

void ComposioBrokerClient::createLink(const IntegrationSpec &spec, const QString &, const QUrl &callbackUrl,
    QObject *context, ComposioClient::LinkDone done)
{
    // No user id is sent: the function takes the signed-in user's, and no other.
    const QJsonObject body {
        { QStringLiteral("integration"), spec.id },
        { QStringLiteral("callback_url"), callbackUrl.toString(QUrl::FullyEncoded) },
    };
    Call c { "POST", QStringLiteral("/link"), body, true, 0, false, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &json) {
        bool usable = false;
        const ComposioLink link = ComposioClient::parseLink(json, &usable);
        if (e.ok() && !usable)
            return done({ ComposioError::InvalidResponse, 0, tr("ARIA's server returned no usable connect link."), {}, {} },
                {});
        done(e, link);
    };
    send(std::move(c));
}

void ComposioBrokerClient::getAccount(const QString &id, QObject *context, ComposioClient::AccountDone done)
{
    Call c { "GET", QStringLiteral("/accounts/") + ComposioClient::encodedId(id), {}, false, 0, false, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &json) {
        done(e, e.ok() ? ComposioClient::parseAccount(json) : ComposioAccount());
    };
    send(std::move(c));
}

void ComposioBrokerClient::listAccounts(const QString &, QObject *context, ComposioClient::AccountsDone done)
{
    // The function follows Composio's pages itself and answers with all of them.
    Call c { "GET", QStringLiteral("/accounts"), {}, false, 0, false, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &json) {
        if (!e.ok())
            return done(e, {});
        if (!json.value(QLatin1String("items")).isArray())
            return done({ ComposioError::InvalidResponse, 0, tr("ARIA's server sent no account list."), {}, {} }, {});
        QString next;
        done(e, ComposioClient::parseAccountPage(json, &next));
    };
    send(std::move(c));
}

void ComposioBrokerClient::removeAccount(const QString &id, QObject *context, ComposioClient::Done done)
{
    Call c { "DELETE", QStringLiteral("/accounts/") + ComposioClient::encodedId(id), {}, false, 0, false, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &) { done(e); };
    send(std::move(c));
}

void ComposioBrokerClient::deleteAccount(const QString &id, QObject *context, ComposioClient::Done done)
{
    removeAccount(id, context, std::move(done));
}

} // namespace aria
