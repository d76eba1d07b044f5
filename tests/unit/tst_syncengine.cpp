// The sync engine against its backend interface, through a second backend that keeps the
// "server" in memory (tests/common/memorybackend.h): conflict resolution, refused rows, failed
// requests and their retries, remote events and deletions on the server. The Supabase backend
// is tested against the real peer in tst_supabasesync, tst_realtime and tst_netdrills_supabase.
#include "memorybackend.h"

#include "store/connectionstore.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace aria;
using aria::sync::SyncBackend;
using aria::sync::SyncEngine;
using aria::test::MemoryBackend;

Q_DECLARE_METATYPE(MemoryBackend::Request)
Q_DECLARE_METATYPE(SyncBackend::Outcome)

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

// One device: its store and engine, with the in-memory backend.
struct Device {
    QTemporaryDir dir;
    ConnectionStore store;
    MemoryBackend backend;
    std::unique_ptr<SyncEngine> engine;
    QDateTime now = kT0;

    Device()
    {
        store.setUserId(QStringLiteral("local-profile"));
        store.setClock([this] { return now; });
        if (!store.open(dir.filePath(QStringLiteral("aria.sqlite"))))
            qFatal("cannot open the store");
        engine = std::make_unique<SyncEngine>(&store, &backend);
        SyncEngine::Timing t;
        t.debounceMs = 10;
        t.liveDebounceMs = 10;
        t.remoteCoalesceMs = 10;
        t.backoffBaseMs = 1;
        t.backoffCapMs = 2;
        engine->setTiming(t);
    }
    bool connect(const QString &key, const QString &account)
    {
        Connection c = store.get(key).value_or(Connection {});
        c.connectionId = key;
        c.integrationType = integrationOfConnectionId(key);
        c.status = ConnectionStatus::Active;
        c.displayName = account;
        return store.upsert(c);
    }
    // Signs in and waits for the first cycle; true when it went through.
    bool signInAndSync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        backend.signIn(QStringLiteral("user-1"));
        return finished.wait(5000) && finished.last().at(0).toBool();
    }
    QStringList pending() const
    {
        QStringList keys;
        for (const auto &[key, version] : store.pendingChanges())
            keys << key;
        return keys;
    }
};

Connection remoteRow(const QString &key, const QString &account, const QDateTime &updatedAt)
{
    Connection c;
    c.connectionId = key;
    c.integrationType = integrationOfConnectionId(key);
    c.rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.status = ConnectionStatus::Active;
    c.displayName = account;
    c.createdAt = updatedAt;
    c.updatedAt = updatedAt;
    return c;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changesWaitForSignIn();
    void lastWriterWins_data();
    void lastWriterWins();
    void refusedRowHoldsBackOnlyItself_data();
    void refusedRowHoldsBackOnlyItself();
    void takenRowIdIsRenewedOnce_data();
    void takenRowIdIsRenewedOnce();
    void failedRequests_data();
    void failedRequests();
    void remoteEventsLeadToOnePull_data();
    void remoteEventsLeadToOnePull();
    void deletionsOnTheServer_data();
    void deletionsOnTheServer();
};

void TestSyncEngine::changesWaitForSignIn()
{
    Device d;
    QVERIFY(d.connect(QStringLiteral("gmail"), QStringLiteral("me@example.com")));
    QCOMPARE(d.engine->state(), SyncEngine::State::SignedOut);
    QVERIFY(!d.engine->hasTimerRunning());
    QCOMPARE(d.pending(), QStringList { QStringLiteral("gmail") });
    QVERIFY(d.backend.pushedBatches.isEmpty());

    QVERIFY(d.signInAndSync());
    QCOMPARE(d.backend.pushedBatches, QList<int> { 1 });
    QCOMPARE(d.backend.remote(QStringLiteral("gmail"))->displayName, QStringLiteral("me@example.com"));
    QVERIFY(d.pending().isEmpty());
    QCOMPARE(d.engine->state(), SyncEngine::State::Idle);
    QVERIFY(d.engine->lastSyncedAt().isValid());
}

void TestSyncEngine::lastWriterWins_data()
{
    QTest::addColumn<int>("localOffsetMs"); // when this device changed the row (from kT0)
    QTest::addColumn<int>("remoteOffsetMs"); // when another device did
    QTest::addColumn<QString>("winner");
    QTest::newRow("newer here") << 1000 << 0 << "here";
    QTest::newRow("newer on the server") << 0 << 1000 << "there";
    QTest::newRow("a millisecond newer here") << 1 << 0 << "here";
    QTest::newRow("a millisecond newer there") << 0 << 1 << "there";
}

