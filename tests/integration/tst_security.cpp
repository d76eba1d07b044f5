// Security checks seen from outside the code: what the kernel says the loopback redirect
// listener is bound to, and whether any other address of this machine can reach it.
// (Private file modes are checked on the real binary in tst_cli.)
#include "connect/loopbackreplyhandler.h"

#include <QFile>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QtTest>

namespace {


// The sockets in LISTEN state (st 0A) on port, from /proc/net/tcp and /proc/net/tcp6.
QList<std::pair<QString, QString>> listenersOnPort(quint16 port)
{
    QList<std::pair<QString, QString>> out;  // (table, local address in hex)
    const QString portHex = QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f{QString::fromLatin1(table)};
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A")
                continue;
            const QString local = QString::fromLatin1(fields.at(1));
            if (local.section(QLatin1Char(':'), 1) == portHex)
                out.append({QLatin1String(table), local.section(QLatin1Char(':'), 0, 0)});
        }
    }
    return out;
}

}  // namespace

class TestSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loopbackListenerIsBoundTo127001_data();
    void loopbackListenerIsBoundTo127001();
    void otherAddressesOfThisMachineCannotConnect();
    void noListenerOutsideAFlow();
};

void TestSecurity::loopbackListenerIsBoundTo127001_data()
{
    QTest::addColumn<bool>("withNonce");
    QTest::newRow("composio (nonce path)") << true;
    QTest::newRow("direct oauth") << false;
}

void TestSecurity::loopbackListenerIsBoundTo127001()
{
    QFETCH(bool, withNonce);
    aria::LoopbackReplyHandler handler;
    aria::LoopbackReplyHandler::Options options;
    options.withNonce = withNonce;
    QVERIFY(handler.listen(options));
    QVERIFY(handler.port() != 0);
    QCOMPARE(handler.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(handler.callback().startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(handler.port())));

    // The kernel's view: exactly one listening socket on that port, in the IPv4 table, on
    // 127.0.0.1 (0100007F little-endian) — not 0.0.0.0, not [::], not a second dual-stack one.
    const auto listeners = listenersOnPort(handler.port());
    QCOMPARE(listeners.size(), 1);
    QCOMPARE(listeners.first().first, QStringLiteral("/proc/net/tcp"));
    QCOMPARE(listeners.first().second, QStringLiteral("0100007F"));
}

void TestSecurity::otherAddressesOfThisMachineCannotConnect()
{
    aria::LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QList<QHostAddress> others;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && !a.isLinkLocal())
            others << a;
    }
    others << QHostAddress(QStringLiteral("127.0.0.2"));  // the rest of 127/8 is not 127.0.0.1 either
    for (const QHostAddress &address : std::as_const(others)) {
        QTcpSocket socket;
        socket.connectToHost(address, handler.port());
        const bool connected = socket.waitForConnected(3000);
        QVERIFY2(!connected, qPrintable(address.toString()));
    }
    // ...while 127.0.0.1 itself does connect.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, handler.port());
    QVERIFY(socket.waitForConnected(3000));
}

void TestSecurity::noListenerOutsideAFlow()
{
    aria::LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    const quint16 port = handler.port();
    QCOMPARE(listenersOnPort(port).size(), 1);
    handler.close();
    QVERIFY(listenersOnPort(port).isEmpty());
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
