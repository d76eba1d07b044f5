// The loopback redirect listener, driven by real HTTP clients (QNetworkAccessManager and raw
// sockets for what a browser would never send).
#include "connect/loopbackreplyhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace aria;

namespace {

struct Response {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Response get(const QUrl &url, const QByteArray &method = "GET")
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    Response r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error()};
    reply->deleteLater();
    return r;
}

// Sends raw bytes (in chunks, with pauses) and returns whatever comes back before close.
QByteArray rawExchange(quint16 port, const QList<QByteArray> &chunks, int pauseMs = 50)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "connect failed";
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        socket.waitForBytesWritten(2000);
        QTest::qWait(pauseMs);
    }
    QByteArray out;
    (void)QTest::qWaitFor([&] {
        out += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState || out.contains("</html>");
    }, 5000);
    return out;
}

QUrl withQuery(const QString &callback, const QString &query)
{
    return QUrl(callback + QLatin1Char('?') + query);
}

}  // namespace

class TestLoopback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsToLoopbackOnly();
    void callbackUrlShape_data();
    void callbackUrlShape();
    void validCallbackIsDeliveredOnceThenCloses();
    void pages_data();
    void pages();
    void providerTextIsEscaped();
    void wrongNonceIsRefused();
    void callbackFailingTheCheckIsRefusedAndTheFlowWaits_data();
    void callbackFailingTheCheckIsRefusedAndTheFlowWaits();
    void otherPathsGet404();
    void nonGetIsRefused();
    void emptyOrRepeatedParametersAreRefused();
    void splitHeadersWork();
    void oversizedRequestIsDropped();
    void garbageDoesNotCrash();
    void idleConnectionsDoNotBlockTheCallback();
    void slowRequestHeadIsCut();
    void timesOut();
    void cancelStopsListening();
};

void TestLoopback::bindsToLoopbackOnly()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QCOMPARE(handler.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(handler.port() > 0);
    // Not reachable on any other address of this machine.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, handler.port());
        QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
    }
}

void TestLoopback::callbackUrlShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withNonce");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("direct default") << "/callback" << false << R"(^http://127\.0\.0\.1:\d+/callback$)";
    QTest::newRow("custom path") << "oauth2/redirect" << false << R"(^http://127\.0\.0\.1:\d+/oauth2/redirect$)";
    QTest::newRow("composio nonce") << "/callback" << true << R"(^http://127\.0\.0\.1:\d+/callback/[0-9a-f]{32}$)";
}

void TestLoopback::callbackUrlShape()
{
    QFETCH(QString, path);
    QFETCH(bool, withNonce);
    QFETCH(QString, pattern);
    LoopbackReplyHandler handler;
    QCOMPARE(handler.callback(), QString());
    LoopbackReplyHandler::Options options;
    options.path = path;
    options.withNonce = withNonce;
    QVERIFY(handler.listen(options));
    QVERIFY2(QRegularExpression(pattern).match(handler.callback()).hasMatch(), qPrintable(handler.callback()));
    if (withNonce) {  // one-time: a new listen gives a new nonce
        const QString first = handler.callback();
        QVERIFY(handler.listen(options));
        QVERIFY(handler.callback().section(u'/', -1) != first.section(u'/', -1));
    }
}

void TestLoopback::validCallbackIsDeliveredOnceThenCloses()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Options options;
    options.withNonce = true;
    QVERIFY(handler.listen(options));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    const QString callback = handler.callback();
    const Response r = get(withQuery(callback, QStringLiteral("status=success&connected_account_id=ca_1&code=4%2F0AbC%2Bd")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("connected"));
    QCOMPARE(received.size(), 1);
    const QVariantMap values = received.at(0).at(0).toMap();
    QCOMPARE(values.value(QStringLiteral("connected_account_id")).toString(), QStringLiteral("ca_1"));
    QCOMPARE(values.value(QStringLiteral("code")).toString(), QStringLiteral("4/0AbC+d"));  // decoded once
    QVERIFY(!handler.isListening());
    // A second callback finds nobody listening.
    const Response again = get(withQuery(callback, QStringLiteral("status=success&connected_account_id=ca_2")));
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(received.size(), 1);
}

void TestLoopback::pages_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("success") << "code=abc&state=xyz" << "re connected";
    QTest::newRow("denied") << "error=access_denied&state=xyz" << "Access was not granted";
    QTest::newRow("composio failed") << "status=failed&connected_account_id=ca" << "The connection failed";
    QTest::newRow("expired") << "status=expired" << "expired";
}

void TestLoopback::pages()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedText);
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    const Response r = get(withQuery(handler.callback(), query));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains(expectedText.toUtf8()), r.body.constData());
    QCOMPARE(received.size(), 1);  // the flow decides what a denial means
}

