#include "authclient.h"

#include "common/logging.h"
#include "common/safetext.h"
#include "common/serviceurl.h"
#include "connect/replyguard.h"
#include "connect/servicerequest.h"
#include "restclient.h"
#include "secrets/keynames.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace aria::supabase {
namespace {

const QString kRefreshKey = keys::supabaseRefreshToken();
const QString kAccountKey = keys::supabaseAccount();

// GoTrue answers {code, error_code, msg} (older: {error, error_description}).
QString authMessage(const QJsonObject &o)
{
    for (const char *field : { "msg", "error_description", "message", "error" }) {
        const QString s = safeLine(o.value(QLatin1String(field)).toString());
        if (!s.isEmpty())
            return s;
    }
    return QString();
}

} // namespace

AuthClient::Session AuthClient::parseSession(const QJsonObject &session, const QDateTime &now)
{
    Session s;
    s.refreshToken = session.value(QLatin1String("refresh_token")).toString();
    const QJsonObject user = session.value(QLatin1String("user")).toObject();
    s.userId = user.value(QLatin1String("id")).toString();
    s.email = safeLine(user.value(QLatin1String("email")).toString());
    s.accessToken = session.value(QLatin1String("access_token")).toString();
    const qint64 expiresAt = session.value(QLatin1String("expires_at")).toInteger();
    const qint64 expiresIn = session.value(QLatin1String("expires_in")).toInteger(3600);
    s.expiresAt = expiresAt > 0 ? QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC) : now.addSecs(expiresIn);
    // An expires_at/expires_in beyond QDateTime's range gives an invalid expiry, which would
    // make every access token look stale and refresh about once a second: use GoTrue's default.
    if (!s.expiresAt.isValid())
        s.expiresAt = now.addSecs(3600);
    return s;
}

QString AuthClient::errorMessage(const QJsonObject &body)
{
    return authMessage(body);
}

AuthClient::AuthClient(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isSignedIn() && isConfigured())
            requestRefresh();
    });
}

void AuthClient::setProject(const QUrl &url, const QString &anonKey)
{
    m_url = url;
    m_anonKey = anonKey;
}

QString AuthClient::projectProblem() const
{
    if (m_url.isEmpty() || m_anonKey.isEmpty())
        return tr("Set the Supabase URL and anon key first (settings supabase.url and supabase.anon_key).");
    QString why;
    if (!isAcceptableServiceUrl(m_url, &why))
        return tr("The Supabase URL (supabase.url) cannot be used: %1").arg(why);
    return QString();
}

void AuthClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QNetworkReply *AuthClient::post(const QString &pathAndQuery, const QByteArray &body, const QString &bearer)
{
    QUrl url = m_url;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request = serviceRequest(url, m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("apikey", m_anonKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + (bearer.isEmpty() ? m_anonKey : bearer).toUtf8());
    QNetworkReply *reply = m_network->post(request, body);
    guardReply(reply, { RestClient::kMaxReplyBytes, deadlineForTimeout(m_timeoutMs) });
    return reply;
}

void AuthClient::restore()
{
    if (!m_secrets) {
        Q_EMIT restored(false);
        return;
    }
    setState(State::Restoring);
    m_keychainProblem.clear();
    m_secrets->read(kAccountKey, this, [this](const SecretStore::Reply &account) {
        if (account.result != SecretStore::Result::Ok) {
            if (account.result != SecretStore::Result::NotFound)
                m_keychainProblem = account.message;
            setState(State::SignedOut);
            Q_EMIT restored(false);
            return;
        }
        m_secrets->read(kRefreshKey, this, [this, account](const SecretStore::Reply &refresh) {
            const QJsonObject o = QJsonDocument::fromJson(account.value.toUtf8()).object();
            if (refresh.result != SecretStore::Result::Ok && refresh.result != SecretStore::Result::NotFound)
                m_keychainProblem = refresh.message;
            if (refresh.result != SecretStore::Result::Ok || refresh.value.isEmpty()
                || o.value(QLatin1String("id")).toString().isEmpty()) {
                setState(State::SignedOut);
                Q_EMIT restored(false);
                return;
            }
            m_refreshToken = refresh.value;
            m_email = o.value(QLatin1String("email")).toString();
            m_userId = o.value(QLatin1String("id")).toString();
            setState(State::SignedIn);
            Q_EMIT userIdChanged(m_userId);
            Q_EMIT restored(true);
        });
    });
}

void AuthClient::signIn(const QString &email, const QString &password)
{
    if (!isConfigured()) {
        Q_EMIT signInFinished(false, projectProblem());
        return;
    }
    if (m_state == State::SigningIn)
        return;
    const State before = m_state;
    setState(State::SigningIn);
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("email"), email },
            { QStringLiteral("password"),
                password } }).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = post(QStringLiteral("/auth/v1/token?grant_type=password"), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, before] {
        reply->deleteLater();
        // A connection that broke after the status line counts as no answer at all.
        const bool broken = isTransportFailure(replyError(reply));
        const int status = broken ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QJsonParseError parseError {};
        const QJsonObject o
            = broken ? QJsonObject() : QJsonDocument::fromJson(reply->readAll(), &parseError).object();
        if (status != 200 || o.value(QLatin1String("refresh_token")).toString().isEmpty()) {
            setState(before == State::SignedIn ? State::SignedIn : State::SignedOut);
            // 200 without a session: a proxy or a broken server, not a refusal of the password.
            m_signInFailedRemotely = status == 0 || status >= 500 || status == 429 || status == 200;
            QString message;
            if (status == 0)
                message = RestClient::transportMessage(reply);
            else if (status == 200)
                message = RestClient::unreadableMessage(parseError.error == QJsonParseError::NoError
                        ? QStringLiteral("no refresh_token")
                        : parseError.errorString());
            else if (status == 429 || status >= 500)
                message = RestClient::interpret(status, QByteArray(), QString()).message; // unavailable
            else if (o.value(QLatin1String("error_code")).toString() == u"invalid_credentials")
                message = tr("Wrong e-mail address or password.");
            else
                message = tr("Sign-in failed (HTTP %1): %2").arg(status).arg(authMessage(o));
            Q_EMIT signInFinished(false, message);
            return;
        }
        adoptSession(o, [this](bool ok, const QString &error) {
            if (!ok) {
                setState(State::SignedOut);
                Q_EMIT signInFinished(false, error);
                return;
            }
            Q_EMIT signInFinished(true, QString());
        });
    });
}

void AuthClient::adoptSession(const QJsonObject &session, std::function<void(bool, const QString &)> done)
{
    const Session parsed = parseSession(session, m_clock());
    const QString refresh = parsed.refreshToken;
    const QString userId = parsed.userId;
    const QString email = parsed.email;
    const QString access = parsed.accessToken;
    const QDateTime expiry = parsed.expiresAt;
    if (!m_secrets) {
        done(false, tr("No keychain to keep the session in."));
        return;
    }
    const QString account = QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("id"), userId },
            { QStringLiteral("email"), email } }).toJson(QJsonDocument::Compact));
    // The new refresh token goes to the keychain first; only then is the old one replaced.
    m_secrets->write(kRefreshKey, refresh, this,
        [this, refresh, account, userId, email, access, expiry, done](const SecretStore::Reply &r) {
            if (r.result != SecretStore::Result::Ok) {
                // The server already rotated the token: keep the new one in memory so this run
                // still works, and say that the session will not survive a restart.
                m_refreshToken = refresh;
                done(false, tr("The session could not be saved in the keychain: %1").arg(r.message));
                return;
            }
            m_refreshToken = refresh;
            m_accessToken = access;
            m_accessExpiresAt = expiry;
            const bool userChanged = userId != m_userId;
            m_userId = userId;
            m_email = email;
            // Signed in once the account is saved too: a command line that exits right after
            // (a first sync that fails at once) must not leave the refresh token without it.
            m_secrets->write(kAccountKey, account, this, [this, userChanged, done](const SecretStore::Reply &) {
                setState(State::SignedIn);
                scheduleRefresh();
                if (userChanged)
                    Q_EMIT userIdChanged(m_userId);
                Q_EMIT accessTokenChanged();
                done(true, QString());
            });
        });
}

void AuthClient::scheduleRefresh()
{
    const qint64 ms = m_clock().msecsTo(m_accessExpiresAt) - qint64(m_marginSeconds) * 1000;
    m_refreshTimer.start(int(qBound<qint64>(1000, ms, 24LL * 3600 * 1000)));
}

