#pragma once

#include <QHostAddress>
#include <QOAuthOobReplyHandler>
#include <QTimer>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace aria {

class CallbackHttpServer;
class GuardedTcpServer;

// The loopback redirect of a native-app OAuth flow (RFC 8252): listens on 127.0.0.1 only, on an
// ephemeral port, only while a flow runs. Built on Qt HTTP Server's parser. Unlike Qt 6.4's
// QOAuthHttpServerReplyHandler it answers only the callback path (others get 404), escapes
// everything it shows, caps request size, connection count and connection lifetime, gives each
// connection a short deadline for its request head, accepts the first valid callback only and
// then stops listening, and gives up after a timeout.
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    struct Options {
        QString path = QStringLiteral("/callback");
        // 0: any free port (RFC 8252). Set for providers that compare the port as well.
        quint16 port = 0;
        // Adds a one-time 128-bit nonce as a last path segment (for Composio's callback_url;
        // direct OAuth providers compare redirect URIs exactly and rely on `state` instead).
        bool withNonce = false;
        int timeoutMs = 600000;       // whole flow; Composio's link lives 10 minutes
        int maxRequestBytes = 16384;  // request line + headers; a callback has no body
        // Slots for simultaneous connections. When all are taken, the oldest one still waiting
        // for its request head makes room, so idle sockets can never lock the browser out.
        int maxConnections = 64;
        // A browser sends its request head at once; a connection that has not within this time
        // is closed (local slowloris: idle connections would otherwise hold the slots).
        int requestHeadTimeoutMs = 2000;
        int connectionLifetimeMs = 10000;
    };

    // Whether a well-formed callback is the one this flow waits for (direct OAuth: its `state`;
    // Composio: its account id). Returns an empty string to accept it, else the reason: the
    // browser then gets a 400 page and the listener keeps waiting, so a forged or stale
    // redirect cannot end the sign-in.
    using CallbackCheck = std::function<QString(const QVariantMap &values)>;
    void setCallbackCheck(CallbackCheck check) { m_check = std::move(check); }

    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    // Starts listening (again); false with errorString() when the port cannot be opened.
    bool listen(const Options &options);
    bool listen() { return listen(Options()); }
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress serverAddress() const;
    QString errorString() const { return m_errorString; }

    // http://127.0.0.1:PORT/path[/nonce]; empty while not listening.
    QString callback() const override;

Q_SIGNALS:
    void timedOut();
    // A request reached the listener but was refused (wrong nonce, bad method, malformed,
    // oversized). The flow goes on; this is for logs and tests.
    void requestRejected(const QString &reason);

private:
    friend class CallbackHttpServer;
    friend class GuardedTcpServer;
    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void reject(const QString &reason);
    QString expectedPath() const;

    std::unique_ptr<CallbackHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr;  // owned by m_http
    QTimer m_timeout;
    Options m_options;
    QString m_nonce;
    QString m_errorString;
    CallbackCheck m_check;
    int m_rejections = 0;  // this listen(); only the first ones are logged
    bool m_completed = false;
};

}  // namespace aria
