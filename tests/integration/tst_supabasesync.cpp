// Two-way sync against a real PostgreSQL 15 behind the local Supabase endpoint: devices are
// separate data dirs with their own store, session and sync engine in this process.
#include "supabasepeer.h"
#include "syncdevice.h"

#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/restclient.h"
#include "supabase/rowcodec.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace aria;
using namespace aria::supabase;
using aria::sync::SyncEngine;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// A device signed in with the test password.
struct Device : SyncDevice {
    explicit Device(SupabasePeer &peer)
        : SyncDevice(QUrl(peer.url()), peer.anonKey(), 5000, quickTiming())
    {
    }
    bool signIn(const QString &email) { return SyncDevice::signIn(email, kPassword); }
};

// What must match on every device: the synced fields, by connection id.
QMap<QString, QString> snapshot(const ConnectionStore &store)
{
    QMap<QString, QString> out;
    for (const Connection &c : store.list()) {
        out.insert(c.key(),
            QStringList { c.integrationType, c.rowId, c.userId, toWireName(c.status), c.displayName, c.composioConnectionId,
                toTimestamp(c.updatedAt) }
                .join(QLatin1Char('|')));
    }
    return out;
}

} // namespace

class TestSupabaseSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_peer.reset(); }
    void signedOutStaysLocalWithoutTimers();
    void pausedSyncWaitsAndCatchesUp();
    void twoDevicesConverge();
    void olderChangeNeverWins();
    void userBNeverSeesOrChangesUserA();
    void offlineEditsSyncWhenBack();
    void expiredTokenIsRefreshedAndRetried();
    void replayedRefreshTokenEndsTheSession();
    void serverErrorsRetryAndClientErrorsShow();
    void oneRefusedRowHoldsBackOnlyItself();
    void aTakenRowIdIsRenewed();
    void serverDeletesReachEveryDevice();
    void aCutOffKeyListDeletesNothing();
    void severalAccountsPerIntegrationReachEveryDevice();
    void anOldClientChangesNothing();
    void serverUpgradeKeepsExistingRows();

private:
    QString newUser(const QString &name)
    {
        const QString email = name + QString::number(++m_users) + QStringLiteral("@example.com");
        const QString id = m_peer->signUp(email, kPassword);
        if (id.isEmpty())
            qFatal("sign-up failed");
        return email;
    }
    std::unique_ptr<SupabasePeer> m_peer;
    int m_users = 0;
};

void TestSupabaseSync::initTestCase()
{
    m_peer = std::make_unique<SupabasePeer>();
    QVERIFY2(m_peer->waitReady(), "the Supabase peer did not start");
}

