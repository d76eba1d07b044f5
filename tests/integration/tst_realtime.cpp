// Live sync through Supabase Realtime against the local endpoint (tests/peers/supabase, real
// PostgreSQL): devices are SupabaseAccounts (auth, REST, sync engine, Realtime wired as in the
// window) with their own store, in this process. A local QWebSocketServer stands in for the
// server only for faults the peer cannot produce (a server that stops answering, a join
// answered with other bindings).
#include "supabasepeer.h"

#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "store/databasewatcher.h"
#include "supabase/authclient.h"
#include "supabase/realtimeclient.h"
#include "supabase/supabaseaccount.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace aria;
using namespace aria::supabase;
using aria::sync::SyncEngine;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// One device as the window runs it: signed in, live.
struct Device {
    QTemporaryDir dir;
    ConnectionStore store;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    SupabaseAccount account { &store, &secrets, &network };

    explicit Device(SupabasePeer &peer)
    {
        store.setUserId(QStringLiteral("local-profile-id"));
        if (!store.open(dir.filePath(QStringLiteral("aria.sqlite"))))
            qFatal("cannot open store");
        account.configure(QUrl(peer.url()), peer.anonKey());
        SyncEngine::Timing t;
        t.debounceMs = 30;
        t.backoffBaseMs = 100;
        t.backoffCapMs = 800;
        sync()->setTiming(t);
        RealtimeClient::Timing r;
        r.backoffBaseMs = 100;
        r.backoffCapMs = 800;
        realtime()->setTiming(r);
    }
    AuthClient *auth() { return account.auth(); }
    SyncEngine *sync() { return account.sync(); }
    RealtimeClient *realtime() { return account.realtime(); }
    bool signIn(const QString &email)
    {
        QSignalSpy done(auth(), &AuthClient::signInFinished);
        auth()->signIn(email, kPassword);
        return done.wait(15000) && done.first().at(0).toBool();
    }
    bool idle()
    {
        return sync()->state() == SyncEngine::State::Idle && store.pendingChanges().isEmpty();
    }
    // Live, in sync, and no pull waiting to start (none armed: with the subscription up the
    // periodic timer rests, so any armed timer is a pull to come).
    bool waitLiveAndIdle()
    {
        return QTest::qWaitFor([this] { return realtime()->isLive() && idle() && !sync()->hasTimerRunning(); }, 20000);
    }
    void connect(const QString &type, const QString &who)
    {
        Connection c = store.get(type).value_or(Connection {});
        c.integrationType = type;
        c.status = ConnectionStatus::Active;
        c.displayName = who;
        c.composioConnectionId = QStringLiteral("ca_") + type;
        QVERIFY(store.upsert(c));
    }
};

// Peer log lines of Realtime ("what": join, change, access_token, closed, join-refused).
int realtimeEvents(SupabasePeer &peer, const QString &what, const QString &sub = QString())
{
    int n = 0;
    for (const QJsonObject &e : peer.events()) {
        n += e.value(QLatin1String("event")).toString() == u"realtime"
            && e.value(QLatin1String("what")).toString() == what
            && (sub.isEmpty() || e.value(QLatin1String("sub")).toString() == sub);
    }
    return n;
}

