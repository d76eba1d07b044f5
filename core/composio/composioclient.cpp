#include "composioclient.h"

#include "common/logging.h"
#include "common/safetext.h"
#include "common/serviceurl.h"
#include "connect/replyguard.h"
#include "connect/servicerequest.h"
#include "secrets/keynames.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace aria {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A field a person reads (a name, a reason, a message): made safe where it enters (safetext.h).
QString text(const QJsonObject &o, const char *key)
{
    return safeLine(str(o, key));
}

QDateTime isoTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

bool isRetriableTransport(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

ComposioClient::ComposioClient(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_baseUrl(QStringLiteral("https://backend.composio.dev/api/v3.1"))
{
}

ComposioError::Kind ComposioError::kindOf(QNetworkReply::NetworkError networkError, int httpStatus)
{
    if (httpStatus == 0 || isTransportFailure(networkError)) {
        if (networkError == QNetworkReply::NoError)
            return None;
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        return timedOut ? Timeout : Offline;
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return None;
    if (httpStatus == 401 || httpStatus == 403)
        return Unauthorized;
    if (httpStatus == 404)
        return NotFound;
    if (httpStatus == 409)
        return Conflict;
    if (httpStatus == 429)
        return RateLimited;
    return httpStatus >= 500 ? Server : BadRequest;
}

QString ComposioClient::encodedId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ComposioAccount ComposioClient::parseAccount(const QJsonObject &o)
{
    ComposioAccount a;
    a.id = str(o, "id");
    a.status = str(o, "status").toUpper();
    a.statusReason = text(o, "status_reason");
    a.userId = str(o, "user_id");
    a.toolkit = o.value(QLatin1String("toolkit")).toObject().value(QLatin1String("slug")).toString();
    a.authConfigId = o.value(QLatin1String("auth_config")).toObject().value(QLatin1String("id")).toString();
    a.updatedAt = isoTime(str(o, "updated_at"));
    // Only non-secret, human-readable fields: never anything from `state` (tokens live there).
    a.displayName = text(o, "alias");
    if (a.displayName.isEmpty()) {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        for (const char *key : { "email", "user_email", "account_email", "username", "name" }) {
            a.displayName = text(data, key);
            if (!a.displayName.isEmpty())
                break;
        }
    }
    return a;
}

ComposioLink ComposioClient::parseLink(const QJsonObject &o, bool *usable)
{
    ComposioLink link;
    link.linkToken = str(o, "link_token");
    link.redirectUrl = QUrl(str(o, "redirect_url"), QUrl::StrictMode);
    link.connectedAccountId = str(o, "connected_account_id");
    link.expiresAt = isoTime(str(o, "expires_at"));
    *usable = link.redirectUrl.isValid()
        && (link.redirectUrl.scheme() == u"https" || link.redirectUrl.scheme() == u"http")
        && !link.connectedAccountId.isEmpty();
    return link;
}

QList<ComposioAccount> ComposioClient::parseAccountPage(const QJsonObject &page, QString *nextCursor)
{
    QList<ComposioAccount> accounts;
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items)
        accounts.append(parseAccount(v.toObject()));
    *nextCursor = page.value(QLatin1String("next_cursor")).toString();
    return accounts;
}

ComposioError ComposioClient::classify(QNetworkReply::NetworkError networkError, int httpStatus,
    const QByteArray &body, const QString &networkErrorText)
{
    ComposioError e;
    e.httpStatus = httpStatus;
    e.kind = ComposioError::kindOf(networkError, httpStatus);
    switch (e.kind) {
    case ComposioError::None:
        return e;
    case ComposioError::Offline:
        if (networkError == QNetworkReply::InsecureRedirectError) {
            // Not the network's fault, and trying again would only be refused again.
            e.kind = ComposioError::InvalidResponse;
            e.message = tr("Composio (composio.base_url) cannot be used: %1.").arg(networkErrorText);
            return e;
        }
        e.message = tr("Composio cannot be reached (%1). Check the network connection.").arg(safeLine(networkErrorText));
        return e;
    case ComposioError::Timeout:
        e.message = tr("Composio did not answer in time. Check the network connection and try again.");
        return e;
    default:
        break;
    }

    // {"error":{"message","status","request_id","suggested_fix",...}}; 429 is {"message": ...}.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject err = root.value(QLatin1String("error")).toObject();
    QString remote = err.isEmpty() ? text(root, "message") : text(err, "message");
    if (remote.isEmpty() && root.value(QLatin1String("error")).isString())
        remote = text(root, "error");
    e.requestId = str(err, "request_id");
    e.suggestedFix = text(err, "suggested_fix");
    if (remote.isEmpty())
        remote = tr("HTTP %1").arg(httpStatus);
    remote = remote.left(300); // a proxy's HTML page is not a message

    if (e.kind == ComposioError::Unauthorized) {
        e.message = tr("Composio refused the API key (%1). Set the right key in Settings or with: "
                       "aria-integrations secret set composio-api-key")
                        .arg(remote);
    } else if (e.kind == ComposioError::RateLimited) {
        e.message = tr("Composio is limiting the request rate; try again in a minute.");
    } else if (e.kind == ComposioError::Server) {
        e.message = tr("Composio had a problem (HTTP %1): %2").arg(httpStatus).arg(remote);
    } else { // not found, conflict, bad request: Composio's own words
        e.message = tr("Composio: %1").arg(remote);
    }
    if (!e.suggestedFix.isEmpty() && e.kind != ComposioError::Unauthorized)
        e.message += QLatin1Char(' ') + e.suggestedFix;
    return e;
}

int ComposioClient::backoffDelayMs(int retry, const RetryPolicy &policy, double random01)
{
    const double exponential = policy.baseDelayMs * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min<double>(policy.maxDelayMs, exponential);
    return int(capped / 2 + capped / 2 * std::clamp(random01, 0.0, 1.0));
}

int ComposioClient::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    return aria::retryAfterMs(header, now);
}

int ComposioClient::retryDelayMs(const ComposioError &error, QNetworkReply *reply,
    QNetworkReply::NetworkError networkError, const QByteArray &verb, int attempt, const RetryPolicy &policy)
{
    const double random01 = QRandomGenerator::global()->generateDouble();
    if (error.kind == ComposioError::RateLimited) {
        const int after = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const int wait = after >= 0 ? after : backoffDelayMs(attempt, policy, random01);
        return wait <= policy.maxRetryAfterMs ? wait : -1;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.kind == ComposioError::Server
        || (replyLimitHit(reply) != ReplyLimitHit::TooLarge && isRetriableTransport(networkError)
            && (status == 0 || verb == "GET" || verb == "DELETE")))
        return backoffDelayMs(attempt, policy, random01);
    return -1;
}

void ComposioClient::send(Call call)
{
    // Checked here, not only by `config set`: ARIA_COMPOSIO_BASE_URL and a hand-edited settings
    // file reach this client without it.
    QString why;
    if (!isAcceptableServiceUrl(m_baseUrl, &why)) {
        ComposioError e;
        e.kind = ComposioError::UnsafeUrl;
        e.message = tr("The Composio base URL (composio.base_url or ARIA_COMPOSIO_BASE_URL) cannot be used: %1")
                        .arg(why);
        return finish(call, e, {});
    }
    // The key is read per request so a key set meanwhile (CLI, settings) is used at once.
    m_secrets->read(keys::composioApiKey(), this, [this, call](const SecretStore::Reply &reply) {
        if (reply.result == SecretStore::Result::Ok && !reply.value.trimmed().isEmpty())
            return sendWithKey(call, reply.value.trimmed());
        ComposioError e;
        if (reply.result == SecretStore::Result::NotFound || reply.result == SecretStore::Result::Ok) {
            e.kind = ComposioError::NoApiKey;
            e.message = tr("No Composio API key is set. Add it in Settings, or run: "
                           "aria-integrations secret set composio-api-key");
        } else {
            e.kind = ComposioError::Keychain;
            e.message = tr("The Composio API key cannot be read from the keychain: %1").arg(reply.message);
        }
        finish(call, e, {});
    });
}

void ComposioClient::sendWithKey(Call call, const QString &apiKey)
{
    if (!call.context)
        return;
    ++call.attempt;
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + call.path);
    url.setQuery(call.query);
    QNetworkRequest request = serviceRequest(url, m_timeoutMs);
    request.setRawHeader("x-api-key", apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("aria-integrations"));
    QByteArray payload;
    if (call.hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    }
    qCDebug(lcConnect).noquote() << "composio" << call.verb << call.path << "attempt" << call.attempt;
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.verb, payload);
    guardReply(reply, { kMaxReplyBytes, deadlineForTimeout(m_timeoutMs) });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, apiKey] {
        reply->deleteLater();
        const ReplyLimitHit limit = replyLimitHit(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = replyError(reply); // before the body is read
        const QString errorText = replyErrorString(reply);
        const QByteArray body = reply->isOpen() && limit == ReplyLimitHit::None ? reply->readAll() : QByteArray();
        ComposioError e = classify(error, status, body, errorText);
        if (limit == ReplyLimitHit::TooLarge) {
            e = ComposioError { ComposioError::InvalidResponse, status,
                tr("Composio sent an answer larger than %n MB; it was not read.", nullptr,
                    megabytes(kMaxReplyBytes)),
                {}, {} };
        }
        const bool last = call.attempt >= m_retry.maxAttempts;
        const int delay = retryDelayMs(e, reply, error, call.verb, call.attempt, m_retry);
        if (delay >= 0 && !last) {
            qCInfo(lcConnect).noquote() << "composio" << call.verb << call.path << "failed with"
                                        << (status ? QString::number(status) : errorText)
                                        << "- retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, call, apiKey] { sendWithKey(call, apiKey); });
            return;
        }
        if (!e.ok())
            return finish(call, e, {});
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        // Only writes may answer with an empty body; a GET without one told us nothing.
        const bool empty = body.trimmed().isEmpty();
        if ((empty && call.verb == "GET")
            || (!empty && (parseError.error != QJsonParseError::NoError || !doc.isObject()))) {
            ComposioError bad;
            bad.kind = ComposioError::InvalidResponse;
            bad.httpStatus = status;
            bad.message
                = tr("Composio sent an answer that could not be read (%1).").arg(parseError.errorString());
            return finish(call, bad, {});
        }
        finish(call, e, doc.object());
    });
}

