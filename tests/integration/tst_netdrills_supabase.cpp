// Network fault drills against Supabase: the local endpoint (GoTrue + PostgREST subset on
// PostgreSQL 15, tests/peers/supabase) behind the chaos proxy (tests/peers/chaos), driven
// through AuthClient, RestClient and SyncEngine. Every fault must end in a clear failure
// within bounded time with the session and the outbox intact, and once the peer behaves again
// the device must converge with the server without duplicating a row.
// tst_supabasesync covers 503/400 answers and the peer going down during sync; these are the
// connection-level faults, unreadable and oversized answers, and the auth endpoints.
#include "chaosproxy.h"
#include "supabasepeer.h"
#include "syncdevice.h"

#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/restclient.h"
#include "supabase/rowcodec.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace aria;
using namespace aria::supabase;
using aria::sync::SyncEngine;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
constexpr int kRequestTimeoutMs = 700; // overall deadline per request: 3x that
const QString kPushPath = QStringLiteral("^POST /rest/v1/user_integrations");
const QString kPullPath = QStringLiteral("^GET /rest/v1/user_integrations");
const QString kSignInPath = QStringLiteral("^POST /auth/v1/token\\?grant_type=password");
const QString kRefreshPath = QStringLiteral("^POST /auth/v1/token\\?grant_type=refresh_token");

struct Device : SyncDevice {
    Device(const QUrl &url, const QString &anonKey)
        : SyncDevice(url, anonKey, kRequestTimeoutMs, quickTiming(200))
    {
    }
    bool signIn(const QString &email) { return SyncDevice::signIn(email, kPassword); }
    bool waitIdle(int ms = 20000) { return SyncDevice::waitIdle(ms); }
};

// The synced fields of every row, by integration type.
QMap<QString, QString> localRows(const ConnectionStore &store)
{
    QMap<QString, QString> out;
    for (const Connection &c : store.list())
        out.insert(c.integrationType,
            QStringList { c.rowId, toWireName(c.status), c.displayName, toTimestamp(c.updatedAt) }.join(u'|'));
    return out;
}

} // namespace

class TestNetDrillsSupabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pushSurvivesFault_data() { addFaultRows(kPushPath); }
    void pushSurvivesFault();
    void pullSurvivesFault_data() { addFaultRows(kPullPath); }
    void pullSurvivesFault();
    void signInSurvivesFault_data() { addFaultRows(kSignInPath); }
    void signInSurvivesFault();
    void refreshSurvivesFault_data() { addFaultRows(kRefreshPath); }
    void refreshSurvivesFault();
    void sessionStaysOnOrigin_data();
    void sessionStaysOnOrigin();

private:
    QString newUser();
    std::unique_ptr<Device> signedInDevice(const QString &email);
    // The server's rows of the user in the same shape as localRows(), and how many there are.
    QMap<QString, QString> serverRows(const QString &email, int *count);

    std::unique_ptr<SupabasePeer> m_peer;
    ChaosProxy m_proxy;
    QUrl m_url;
    int m_users = 0;
};

void TestNetDrillsSupabase::initTestCase()
{
    m_peer = std::make_unique<SupabasePeer>();
    QVERIFY2(m_peer->waitReady(), "the Supabase peer did not start");
    QVERIFY2(m_proxy.start(QUrl(m_peer->url())), "cannot start the chaos proxy");
    m_url = m_proxy.through(QUrl(m_peer->url()));
}

void TestNetDrillsSupabase::init()
{
    QVERIFY(m_proxy.reset());
    QVERIFY(m_proxy.up());
}

void TestNetDrillsSupabase::cleanupTestCase()
{
    m_proxy.stop();
    m_peer.reset();
}

QString TestNetDrillsSupabase::newUser()
{
    const QString email = QStringLiteral("drill%1@example.com").arg(++m_users);
    if (m_peer->signUp(email, kPassword).isEmpty())
        qFatal("sign-up failed");
    return email;
}