// A Realtime server that misbehaves on purpose; replies only to what it is told to.
struct FakeRealtime {
    QWebSocketServer server { QStringLiteral("fake"), QWebSocketServer::NonSecureMode };
    QList<QWebSocket *> clients;
    QList<QJsonObject> received;
    bool answerHeartbeats = true;
    QString echoedFilter; // empty: echo what was asked
    FakeRealtime()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("fake realtime cannot listen");
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
            QWebSocket *ws = server.nextPendingConnection();
            ws->setParent(&server); // handed over without a parent: freed with the server
            clients.append(ws);
            QObject::connect(ws, &QWebSocket::textMessageReceived, ws, [this, ws](const QString &text) {
                const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                received.append(m);
                const QString event = m.value(QLatin1String("event")).toString();
                auto reply = [&](const QJsonObject &response) {
                    const QJsonObject out { { QStringLiteral("topic"), m.value(QLatin1String("topic")) },
                        { QStringLiteral("event"), QStringLiteral("phx_reply") },
                        { QStringLiteral("payload"),
                            QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                { QStringLiteral("response"), response } } },
                        { QStringLiteral("ref"), m.value(QLatin1String("ref")) },
                        { QStringLiteral("join_ref"), m.value(QLatin1String("join_ref")) } };
                    ws->sendTextMessage(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
                };
                if (event == u"heartbeat" && answerHeartbeats)
                    reply({});
                if (event == u"phx_join") {
                    QJsonObject binding = m.value(QLatin1String("payload"))
                                              .toObject()
                                              .value(QLatin1String("config"))
                                              .toObject()
                                              .value(QLatin1String("postgres_changes"))
                                              .toArray()
                                              .at(0)
                                              .toObject();
                    if (!echoedFilter.isEmpty())
                        binding.insert(QStringLiteral("filter"), echoedFilter);
                    binding.insert(QStringLiteral("id"), 1);
                    reply({ { QStringLiteral("postgres_changes"), QJsonArray { binding } } });
                    const QJsonObject system { { QStringLiteral("topic"), m.value(QLatin1String("topic")) },
                        { QStringLiteral("event"), QStringLiteral("system") },
                        { QStringLiteral("payload"),
                            QJsonObject { { QStringLiteral("extension"), QStringLiteral("postgres_changes") },
                                { QStringLiteral("status"), QStringLiteral("ok") },
                                { QStringLiteral("message"), QStringLiteral("Subscribed to PostgreSQL") } } },
                        { QStringLiteral("ref"), QJsonValue() },
                        { QStringLiteral("join_ref"), m.value(QLatin1String("join_ref")) } };
                    ws->sendTextMessage(QString::fromUtf8(QJsonDocument(system).toJson(QJsonDocument::Compact)));
                }
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/realtime/v1/websocket").arg(server.serverPort())); }
    int count(const QString &event) const
    {
        return int(std::count_if(received.begin(), received.end(),
            [&](const QJsonObject &m) { return m.value(QLatin1String("event")).toString() == event; }));
    }
};

} // namespace

class TestRealtime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_peer.reset(); }
    void socketUrl_data();
    void socketUrl();
    void signedOutNothingRuns();
    void aChangeOnOneDeviceMakesTheOtherPull();
    void aBurstOfEventsLeadsToOnePull();
    void aCommandLineCommitGoesOutWhileLive();
    void networkLossAndRestoreCatchUpWithOnePull();
    void aRefreshedTokenKeepsTheChannel();
    void anExpiredTokenClosesTheChannelAndItComesBack();
    void aSilentServerIsLeftAndRetriedWithBackoff();
    void otherBindingsAreNotTakenAsLive();

private:
    QString newUser(const QString &name)
    {
        const QString email = name + QString::number(++m_users) + QStringLiteral("@example.com");
        if (m_peer->signUp(email, kPassword).isEmpty())
            qFatal("sign-up failed");
        return email;
    }
    std::unique_ptr<SupabasePeer> m_peer;
    int m_users = 0;
};

void TestRealtime::initTestCase()
{
    m_peer = std::make_unique<SupabasePeer>();
    QVERIFY2(m_peer->waitReady(), "the Supabase peer did not start");
}

void TestRealtime::socketUrl_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << "https://abc.supabase.co"
                           << "wss://abc.supabase.co/realtime/v1/websocket?apikey=k%2B1&vsn=1.0.0";
    QTest::newRow("http, port, slash") << "http://127.0.0.1:5432/"
                                       << "ws://127.0.0.1:5432/realtime/v1/websocket?apikey=k%2B1&vsn=1.0.0";
    QTest::newRow("behind a path") << "https://proxy.example/sb"
                                   << "wss://proxy.example/sb/realtime/v1/websocket?apikey=k%2B1&vsn=1.0.0";
}

void TestRealtime::socketUrl()
{
    QFETCH(QString, project);
    QFETCH(QString, expected);
    QCOMPARE(RealtimeClient::socketUrl(QUrl(project), QStringLiteral("k+1")).toString(QUrl::FullyEncoded), expected);
}

