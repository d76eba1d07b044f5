// The command line in direct OAuth mode, end to end: the real binary, the real keychain
// (KEYRING), oidc-provider as the provider and tests/peers/oauth/browser.mjs as ARIA_BROWSER.
#include "oauthpeer.h"
#include "processrun.h"
#include "testhome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <QtTest>

using Run = ProcessRun;

class TestCliDirect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }
    void connectSyncDisconnectAnAddedProvider();
    void secondAccountThroughAdd();
    void builtInIntegrationInDirectModeNeedsAClientId();
    void deniedConsentExitsWithDenied();
    void forgedCallbackAndIdleSocketsCannotStopAConnect();
    void noKeychainIsAClearErrorAndWritesNothing();

private:
    // attackLog: ARIA_BROWSER_ATTACK for the browser stand-in (tests/peers/oauth/browser.mjs).
    Run run(const QStringList &args, int timeoutMs = 60000, bool withKeychain = true,
        const QString &attackLog = QString());
    QJsonObject row(const QString &id);
    bool addPeer();
    OAuthPeer m_peer;
    std::unique_ptr<TestHome> m_home;
};

void TestCliDirect::initTestCase()
{
    QVERIFY(m_peer.start());
}

Run TestCliDirect::run(const QStringList &args, int timeoutMs, bool withKeychain, const QString &attackLog)
{
    ProcessOptions options; // HOME/XDG from TestHome
    if (!attackLog.isEmpty())
        options.env.insert(QStringLiteral("ARIA_BROWSER_ATTACK"), attackLog);
    if (!withKeychain)
        options.env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no Secret Service reachable
    options.env.insert(QStringLiteral("ARIA_BROWSER"),
        QStringLiteral("node ") + OAuthPeer::directory() + QStringLiteral("/browser.mjs"));
    options.timeoutMs = timeoutMs;
    return runApp(args, options);
}

QJsonObject TestCliDirect::row(const QString &id)
{
    const Run r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

bool TestCliDirect::addPeer()
{
    const Run r = run({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), m_peer.issuer() + QStringLiteral("/.well-known/openid-configuration"),
        QStringLiteral("--client-id"), QStringLiteral("aria-native"), QStringLiteral("--name"),
        QStringLiteral("Peer") });
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return r.exitCode == 0;
}

void TestCliDirect::connectSyncDisconnectAnAddedProvider()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("deny"), false } }));
    QVERIFY(addPeer());
    Run r = run({ QStringLiteral("connect"), QStringLiteral("peer") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("ada@example.test")));
    QJsonObject c = row(QStringLiteral("peer"));
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(c.value(QStringLiteral("mode")).toString(), QStringLiteral("direct"));
    QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QStringLiteral("ada@example.test"));

    r = run({ QStringLiteral("sync"), QStringLiteral("peer") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    r = run({ QStringLiteral("disconnect"), QStringLiteral("peer") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("status")).toString(),
        QStringLiteral("disconnected"));
    QVERIFY(!m_peer.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).isEmpty());

    // Nothing left to check: sync reports the connection gone.
    r = run({ QStringLiteral("sync"), QStringLiteral("peer") });
    QVERIFY(r.exitCode != 0);
}

