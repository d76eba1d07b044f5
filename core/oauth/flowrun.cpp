#include "flowrun.h"

#include "common/safetext.h"
#include "connect/loopbackreplyhandler.h"
#include "connect/replyguard.h"
#include "oauthlog.h"
#include "providerhttp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>

namespace aria::oauth {
namespace {

using Stage = QAbstractOAuth::Stage;

void replaceParameter(QMultiMap<QString, QVariant> *parameters, const QString &key, const QVariant &value)
{
    parameters->remove(key);
    parameters->insert(key, value);
}

} // namespace

FlowRun::FlowRun(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<FlowResult>();
    m_flowTimer.setSingleShot(true);
    connect(&m_flowTimer, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout,
            m_refreshing ? tr("The provider did not answer the refresh in time.")
                         : tr("The sign-in was not completed in time. Try again."));
    });
}

FlowRun::~FlowRun()
{
    // The loopback listener must never outlive the flow.
    if (auto *loopback = qobject_cast<LoopbackReplyHandler *>(m_handler.data()))
        loopback->close();
}

void FlowRun::setUpFlow()
{
    // A private manager: Qt's flow builds its requests itself, so the manager's transfer
    // timeout is the only way to bound them, and its finished() signal the only place a failed
    // token request becomes visible (6.4.2's reply handler drops error replies silently).
    m_nam = new LimitedNetworkAccessManager(
        { kMaxProviderReplyBytes, deadlineForTimeout(m_config.requestTimeoutMs) }, this);
    m_nam->setTransferTimeout(m_config.requestTimeoutMs);
    connect(m_nam, &QNetworkAccessManager::finished, this, &FlowRun::onReplyFinished);

    m_flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
    m_flow->setAuthorizationUrl(m_config.authorizationUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    if (!m_config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    m_flow->setScope(m_config.scopes.join(QLatin1Char(' ')));
    m_flow->setModifyParametersFunction([this](Stage stage, QMultiMap<QString, QVariant> *parameters) {
        modifyParameters(int(stage), parameters);
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        if (!m_finished)
            Q_EMIT authorizationUrlReady(url);
    });
    connect(m_flow, &QAbstractOAuth::statusChanged, this, &FlowRun::onStatusChanged);
    connect(m_flow, &QAbstractOAuth2::error, this,
        [this](const QString &error, const QString &description, const QUrl &) {
            if (error == u"access_denied")
                fail(Failure::Denied, tr("Access was denied at the provider."), error);
            else
                fail(Failure::Server,
                    tr("The provider refused the sign-in: %1")
                        .arg(description.isEmpty() ? error : description),
                    error);
        });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        // Reached for failures the network layer did not already report (e.g. a 200 reply
        // without an access token); a no-op once finished.
        fail(Failure::Server, tr("The provider's answer could not be used."));
    });
}

void FlowRun::startGrant()
{
    setUpFlow();
    auto *loopback = new LoopbackReplyHandler(this);
    m_handler = loopback;
    LoopbackReplyHandler::Options options;
    options.path = m_config.callbackPath;
    options.port = m_config.redirectPort;
    options.withNonce = false; // providers compare the redirect URI exactly; `state` guards CSRF
    options.timeoutMs = m_config.flowTimeoutMs;
    if (!loopback->listen(options))
        return fail(Failure::Listen,
            tr("Could not open a port on 127.0.0.1 for the sign-in callback: %1")
                .arg(loopback->errorString()));
    m_redirectUri = loopback->callback();
    // A callback without this grant's state is not the provider's redirect for it (a forged or
    // stale one): the listener answers it 400 and keeps waiting, so it cannot end the sign-in.
    loopback->setCallbackCheck([this](const QVariantMap &values) {
        const QString received = values.value(QStringLiteral("state")).toString(); // decoded
        return !received.isEmpty() && constantTimeEquals(received.toUtf8(), m_state.toUtf8())
            ? QString()
            : QStringLiteral("callback with a foreign state");
    });
    connect(loopback, &LoopbackReplyHandler::timedOut, this,
        [this] { fail(Failure::Timeout, tr("The sign-in was not completed in time. Try again.")); });

    // Our check runs before the flow's (connection order): 6.4.2 only logs a state mismatch.
    connect(loopback, &QAbstractOAuthReplyHandler::callbackReceived, this, &FlowRun::onCallback);
    m_flow->setReplyHandler(loopback);

    m_pkce = Pkce::generate();
    m_state = randomState(); // 6.4.2 reuses a weakly seeded state across grants
    m_flow->setState(m_state);
    m_flowTimer.start(m_config.flowTimeoutMs);
    qCInfo(lcOAuth) << "authorization grant started, redirect" << m_redirectUri;
    m_flow->grant();
}

