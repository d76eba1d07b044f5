#include "loopbackreplyhandler.h"

#include "callbackpage.h"
#include "common/logging.h"
#include "common/safetext.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace aria {

// Accepts loopback connections with limits Qt HTTP Server 6.4 does not have: a cap on the
// bytes of a request, on simultaneous connections, on the time to send the request head and on
// how long a connection may live.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(const LoopbackReplyHandler::Options &options, LoopbackReplyHandler *owner)
        : m_options(options)
        , m_owner(owner)
    {
    }

    // The socket's request head was parsed: its head deadline no longer applies.
    void headReceived(QTcpSocket *socket) { m_waiting.removeOne(socket); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Full: the oldest connection that has not sent its request head yet makes room (a
        // browser sends its head at once). Only when every slot is busy answering is the newcomer
        // turned away; that lasts milliseconds, not until the idle ones time out.
        if (m_live >= m_options.maxConnections && !evictOldestWaiting()) {
            socket->abort();
            socket->deleteLater();
            refuse(QStringLiteral("too many connections"));
            return;
        }
        ++m_live;
        connect(socket, &QObject::destroyed, this, [this, socket] {
            --m_live;
            m_waiting.removeOne(socket);
        });
        m_waiting.append(socket);
        // Connected before Qt HTTP Server's own handler, so this sees every chunk first.
        auto received = std::make_shared<qint64>(0);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, received] {
            *received += socket->bytesAvailable();
            if (*received > m_options.maxRequestBytes) {
                socket->abort();
                refuse(QStringLiteral("request too large"));
            }
        });
        QTimer::singleShot(m_options.requestHeadTimeoutMs, socket, [this, socket] {
            if (!m_waiting.contains(socket))
                return;
            socket->abort();
            refuse(QStringLiteral("no request within the deadline"));
        });
        QTimer::singleShot(m_options.connectionLifetimeMs, socket, [socket] { socket->abort(); });
        addPendingConnection(socket);
        Q_EMIT newConnection();
    }

private:
    bool evictOldestWaiting()
    {
        if (m_waiting.isEmpty())
            return false;
        m_waiting.takeFirst()->abort();  // counted until its deferred delete
        refuse(QStringLiteral("idle connection closed to make room"));
        return true;
    }

    // Queued: we run inside the socket notifier or a socket's timer, and whoever listens to the
    // refusal may tear the listener (and this server) down.
    void refuse(const QString &reason)
    {
        QPointer<LoopbackReplyHandler> owner(m_owner);
        QMetaObject::invokeMethod(
            m_owner, [owner, reason] { if (owner) owner->reject(reason); }, Qt::QueuedConnection);
    }

    LoopbackReplyHandler::Options m_options;
    LoopbackReplyHandler *m_owner;
    QList<QTcpSocket *> m_waiting;  // accepted, no request head yet; oldest first
    int m_live = 0;
};

class CallbackHttpServer : public QAbstractHttpServer
{
public:
    explicit CallbackHttpServer(LoopbackReplyHandler *owner)
        : m_owner(owner)
    {
    }
    using QAbstractHttpServer::makeResponder;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->handleRequest(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    LoopbackReplyHandler *m_owner;
};

namespace {

using Status = QHttpServerResponder::StatusCode;

// Answers and closes the connection (the page says "Connection: close"). The bytes go to the
// kernel at once: the flow may tear the listener down right after a callback, and a response
// still queued in the socket would die with it.
void respond(QHttpServerResponder &responder, QTcpSocket *socket, Status status, CallbackPageKind kind,
             const QString &detail = QString())
{
    const QByteArray body = renderCallbackPage(kind, detail);
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", "text/html; charset=utf-8");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    responder.writeHeader("Connection", "close");
    responder.writeBody(body);
    socket->flush();
    socket->disconnectFromHost();
}

QString randomNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// Which page a callback deserves, from the parameters providers and Composio send.
CallbackPageKind pageFor(const QVariantMap &values, QString *detail)
{
    const QString error = safeLine(values.value(QStringLiteral("error")).toString());
    const QString status = values.value(QStringLiteral("status")).toString().toLower();
    *detail = safeLine(values.value(QStringLiteral("error_description")).toString());
    if (error == u"access_denied" || status == u"denied" || status == u"cancelled")
        return CallbackPageKind::Denied;
    if (status == u"expired" || error.contains(QLatin1String("expired")))
        return CallbackPageKind::Expired;
    if (!error.isEmpty() || status == u"failed" || status == u"error") {
        if (detail->isEmpty())
            *detail = error;
        return CallbackPageKind::Failed;
    }
    detail->clear();
    return CallbackPageKind::Success;
}

}  // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcConnect) << "loopback listener timed out";
        close();
        Q_EMIT timedOut();
    });
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