void TestLoopback::providerTextIsEscaped()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    const Response r = get(withQuery(handler.callback(),
                                     QStringLiteral("error=server_error&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cb%3Ex")));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("<script>"));
    QVERIFY(!r.body.contains("<b>x"));
    QVERIFY(r.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x"));
}

void TestLoopback::wrongNonceIsRefused()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Options options;
    options.withNonce = true;
    QVERIFY(handler.listen(options));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QSignalSpy rejected(&handler, &LoopbackReplyHandler::requestRejected);
    const QUrl right(handler.callback());
    QUrl wrong = right;
    wrong.setPath(QStringLiteral("/callback/") + QString(32, QLatin1Char('0')));
    wrong.setQuery(QStringLiteral("status=success&connected_account_id=evil"));
    QCOMPARE(get(wrong).status, 403);
    QUrl bare = right;
    bare.setPath(QStringLiteral("/callback"));
    bare.setQuery(QStringLiteral("status=success&connected_account_id=evil"));
    QCOMPARE(get(bare).status, 403);
    QCOMPARE(received.size(), 0);
    QCOMPARE(rejected.size(), 2);
    QVERIFY(handler.isListening());
    QCOMPARE(get(withQuery(handler.callback(), QStringLiteral("status=success&connected_account_id=ca"))).status, 200);
    QCOMPARE(received.size(), 1);
}

void TestLoopback::callbackFailingTheCheckIsRefusedAndTheFlowWaits_data()
{
    QTest::addColumn<QString>("forged");
    QTest::newRow("foreign state") << "code=evil&state=attacker";
    QTest::newRow("no state") << "code=evil";
    QTest::newRow("forged denial") << "error=access_denied&state=attacker";
    QTest::newRow("markup in the values") << "code=%3Cscript%3E&state=%3Cb%3Ex";
}

void TestLoopback::callbackFailingTheCheckIsRefusedAndTheFlowWaits()
{
    QFETCH(QString, forged);
    LoopbackReplyHandler handler;
    handler.setCallbackCheck([](const QVariantMap &values) {
        return values.value(QStringLiteral("state")).toString() == u"genuine" ? QString() : QStringLiteral("foreign state");
    });
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QSignalSpy rejected(&handler, &LoopbackReplyHandler::requestRejected);
    const Response r = get(withQuery(handler.callback(), forged));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("This link is not valid"), r.body.constData());
    QVERIFY(!r.body.contains("<script>") && !r.body.contains("<b>"));
    QCOMPARE(received.size(), 0);
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("foreign state"));
    QVERIFY(handler.isListening());
    // The genuine redirect, arriving afterwards, still completes.
    const Response genuine = get(withQuery(handler.callback(), QStringLiteral("code=a&state=genuine")));
    QCOMPARE(genuine.status, 200);
    QVERIFY(genuine.body.contains("re connected"));
    QCOMPARE(received.size(), 1);
    QVERIFY(!handler.isListening());
}

void TestLoopback::otherPathsGet404()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    const QUrl base(handler.callback());
    for (const char *path : {"/favicon.ico", "/", "/callbackx", "/other?code=1"}) {
        QUrl url = base;
        url.setPath(QString::fromLatin1(path).section(u'?', 0, 0));
        QCOMPARE(get(url).status, 404);
    }
    QCOMPARE(received.size(), 0);
    QVERIFY(handler.isListening());
}

void TestLoopback::nonGetIsRefused()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QCOMPARE(get(withQuery(handler.callback(), QStringLiteral("code=a&state=b")), "POST").status, 405);
    QCOMPARE(received.size(), 0);
    QVERIFY(handler.isListening());
}

void TestLoopback::emptyOrRepeatedParametersAreRefused()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QCOMPARE(get(QUrl(handler.callback())).status, 400);
    QCOMPARE(get(withQuery(handler.callback(), QStringLiteral("state=a&state=b&code=c"))).status, 400);
    QCOMPARE(received.size(), 0);
    QVERIFY(handler.isListening());
}

void TestLoopback::splitHeadersWork()
{
    // Qt 6.4's own reply handler drops a request whose headers arrive in two packets.
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    const QByteArray reply = rawExchange(handler.port(), {"GET /callback?code=abc&st", "ate=xyz HTTP/1.1\r\nHo",
                                                          "st: 127.0.0.1:" + QByteArray::number(handler.port()) + "\r\n",
                                                          "User-Agent: test\r\n\r\n"});
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(200).constData());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value(QStringLiteral("state")).toString(), QStringLiteral("xyz"));
}