std::unique_ptr<Device> TestNetDrillsSupabase::signedInDevice(const QString &email)
{
    auto device = std::make_unique<Device>(m_url, m_peer->anonKey());
    if (!device->signIn(email) || !device->waitIdle())
        return nullptr;
    return device;
}

QMap<QString, QString> TestNetDrillsSupabase::serverRows(const QString &email, int *count)
{
    const QJsonArray rows = m_peer
                                ->http("GET", QStringLiteral("/rest/v1/user_integrations?select=*"), {},
                                    m_peer->accessToken(email, kPassword))
                                .array();
    *count = int(rows.size());
    QMap<QString, QString> out;
    for (const QJsonValue &v : rows) {
        Connection c;
        if (fromRow(v.toObject(), &c))
            out.insert(c.integrationType,
                QStringList { c.rowId, toWireName(c.status), c.displayName, toTimestamp(c.updatedAt) }.join(
                    u'|'));
    }
    return out;
}

void TestNetDrillsSupabase::pushSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    const QString email = newUser();
    auto a = signedInDevice(email);
    QVERIFY(a);
    QVERIFY(applyFault(m_proxy, fault));

    QSignalSpy finished(&a->engine, &SyncEngine::syncFinished);
    QElapsedTimer timer;
    timer.start();
    a->connect(QStringLiteral("gmail"), QStringLiteral("drill@example.com"));
    QVERIFY(finished.wait(kDrillWaitMs));
    const qint64 failMs = timer.elapsed();
    const QString message = finished.first().at(1).toString();
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!message.isEmpty());
    QCOMPARE(a->engine.lastError(), message);
    // Every one of these may pass: retried with backoff, the session and the outbox kept.
    QCOMPARE(a->engine.state(), SyncEngine::State::Offline);
    QVERIFY(a->engine.hasTimerRunning());
    QVERIFY(a->auth.isSignedIn());
    QCOMPARE(a->store.pendingChanges().size(), 1);
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, RestClient::kMaxReplyBytes, &hugeWhy), hugeWhy.constData());
    if (fault.contains(QLatin1String("retryAfter")) || fault.contains(QLatin1String("retryAfterDateS"))) {
        // The backoff (at most 800 ms here) waits at least as long as the server asked (>= 1 s).
        QList<double> posts;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                posts.clear();
                for (const QJsonValue &v : m_proxy.log()) {
                    if (v.toObject().value(QLatin1String("method")).toString() == u"POST"
                        && v.toObject().value(QLatin1String("path")).toString().startsWith(u"/rest/"))
                        posts << v.toObject().value(QLatin1String("at")).toDouble();
                }
                return posts.size() >= 2;
            }(),
            10000);
        QVERIFY2(posts.at(1) - posts.at(0) >= 950, qPrintable(QString::number(posts.at(1) - posts.at(0))));
    }

    QVERIFY(liftFault(m_proxy));
    timer.restart();
    a->engine.networkAvailable();
    QVERIFY(a->waitIdle());
    const qint64 recoverMs = timer.elapsed();
    int count = 0;
    QCOMPARE(serverRows(email, &count), localRows(a->store));
    QCOMPARE(count, 1); // replayed upserts did not duplicate the row
    QCOMPARE(a->store.get(u"gmail")->displayName, QStringLiteral("drill@example.com"));
    reportDrill("supabase push", message, failMs, recoverMs);
}