bool LoopbackReplyHandler::listen(const Options &options)
{
    close();
    m_options = options;
    if (!m_options.path.startsWith(QLatin1Char('/')))
        m_options.path.prepend(QLatin1Char('/'));
    m_nonce = m_options.withNonce ? randomNonce() : QString();
    m_completed = false;
    m_rejections = 0;
    m_http = std::make_unique<CallbackHttpServer>(this);
    m_tcp = new GuardedTcpServer(m_options, this);
    if (!m_tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        m_errorString = m_options.port != 0 && m_tcp->serverError() == QAbstractSocket::AddressInUseError
            ? tr("Port %1 on 127.0.0.1 is in use by another program.").arg(m_options.port)
            : tr("Cannot open a local port for the sign-in redirect: %1").arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        m_http.reset();
        return false;
    }
    m_http->bind(m_tcp);  // the HTTP server takes ownership
    m_timeout.start(m_options.timeoutMs);
    qCDebug(lcConnect) << "loopback listening on port" << m_tcp->serverPort();
    return true;
}

void LoopbackReplyHandler::close()
{
    m_timeout.stop();
    if (m_tcp)
        m_tcp->close();  // stop accepting; a response being written still completes
}

bool LoopbackReplyHandler::isListening() const { return m_tcp && m_tcp->isListening(); }
quint16 LoopbackReplyHandler::port() const { return isListening() ? m_tcp->serverPort() : 0; }
QHostAddress LoopbackReplyHandler::serverAddress() const { return m_tcp ? m_tcp->serverAddress() : QHostAddress(); }

QString LoopbackReplyHandler::expectedPath() const
{
    return m_nonce.isEmpty() ? m_options.path : m_options.path + QLatin1Char('/') + m_nonce;
}

QString LoopbackReplyHandler::callback() const
{
    if (!isListening())
        return QString();
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(expectedPath());
}

void LoopbackReplyHandler::reject(const QString &reason)
{
    // A local process can make us refuse in a loop; the log keeps the first refusals only.
    constexpr int kLogged = 20;
    if (++m_rejections <= kLogged)
        qCInfo(lcConnect).noquote() << "loopback refused a request:" << reason;
    else if (m_rejections == kLogged + 1)
        qCInfo(lcConnect) << "loopback keeps refusing requests; no longer logging each one";
    Q_EMIT requestRejected(reason);
}

void LoopbackReplyHandler::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_tcp)
        m_tcp->headReceived(socket);
    QHttpServerResponder responder = CallbackHttpServer::makeResponder(request, socket);
    const QString path = request.url().path();
    const bool underCallback = path == m_options.path || path.startsWith(m_options.path + QLatin1Char('/'));
    if (!underCallback) {
        respond(responder, socket, Status::NotFound, CallbackPageKind::NotFound);
        return;
    }
    // A browser always names the host it connected to; anything else (no Host, or a DNS name
    // rebound to 127.0.0.1 by a web page) is not our redirect.
    const QByteArray host = request.value("Host");
    const QByteArray portSuffix = ':' + QByteArray::number(m_tcp ? m_tcp->serverPort() : 0);
    if (host != "127.0.0.1" + portSuffix && host != "localhost" + portSuffix) {
        respond(responder, socket, Status::BadRequest, CallbackPageKind::BadRequest);
        return reject(QStringLiteral("unexpected Host header"));
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        respond(responder, socket, Status::MethodNotAllowed, CallbackPageKind::BadRequest);
        return reject(QStringLiteral("method not allowed"));
    }
    if (path != expectedPath()) {
        respond(responder, socket, Status::Forbidden, CallbackPageKind::BadRequest);
        return reject(QStringLiteral("wrong nonce"));
    }
    if (m_completed) {
        respond(responder, socket, Status::Conflict, CallbackPageKind::BadRequest);
        return reject(QStringLiteral("duplicate callback"));
    }

    QVariantMap values;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (values.contains(key)) {  // parameter pollution: refuse rather than guess
            respond(responder, socket, Status::BadRequest, CallbackPageKind::BadRequest);
            return reject(QStringLiteral("repeated parameter %1").arg(key));
        }
        values.insert(key, value);
    }
    if (values.isEmpty()) {
        respond(responder, socket, Status::BadRequest, CallbackPageKind::BadRequest);
        return reject(QStringLiteral("no parameters"));
    }

    // No cap on refused callbacks ends the flow: the state / account id cannot be guessed, so
    // retries gain an attacker nothing, while such a cap would hand any local process (another
    // user's too) the very way to end a sign-in that this check takes away. The flow's own
    // timeout still bounds the wait.
    if (m_check) {
        const QString mismatch = m_check(values);
        if (!mismatch.isEmpty()) {
            respond(responder, socket, Status::BadRequest, CallbackPageKind::BadRequest);
            return reject(mismatch);
        }
    }

    QString detail;
    respond(responder, socket, Status::Ok, pageFor(values, &detail), detail);
    m_completed = true;
    close();
    Q_EMIT callbackReceived(values);
}

}  // namespace aria