// Issue 17 in direct mode through the command line: connect --add signs in a second person as
// peer-2; the same person again is refused and leaves no row; each connection is synced and
// disconnected alone; an add cut short with Ctrl-C leaves no row either.
void TestCliDirect::secondAccountThroughAdd()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("deny"), false }, { QStringLiteral("loginAs"), QStringLiteral("ada") } }));
    QVERIFY(addPeer());
    Run r = run({ QStringLiteral("connect"), QStringLiteral("peer") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    r = run({ QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--add") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("already connected as peer")), qPrintable(r.err));
    QVERIFY(row(QStringLiteral("peer-2")).isEmpty());

    QVERIFY(m_peer.configure({ { QStringLiteral("loginAs"), QStringLiteral("grace") } }));
    r = run({ QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--add") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("grace@example.test")));
    QJsonObject second = row(QStringLiteral("peer-2"));
    QCOMPARE(second.value(QStringLiteral("integration")).toString(), QStringLiteral("peer"));
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(second.value(QStringLiteral("mode")).toString(), QStringLiteral("direct"));
    QCOMPARE(second.value(QStringLiteral("display_name")).toString(), QStringLiteral("grace@example.test"));
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("display_name")).toString(), QStringLiteral("ada@example.test"));

    r = run({ QStringLiteral("sync"), QStringLiteral("peer-2") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run({ QStringLiteral("disconnect"), QStringLiteral("peer-2") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(row(QStringLiteral("peer-2")).value(QStringLiteral("status")).toString(), QStringLiteral("disconnected"));
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    r = run({ QStringLiteral("sync"), QStringLiteral("peer") }); // its tokens are intact
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // An add abandoned at the sign-in page: Ctrl-C, and nothing is left of it.
    QProcess p;
    p.start(QStringLiteral(ARIA_APP_PATH),
        { QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--add"), QStringLiteral("--print-url") });
    QVERIFY(p.waitForStarted(10000));
    p.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&p] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 20000));
    QVERIFY(QUrl(QString::fromUtf8(p.readLine()).trimmed()).isValid());
    QCOMPARE(row(QStringLiteral("peer-3")).value(QStringLiteral("status")).toString(), QStringLiteral("connecting"));
    if (!sendCtrlC(p))
        QSKIP(kNoCtrlC);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 130);
    QVERIFY(row(QStringLiteral("peer-3")).isEmpty());
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // The provider is not removed while any of its accounts is connected, the first or not.
    r = run({ QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--add") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(row(QStringLiteral("peer-3")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(run({ QStringLiteral("disconnect"), QStringLiteral("peer") }).exitCode, 0);
    r = run({ QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("peer") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("disconnect peer-3")), qPrintable(r.err));
    QCOMPARE(run({ QStringLiteral("disconnect"), QStringLiteral("peer-3") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("peer") }).exitCode, 0);
    QVERIFY(m_peer.configure({ { QStringLiteral("loginAs"), QStringLiteral("ada") } }));
}

void TestCliDirect::builtInIntegrationInDirectModeNeedsAClientId()
{
    QCOMPARE(run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("hubspot.mode"),
                     QStringLiteral("direct") })
                 .exitCode,
        0);
    const Run r = run({ QStringLiteral("connect"), QStringLiteral("hubspot") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("config set hubspot.client_id")), qPrintable(r.err));
}

void TestCliDirect::deniedConsentExitsWithDenied()
{
    QVERIFY(addPeer());
    QVERIFY(m_peer.configure({ { QStringLiteral("deny"), true } }));
    const Run r = run({ QStringLiteral("connect"), QStringLiteral("peer") });
    QVERIFY(m_peer.configure({ { QStringLiteral("deny"), false } }));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("denied")));
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("status")).toString(), QStringLiteral("error"));
}

void TestCliDirect::forgedCallbackAndIdleSocketsCannotStopAConnect()
{
#ifdef Q_OS_WIN
    QSKIP("under Wine, after the 100 idle sockets the stand-in browser's consent loops at the OAuth peer (interaction, auth, interaction): not yet understood, see issue 15");
#endif
    // The browser stand-in plays a hostile local process first (browser.mjs, ARIA_BROWSER_ATTACK):
    // 100 idle connections to the app's loopback port, a callback with a forged state, and only
    // then the genuine redirect. Once a forged callback ended the sign-in and 16 idle sockets
    // kept the browser out.
    QVERIFY(m_peer.configure({ { QStringLiteral("deny"), false } }));
    QVERIFY(addPeer());
    const QString log = m_home->path() + QStringLiteral("/attack.log");
    const Run r = run({ QStringLiteral("connect"), QStringLiteral("peer") }, 120000, true, log);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // The app exits once connected; the stand-in may still be writing its last line.
    const auto steps = [&log] {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'))
                                              : QStringList();
    };
    QTRY_COMPARE_WITH_TIMEOUT(steps().size(), 4, 30000);
    QCOMPARE(steps(), (QStringList { QStringLiteral("idle connected 100"), QStringLiteral("forged 400"),
                        QStringLiteral("genuine 200"), QStringLiteral("idle closed 100") }));
}

void TestCliDirect::noKeychainIsAClearErrorAndWritesNothing()
{
#ifdef Q_OS_WIN
    QSKIP("a keychain without its D-Bus session: the Windows Credential Manager needs none");
#endif
    QVERIFY(addPeer());
    const qsizetype authRequests = m_peer.requestsTo(QStringLiteral("/auth")).size();
    const Run r = run({QStringLiteral("connect"), QStringLiteral("peer")}, 60000, false);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
    // Nobody was sent to sign in, and no connection row was written.
    QCOMPARE(m_peer.requestsTo(QStringLiteral("/auth")).size(), authRequests);
    QCOMPARE(row(QStringLiteral("peer")).value(QStringLiteral("status")).toString(), QStringLiteral("not_connected"));
}

QTEST_GUILESS_MAIN(TestCliDirect)
#include "tst_cli_direct.moc"