void TestNetDrillsSupabase::pullSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    const QString email = newUser();
    auto a = signedInDevice(email);
    QVERIFY(a);
    // Another device connects HubSpot meanwhile (straight to the server).
    auto b = signedInDevice(email);
    QVERIFY(b);
    b->connect(QStringLiteral("hubspot"), QStringLiteral("other@hs.example"));
    QVERIFY(b->waitIdle());
    QVERIFY(applyFault(m_proxy, fault));

    QSignalSpy finished(&a->engine, &SyncEngine::syncFinished);
    QElapsedTimer timer;
    timer.start();
    a->engine.syncNow();
    QVERIFY(finished.wait(kDrillWaitMs));
    const qint64 failMs = timer.elapsed();
    const QString message = finished.first().at(1).toString();
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!message.isEmpty());
    QCOMPARE(a->engine.state(), SyncEngine::State::Offline);
    QVERIFY(a->auth.isSignedIn());
    QVERIFY(!a->store.get(u"hubspot")); // nothing half-read was merged
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, RestClient::kMaxReplyBytes, &hugeWhy), hugeWhy.constData());

    QVERIFY(liftFault(m_proxy));
    timer.restart();
    a->engine.networkAvailable();
    QVERIFY(a->waitIdle());
    const qint64 recoverMs = timer.elapsed();
    QCOMPARE(a->store.get(u"hubspot")->displayName, QStringLiteral("other@hs.example"));
    int count = 0;
    QCOMPARE(serverRows(email, &count), localRows(a->store));
    QCOMPARE(count, 1);
    reportDrill("supabase pull", message, failMs, recoverMs);
}

void TestNetDrillsSupabase::signInSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    const QString email = newUser();
    Device a(m_url, m_peer->anonKey());
    QVERIFY(applyFault(m_proxy, fault));

    QSignalSpy done(&a.auth, &AuthClient::signInFinished);
    QElapsedTimer timer;
    timer.start();
    a.auth.signIn(email, kPassword);
    QVERIFY(done.wait(kDrillWaitMs));
    const qint64 failMs = timer.elapsed();
    const QString message = done.first().at(1).toString();
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(kPassword), qPrintable(message));
    QCOMPARE(a.auth.state(), AuthClient::State::SignedOut);
    QVERIFY(a.auth.signInFailedRemotely()); // "try again", not "wrong password"
    QVERIFY(a.secrets.contents().isEmpty());
    QVERIFY(!a.engine.hasTimerRunning());
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, RestClient::kMaxReplyBytes, &hugeWhy), hugeWhy.constData());

    QVERIFY(liftFault(m_proxy));
    timer.restart();
    QVERIFY(a.signIn(email));
    QVERIFY(a.waitIdle());
    const qint64 recoverMs = timer.elapsed();
    QVERIFY(a.auth.isSignedIn());
    QVERIFY(!a.secrets.contents().value(QStringLiteral("supabase/refresh-token")).isEmpty());
    reportDrill("supabase sign-in", message, failMs, recoverMs);
}

void TestNetDrillsSupabase::refreshSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    const QString email = newUser();
    auto a = signedInDevice(email);
    QVERIFY(a);
    const QString refreshBefore = a->secrets.contents().value(QStringLiteral("supabase/refresh-token"));
    QVERIFY(applyFault(m_proxy, fault));

    QSignalSpy expired(&a->auth, &AuthClient::sessionExpired);
    std::optional<std::pair<QString, QString>> answer;
    QElapsedTimer timer;
    timer.start();
    a->auth.refreshNow(this, [&](const QString &token, const QString &error) { answer = { token, error }; });
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, kDrillWaitMs));
    const qint64 failMs = timer.elapsed();
    const QString message = answer->second;
    QVERIFY(answer->first.isEmpty());
    QVERIFY(!message.isEmpty());
    // A failed refresh is not the end of the session: the user stays signed in, the refresh
    // token stays in the keychain, and nobody is asked to sign in again.
    QVERIFY(a->auth.isSignedIn());
    QCOMPARE(expired.size(), 0);
    QCOMPARE(a->secrets.contents().value(QStringLiteral("supabase/refresh-token")), refreshBefore);
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, RestClient::kMaxReplyBytes, &hugeWhy), hugeWhy.constData());

    // Back: the same refresh token still works (a rotation whose answer was lost is within
    // GoTrue's reuse interval), and sync runs on the new session.
    QVERIFY(liftFault(m_proxy));
    answer.reset();
    timer.restart();
    a->auth.refreshNow(this, [&](const QString &token, const QString &error) { answer = { token, error }; });
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, kDrillWaitMs));
    QVERIFY2(!answer->first.isEmpty(), qPrintable(answer->second));
    const qint64 recoverMs = timer.elapsed();
    QVERIFY(a->secrets.contents().value(QStringLiteral("supabase/refresh-token")) != refreshBefore);
    a->connect(QStringLiteral("outlook"), QStringLiteral("after-refresh@example.com"));
    QVERIFY(a->waitIdle());
    int count = 0;
    QCOMPARE(serverRows(email, &count), localRows(a->store));
    QCOMPARE(count, 1);
    reportDrill("supabase refresh", message, failMs, recoverMs);
}