void FlowRun::startRefresh(const QString &refreshToken)
{
    m_refreshing = true;
    setUpFlow();
    m_handler = new QOAuthOobReplyHandler(this); // parses the token reply; listens nowhere
    m_flow->setReplyHandler(m_handler);
    m_flow->setRefreshToken(refreshToken);
    m_flowTimer.start(deadlineForTimeout(m_config.requestTimeoutMs) + 1000);
    qCInfo(lcOAuth) << "refreshing access token";
    m_flow->refreshAccessToken();
}

void FlowRun::cancel()
{
    fail(Failure::Cancelled, tr("The sign-in was cancelled."));
}

void FlowRun::modifyParameters(int stage, QMultiMap<QString, QVariant> *parameters)
{
    // Values at these stages are already percent-encoded.
    switch (Stage(stage)) {
    case Stage::RequestingAuthorization:
        replaceParameter(parameters, QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
        replaceParameter(parameters, QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        for (const auto &[key, value] : std::as_const(m_config.extraAuthorizationParameters))
            replaceParameter(parameters, key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        break;
    case Stage::RequestingAccessToken: {
        const QString code = parameters->value(QStringLiteral("code")).toString();
        replaceParameter(parameters, QStringLiteral("code"), codeForTokenRequest(code));
        replaceParameter(parameters, QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier));
        // The exact URI of the authorization request, even if the listener has closed since.
        replaceParameter(parameters, QStringLiteral("redirect_uri"),
            QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
        break;
    }
    default:
        break;
    }
}

void FlowRun::onCallback(const QVariantMap &values)
{
    if (m_finished)
        return;
    const QString received = values.value(QStringLiteral("state")).toString(); // already decoded
    if (received.isEmpty() || !constantTimeEquals(received.toUtf8(), m_state.toUtf8())) {
        // Unreachable while the listener's check (startGrant) refuses such callbacks; kept as a
        // backstop so a foreign state can never reach the code exchange.
        qCWarning(lcOAuth) << "callback with a foreign state rejected; nothing is exchanged";
        return fail(Failure::StateMismatch,
            tr("The sign-in answer did not match this request (state mismatch), so it was rejected. "
               "If you did not start this sign-in, someone may have tried to link their account. Try "
               "again."));
    }
    const QString iss = values.value(QStringLiteral("iss")).toString();
    const bool missing = iss.isEmpty() && m_config.requireIssuer;
    if (!m_config.issuer.isEmpty() && (missing || (!iss.isEmpty() && iss != m_config.issuer))) {
        qCWarning(lcOAuth) << (missing ? "callback without the promised iss rejected; nothing is exchanged"
                                       : "callback from another issuer rejected; nothing is exchanged");
        return fail(Failure::IssuerMismatch,
            missing ? tr("The sign-in answer did not name the server that sent it, although this provider "
                         "always does, so it was rejected. Try again.")
                    : tr("The sign-in answer came from another authorization server than the one asked, so "
                         "it was rejected. Try again."));
    }
    qCInfo(lcOAuth) << "callback accepted, exchanging the code";
    // From here on only the token request runs: bound it like a refresh, not by the sign-in's
    // (minutes long) timeout, so an answer Qt cannot use never leaves the flow waiting.
    m_flowTimer.start(deadlineForTimeout(m_config.requestTimeoutMs) + 1000);
}

void FlowRun::onStatusChanged()
{
    if (m_finished || !m_flow || m_flow->status() != QAbstractOAuth::Status::Granted)
        return;
    FlowResult result;
    TokenResponse &t = result.tokens;
    t.accessToken = m_flow->token();
    t.refreshToken = m_flow->refreshToken();
    t.scope = m_flow->scope();
    t.expiresAt = m_flow->expirationAt();
    if (t.expiresAt.isValid())
        t.lifetimeSeconds = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(t.expiresAt));
    t.extra = m_flow->extraTokens();
    t.tokenType = t.extra.value(QStringLiteral("token_type"), QStringLiteral("Bearer")).toString();
    if (t.accessToken.isEmpty())
        return fail(Failure::Server, tr("The provider sent no access token."));
    qCInfo(lcOAuth) << (m_refreshing ? "refresh" : "grant") << "succeeded, lifetime" << t.lifetimeSeconds
                    << "s";
    finish(result);
}

void FlowRun::onReplyFinished(QNetworkReply *reply)
{
    if (m_finished)
        return;
    if (reply->error() == QNetworkReply::NoError) {
        // 6.4.2's handler drops a JSON token answer it cannot parse without a signal: say so
        // now. Peek, so that Qt still reads the answer when it is fine.
        const bool json = reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"json");
        if (json && reply->isOpen()
            && !QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).isObject())
            fail(Failure::Server,
                QCoreApplication::translate("OAuth", "The provider sent an answer that could not be read."));
        return;
    }
    if (replyLimitHit(reply) == ReplyLimitHit::TooLarge)
        return fail(Failure::Server,
            QCoreApplication::translate("OAuth",
                "The provider sent an answer larger than %n MB; it was not read.", nullptr,
                megabytes(kMaxProviderReplyBytes)));
    // A connection that broke after the status line: neither status nor body count.
    const bool broken = isTransportFailure(reply->error());
    const int status = broken ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body
        = reply->isOpen() && !broken ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
    const QString oauthError = safeLine(body.value(QStringLiteral("error")).toString());
    const QString description = safeLine(body.value(QStringLiteral("error_description")).toString());
    qCWarning(lcOAuth) << "token endpoint request failed:" << reply->error() << "HTTP" << status
                       << oauthError;

    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return fail(Failure::Timeout,
            tr("The provider did not answer within %n second(s).", nullptr,
                qMax(1,
                    (replyLimitHit(reply) == ReplyLimitHit::Deadline
                            ? deadlineForTimeout(m_config.requestTimeoutMs)
                            : m_config.requestTimeoutMs)
                        / 1000)));
    if (oauthError == u"invalid_grant")
        return fail(Failure::InvalidGrant,
            m_refreshing
                ? tr("The provider no longer accepts this connection's sign-in. Reconnect it.")
                : tr("The provider refused the authorization code (already used or expired). Try again."),
            oauthError);
    if (status == 0)
        return fail(Failure::Network, tr("Could not reach the provider: %1").arg(replyErrorString(reply)));
    const QString detail
        = description.isEmpty() ? (oauthError.isEmpty() ? QString::number(status) : oauthError) : description;
    fail(Failure::Server, tr("The provider answered with an error: %1").arg(detail), oauthError);
}