void ComposioClient::finish(const Call &call, const ComposioError &error, const QJsonObject &json)
{
    if (!call.context)
        return;
    if (!error.ok())
        qCInfo(lcConnect).noquote() << "composio" << call.verb << call.path << "failed:" << error.message
                                    << (error.requestId.isEmpty()
                                               ? QString()
                                               : QStringLiteral("(request %1)").arg(error.requestId));
    call.done(error, json);
}

void ComposioClient::findAuthConfig(const QString &toolkit, QObject *context, IdDone done)
{
    Call c { "GET", QStringLiteral("/auth_configs"), {}, {}, false, 0, context, {} };
    c.query.addQueryItem(QStringLiteral("toolkit_slug"), toolkit);
    c.done = [toolkit, done](const ComposioError &e, const QJsonObject &json) {
        if (!e.ok())
            return done(e, {});
        const QJsonArray items = json.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString slug
                = o.value(QLatin1String("toolkit")).toObject().value(QLatin1String("slug")).toString();
            const QString status = str(o, "status");
            if ((slug.isEmpty() || slug == toolkit)
                && status.compare(QLatin1String("DISABLED"), Qt::CaseInsensitive) != 0)
                return done(e, str(o, "id"));
        }
        done(e, QString());
    };
    send(std::move(c));
}