void TestSyncEngine::lastWriterWins()
{
    QFETCH(int, localOffsetMs);
    QFETCH(int, remoteOffsetMs);
    QFETCH(QString, winner);
    Device d;
    // Both devices changed the row while this one was signed out; signing in pushes, then pulls.
    d.backend.putRemote(remoteRow(QStringLiteral("gmail"), QStringLiteral("there"), kT0.addMSecs(remoteOffsetMs)));
    d.now = kT0.addMSecs(localOffsetMs);
    QVERIFY(d.connect(QStringLiteral("gmail"), QStringLiteral("here")));
    QVERIFY(d.signInAndSync());

    // Both copies agree on the newer change, and nothing is left to push.
    QCOMPARE(d.store.get(u"gmail")->displayName, winner);
    QCOMPARE(d.backend.remote(QStringLiteral("gmail"))->displayName, winner);
    QCOMPARE(d.store.get(u"gmail")->rowId, d.backend.remote(QStringLiteral("gmail"))->rowId);
    QVERIFY(d.pending().isEmpty());
}

void TestSyncEngine::refusedRowHoldsBackOnlyItself_data()
{
    QTest::addColumn<QString>("refused");
    QTest::newRow("first of the batch") << "gmail";
    QTest::newRow("in the middle") << "outlook";
    QTest::newRow("last") << "hubspot";
}

void TestSyncEngine::refusedRowHoldsBackOnlyItself()
{
    QFETCH(QString, refused);
    Device d;
    const QStringList keys { QStringLiteral("gmail"), QStringLiteral("outlook"), QStringLiteral("hubspot") };
    for (const QString &key : keys) {
        d.now = d.now.addMSecs(1); // oldest first: the outbox order is the order above
        QVERIFY(d.connect(key, key + QStringLiteral("@example.com")));
    }
    d.backend.rejectKeys = { refused };
    QSignalSpy finished(d.engine.get(), &SyncEngine::syncFinished);
    d.backend.signIn(QStringLiteral("user-1"));
    QVERIFY(finished.wait(5000));

    // The batch is refused whole; then each row goes alone, and only the bad one stays behind.
    QCOMPARE(d.backend.pushedBatches, (QList<int> { 3, 1, 1, 1 }));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(1).toString(), refused + QStringLiteral(": check constraint violated"));
    QCOMPARE(d.engine->state(), SyncEngine::State::Failed);
    QCOMPARE(d.engine->consecutiveFailures(), 0); // a refusal is not retried by itself
    QCOMPARE(d.pending(), QStringList { refused });
    for (const QString &key : keys)
        QCOMPARE(d.backend.remote(key).has_value(), key != refused);

    // Fixed on the server: the next cycle takes it.
    d.backend.rejectKeys.clear();
    d.engine->syncNow();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY(d.pending().isEmpty());
    QVERIFY(d.backend.remote(refused).has_value());
}

void TestSyncEngine::takenRowIdIsRenewedOnce_data()
{
    QTest::addColumn<int>("timesTaken");
    QTest::addColumn<bool>("synced");
    QTest::addColumn<QList<int>>("batches");
    QTest::newRow("taken: a new id goes through") << 1 << true << QList<int> { 1, 1 };
    QTest::newRow("taken again: refused, no loop") << 2 << false << QList<int> { 1, 1 };
}

void TestSyncEngine::takenRowIdIsRenewedOnce()
{
    QFETCH(int, timesTaken);
    QFETCH(bool, synced);
    QFETCH(QList<int>, batches);
    Device d;
    QVERIFY(d.connect(QStringLiteral("gmail"), QStringLiteral("me@example.com")));
    d.backend.idTaken.insert(QStringLiteral("gmail"), timesTaken);
    QSignalSpy finished(d.engine.get(), &SyncEngine::syncFinished);
    d.backend.signIn(QStringLiteral("user-1"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), synced);
    QCOMPARE(d.backend.pushedBatches, batches);
    QCOMPARE(d.backend.remote(QStringLiteral("gmail")).has_value(), synced);
    QCOMPARE(d.pending().isEmpty(), synced);
    if (synced)
        QCOMPARE(d.store.get(u"gmail")->rowId, d.backend.remote(QStringLiteral("gmail"))->rowId);
}

void TestSyncEngine::failedRequests_data()
{
    QTest::addColumn<MemoryBackend::Request>("request");
    QTest::addColumn<SyncBackend::Outcome>("outcome");
    QTest::addColumn<SyncEngine::State>("state");
    QTest::addColumn<int>("failures");
    using R = MemoryBackend::Request;
    using O = SyncBackend::Outcome;
    using S = SyncEngine::State;
    // Transient failures retry by themselves (backoff); the others wait for the next change,
    // sign-in or an explicit sync.
    QTest::newRow("push offline") << R::Push << O::Transient << S::Offline << 1;
    QTest::newRow("push refused") << R::Push << O::Refused << S::Failed << 0;
    QTest::newRow("pull offline") << R::Pull << O::Transient << S::Offline << 1;
    QTest::newRow("pull rejected") << R::Pull << O::Rejected << S::Failed << 0;
    QTest::newRow("key list offline") << R::Keys << O::Transient << S::Offline << 1;
    QTest::newRow("key list refused") << R::Keys << O::Refused << S::Failed << 0;
}

