// guardReply / LimitedNetworkAccessManager against a server that answers with a body larger than
// the cap: the reply must end as TooLarge, and Qt's HTTP thread must stop taking the body in at
// about the cap even while the main thread is too busy to run the guard's checks (load, ASan).
// The server runs on its own thread and counts the bytes the kernel took from it, which bounds
// what the client can have read.
#include "connect/replyguard.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace aria;

namespace {

constexpr qint64 kCap = 256 * 1024;
constexpr qint64 kFlood = 64 * 1024 * 1024;
// What the kernel may hold between the two processes once the client stops reading: the
// server's send buffer (set to 64 KB below; Linux doubles it) and the client's receive
// buffer, which Linux grows while the client reads fast (measured up to ~6 MB here).
constexpr qint64 kSocketBuffers = 8 * 1024 * 1024;

// One answer per connection: 200, `total` bytes of JSON whitespace (Content-Length when
// `declared`, else delimited by closing), written as fast as the client takes them. With
// `stall` it stops writing after `total` bytes and keeps the connection open.
class BodyServer
{
public:
    struct Answer {
        qint64 total = 0;
        bool declared = true;
        bool stall = false;
    };

    ~BodyServer() { stop(); }

    bool start(const Answer &answer)
    {
        m_answer = answer;
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), len) != 0
            || ::listen(m_listener, 4) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return false;
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { run(); });
        return true;
    }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
    }

    quint16 port() const { return m_port; }
    qint64 written() const { return m_written; }

private:
    // Waits for `events` on fd in short slices so that stop() is never kept waiting.
    bool waitFor(int fd, short events)
    {
        while (!m_stop) {
            pollfd p { fd, events, 0 };
            if (::poll(&p, 1, 20) > 0)
                return !(p.revents & (POLLERR | POLLNVAL)) && (p.revents & events);
        }
        return false;
    }

    void run()
    {
        if (!waitFor(m_listener, POLLIN))
            return;
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0)
            return;
        const int sndbuf = 64 * 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
        serve(fd);
        ::close(fd);
    }

    void serve(int fd)
    {
        // The request head (a body, if any, is left unread: the answer does not depend on it).
        QByteArray request;
        char in[4096];
        while (!request.contains("\r\n\r\n")) {
            if (!waitFor(fd, POLLIN))
                return;
            const ssize_t n = ::recv(fd, in, sizeof in, 0);
            if (n <= 0)
                return;
            request.append(in, qsizetype(n));
        }
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += m_answer.declared ? "Content-Length: " + QByteArray::number(m_answer.total) + "\r\n"
                                  : QByteArray("Connection: close\r\n");
        head += "\r\n";
        if (::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL) != head.size())
            return;
        const QByteArray chunk(64 * 1024, ' ');
        while (m_written < m_answer.total) {
            if (!waitFor(fd, POLLOUT))
                return;
            const qint64 n = ::send(fd, chunk.constData(), size_t(qMin<qint64>(chunk.size(), m_answer.total - m_written)),
                MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return; // the client hung up
            if (n > 0)
                m_written += n;
        }
        // Stalling: hold the connection open. Else end the answer (FIN, not the RST that
        // closing with an unread request body would send). Either way read until the client
        // hangs up or the test ends.
        if (!m_answer.stall && !m_answer.declared)
            ::shutdown(fd, SHUT_WR);
        while (waitFor(fd, POLLIN)) {
            if (::recv(fd, in, sizeof in, 0) <= 0)
                return;
        }
    }

    Answer m_answer;
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_written { 0 };
};

} // namespace

class TestReplyGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodyIsBounded_data();
    void bodyIsBounded();
};