void TestLoopback::oversizedRequestIsDropped()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QSignalSpy rejected(&handler, &LoopbackReplyHandler::requestRejected);
    QList<QByteArray> chunks{"GET /callback?code=a&state=b HTTP/1.1\r\nHost: 127.0.0.1\r\n"};
    for (int i = 0; i < 64; ++i)
        chunks << "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'x') + "\r\n";
    chunks << "\r\n";
    const QByteArray reply = rawExchange(handler.port(), chunks, 0);
    QVERIFY(!reply.startsWith("HTTP/1.1 200"));
    QCOMPARE(received.size(), 0);
    QVERIFY(rejected.size() >= 1);
    QVERIFY(handler.isListening());
    QCOMPARE(get(withQuery(handler.callback(), QStringLiteral("code=a&state=b"))).status, 200);
}

void TestLoopback::garbageDoesNotCrash()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    static const char binary[] = "\x00\x01\x02 GARBAGE \xff\xfe\r\n\r\n";
    rawExchange(handler.port(), {QByteArray(binary, sizeof binary - 1)});  // embedded NUL: pass the length
    rawExchange(handler.port(), {"GET /callback?code=a HTTP/9.9\r\nHost\r\n\r\n"});
    rawExchange(handler.port(), {"GET\r\n\r\n"});
    rawExchange(handler.port(), {"GET /callback?code=a&state=b HTTP/1.1\r\nContent-Length: -5\r\n\r\n"});
    // Well-formed but not from a browser on this port: no Host, or a rebound DNS name.
    rawExchange(handler.port(), {"GET /callback?code=a&state=b HTTP/1.1\r\n\r\n"});
    rawExchange(handler.port(), {"GET /callback?code=a&state=b HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(handler.port()) + "\r\n\r\n"});
    QCOMPARE(received.size(), 0);
    QVERIFY(handler.isListening());
    QCOMPARE(get(withQuery(handler.callback(), QStringLiteral("code=a&state=b"))).status, 200);
    QCOMPARE(received.size(), 1);
}

void TestLoopback::idleConnectionsDoNotBlockTheCallback()
{
    // More idle sockets than there are slots (and far more than the 16 that once locked the
    // callback out for 10 s): some send nothing, some half a request line. The deadlines are
    // out of reach here, so only making room for newcomers can let the callback in.
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Options options;
    options.requestHeadTimeoutMs = 600000;
    options.connectionLifetimeMs = 600000;
    QVERIFY(handler.listen(options));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    const int extra = 36;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    int connected = 0;
    for (int i = 0; i < options.maxConnections + extra; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [&connected, s, i] {
            ++connected;
            if (i % 2)
                s->write("GET /callback?code=slow");  // never finishes its request
        });
        s->connectToHost(QHostAddress::LocalHost, handler.port());
        idle.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connected, int(idle.size()), 30000);
    const auto closed = [&idle] {
        return int(std::count_if(idle.begin(), idle.end(),
                                 [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }));
    };
    // The oldest idle ones made room for the later ones; the rest hold every slot.
    QTRY_COMPARE_WITH_TIMEOUT(closed(), extra, 30000);

    QCOMPARE(get(withQuery(handler.callback(), QStringLiteral("code=a&state=b"))).status, 200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("a"));
    // The callback took the slot of one more idle socket, closed by the server.
    QTRY_COMPARE_WITH_TIMEOUT(closed(), extra + 1, 30000);
}

void TestLoopback::slowRequestHeadIsCut()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Options options;
    options.connectionLifetimeMs = 600000;  // only the head deadline may close it
    QVERIFY(handler.listen(options));
    QSignalSpy rejected(&handler, &LoopbackReplyHandler::requestRejected);
    QTcpSocket slow;
    QSignalSpy disconnected(&slow, &QTcpSocket::disconnected);
    slow.connectToHost(QHostAddress::LocalHost, handler.port());
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::ConnectedState, 10000);
    slow.write("GET /callback?code=a&state=b HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(handler.port()) + "\r\n");
    // One more header line now and then, the head never complete (a slowloris client).
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, &slow, [&slow] { slow.write("X-Drip: 1\r\n"); });
    QObject::connect(&slow, &QTcpSocket::disconnected, &drip, &QTimer::stop);
    drip.start(200);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 30000);
    QCOMPARE(slow.readAll(), QByteArray());  // cut, not answered
    QTRY_VERIFY_WITH_TIMEOUT(rejected.size() >= 1, 10000);
    QCOMPARE(rejected.last().at(0).toString(), QStringLiteral("no request within the deadline"));
    QVERIFY(handler.isListening());
}

void TestLoopback::timesOut()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Options options;
    options.timeoutMs = 200;
    QVERIFY(handler.listen(options));
    QSignalSpy timedOut(&handler, &LoopbackReplyHandler::timedOut);
    QVERIFY(timedOut.wait(3000));
    QVERIFY(!handler.isListening());
}

void TestLoopback::cancelStopsListening()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    const QString callback = handler.callback();
    handler.close();
    QVERIFY(!handler.isListening());
    QCOMPARE(get(withQuery(callback, QStringLiteral("code=a&state=b"))).error, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_loopback.moc"