void ComposioClient::createManagedAuthConfig(const QString &toolkit, QObject *context, IdDone done)
{
    const QJsonObject body {
        { QStringLiteral("toolkit"), QJsonObject { { QStringLiteral("slug"), toolkit } } },
        { QStringLiteral("auth_config"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("use_composio_managed_auth") } } },
    };
    Call c { "POST", QStringLiteral("/auth_configs"), {}, body, true, 0, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &json) {
        const QString id
            = json.value(QLatin1String("auth_config")).toObject().value(QLatin1String("id")).toString();
        if (e.ok() && id.isEmpty()) {
            ComposioError bad { ComposioError::InvalidResponse, 0, tr("Composio created no auth config id."),
                {}, {} };
            return done(bad, {});
        }
        done(e, id);
    };
    send(std::move(c));
}

void ComposioClient::createLink(const QString &authConfigId, const QString &userId, const QUrl &callbackUrl,
    QObject *context, LinkDone done)
{
    const QJsonObject body {
        { QStringLiteral("auth_config_id"), authConfigId },
        { QStringLiteral("user_id"), userId },
        { QStringLiteral("callback_url"), callbackUrl.toString(QUrl::FullyEncoded) },
    };
    Call c { "POST", QStringLiteral("/connected_accounts/link"), {}, body, true, 0, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &json) {
        bool usable = false;
        const ComposioLink link = parseLink(json, &usable);
        if (e.ok() && !usable) {
            ComposioError bad { ComposioError::InvalidResponse, 0,
                tr("Composio returned no usable connect link."), {}, {} };
            return done(bad, {});
        }
        done(e, link);
    };
    send(std::move(c));
}