void TestNetDrillsSupabase::sessionStaysOnOrigin_data()
{
    // A 307 from the project URL to another origin (the proxy's admin port on the same
    // 127.0.0.1): followed, it would take the password, the refresh token or the apikey and
    // bearer there.
    QTest::addColumn<QString>("match");
    QTest::newRow("sign-in (password)") << kSignInPath;
    QTest::newRow("refresh (refresh token)") << kRefreshPath;
    QTest::newRow("push (apikey, bearer)") << kPushPath;
}

void TestNetDrillsSupabase::sessionStaysOnOrigin()
{
    QFETCH(QString, match);
    const QString email = newUser();
    std::unique_ptr<Device> a;
    if (match == kSignInPath)
        a = std::make_unique<Device>(m_url, m_peer->anonKey());
    else
        a = signedInDevice(email);
    QVERIFY(a);
    const QString refreshBefore = a->secrets.contents().value(QStringLiteral("supabase/refresh-token"));
    QVERIFY(m_proxy.reset());
    QVERIFY(m_proxy.fault({ { QStringLiteral("mode"), QStringLiteral("redirect") },
        { QStringLiteral("match"), match } }));

    QString message;
    if (match == kSignInPath) {
        QSignalSpy done(&a->auth, &AuthClient::signInFinished);
        a->auth.signIn(email, kPassword);
        QVERIFY(done.wait(kDrillWaitMs));
        QVERIFY(!done.first().at(0).toBool());
        message = done.first().at(1).toString();
        QCOMPARE(a->auth.state(), AuthClient::State::SignedOut);
    } else if (match == kRefreshPath) {
        std::optional<QString> error;
        a->auth.refreshNow(this, [&](const QString &token, const QString &e) {
            QVERIFY(token.isEmpty());
            error = e;
        });
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 15000));
        message = *error;
        QVERIFY(a->auth.isSignedIn()); // the session is kept, not taken from the other side
        QCOMPARE(a->secrets.contents().value(QStringLiteral("supabase/refresh-token")), refreshBefore);
    } else {
        QSignalSpy finished(&a->engine, &SyncEngine::syncFinished);
        a->connect(QStringLiteral("gmail"), QStringLiteral("drill@example.com"));
        QVERIFY(finished.wait(kDrillWaitMs));
        QVERIFY(!finished.first().at(0).toBool());
        message = finished.first().at(1).toString();
        QCOMPARE(a->store.pendingChanges().size(), 1); // kept for later
    }
    const QJsonArray caught = m_proxy.caught();
    QVERIFY2(caught.isEmpty(),
        qPrintable(QStringLiteral("followed to the other origin: ")
            + QString::fromUtf8(QJsonDocument(caught).toJson(QJsonDocument::Compact))));
    QVERIFY2(message.contains(QLatin1String("redirect")) && message.contains(QLatin1String("supabase.url")),
        qPrintable(message));
    qInfo("%s: \"%s\"", QTest::currentDataTag(), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestNetDrillsSupabase)
#include "tst_netdrills_supabase.moc"