void TestSyncEngine::failedRequests()
{
    QFETCH(MemoryBackend::Request, request);
    QFETCH(SyncBackend::Outcome, outcome);
    QFETCH(SyncEngine::State, state);
    QFETCH(int, failures);
    Device d;
    QVERIFY(d.connect(QStringLiteral("gmail"), QStringLiteral("first")));
    QVERIFY(d.signInAndSync()); // gmail is on the server now: later cycles list the keys

    const QString why = QStringLiteral("the server said no");
    d.backend.failNext(request, { outcome, why });
    QSignalSpy finished(d.engine.get(), &SyncEngine::syncFinished);
    d.now = d.now.addSecs(1);
    QVERIFY(d.connect(QStringLiteral("gmail"), QStringLiteral("second")));
    d.engine->syncNow();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first(), (QVariantList { false, why }));
    QCOMPARE(d.engine->lastError(), why);
    QCOMPARE(d.engine->consecutiveFailures(), failures);
    // A failed cycle loses nothing: a change not confirmed by the server stays queued.
    if (request == MemoryBackend::Request::Push)
        QCOMPARE(d.pending(), QStringList { QStringLiteral("gmail") });

    if (outcome == SyncBackend::Outcome::Transient) {
        QCOMPARE(d.engine->state(), state);
        QVERIFY(d.engine->hasTimerRunning());
        QVERIFY(finished.wait(5000)); // the retry, by itself
    } else {
        QCOMPARE(d.engine->state(), state);
        d.engine->syncNow();
        QVERIFY(finished.wait(5000));
    }
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(d.engine->state(), SyncEngine::State::Idle);
    QCOMPARE(d.engine->consecutiveFailures(), 0);
    QVERIFY(d.pending().isEmpty());
    QCOMPARE(d.backend.remote(QStringLiteral("gmail"))->displayName, QStringLiteral("second"));
}

void TestSyncEngine::remoteEventsLeadToOnePull_data()
{
    QTest::addColumn<int>("events");
    QTest::newRow("one") << 1;
    QTest::newRow("a burst") << 5;
}

void TestSyncEngine::remoteEventsLeadToOnePull()
{
    QFETCH(int, events);
    Device d;
    QVERIFY(d.signInAndSync());
    QVERIFY(d.engine->hasTimerRunning()); // the periodic sync
    d.backend.setLive(true);
    QVERIFY(d.engine->isLive());
    QVERIFY(!d.engine->hasTimerRunning()); // live: every change is announced

    const int pullsBefore = d.backend.pulls;
    QSignalSpy finished(d.engine.get(), &SyncEngine::syncFinished);
    d.backend.putRemote(remoteRow(QStringLiteral("outlook"), QStringLiteral("other@example.com"), kT0));
    for (int i = 0; i < events; ++i)
        Q_EMIT d.backend.remoteChanged();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(d.backend.pulls, pullsBefore + 1);
    QCOMPARE(d.store.get(u"outlook")->displayName, QStringLiteral("other@example.com"));
    QVERIFY(!d.engine->hasTimerRunning()); // no second pull waiting

    d.backend.setLive(false);
    QVERIFY(d.engine->hasTimerRunning()); // the periodic sync is back
}

void TestSyncEngine::deletionsOnTheServer_data()
{
    QTest::addColumn<int>("keyListLimit");
    QTest::addColumn<bool>("removedHere");
    QTest::newRow("complete list") << 100 << true;
    // As many keys as asked for: the list may have been cut off, so it proves nothing.
    QTest::newRow("list possibly cut off") << 1 << false;
}

void TestSyncEngine::deletionsOnTheServer()
{
    QFETCH(int, keyListLimit);
    QFETCH(bool, removedHere);
    Device d;
    SyncEngine::Timing t;
    t.keyListLimit = keyListLimit;
    d.engine->setTiming(t);
    QVERIFY(d.connect(QStringLiteral("gmail"), QStringLiteral("me@example.com")));
    QVERIFY(d.connect(QStringLiteral("outlook"), QStringLiteral("me@example.com")));
    QVERIFY(d.signInAndSync());

    d.backend.removeRemote(QStringLiteral("outlook")); // deleted in the dashboard
    QSignalSpy finished(d.engine.get(), &SyncEngine::syncFinished);
    d.engine->syncNow();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(d.store.get(u"outlook").has_value(), !removedHere);
    QVERIFY(d.store.get(u"gmail").has_value());
    QVERIFY(d.pending().isEmpty()); // a row deleted there is never pushed back
    QVERIFY(!d.backend.remote(QStringLiteral("outlook")).has_value());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