void ComposioClient::getAccount(const QString &id, QObject *context, AccountDone done)
{
    Call c { "GET", QStringLiteral("/connected_accounts/") + encodedId(id), {}, {}, false, 0, context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &json) {
        done(e, e.ok() ? parseAccount(json) : ComposioAccount());
    };
    send(std::move(c));
}

void ComposioClient::listAccounts(const QString &userId, QObject *context, AccountsDone done)
{
    listPage(userId, QString(), {}, context, std::move(done));
}

void ComposioClient::listPage(const QString &userId, const QString &cursor, QList<ComposioAccount> soFar,
    QObject *context, AccountsDone done)
{
    Call c { "GET", QStringLiteral("/connected_accounts"), {}, {}, false, 0, context, {} };
    c.query.addQueryItem(QStringLiteral("user_ids"), userId);
    c.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!cursor.isEmpty())
        c.query.addQueryItem(QStringLiteral("cursor"), cursor);
    QPointer<QObject> guard(context);
    c.done = [this, userId, cursor, soFar, guard, done](
                 const ComposioError &e, const QJsonObject &json) mutable {
        if (!e.ok())
            return done(e, {});
        QString next;
        soFar.append(parseAccountPage(json, &next));
        // Stop on a repeated cursor or a runaway listing rather than loop forever.
        if (next.isEmpty() || next == cursor || soFar.size() > 10000)
            return done(e, soFar);
        listPage(userId, next, soFar, guard, done);
    };
    send(std::move(c));
}

void ComposioClient::revokeAccount(const QString &id, QObject *context, Done done)
{
    Call c { "POST", QStringLiteral("/connected_accounts/%1/revoke").arg(encodedId(id)), {}, {}, true, 0,
        context, {} };
    c.done = [done](const ComposioError &e, const QJsonObject &) { done(e); };
    send(std::move(c));
}

void ComposioClient::deleteAccount(const QString &id, QObject *context, Done done)
{
    Call c { "DELETE", QStringLiteral("/connected_accounts/") + encodedId(id), {}, {}, false, 0, context,
        {} };
    c.done = [done](const ComposioError &e, const QJsonObject &) { done(e); };
    send(std::move(c));
}

} // namespace aria