void TestSupabaseSync::signedOutStaysLocalWithoutTimers()
{
    Device d(*m_peer);
    const int requestsBefore = m_peer->countEvents(QStringLiteral("request"));
    d.connect(QStringLiteral("gmail"), QStringLiteral("me@example.com"));
    d.connect(QStringLiteral("hubspot"), QStringLiteral("me@corp.example"));
    QTest::qWait(100);
    QCOMPARE(d.engine.state(), SyncEngine::State::SignedOut);
    QVERIFY(!d.engine.hasTimerRunning());
    QCOMPARE(d.store.pendingChanges().size(), 2);
    QTRY_COMPARE(m_peer->countEvents(QStringLiteral("request")), requestsBefore);

    // Signing in uploads the local rows under the account's id, in one request.
    const QString email = newUser(QStringLiteral("local"));
    const int upsertsBefore
        = m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations"));
    QVERIFY(d.signIn(email));
    QVERIFY(d.waitIdle());
    QTRY_COMPARE(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations")),
        upsertsBefore + 1);
    const auto server = m_peer->rows(m_peer->accessToken(email, kPassword));
    QCOMPARE(server.size(), 2);
    QCOMPARE(
        server.value(QStringLiteral("gmail")).value(QLatin1String("user_id")).toString(), d.auth.userId());
    QCOMPARE(d.store.get(u"gmail")->userId, d.auth.userId());
    QVERIFY(d.engine.lastSyncedAt().isValid());

    // Signed out again: no timer, changes stay queued locally.
    QSignalSpy out(&d.auth, &AuthClient::signedOut);
    d.auth.signOut();
    QVERIFY(out.wait(10000));
    QVERIFY(d.secrets.contents().isEmpty());
    QVERIFY(!d.engine.hasTimerRunning());
    QTRY_COMPARE(
        m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/auth/v1/logout?scope=local"), 204), 1);
    d.disconnect(QStringLiteral("gmail"));
    QTest::qWait(100);
    QVERIFY(!d.engine.hasTimerRunning());
    QCOMPARE(d.store.pendingChanges().size(), 1);
}

void TestSupabaseSync::pausedSyncWaitsAndCatchesUp()
{
    Device d(*m_peer);
    const QString email = newUser(QStringLiteral("paused"));
    QVERIFY(d.signIn(email));
    QVERIFY(d.waitIdle());
    d.engine.setPaused(true);
    QVERIFY(!d.engine.hasTimerRunning());
    const int upsertsBefore
        = m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations"));
    d.connect(QStringLiteral("gmail"), QStringLiteral("me@example.com"));
    d.engine.networkAvailable();
    QTest::qWait(300); // ten debounce intervals
    QVERIFY(!d.engine.hasTimerRunning());
    QCOMPARE(d.store.pendingChanges().size(), 1);
    QCOMPARE(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations")),
        upsertsBefore);

    d.engine.setPaused(false); // catches up at once
    QVERIFY(d.waitIdle());
    QTRY_COMPARE(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations")),
        upsertsBefore + 1);
    QCOMPARE(m_peer->rows(m_peer->accessToken(email, kPassword)).size(), 1);
}

void TestSupabaseSync::twoDevicesConverge()
{
    const QString email = newUser(QStringLiteral("two"));
    Device a(*m_peer);
    Device b(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(b.signIn(email));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());

    a.connect(QStringLiteral("gmail"), QStringLiteral("a@example.com"));
    a.connect(QStringLiteral("salesforce"), QStringLiteral("a@sf.example"));
    b.connect(QStringLiteral("hubspot"), QStringLiteral("b@hs.example"));
    QVERIFY(a.waitIdle()); // debounced push after the change
    QVERIFY(b.waitIdle());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(snapshot(a.store).size(), 3);
    QCOMPARE(snapshot(a.store), snapshot(b.store));

    // Disconnect on one, reconnect with another account on the other: tombstones travel.
    b.disconnect(QStringLiteral("gmail"));
    QTest::qWait(5);
    a.disconnect(QStringLiteral("hubspot"));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.store.get(u"hubspot")->status, ConnectionStatus::Disconnected);
    QCOMPARE(a.store.get(u"gmail")->status, ConnectionStatus::Disconnected);
    QCOMPARE(snapshot(a.store), snapshot(b.store));

    // The same row created on both devices before either synced ends as one row.
    a.connect(QStringLiteral("outlook"), QStringLiteral("first@example.com"));
    QTest::qWait(5);
    b.connect(QStringLiteral("outlook"), QStringLiteral("second@example.com"));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(a.store.get(u"outlook")->displayName, QStringLiteral("second@example.com"));
    QCOMPARE(snapshot(a.store), snapshot(b.store));
    QCOMPARE(m_peer->rows(m_peer->accessToken(email, kPassword)).size(), 4);
}

void TestSupabaseSync::olderChangeNeverWins()
{
    const QString email = newUser(QStringLiteral("lww"));
    Device a(*m_peer);
    Device b(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(b.signIn(email));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());
    // A's clock is an hour behind: its later edit is "older" and must not overwrite B's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    b.store.setClock([now] { return now; });
    a.store.setClock([now] { return now.addSecs(-3600); });
    b.connect(QStringLiteral("gmail"), QStringLiteral("newer@example.com"));
    QVERIFY(b.waitIdle());
    a.connect(QStringLiteral("gmail"), QStringLiteral("older@example.com"));
    QVERIFY(a.waitIdle());
    QVERIFY(a.sync());
    QCOMPARE(a.store.get(u"gmail")->displayName, QStringLiteral("newer@example.com"));
    const auto server = m_peer->rows(m_peer->accessToken(email, kPassword));
    QCOMPARE(server.value(QStringLiteral("gmail")).value(QLatin1String("display_name")).toString(),
        QStringLiteral("newer@example.com"));
    QVERIFY(b.sync());
    QCOMPARE(snapshot(a.store), snapshot(b.store));
}