void TestReplyGuard::bodyIsBounded_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("viaManager"); // LimitedNetworkAccessManager instead of guardReply()
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<bool>("stall");
    QTest::addColumn<int>("busyMs"); // the main thread sleeps this long once the request is sent
    QTest::addColumn<bool>("tooLarge");

    // A flood while the main thread is busy: only the HTTP thread's own limit can stop it.
    // GET starts inside QNetworkAccessManager::get(); a request with a body (POST, PUT, a
    // custom verb, and the OAuth token requests QOAuth2AuthorizationCodeFlow posts) starts on a
    // queued call, after guardReply() has run.
    for (const char *verb : { "GET", "POST", "PUT", "PATCH" }) {
        for (bool declared : { false, true }) {
            QTest::addRow("%s-flood-%s-busy", verb, declared ? "declared" : "undeclared")
                << QByteArray(verb) << false << kFlood << declared << false << 500 << true;
        }
    }
    QTest::newRow("POST-flood-undeclared-idle") << QByteArrayLiteral("POST") << false << kFlood << false << false << 0 << true;
    QTest::newRow("GET-flood-undeclared-idle") << QByteArrayLiteral("GET") << false << kFlood << false << false << 0 << true;
    QTest::newRow("manager-POST-flood-undeclared-busy") << QByteArrayLiteral("POST") << true << kFlood << false << false << 500 << true;
    QTest::newRow("manager-POST-flood-declared-busy") << QByteArrayLiteral("POST") << true << kFlood << true << false << 500 << true;
    QTest::newRow("manager-GET-flood-undeclared-busy") << QByteArrayLiteral("GET") << true << kFlood << false << false << 500 << true;
    // Just over the cap, then silence: the guard must notice the moment the extra byte is
    // buffered, not at the deadline (Qt rate-limits downloadProgress, so the last one of a
    // burst may never come).
    QTest::newRow("POST-cap+1-then-stall") << QByteArrayLiteral("POST") << false << kCap + 1 << false << true << 0 << true;
    QTest::newRow("GET-cap+1-then-stall") << QByteArrayLiteral("GET") << false << kCap + 1 << false << true << 0 << true;
    // Answers within the cap arrive whole (the normal token exchange).
    QTest::newRow("POST-small") << QByteArrayLiteral("POST") << false << qint64(2000) << true << false << 0 << false;
    QTest::newRow("manager-POST-small") << QByteArrayLiteral("POST") << true << qint64(2000) << true << false << 0 << false;
    QTest::newRow("POST-exactly-cap") << QByteArrayLiteral("POST") << false << kCap << true << false << 0 << false;
    QTest::newRow("GET-exactly-cap-undeclared") << QByteArrayLiteral("GET") << false << kCap << false << false << 0 << false;
    QTest::newRow("manager-POST-exactly-cap-busy") << QByteArrayLiteral("POST") << true << kCap << false << false << 300 << false;
}

void TestReplyGuard::bodyIsBounded()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, viaManager);
    QFETCH(qint64, total);
    QFETCH(bool, declared);
    QFETCH(bool, stall);
    QFETCH(int, busyMs);
    QFETCH(bool, tooLarge);

    BodyServer server;
    QVERIFY(server.start({ total, declared, stall }));
    const ReplyLimits limits { kCap, 0 }; // no deadline: only the size limit may end it
    QNetworkAccessManager plain;
    LimitedNetworkAccessManager limited(limits);
    QNetworkAccessManager &nam = viaManager ? limited : plain;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(server.port())));
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body = "grant_type=authorization_code&code=abc";
    QNetworkReply *reply = verb == "GET" ? nam.get(request)
        : verb == "POST"                 ? nam.post(request, body)
        : verb == "PUT"                  ? nam.put(request, body)
                                         : nam.sendCustomRequest(request, verb, body);
    // The most the reply itself ever held (seen before the guard's own readyRead check runs;
    // the manager guards inside createRequest, before anyone else can connect).
    qint64 mostBuffered = 0;
    connect(reply, &QNetworkReply::readyRead, this,
        [reply, &mostBuffered] { mostBuffered = qMax(mostBuffered, reply->bytesAvailable()); });
    if (!viaManager)
        guardReply(reply, limits);
    // Load or ASan: the main thread is busy just as the answer streams in.
    connect(reply, &QNetworkReply::requestSent, this, [busyMs] { QThread::msleep(ulong(busyMs)); });

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000), "the reply never finished");
    const qint64 ms = timer.elapsed();
    const qint64 written = server.written();
    qInfo("%s: server wrote %lld bytes, the reply held at most %lld, finished after %lld ms (%s)",
        QTest::currentDataTag(), qlonglong(written), qlonglong(mostBuffered), qlonglong(ms),
        qPrintable(reply->errorString()));
    if (tooLarge) {
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(replyLimitHit(reply), ReplyLimitHit::TooLarge);
        QVERIFY2(written <= kCap + kSocketBuffers, qPrintable(QString::number(written)));
        // The cap, one byte to see it was passed, and the slack for Qt's read pieces.
        QVERIFY2(mostBuffered <= kCap + 1 + 128 * 1024, qPrintable(QString::number(mostBuffered)));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms))); // by the size check, not a timeout
    } else {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(replyLimitHit(reply), ReplyLimitHit::None);
        const QByteArray got = reply->readAll();
        QCOMPARE(got.size(), total);
        QCOMPARE(got, QByteArray(total, ' '));
    }
    delete reply;
}

QTEST_GUILESS_MAIN(TestReplyGuard)
#include "tst_replyguard.moc"
