#include "realtimeclient.h"

#include "authclient.h"
#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace aria::supabase {
namespace {
const QString kTable = QStringLiteral("user_integrations");
const QString kSchema = QStringLiteral("public");

bool isTokenProblem(const QString &reason)
{
    return reason.contains(QLatin1String("Token"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("JWT"), Qt::CaseInsensitive);
}
} // namespace

RealtimeClient::RealtimeClient(AuthClient *auth, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_state == State::Waiting)
            open();
    });
    connect(&m_heartbeat, &QTimer::timeout, this, &RealtimeClient::heartbeat);
    connect(auth, &AuthClient::stateChanged, this, &RealtimeClient::evaluate);
    connect(auth, &AuthClient::userIdChanged, this, [this] {
        teardown();
        setState(State::Off); // another user (or none): a channel for the new one
        evaluate();
    });
    connect(auth, &AuthClient::accessTokenChanged, this, &RealtimeClient::sendAccessToken);
}

RealtimeClient::~RealtimeClient()
{
    teardown();
}

QUrl RealtimeClient::socketUrl(const QUrl &project, const QString &anonKey)
{
    QUrl url = project;
    url.setScheme(project.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = project.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/realtime/v1/websocket"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), QString::fromLatin1(QUrl::toPercentEncoding(anonKey)));
    query.addQueryItem(QStringLiteral("vsn"), QStringLiteral("1.0.0"));
    url.setQuery(query);
    return url;
}

void RealtimeClient::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    evaluate();
}

void RealtimeClient::evaluate()
{
    const bool run = m_enabled && m_auth && m_auth->isSignedIn() && m_auth->isConfigured();
    if (!run) {
        teardown();
        m_reconnect.stop();
        m_attempts = 0;
        setState(State::Off);
        return;
    }
    if (m_state == State::Off)
        open();
}

void RealtimeClient::networkAvailable()
{
    if (m_state != State::Waiting)
        return;
    m_reconnect.stop();
    m_attempts = 0;
    open();
}

void RealtimeClient::setState(State state)
{
    if (m_state == state)
        return;
    const bool wasLive = m_state == State::Live;
    m_state = state;
    // liveChanged first: whoever watches the state sees the sync engine already told.
    if (wasLive != (state == State::Live))
        Q_EMIT liveChanged(state == State::Live);
    Q_EMIT stateChanged(state);
}

QString RealtimeClient::topic() const
{
    return QStringLiteral("realtime:") + QLatin1String(kChannel);
}

void RealtimeClient::open()
{
    teardown();
    setState(State::Connecting);
    m_userId = m_auth->userId();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        lost(m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError
                ? m_socket->errorString()
                : tr("The live connection was closed."));
    });
    // Qt 6.4 names it error() (errorOccurred() came in 6.5).
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) { lost(m_socket->errorString()); });
    m_socket->open(m_urlOverride.isValid() ? m_urlOverride : socketUrl(m_auth->projectUrl(), m_auth->anonKey()));
}

void RealtimeClient::teardown()
{
    ++m_generation;
    m_heartbeat.stop();
    m_pendingHeartbeat.clear();
    m_joinRef.clear();
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    // A closing handshake when we leave on purpose; it costs nothing when the socket is dead.
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close();
    else
        socket->abort();
    socket->deleteLater();
}

void RealtimeClient::lost(const QString &why, bool tokenRefused)
{
    m_lastError = why;
    qCInfo(lcApp).noquote() << "realtime: connection lost:" << why;
    teardown();
    m_refreshToken = m_refreshToken || tokenRefused;
    if (!(m_enabled && m_auth && m_auth->isSignedIn())) {
        evaluate();
        return;
    }
    // Capped exponential backoff with full-range jitter in [delay/2, delay]: a fleet of
    // devices that lost the server together does not come back in one wave.
    const qint64 delay = std::min<qint64>(m_timing.backoffCapMs,
        qint64(m_timing.backoffBaseMs) << std::min(m_attempts, 20));
    ++m_attempts;
    std::uniform_int_distribution<qint64> jitter(delay / 2, std::max<qint64>(delay / 2, delay));
    m_reconnect.start(int(jitter(m_random)));
    setState(State::Waiting);
}

void RealtimeClient::onConnected()
{
    m_heartbeat.start(m_timing.heartbeatMs);
    const quint64 generation = m_generation;
    auto done = [this, generation](const QString &token, const QString &error) {
        if (generation != m_generation)
            return; // this socket is gone
        if (token.isEmpty()) {
            lost(error);
            return;
        }
        join(token);
    };
    if (std::exchange(m_refreshToken, false))
        m_auth->refreshNow(this, done);
    else
        m_auth->accessToken(this, done);
}