void AuthClient::accessToken(QObject *context, TokenCallback done)
{
    if (!isConfigured()) {
        // Every request with the session asks here first (REST, refresh, sign-out).
        done(QString(), projectProblem());
        return;
    }
    const bool fresh = !m_accessToken.isEmpty() && m_clock().secsTo(m_accessExpiresAt) > m_marginSeconds;
    if (isSignedIn() && fresh) {
        done(m_accessToken, QString());
        return;
    }
    m_waiters.append({ context, std::move(done) });
    if (!isSignedIn()) {
        finishWaiters(QString(), tr("Not signed in to Supabase."));
        return;
    }
    requestRefresh();
}

void AuthClient::refreshNow(QObject *context, TokenCallback done)
{
    m_accessToken.clear();
    accessToken(context, std::move(done));
}

void AuthClient::finishWaiters(const QString &token, const QString &error)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, callback] : waiters) {
        if (context)
            callback(token, error);
    }
}

void AuthClient::requestRefresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("refresh_token"),
            m_refreshToken } }).toJson(QJsonDocument::Compact);
    const QString usedToken = m_refreshToken;
    QNetworkReply *reply = post(QStringLiteral("/auth/v1/token?grant_type=refresh_token"), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, usedToken] {
        reply->deleteLater();
        const bool broken = isTransportFailure(replyError(reply));
        const int status = broken ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QJsonParseError parseError {};
        const QJsonObject o
            = broken ? QJsonObject() : QJsonDocument::fromJson(reply->readAll(), &parseError).object();
        if (usedToken != m_refreshToken || !isSignedIn()) { // signed out or in again meanwhile
            m_refreshing = false;
            finishWaiters(QString(), tr("Not signed in to Supabase."));
            return;
        }
        if (status == 200 && !o.value(QLatin1String("refresh_token")).toString().isEmpty()) {
            adoptSession(o, [this](bool ok, const QString &error) {
                m_refreshing = false;
                if (!ok)
                    qCWarning(lcApp).noquote() << error;
                finishWaiters(m_accessToken, m_accessToken.isEmpty() ? error : QString());
            });
            return;
        }
        m_refreshing = false;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            // Revoked, reused or unknown refresh token: the session is over.
            qCInfo(lcApp).noquote() << "Supabase session ended:"
                                    << o.value(QLatin1String("error_code")).toString();
            const QString message = tr("Your Supabase session has ended (%1). Sign in again to keep syncing.")
                                        .arg(authMessage(o));
            forgetSession(message); // first, so the waiters see "signed out"
            finishWaiters(QString(), message);
            return;
        }
        // Offline, timeout or a server error: keep the session and try again later.
        const QString why = status == 0 ? RestClient::transportMessage(reply)
            : status == 200             ? RestClient::unreadableMessage(parseError.errorString())
                                        : tr("HTTP %1").arg(status);
        finishWaiters(QString(), tr("Cannot refresh the Supabase session: %1").arg(why));
    });
}

void AuthClient::forgetSession(const QString &expiredMessage)
{
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiresAt = QDateTime();
    const bool hadUser = !m_userId.isEmpty();
    m_userId.clear();
    m_email.clear();
    setState(State::SignedOut);
    auto cleared = [this, expiredMessage](const SecretStore::Reply &) {
        if (expiredMessage.isEmpty())
            Q_EMIT signedOut();
        else
            Q_EMIT sessionExpired(expiredMessage);
    };
    if (m_secrets) {
        m_secrets->remove(kRefreshKey, this,
            [this, cleared](const SecretStore::Reply &) { m_secrets->remove(kAccountKey, this, cleared); });
    } else {
        cleared({});
    }
    if (hadUser)
        Q_EMIT userIdChanged(QString());
}

void AuthClient::signOut()
{
    if (!isSignedIn() && m_state != State::Restoring) {
        forgetSession(QString());
        return;
    }
    // Tell the server with a valid token when one can be had; sign out locally either way.
    accessToken(this, [this](const QString &token, const QString &) {
        if (token.isEmpty()) {
            if (m_state == State::SignedOut)
                Q_EMIT signedOut(); // the session had already ended
            else
                forgetSession(QString());
            return;
        }
        QNetworkReply *reply = post(QStringLiteral("/auth/v1/logout?scope=local"), QByteArray(), token);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 204)
                qCInfo(lcApp) << "Supabase logout answered" << status << "- signed out locally";
            forgetSession(QString());
        });
    });
}

} // namespace aria::supabase