void TestSupabaseSync::userBNeverSeesOrChangesUserA()
{
    const QString alice = newUser(QStringLiteral("alice"));
    const QString bob = newUser(QStringLiteral("bob"));
    Device a(*m_peer);
    Device b(*m_peer);
    QVERIFY(a.signIn(alice));
    a.connect(QStringLiteral("salesforce"), QStringLiteral("alice@sf.example"));
    QVERIFY(a.waitIdle());
    QVERIFY(b.signIn(bob));
    QVERIFY(b.waitIdle());
    QVERIFY(b.store.list().isEmpty());

    // Bob's client forging Alice's user_id is refused by row-level security, and says so.
    Connection forged = *a.store.get(u"salesforce");
    forged.status = ConnectionStatus::Error;
    forged.updatedAt = QDateTime::currentDateTimeUtc().addDays(1);
    const QJsonArray body { toRow(forged, a.auth.userId()) };
    QSignalSpy done(&b.engine, &SyncEngine::syncFinished);
    RestClient::Response response;
    bool answered = false;
    b.rest.send("POST", QStringLiteral("/user_integrations?on_conflict=user_id,connection_key"),
        QJsonDocument(body).toJson(), "resolution=merge-duplicates,return=representation", this,
        [&](const RestClient::Response &r) {
            response = r;
            answered = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
    QCOMPARE(response.kind, RestClient::Response::Kind::Denied);
    QCOMPARE(response.httpStatus, 403);
    QVERIFY2(response.message.contains(QLatin1String("row-level security")), qPrintable(response.message));

    // PATCH and DELETE of Alice's row by Bob touch nothing.
    answered = false;
    b.rest.send("PATCH", QStringLiteral("/user_integrations?user_id=eq.") + a.auth.userId(),
        R"({"status":"error"})", "return=representation", this, [&](const RestClient::Response &r) {
            response = r;
            answered = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
    QCOMPARE(response.body.array().size(), 0);
    answered = false;
    b.rest.send("DELETE", QStringLiteral("/user_integrations?user_id=eq.") + a.auth.userId(), QByteArray(),
        QByteArray(), this, [&](const RestClient::Response &r) {
            response = r;
            answered = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));

    const auto server = m_peer->rows(m_peer->accessToken(alice, kPassword));
    QCOMPARE(server.size(), 1);
    QCOMPARE(server.value(QStringLiteral("salesforce")).value(QLatin1String("status")).toString(),
        QStringLiteral("active"));
    QVERIFY(b.sync());
    QVERIFY(b.store.list().isEmpty());
}

void TestSupabaseSync::offlineEditsSyncWhenBack()
{
    const QString email = newUser(QStringLiteral("offline"));
    Device a(*m_peer);
    Device b(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(b.signIn(email));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());

    QVERIFY(m_peer->command(QStringLiteral("down")));
    a.connect(QStringLiteral("gmail"), QStringLiteral("offline@example.com"));
    a.connect(QStringLiteral("hubspot"), QStringLiteral("offline@hs.example"));
    QVERIFY(QTest::qWaitFor([&] { return a.engine.consecutiveFailures() >= 2; }, 10000));
    QCOMPARE(a.engine.state(), SyncEngine::State::Offline);
    QVERIFY(a.engine.hasTimerRunning());
    QCOMPARE(a.store.pendingChanges().size(), 2);
    QVERIFY(a.auth.isSignedIn()); // being offline does not end the session

    QVERIFY(m_peer->command(QStringLiteral("up")));
    a.engine.networkAvailable();
    QVERIFY(a.waitIdle());
    QVERIFY(b.sync());
    QCOMPARE(b.store.get(u"gmail")->displayName, QStringLiteral("offline@example.com"));
    QCOMPARE(snapshot(a.store), snapshot(b.store));
}

void TestSupabaseSync::expiredTokenIsRefreshedAndRetried()
{
    const QString email = newUser(QStringLiteral("expiry"));
    Device a(*m_peer);
    a.auth.setRefreshMargin(0); // no early refresh: let the server say the token expired
    // The client's clock runs 10 s behind, so it believes a 1 s token is still fresh.
    const QDateTime behind = QDateTime::currentDateTimeUtc().addSecs(-10);
    a.auth.setClock([behind] { return behind; });
    QVERIFY(m_peer->command(QStringLiteral("ttl 1")));
    QVERIFY(a.signIn(email));
    QVERIFY(m_peer->command(QStringLiteral("ttl 3600")));
    QVERIFY(a.waitIdle());
    const QString firstRefresh = a.secrets.contents().value(QStringLiteral("supabase/refresh-token"));
    QVERIFY(!firstRefresh.isEmpty());
    QTest::qWait(2100);
    const int expiredBefore
        = m_peer->countRequests(QStringLiteral("GET"), QStringLiteral("/rest/v1/user_integrations"), 401);
    const int refreshBefore = m_peer->countRequests(
        QStringLiteral("POST"), QStringLiteral("/auth/v1/token?grant_type=refresh_token"), 200);
    QVERIFY(a.sync());
    QTRY_COMPARE(
        m_peer->countRequests(QStringLiteral("GET"), QStringLiteral("/rest/v1/user_integrations"), 401),
        expiredBefore + 1);
    QTRY_COMPARE(m_peer->countRequests(
                     QStringLiteral("POST"), QStringLiteral("/auth/v1/token?grant_type=refresh_token"), 200),
        refreshBefore + 1);
    // The rotated refresh token replaced the old one in the keychain; the access token is not there.
    const auto secrets = a.secrets.contents();
    QVERIFY(secrets.value(QStringLiteral("supabase/refresh-token")) != firstRefresh);
    for (const QString &value : secrets)
        QVERIFY(!value.startsWith(QLatin1String("eyJ")));
}

void TestSupabaseSync::replayedRefreshTokenEndsTheSession()
{
    const QString email = newUser(QStringLiteral("replay"));
    Device a(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(a.waitIdle());
    const QString stale = a.secrets.contents().value(QStringLiteral("supabase/refresh-token"));

    // Rotate once.
    QString token;
    a.auth.refreshNow(this, [&](const QString &t, const QString &) { token = t; });
    QVERIFY(QTest::qWaitFor([&] { return !token.isEmpty(); }, 10000));
    QVERIFY(a.secrets.contents().value(QStringLiteral("supabase/refresh-token")) != stale);

    // A second client holding the already used token (a restored keychain copy) replays it,
    // after the server's reuse interval (10 s on Supabase; none here).
    QVERIFY(m_peer->command(QStringLiteral("reuse 0")));
    Device copy(*m_peer);
    bool wrote = false;
    copy.secrets.write(QStringLiteral("supabase/refresh-token"), stale, this,
        [&](const SecretStore::Reply &) { wrote = true; });
    copy.secrets.write(QStringLiteral("supabase/account"),
        QStringLiteral(R"({"id":"%1","email":"%2"})").arg(a.auth.userId(), email), this,
        [](const SecretStore::Reply &) {});
    QVERIFY(QTest::qWaitFor([&] { return wrote; }, 5000));
    QSignalSpy restored(&copy.auth, &AuthClient::restored);
    QSignalSpy expired(&copy.auth, &AuthClient::sessionExpired);
    copy.auth.restore(); // signed in from the keychain; its first sync needs a refresh
    QVERIFY(expired.wait(10000));
    QVERIFY(expired.first().at(0).toString().contains(QLatin1String("Sign in again")));
    QCOMPARE(copy.auth.state(), AuthClient::State::SignedOut);
    QVERIFY(QTest::qWaitFor([&] { return copy.secrets.contents().isEmpty(); }, 5000));
    QVERIFY(!copy.engine.hasTimerRunning());
    QTRY_COMPARE(m_peer->countRequests(
                     QStringLiteral("POST"), QStringLiteral("/auth/v1/token?grant_type=refresh_token"), 400),
        1);

    // GoTrue ends the whole session on reuse: the first device is asked to sign in again too.
    QSignalSpy aExpired(&a.auth, &AuthClient::sessionExpired);
    a.auth.refreshNow(this, [](const QString &, const QString &) {});
    QVERIFY(aExpired.wait(10000));
    QVERIFY(!a.auth.isSignedIn());
    QVERIFY(a.signIn(email));
    QVERIFY(m_peer->command(QStringLiteral("reuse 10")));
}

void TestSupabaseSync::serverErrorsRetryAndClientErrorsShow()
{
    const QString email = newUser(QStringLiteral("errors"));
    Device a(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(a.waitIdle());
    // Two 503s: retried with backoff, then it goes through.
    QVERIFY(m_peer->command(QStringLiteral("fail 503 2")));
    a.connect(QStringLiteral("gmail"), QStringLiteral("retry@example.com"));
    QVERIFY(a.waitIdle());
    QVERIFY(a.engine.consecutiveFailures() == 0);
    QTRY_COMPARE(
        m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations"), 503), 2);
    // A 400 is shown and not retried in a loop.
    QVERIFY(m_peer->command(QStringLiteral("fail 400 1")));
    QSignalSpy finished(&a.engine, &SyncEngine::syncFinished);
    a.connect(QStringLiteral("gmail"), QStringLiteral("refused@example.com"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(a.engine.state(), SyncEngine::State::Failed);
    QVERIFY(a.engine.lastError().contains(QLatin1String("400")));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(a.store.pendingChanges().size(), 1); // kept for the next attempt
    QVERIFY(a.sync());
    QVERIFY(a.store.pendingChanges().isEmpty());
}

void TestSupabaseSync::oneRefusedRowHoldsBackOnlyItself()
{
    const QString email = newUser(QStringLiteral("refused"));
    Device b(*m_peer);
    b.connect(QStringLiteral("gmail"), QStringLiteral("bad@example.com"));
    b.connect(QStringLiteral("hubspot"), QStringLiteral("b@hs.example"));
    b.connect(QStringLiteral("outlook"), QStringLiteral("b@ol.example"));
    // The batch and then the first single row are refused (400); the others go through.
    QVERIFY(m_peer->command(QStringLiteral("fail 400 2")));
    QSignalSpy finished(&b.engine, &SyncEngine::syncFinished);
    QVERIFY(b.signIn(email));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(b.engine.state(), SyncEngine::State::Failed);
    QVERIFY2(b.engine.lastError().startsWith(QLatin1String("gmail: ")), qPrintable(b.engine.lastError()));
    const auto pending = b.store.pendingChanges();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().first, QStringLiteral("gmail"));
    const auto server = m_peer->rows(m_peer->accessToken(email, kPassword));
    QCOMPARE(server.size(), 2);
    QVERIFY(server.contains(QStringLiteral("hubspot")) && server.contains(QStringLiteral("outlook")));
    QVERIFY(b.sync());  // the refusal passed: it goes through on the next cycle
    QCOMPARE(m_peer->rows(m_peer->accessToken(email, kPassword)).size(), 3);
}

void TestSupabaseSync::aTakenRowIdIsRenewed()
{
    // A database copied from another user's device: its gmail row carries an id that belongs
    // to that user's row on the server (invisible to Bob; his insert gets 409, 23505).
    const QString alice = newUser(QStringLiteral("owner"));
    const QString bob = newUser(QStringLiteral("copier"));
    Device a(*m_peer);
    QVERIFY(a.signIn(alice));
    a.connect(QStringLiteral("gmail"), QStringLiteral("alice@example.com"));
    QVERIFY(a.waitIdle());

    Device b(*m_peer);
    Connection copied;
    copied.integrationType = QStringLiteral("gmail");
    copied.rowId = a.store.get(u"gmail")->rowId;
    copied.status = ConnectionStatus::Active;
    copied.displayName = QStringLiteral("bob@example.com");
    QVERIFY(b.store.upsert(copied));
    b.connect(QStringLiteral("hubspot"), QStringLiteral("bob@hs.example"));
    QVERIFY(b.signIn(bob));
    QVERIFY(b.waitIdle());
    QVERIFY(b.store.get(u"gmail")->rowId != copied.rowId);
    QTRY_VERIFY(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations"), 409) >= 2);
    const auto server = m_peer->rows(m_peer->accessToken(bob, kPassword));
    QCOMPARE(server.size(), 2);
    QCOMPARE(server.value(QStringLiteral("gmail")).value(QLatin1String("id")).toString(), b.store.get(u"gmail")->rowId);
    // Alice's row is untouched.
    const auto aliceRows = m_peer->rows(m_peer->accessToken(alice, kPassword));
    QCOMPARE(aliceRows.value(QStringLiteral("gmail")).value(QLatin1String("display_name")).toString(),
             QStringLiteral("alice@example.com"));
    QCOMPARE(aliceRows.value(QStringLiteral("gmail")).value(QLatin1String("id")).toString(), copied.rowId);
}

void TestSupabaseSync::serverDeletesReachEveryDevice()
{
    const QString email = newUser(QStringLiteral("deleted"));
    Device a(*m_peer);
    Device b(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(b.signIn(email));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());
    for (const char *type : { "gmail", "salesforce", "hubspot", "outlook" })
        a.connect(QLatin1String(type), QStringLiteral("me@example.com"));
    QVERIFY(a.waitIdle());
    QVERIFY(b.sync());
    QCOMPARE(snapshot(b.store).size(), 4);
    QCOMPARE(snapshot(a.store), snapshot(b.store));

    // From here on cycles run only when the test asks.
    a.engine.setPaused(true);
    b.engine.setPaused(true);
    // b: a local change to hubspot and a new row, neither pushed yet.
    b.connect(QStringLiteral("hubspot"), QStringLiteral("renamed@example.com"));
    b.connect(QStringLiteral("slack"), QStringLiteral("new@example.com"));
    QCOMPARE(b.store.pendingChanges().size(), 2);

    // Deleted on the server: gmail and hubspot in SQL as the table owner, outlook through the
    // endpoint as the user.
    const auto deleted = m_peer->sqlAsOwner(QStringLiteral(
        "delete from public.user_integrations where integration_type in ('gmail', 'hubspot') "
        "and user_id = (select id from auth.users where email = '%1') returning integration_type")
                                                .arg(email));
    QVERIFY(deleted);
    QCOMPARE(deleted->size(), 2);
    const QString token = m_peer->accessToken(email, kPassword);
    int status = 0;
    m_peer->http("DELETE", QStringLiteral("/rest/v1/user_integrations?integration_type=eq.outlook"), {}, token, &status);
    QVERIFY2(status == 204 || status == 200, qPrintable(QString::number(status)));
    QCOMPARE(m_peer->rows(token).size(), 1);

    // a has nothing queued: one cycle removes all three; salesforce stays.
    const int postsBefore = m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/"));
    const int getsBefore = m_peer->countRequests(QStringLiteral("GET"), QStringLiteral("/rest/v1/"));
    QVERIFY(a.sync());
    QCOMPARE(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/")) - postsBefore, 0);
    // One pull page and one list of keys per cycle.
    QCOMPARE(m_peer->countRequests(QStringLiteral("GET"), QStringLiteral("/rest/v1/")) - getsBefore, 2);
    QCOMPARE(QStringList(snapshot(a.store).keys()), QStringList { QStringLiteral("salesforce") });

    // b: its pending hubspot change wins and is pushed again (re-created on the server), the
    // never-synced slack row is kept and pushed; gmail and outlook go.
    QVERIFY(b.sync());
    QCOMPARE(QStringList(snapshot(b.store).keys()),
        (QStringList { QStringLiteral("hubspot"), QStringLiteral("salesforce"), QStringLiteral("slack") }));
    QCOMPARE(b.store.get(u"hubspot")->displayName, QStringLiteral("renamed@example.com"));
    QVERIFY(b.store.pendingChanges().isEmpty());
    auto server = m_peer->rows(token);
    QCOMPARE(QStringList(server.keys()).size(), 3);
    QCOMPARE(server.value(QStringLiteral("hubspot")).value(QLatin1String("display_name")).toString(),
        QStringLiteral("renamed@example.com"));

    // a gets the re-created rows back; nothing deleted comes back from either device.
    QVERIFY(a.sync());
    QCOMPARE(snapshot(a.store), snapshot(b.store));
    a.connect(QStringLiteral("salesforce"), QStringLiteral("later@example.com")); // a later local change
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    server = m_peer->rows(token);
    QVERIFY(!server.contains(QStringLiteral("gmail")));
    QVERIFY(!server.contains(QStringLiteral("outlook")));
    QCOMPARE(server.size(), 3);
    QCOMPARE(snapshot(a.store), snapshot(b.store));

    // Nothing synced before, nothing to check: a cycle with an empty store lists no keys.
    Device fresh(*m_peer);
    const QString other = newUser(QStringLiteral("empty"));
    QVERIFY(fresh.signIn(other));
    QVERIFY(fresh.waitIdle());
    const int getsFresh = m_peer->countRequests(QStringLiteral("GET"), QStringLiteral("/rest/v1/"));
    QVERIFY(fresh.sync());
    QCOMPARE(m_peer->countRequests(QStringLiteral("GET"), QStringLiteral("/rest/v1/")) - getsFresh, 1);
}

void TestSupabaseSync::aCutOffKeyListDeletesNothing()
{
    // A list of keys as long as the limit may have been cut off by the server's row cap: a
    // row missing from it proves nothing.
    const QString email = newUser(QStringLiteral("capped"));
    Device a(*m_peer);
    QVERIFY(a.signIn(email));
    for (const char *type : { "gmail", "hubspot", "outlook" })
        a.connect(QLatin1String(type), QStringLiteral("me@example.com"));
    QVERIFY(a.waitIdle());
    int status = 0;
    m_peer->http("DELETE", QStringLiteral("/rest/v1/user_integrations?integration_type=eq.gmail"), {},
        m_peer->accessToken(email, kPassword), &status);
    QVERIFY2(status == 204 || status == 200, qPrintable(QString::number(status)));

    SyncEngine::Timing capped = Device::quickTiming();
    capped.keyListLimit = 2;
    a.engine.setTiming(capped);
    QVERIFY(a.sync());
    QVERIFY(a.store.get(u"gmail"));

    a.engine.setTiming(Device::quickTiming());
    QVERIFY(a.sync());
    QVERIFY(!a.store.get(u"gmail"));
    QCOMPARE(a.store.list().size(), 2);
}

QTEST_GUILESS_MAIN(TestSupabaseSync)
#include "tst_supabasesync.moc"

void TestSupabaseSync::severalAccountsPerIntegrationReachEveryDevice()
{
    const QString email = newUser(QStringLiteral("multi"));
    Device a(*m_peer);
    Device b(*m_peer);
    QVERIFY(a.signIn(email));
    QVERIFY(b.signIn(email));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());

    // Two Gmail accounts (and a third) on one desktop...
    QCOMPARE(a.addAccount(QStringLiteral("gmail"), QStringLiteral("work@example.com")), QStringLiteral("gmail"));
    QCOMPARE(a.addAccount(QStringLiteral("gmail"), QStringLiteral("me@example.com")), QStringLiteral("gmail-2"));
    QCOMPARE(a.addAccount(QStringLiteral("gmail"), QStringLiteral("club@example.com")), QStringLiteral("gmail-3"));
    QVERIFY(a.waitIdle());
    // ...show on the second one after a sync, each under its own id.
    QVERIFY(b.sync());
    QCOMPARE(b.store.connectionsOf(u"gmail").size(), 3);
    QCOMPARE(b.store.get(u"gmail")->displayName, QStringLiteral("work@example.com"));
    QCOMPARE(b.store.get(u"gmail-2")->displayName, QStringLiteral("me@example.com"));
    QCOMPARE(b.store.get(u"gmail-3")->integrationType, QStringLiteral("gmail"));
    QCOMPARE(snapshot(a.store), snapshot(b.store));
    const auto server = m_peer->rows(m_peer->accessToken(email, kPassword));
    QCOMPARE(server.size(), 3);
    QCOMPARE(server.value(QStringLiteral("gmail-2")).value(QLatin1String("integration_type")).toString(),
        QStringLiteral("gmail"));

    // Each is disconnected alone, on either device.
    b.disconnect(QStringLiteral("gmail-2"));
    QVERIFY(b.waitIdle());
    QVERIFY(a.sync());
    QCOMPARE(a.store.get(u"gmail-2")->status, ConnectionStatus::Disconnected);
    QCOMPARE(a.store.get(u"gmail")->status, ConnectionStatus::Active);
    QCOMPARE(a.store.get(u"gmail-3")->status, ConnectionStatus::Active);
    a.disconnect(QStringLiteral("gmail"));
    QVERIFY(a.waitIdle());
    QVERIFY(b.sync());
    QCOMPARE(b.store.get(u"gmail")->status, ConnectionStatus::Disconnected);
    QCOMPARE(b.store.get(u"gmail-2")->status, ConnectionStatus::Disconnected);
    QCOMPARE(b.store.get(u"gmail-3")->status, ConnectionStatus::Active);
    QCOMPARE(snapshot(a.store), snapshot(b.store));

    // A connection deleted on the server leaves the others of its integration alone.
    int status = 0;
    m_peer->http("DELETE", QStringLiteral("/rest/v1/user_integrations?connection_key=eq.gmail-2"), {},
        m_peer->accessToken(email, kPassword), &status);
    QCOMPARE(status, 204);
    QVERIFY(a.sync());
    QVERIFY(!a.store.get(u"gmail-2"));
    QCOMPARE(a.store.connectionsOf(u"gmail").size(), 2);
    // The next account added takes the freed id again.
    QCOMPARE(a.store.nextConnectionId(QStringLiteral("gmail")), QStringLiteral("gmail-2"));
}

void TestSupabaseSync::anOldClientChangesNothing()
{
    // A device still on the previous release upserts rows without connection_key, keyed on
    // (user_id, integration_type). No unique constraint matches that any more: PostgreSQL
    // refuses the whole request before touching a row, and the old device shows the error.
    const QString email = newUser(QStringLiteral("old"));
    Device a(*m_peer);
    QVERIFY(a.signIn(email));
    a.addAccount(QStringLiteral("gmail"), QStringLiteral("work@example.com"));
    a.addAccount(QStringLiteral("gmail"), QStringLiteral("me@example.com"));
    QVERIFY(a.waitIdle());
    const QString token = m_peer->accessToken(email, kPassword);
    const auto before = m_peer->rows(token);
    QCOMPARE(before.size(), 2);

    // Exactly what the old row codec sent: every column but connection_key.
    Connection stale = *a.store.get(u"gmail-2");
    stale.status = ConnectionStatus::Error;
    stale.displayName = QStringLiteral("overwritten@example.com");
    stale.updatedAt = QDateTime::currentDateTimeUtc().addDays(1);
    QJsonObject oldRow = toRow(stale, a.auth.userId());
    oldRow.remove(QStringLiteral("connection_key"));
    for (const QJsonObject &row : { oldRow, [&] { QJsonObject o = oldRow; o.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)); return o; }() }) {
        RestClient::Response response;
        bool answered = false;
        a.rest.send("POST", QStringLiteral("/user_integrations?on_conflict=user_id,integration_type"),
            QJsonDocument(QJsonArray { row }).toJson(), "resolution=merge-duplicates,return=representation", this,
            [&](const RestClient::Response &r) {
                response = r;
                answered = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(response.kind, RestClient::Response::Kind::Rejected);  // shown, not retried
        QCOMPARE(response.body.object().value(QLatin1String("code")).toString(), QStringLiteral("42P10"));
    }
    QCOMPARE(m_peer->rows(token), before);

    // What the old device reads is harmless too: it still lists integration_type, and its
    // codec ignores a column it does not know (the new codec reads rows without it as the
    // integration's first connection).
    QJsonObject withoutKey = before.value(QStringLiteral("gmail-2"));
    withoutKey.remove(QStringLiteral("connection_key"));
    Connection read;
    QVERIFY(fromRow(withoutKey, &read));
    QCOMPARE(read.key(), QStringLiteral("gmail"));
    // A key of another integration is refused, not merged into the wrong row.
    QJsonObject foreign = before.value(QStringLiteral("gmail-2"));
    foreign.insert(QStringLiteral("connection_key"), QStringLiteral("hubspot-2"));
    QVERIFY(!fromRow(foreign, &read));
}

void TestSupabaseSync::serverUpgradeKeepsExistingRows()
{
    // A project that applied only the first migration, with rows an old device wrote.
    SupabasePeerOptions options;
    options.migrationsUntil = QStringLiteral("20261130090000_user_integrations.sql");
    SupabasePeer old(options);
    QVERIFY2(old.waitReady(), "the Supabase peer did not start");
    const QString email = QStringLiteral("upgrade@example.com");
    QVERIFY(!old.signUp(email, kPassword).isEmpty());
    const QString token = old.accessToken(email, kPassword);
    QJsonArray oldRows;
    for (const char *type : { "gmail", "hubspot" }) {
        Connection c;
        c.integrationType = QLatin1String(type);
        c.rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.status = ConnectionStatus::Active;
        c.displayName = QStringLiteral("me@") + c.integrationType;
        c.createdAt = c.updatedAt = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
        QJsonObject row = toRow(c, QString());
        row.remove(QStringLiteral("connection_key"));
        row.remove(QStringLiteral("user_id"));  // the default, auth.uid()
        oldRows.append(row);
    }
    int status = 0;
    old.http("POST", QStringLiteral("/rest/v1/user_integrations?on_conflict=user_id,integration_type"),
        QJsonDocument(oldRows), token, &status);
    QCOMPARE(status, 201);
    const auto before = old.rows(token);
    QCOMPARE(before.size(), 2);

    // The upgrade as `supabase db push` does it: every later migration, in name order.
    const QDir migrations(QStringLiteral(ARIA_SOURCE_DIR "/supabase/migrations"));
    QStringList later;
    for (const QString &name : migrations.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name))
        if (name > options.migrationsUntil)
            later << name;
    QVERIFY(later.contains(QStringLiteral("20261207120000_connections.sql")));
    for (const QString &name : later) {
        QFile migration(migrations.filePath(name));
        QVERIFY(migration.open(QIODevice::ReadOnly));
        QVERIFY2(old.sqlAsOwner(QString::fromUtf8(migration.readAll())), qPrintable(name));
    }
    QVERIFY(old.command(QStringLiteral("reload")));  // PostgREST reloads its schema cache after DDL

    // Every row keeps its content and timestamps (no device pulls it again) and is its
    // integration's first connection.
    const auto after = old.rows(token);
    QCOMPARE(after.size(), 2);
    for (const QString &type : { QStringLiteral("gmail"), QStringLiteral("hubspot") }) {
        QJsonObject row = after.value(type);
        QCOMPARE(row.value(QLatin1String("connection_key")).toString(), type);
        row.remove(QStringLiteral("connection_key"));
        QCOMPARE(row, before.value(type));
    }
    // An upgraded device syncs them under the same ids and adds a second Gmail next to the first.
    Device d(old);
    QVERIFY(d.signIn(email));
    QVERIFY(d.waitIdle());
    QCOMPARE(d.store.get(u"gmail")->displayName, QStringLiteral("me@gmail"));
    QCOMPARE(d.addAccount(QStringLiteral("gmail"), QStringLiteral("other@example.com")), QStringLiteral("gmail-2"));
    QVERIFY(d.waitIdle());
    QCOMPARE(old.rows(token).size(), 3);
    // The key names its own integration: a mismatched key is refused by the table itself.
    QVERIFY(!old.sqlAsOwner(QStringLiteral(
        "update public.user_integrations set connection_key = 'hubspot-2' where connection_key = 'gmail-2'")));
}