void TestRealtime::signedOutNothingRuns()
{
    Device d(*m_peer);
    d.account.setLive(true);
    QTest::qWait(100);
    QCOMPARE(d.realtime()->state(), RealtimeClient::State::Off);
    QVERIFY(!d.sync()->hasTimerRunning());

    const QString email = newUser(QStringLiteral("out"));
    QVERIFY(d.signIn(email));
    QVERIFY(d.waitLiveAndIdle());
    QVERIFY2(!d.sync()->hasTimerRunning(), "live: the periodic sync rests");

    QSignalSpy out(d.auth(), &AuthClient::signedOut);
    d.auth()->signOut();
    QVERIFY(out.wait(10000));
    QCOMPARE(d.realtime()->state(), RealtimeClient::State::Off);
    QVERIFY(!d.sync()->hasTimerRunning());
}

void TestRealtime::aChangeOnOneDeviceMakesTheOtherPull()
{
    const QString email = newUser(QStringLiteral("two"));
    const QString otherEmail = newUser(QStringLiteral("stranger"));
    Device a(*m_peer);
    Device b(*m_peer);
    Device c(*m_peer); // another user, live too
    for (Device *d : { &a, &b, &c }) {
        d->account.setLive(true);
        QVERIFY(d->signIn(d == &c ? otherEmail : email));
    }
    for (Device *d : { &a, &b, &c })
        QVERIFY(d->waitLiveAndIdle());
    QSignalSpy bPulls(b.sync(), &SyncEngine::syncFinished);
    QSignalSpy cEvents(c.realtime(), &RealtimeClient::changed);
    const int changesForC = realtimeEvents(*m_peer, QStringLiteral("change"), c.auth()->userId());

    a.connect(QStringLiteral("gmail"), QStringLiteral("a@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(b.store.get(u"gmail").has_value(), 20000);
    QCOMPARE(b.store.get(u"gmail")->displayName, QStringLiteral("a@example.com"));
    QVERIFY(b.waitLiveAndIdle());
    QCOMPARE(bPulls.size(), 1);

    // A disconnect travels the same way.
    QVERIFY(a.store.setStatus(QStringLiteral("gmail"), ConnectionStatus::Disconnected));
    QTRY_COMPARE_WITH_TIMEOUT(b.store.get(u"gmail")->status, ConnectionStatus::Disconnected, 20000);
    QVERIFY(a.waitLiveAndIdle());
    QVERIFY(b.waitLiveAndIdle());

    // The other user's device heard nothing of it (the peer never sent it a change).
    QCOMPARE(cEvents.size(), 0);
    QCOMPARE(realtimeEvents(*m_peer, QStringLiteral("change"), c.auth()->userId()), changesForC);
    QVERIFY(!c.store.get(u"gmail").has_value());
}

void TestRealtime::aBurstOfEventsLeadsToOnePull()
{
    const QString email = newUser(QStringLiteral("burst"));
    Device a(*m_peer);
    Device b(*m_peer);
    for (Device *d : { &a, &b }) {
        d->account.setLive(true);
        QVERIFY(d->signIn(email));
    }
    QVERIFY(a.waitLiveAndIdle());
    QVERIFY(b.waitLiveAndIdle());
    // The five events of one transaction come back to back; give them room on a loaded machine.
    SyncEngine::Timing roomy;
    roomy.debounceMs = 30;
    roomy.remoteCoalesceMs = 500;
    b.sync()->setTiming(roomy);
    QSignalSpy bEvents(b.realtime(), &RealtimeClient::changed);
    QSignalSpy bPulls(b.sync(), &SyncEngine::syncFinished);
    const QStringList types { QStringLiteral("gmail"), QStringLiteral("hubspot"), QStringLiteral("outlook"),
        QStringLiteral("salesforce"), QStringLiteral("googlecalendar") };
    for (const QString &t : types)
        a.connect(t, t + QStringLiteral("@example.com")); // one debounced batch: five events
    QTRY_COMPARE_WITH_TIMEOUT(b.store.list().size(), types.size(), 20000);
    QVERIFY(b.waitLiveAndIdle());
    QCOMPARE(bEvents.size(), types.size());
    QCOMPARE(bPulls.size(), 1);
}

// Live, the periodic timer rests: a row the command line (another SQLite connection) queued
// must go out when the window notices the commit (DatabaseWatcher, as app/ wires it), or it
// would wait for the next restart.
void TestRealtime::aCommandLineCommitGoesOutWhileLive()
{
    const QString email = newUser(QStringLiteral("cli"));
    Device a(*m_peer);
    Device b(*m_peer);
    for (Device *d : { &a, &b }) {
        d->account.setLive(true);
        QVERIFY(d->signIn(email));
    }
    QVERIFY(a.waitLiveAndIdle());
    QVERIFY(b.waitLiveAndIdle());
    const QString path = a.dir.filePath(QStringLiteral("aria.sqlite"));
    DatabaseWatcher watcher(a.store.database().handle(), path);
    QObject::connect(&watcher, &DatabaseWatcher::changedExternally, a.sync(), &SyncEngine::storeChangedExternally);

    ConnectionStore cli;
    cli.setUserId(QStringLiteral("local-profile-id"));
    QVERIFY(cli.open(path));
    Connection c;
    c.integrationType = QStringLiteral("salesforce");
    c.status = ConnectionStatus::Active;
    c.displayName = QStringLiteral("cli@example.com");
    c.composioConnectionId = QStringLiteral("ca_cli");
    QVERIFY(cli.upsert(c));
    QTRY_VERIFY_WITH_TIMEOUT(b.store.get(u"salesforce").has_value(), 20000);
    QCOMPARE(b.store.get(u"salesforce")->displayName, QStringLiteral("cli@example.com"));
    QVERIFY(a.waitLiveAndIdle());
}

void TestRealtime::networkLossAndRestoreCatchUpWithOnePull()
{
    const QString email = newUser(QStringLiteral("plug"));
    Device b(*m_peer);
    b.account.setLive(true);
    QVERIFY(b.signIn(email));
    QVERIFY(b.waitLiveAndIdle());
    QVERIFY(!b.sync()->hasTimerRunning());

    QVERIFY(m_peer->command(QStringLiteral("down")));
    QTRY_COMPARE_WITH_TIMEOUT(b.realtime()->state(), RealtimeClient::State::Waiting, 20000);
    QVERIFY2(b.sync()->hasTimerRunning(), "the socket is down: the periodic sync is back");
    // Meanwhile another device's change lands on the server (straight in SQL: the API is down).
    const QString uid = b.auth()->userId();
    QVERIFY(m_peer->sqlAsOwner(QStringLiteral("insert into public.user_integrations (user_id, integration_type, "
                                               "display_name) values ('%1', 'hubspot', 'meanwhile@example.com')")
                                   .arg(uid)));
    QSignalSpy pulls(b.sync(), &SyncEngine::syncFinished);
    // A long backoff by now; the system saying the network is back cuts it short.
    RealtimeClient::Timing slow;
    slow.backoffBaseMs = 60 * 1000;
    slow.backoffCapMs = 60 * 1000;
    b.realtime()->setTiming(slow);
    QTRY_COMPARE_WITH_TIMEOUT(b.realtime()->state(), RealtimeClient::State::Waiting, 20000);
    QTest::qWait(300); // the quick retries have become a 30-60 s wait
    QCOMPARE(b.realtime()->state(), RealtimeClient::State::Waiting);
    QVERIFY(m_peer->command(QStringLiteral("up")));
    b.realtime()->networkAvailable(); // what QNetworkInformation's Online calls
    QTRY_VERIFY_WITH_TIMEOUT(b.store.get(u"hubspot").has_value(), 20000);
    QVERIFY(b.waitLiveAndIdle());
    QCOMPARE(pulls.size(), 1);
    QVERIFY(pulls.first().at(0).toBool());
    QVERIFY(!b.sync()->hasTimerRunning());
}

void TestRealtime::aRefreshedTokenKeepsTheChannel()
{
    const QString email = newUser(QStringLiteral("refresh"));
    QVERIFY(m_peer->command(QStringLiteral("ttl 3")));
    Device b(*m_peer);
    b.auth()->setRefreshMargin(2); // refreshes about a second after sign-in
    b.account.setLive(true);
    QVERIFY(b.signIn(email));
    QVERIFY(b.waitLiveAndIdle());
    QVERIFY(m_peer->command(QStringLiteral("ttl 3600")));
    const int joins = realtimeEvents(*m_peer, QStringLiteral("join"), b.auth()->userId());
    QTRY_VERIFY_WITH_TIMEOUT(realtimeEvents(*m_peer, QStringLiteral("access_token")) >= 1, 20000);
    QTest::qWait(3000); // past the first token's expiry
    QVERIFY(b.realtime()->isLive());
    QCOMPARE(realtimeEvents(*m_peer, QStringLiteral("closed")), 0);
    QCOMPARE(realtimeEvents(*m_peer, QStringLiteral("join"), b.auth()->userId()), joins);
}

void TestRealtime::anExpiredTokenClosesTheChannelAndItComesBack()
{
    const QString email = newUser(QStringLiteral("expire"));
    QVERIFY(m_peer->command(QStringLiteral("ttl 2")));
    Device b(*m_peer);
    b.auth()->setRefreshMargin(-30); // never refreshes in time on its own
    b.account.setLive(true);
    QVERIFY(b.signIn(email));
    QVERIFY(b.waitLiveAndIdle());
    QVERIFY(m_peer->command(QStringLiteral("ttl 3600")));
    QSignalSpy live(b.realtime(), &RealtimeClient::liveChanged);
    const int closed = realtimeEvents(*m_peer, QStringLiteral("closed"));
    QTRY_VERIFY_WITH_TIMEOUT(realtimeEvents(*m_peer, QStringLiteral("closed")) > closed, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(live.size() >= 2 && b.realtime()->isLive(), 20000);
    QCOMPARE(live.first().at(0).toBool(), false);
    QVERIFY2(!b.realtime()->lastError().isEmpty() || b.realtime()->isLive(), "the reason was kept");
}

void TestRealtime::aSilentServerIsLeftAndRetriedWithBackoff()
{
    const QString email = newUser(QStringLiteral("silent"));
    FakeRealtime fake;
    fake.answerHeartbeats = false;
    Device b(*m_peer);
    b.realtime()->setSocketUrlOverride(fake.url());
    RealtimeClient::Timing t;
    t.heartbeatMs = 100;
    t.backoffBaseMs = 50;
    t.backoffCapMs = 200;
    b.realtime()->setTiming(t);
    b.account.setLive(true);
    QVERIFY(b.signIn(email));
    QTRY_VERIFY_WITH_TIMEOUT(b.realtime()->isLive(), 20000);
    QCOMPARE(fake.count(QStringLiteral("phx_join")), 1);
    const QJsonObject join = fake.received.first();
    QCOMPARE(join.value(QLatin1String("topic")).toString(), QStringLiteral("realtime:aria_user_integrations"));
    const QJsonObject payload = join.value(QLatin1String("payload")).toObject();
    QVERIFY(!payload.value(QLatin1String("access_token")).toString().isEmpty());
    QCOMPARE(payload.value(QLatin1String("config")).toObject().value(QLatin1String("postgres_changes")).toArray().at(0).toObject()
                 .value(QLatin1String("filter")).toString(),
        QStringLiteral("user_id=eq.") + b.auth()->userId());

    // The heartbeat goes unanswered: the client leaves, waits, and joins again, several times.
    QStringList whyWaiting;
    QObject::connect(b.realtime(), &RealtimeClient::stateChanged, &fake.server, [&](RealtimeClient::State s) {
        if (s == RealtimeClient::State::Waiting) {
            whyWaiting.append(b.realtime()->lastError());
            QVERIFY(b.sync()->hasTimerRunning()); // the periodic sync is back meanwhile
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(fake.count(QStringLiteral("phx_join")) >= 4, 20000);
    QVERIFY(whyWaiting.size() >= 3);
    for (const QString &why : std::as_const(whyWaiting))
        QCOMPARE(why, QStringLiteral("The server stopped answering."));
}

void TestRealtime::otherBindingsAreNotTakenAsLive()
{
    const QString email = newUser(QStringLiteral("mismatch"));
    FakeRealtime fake;
    fake.echoedFilter = QStringLiteral("user_id=eq.someone-else");
    Device b(*m_peer);
    b.realtime()->setSocketUrlOverride(fake.url());
    b.account.setLive(true);
    QVERIFY(b.signIn(email));
    QTRY_VERIFY_WITH_TIMEOUT(fake.count(QStringLiteral("phx_join")) >= 2, 20000);
    QCOMPARE(b.realtime()->lastError(), QStringLiteral("The server did not accept the live subscription."));
    QVERIFY(!b.sync()->isLive());
}

QTEST_GUILESS_MAIN(TestRealtime)
#include "tst_realtime.moc"