void FlowRun::fail(Failure failure, const QString &message, const QString &oauthError)
{
    FlowResult result;
    result.failure = failure;
    result.message = message;
    result.oauthError = oauthError;
    finish(result);
}

void FlowRun::finish(FlowResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_flowTimer.stop();
    // Cut the flow off from the listener first: when we reject a callback we run inside its
    // emission, and the flow's own slot (connected after ours) must not exchange the code.
    if (m_handler && m_flow)
        QObject::disconnect(m_handler, nullptr, m_flow, nullptr);
    if (m_flow)
        m_flow->disconnect(this);
    if (m_nam) {
        m_nam->disconnect(this);
        // A request still in flight would finish into a deleted flow (6.4.2 connects its reply
        // handling without a context object): end it now, while everything is alive.
        const auto replies = m_nam->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            if (reply->isRunning())
                reply->abort();
        }
    }
    // Close the listener now (a late or forged callback must find nobody) and drop the rest
    // later: we may be inside one of their signal emissions.
    if (m_handler) {
        m_handler->disconnect(this);
        if (auto *loopback = qobject_cast<LoopbackReplyHandler *>(m_handler.data()))
            loopback->close();
        m_handler->deleteLater();
    }
    if (m_flow)
        m_flow->deleteLater();
    if (m_nam)
        m_nam->deleteLater();
    Q_EMIT finished(result);
}

} // namespace aria::oauth