void RealtimeClient::join(const QString &accessToken)
{
    m_joinRef = nextRef();
    const QJsonObject binding { { QStringLiteral("event"), QStringLiteral("*") },
        { QStringLiteral("schema"), kSchema }, { QStringLiteral("table"), kTable },
        { QStringLiteral("filter"), QString(QStringLiteral("user_id=eq.") + m_userId) } };
    QJsonObject broadcast;
    broadcast.insert(QStringLiteral("self"), false);
    broadcast.insert(QStringLiteral("ack"), false);
    QJsonObject presence;
    presence.insert(QStringLiteral("key"), QString());
    const QJsonObject config {
        { QStringLiteral("broadcast"), broadcast },
        { QStringLiteral("presence"), presence },
        { QStringLiteral("postgres_changes"), QJsonArray { binding } },
        { QStringLiteral("private"), false },
    };
    send(topic(), QStringLiteral("phx_join"),
        QJsonObject { { QStringLiteral("config"), config }, { QStringLiteral("access_token"), accessToken } },
        m_joinRef, m_joinRef);
}

void RealtimeClient::sendAccessToken()
{
    if (!m_socket || m_joinRef.isEmpty())
        return; // the next join carries the token
    const quint64 generation = m_generation;
    m_auth->accessToken(this, [this, generation](const QString &token, const QString &) {
        if (generation != m_generation || token.isEmpty() || m_joinRef.isEmpty())
            return;
        send(topic(), QStringLiteral("access_token"),
            QJsonObject { { QStringLiteral("access_token"), token } }, nextRef(), m_joinRef);
    });
}

void RealtimeClient::heartbeat()
{
    if (!m_pendingHeartbeat.isEmpty()) {
        // No answer within a whole interval: the connection is dead even if TCP has not noticed.
        lost(tr("The server stopped answering."));
        return;
    }
    m_pendingHeartbeat = nextRef();
    send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"), QJsonObject(), m_pendingHeartbeat);
}

void RealtimeClient::send(const QString &topic, const QString &event, const QJsonObject &payload,
    const QString &ref, const QString &joinRef)
{
    if (!m_socket)
        return;
    const QJsonObject message { { QStringLiteral("topic"), topic }, { QStringLiteral("event"), event },
        { QStringLiteral("payload"), payload }, { QStringLiteral("ref"), ref },
        { QStringLiteral("join_ref"), joinRef.isEmpty() ? QJsonValue() : QJsonValue(joinRef) } };
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RealtimeClient::onText(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString event = message.value(QLatin1String("event")).toString();
    const QString ref = message.value(QLatin1String("ref")).toString();
    const QJsonObject payload = message.value(QLatin1String("payload")).toObject();
    if (message.value(QLatin1String("topic")).toString() == u"phoenix") {
        if (event == u"phx_reply" && ref == m_pendingHeartbeat)
            m_pendingHeartbeat.clear();
        return;
    }
    if (message.value(QLatin1String("topic")).toString() != topic())
        return; // not ours (or not valid JSON at all): ignored, as Phoenix clients do
    // Messages of an earlier join of this topic (a rejoin on the same socket) are stale.
    const QJsonValue joinRef = message.value(QLatin1String("join_ref"));
    if (joinRef.isString() && joinRef.toString() != m_joinRef)
        return;

    if (event == u"phx_reply" && ref == m_joinRef) {
        const QJsonObject response = payload.value(QLatin1String("response")).toObject();
        if (payload.value(QLatin1String("status")).toString() != u"ok") {
            const QString reason = response.value(QLatin1String("reason")).toString();
            lost(tr("The live connection was refused: %1").arg(reason), isTokenProblem(reason));
            return;
        }
        // Supabase echoes each binding with an id; anything else means it understood another one.
        const QJsonObject echoed
            = response.value(QLatin1String("postgres_changes")).toArray().at(0).toObject();
        if (echoed.value(QLatin1String("table")).toString() != kTable
            || echoed.value(QLatin1String("filter")).toString() != QStringLiteral("user_id=eq.") + m_userId) {
            lost(tr("The server did not accept the live subscription."));
        }
        return;
    }
    if (event == u"system") {
        const QString status = payload.value(QLatin1String("status")).toString();
        const QString said = payload.value(QLatin1String("message")).toString();
        if (status == u"ok" && payload.value(QLatin1String("extension")).toString() == u"postgres_changes") {
            m_attempts = 0;
            m_lastError.clear();
            setState(State::Live);
            Q_EMIT subscribed();
        } else if (status == u"error") {
            // Supabase says why before it closes the channel (e.g. "Token has expired ...").
            lost(tr("The live connection ended: %1").arg(said), isTokenProblem(said));
        }
        return;
    }
    if (event == u"postgres_changes") {
        Q_EMIT changed();
        return;
    }
    if (event == u"phx_close" || event == u"phx_error")
        lost(tr("The server closed the live connection."));
}

} // namespace aria::supabase
