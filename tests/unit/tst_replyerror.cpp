// replyError(): an answer cut short of its Content-Length is a broken connection, whatever Qt
// reports (Qt 6.4 sometimes finishes such a POST with NoError and an empty body, which a client
// then took for an empty success). A raw one-shot server writes each answer byte for byte.
#include "connect/replyguard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace aria;

namespace {

// Accepts one connection, reads the request head (and a body up to its Content-Length), writes
// `answer` and closes.
class OneShotServer
{
public:
    explicit OneShotServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), len) == 0 && ::listen(m_listener, 1) == 0
            && ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~OneShotServer()
    {
        ::shutdown(m_listener, SHUT_RDWR);
        m_thread.join();
        ::close(m_listener);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_port)); }

private:
    void serve()
    {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        QByteArray request;
        char chunk[1024];
        qsizetype headEnd = -1;
        while (headEnd < 0 || request.size() < headEnd + 4 + bodyLength(request.left(headEnd))) {
            const ssize_t n = ::read(client, chunk, sizeof chunk);
            if (n <= 0)
                break;
            request.append(chunk, n);
            headEnd = request.indexOf("\r\n\r\n");
        }
        ::write(client, m_answer.constData(), size_t(m_answer.size()));
        ::close(client);
    }
    static qsizetype bodyLength(const QByteArray &head)
    {
        const qsizetype at = head.toLower().indexOf("content-length:");
        return at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    }

    QByteArray m_answer;
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
};

} // namespace

class TestReplyError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cutAnswersAreBrokenConnections_data();
    void cutAnswersAreBrokenConnections();
};

void TestReplyError::cutAnswersAreBrokenConnections_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("broken");
    QTest::addColumn<QByteArray>("body"); // what a client reads when it is whole

    const QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\x56\x4a\x54\xb2\x32\xac\x05\x00\xaf\xac\x1b\x56\x07\x00\x00\x00", 27);
    QTest::newRow("GET, whole") << QByteArray("GET")
                                << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{\"a\":1}")
                                << false << QByteArray("{\"a\":1}");
    QTest::newRow("GET, cut in the body") << QByteArray("GET")
                                          << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"a\":1}")
                                          << true << QByteArray();
    QTest::newRow("POST, cut after the headers") << QByteArray("POST")
                                                 << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 50\r\n\r\n")
                                                 << true << QByteArray();
    QTest::newRow("POST, whole") << QByteArray("POST")
                                 << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                                 << false << QByteArray("{}");
    QTest::newRow("gzip, inflated longer than declared")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 27\r\nConnection: close\r\n\r\n") + gzip
        << false << QByteArray("{\"a\":1}");
    QTest::newRow("204 without a body") << QByteArray("DELETE")
                                        << QByteArray("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
                                        << false << QByteArray();
    QTest::newRow("no Content-Length, ended by closing")
        << QByteArray("GET") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"b\":2}") << false
        << QByteArray("{\"b\":2}");
}

void TestReplyError::cutAnswersAreBrokenConnections()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, answer);
    QFETCH(bool, broken);
    QFETCH(QByteArray, body);
    OneShotServer server(answer);
    QNetworkAccessManager nam;
    QNetworkRequest request(server.url());
    request.setTransferTimeout(5000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, verb == "POST" ? QByteArray("{\"x\":1}") : QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    if (broken) {
        qInfo() << "Qt reported" << reply->error(); // NoError here is the case replyError() is for
        QVERIFY2(isTransportFailure(replyError(reply)), qPrintable(QString::number(reply->error())));
        QVERIFY(!replyErrorString(reply).isEmpty());
    } else {
        QCOMPARE(replyError(reply), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), body);
    }
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestReplyError)
#include "tst_replyerror.moc"
