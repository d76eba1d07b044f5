// The store's side of sync: outbox acknowledgement by version, last-writer-wins merges that
// never re-queue, the pull cursor committed with the merge, account adoption; and the row codec.
#include "model/connectionsmodel.h"
#include "store/connectionstore.h"
#include "supabase/rowcodec.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

class TestSyncStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ackRemovesOnlyThePushedVersion();
    void mergeLastWriterWins_data();
    void mergeLastWriterWins();
    void mergeNeverQueuesAndStoresTheCursor();
    void mergeOfIdenticalRowIsSilent();
    void adoptAccountQueuesEverythingAndRenewsIds();
    void onlySyncedUntouchedRowsAreDeleted();
    void codecRoundTrip();
    void timestampsFromPostgres_data();
    void timestampsFromPostgres();
    void unprintableInstantsAreRejected_data();
    void unprintableInstantsAreRejected();

private:
    Connection make(const QString &type, const QString &name, qint64 minutes) const
    {
        Connection c;
        c.integrationType = type;
        c.rowId = QStringLiteral("11111111-1111-4111-8111-111111111111");
        c.userId = QStringLiteral("user");
        c.status = ConnectionStatus::Active;
        c.displayName = name;
        c.createdAt = m_t0;
        c.updatedAt = m_t0.addSecs(minutes * 60);
        return c;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    QDateTime m_t0 = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    QDateTime m_now;
};

void TestSyncStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConnectionStore>();
    m_now = m_t0.addSecs(600); // local edits happen at t0 + 10 min
    m_store->setClock([this] { return m_now; });
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("db.sqlite"))));
}

void TestSyncStore::ackRemovesOnlyThePushedVersion()
{
    QVERIFY(m_store->setStatus(u"gmail", ConnectionStatus::Active));
    QVERIFY(m_store->setStatus(u"hubspot", ConnectionStatus::Active));
    const auto pushed = m_store->pendingRows(100);
    QCOMPARE(pushed.size(), 2);
    // gmail changes while its push is in flight: that newer version must stay queued.
    m_now = m_now.addSecs(1);
    QVERIFY(m_store->setStatus(u"gmail", ConnectionStatus::Disconnected));
    QVERIFY(m_store->acknowledgePush(pushed, {}));
    const auto left = m_store->pendingRows(100);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().connection.integrationType, QStringLiteral("gmail"));
    QCOMPARE(left.first().connection.status, ConnectionStatus::Disconnected);
    QVERIFY(left.first().version > pushed.first().version);
}

void TestSyncStore::mergeLastWriterWins_data()
{
    QTest::addColumn<bool>("queued");
    QTest::addColumn<int>("remoteMinutes"); // local change is at +10
    QTest::addColumn<bool>("remoteWins");
    QTest::addColumn<int>("queuedAfter");
    QTest::newRow("not queued, remote newer") << false << 11 << true << 0;
    QTest::newRow("not queued, remote same time") << false << 10 << true << 0;
    QTest::newRow("not queued, remote older") << false << 9 << false << 0;
    QTest::newRow("queued, remote newer: local loses") << true << 11 << true << 0;
    QTest::newRow("queued, same time: local pushes") << true << 10 << false << 1;
    QTest::newRow("queued, remote older: local pushes") << true << 9 << false << 1;
}

void TestSyncStore::mergeLastWriterWins()
{
    QFETCH(bool, queued);
    QFETCH(int, remoteMinutes);
    QFETCH(bool, remoteWins);
    QFETCH(int, queuedAfter);
    Connection local;
    local.integrationType = QStringLiteral("gmail");
    local.displayName = QStringLiteral("local");
    local.status = ConnectionStatus::Active;
    QVERIFY(m_store->upsert(local));
    if (!queued)
        QVERIFY(m_store->acknowledgePush(m_store->pendingRows(10), {}));
    QCOMPARE(m_store->pendingChanges().size(), queued ? 1 : 0);

    const Connection remote = make(QStringLiteral("gmail"), QStringLiteral("remote"), remoteMinutes);
    QVERIFY(m_store->mergeRemote({ remote }));
    QCOMPARE(
        m_store->get(u"gmail")->displayName, remoteWins ? QStringLiteral("remote") : QStringLiteral("local"));
    QCOMPARE(m_store->pendingChanges().size(), queuedAfter);
}

void TestSyncStore::mergeNeverQueuesAndStoresTheCursor()
{
    QSignalSpy queued(m_store.get(), &ConnectionStore::localChangeQueued);
    QSignalSpy changed(m_store.get(), &ConnectionStore::connectionChanged);
    QVERIFY(m_store->mergeRemote({ make(QStringLiteral("outlook"), QStringLiteral("x@example.com"), 3) },
        QStringLiteral("pull_cursor"), QStringLiteral("2026-11-30T09:03:00.123456+00:00")));
    QCOMPARE(queued.size(), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_store->pendingChanges().isEmpty());
    QCOMPARE(m_store->get(u"outlook")->rowId, QStringLiteral("11111111-1111-4111-8111-111111111111"));
    QCOMPARE(m_store->syncValue(QStringLiteral("pull_cursor")),
        QStringLiteral("2026-11-30T09:03:00.123456+00:00"));
}

void TestSyncStore::mergeOfIdenticalRowIsSilent()
{
    const Connection remote = make(QStringLiteral("outlook"), QStringLiteral("x@example.com"), 3);
    QVERIFY(m_store->mergeRemote({ remote }));
    QSignalSpy changed(m_store.get(), &ConnectionStore::connectionChanged);
    QVERIFY(m_store->mergeRemote({ remote })); // the pull overlap re-reads rows
    QCOMPARE(changed.size(), 0);
}

void TestSyncStore::adoptAccountQueuesEverythingAndRenewsIds()
{
    QVERIFY(m_store->mergeRemote({ make(QStringLiteral("outlook"), QStringLiteral("a"), 3) },
        QStringLiteral("pull_cursor"), QStringLiteral("c1")));
    // First account: ids stay (they are this device's own), rows are queued.
    QVERIFY(m_store->adoptAccount(QStringLiteral("user-a")));
    const QString idA = m_store->get(u"outlook")->rowId;
    QCOMPARE(idA, QStringLiteral("11111111-1111-4111-8111-111111111111"));
    QCOMPARE(m_store->pendingChanges().size(), 1);
    QVERIFY(m_store->syncValue(QStringLiteral("pull_cursor")).isEmpty());
    QVERIFY(m_store->acknowledgePush(m_store->pendingRows(10), {}));
    // Another account: new ids, queued again.
    QVERIFY(m_store->adoptAccount(QStringLiteral("user-b")));
    QVERIFY(m_store->get(u"outlook")->rowId != idA);
    QCOMPARE(m_store->pendingChanges().size(), 1);
    QCOMPARE(m_store->syncValue(QStringLiteral("account")), QStringLiteral("user-b"));
}

void TestSyncStore::onlySyncedUntouchedRowsAreDeleted()
{
    int n = 0;
    auto pulled = [&](const QString &type) {
        Connection c = make(type, QStringLiteral("me@example.com"), 1);
        c.rowId = QStringLiteral("11111111-1111-4111-8111-%1").arg(++n, 12, 10, QLatin1Char('0'));
        return c;
    };
    QVERIFY(m_store->mergeRemote({ pulled(QStringLiteral("gmail")), pulled(QStringLiteral("outlook")),
        pulled(QStringLiteral("salesforce")) }));
    // hubspot reached the server by a push the server confirmed.
    QVERIFY(m_store->setStatus(u"hubspot", ConnectionStatus::Active));
    auto pushed = m_store->pendingRows(100);
    QVERIFY(m_store->acknowledgePush(pushed, { pushed.first().connection }));
    QVERIFY(m_store->setStatus(u"slack", ConnectionStatus::Active)); // never synced
    QVERIFY(m_store->setStatus(u"outlook", ConnectionStatus::Error)); // synced, changed since
    QCOMPARE(m_store->pendingChanges().size(), 2);

    const auto candidates = m_store->serverDeletionCandidates();
    QStringList types = candidates.keys();
    types.sort();
    QCOMPARE(types, (QStringList { QStringLiteral("gmail"), QStringLiteral("hubspot"), QStringLiteral("salesforce") }));

    // While the key list is in flight, salesforce changes and its push is confirmed.
    QVERIFY(m_store->setStatus(u"salesforce", ConnectionStatus::Expired));
    pushed = m_store->pendingRows(100);
    QVERIFY(m_store->acknowledgePush(pushed, {}));
    QCOMPARE(m_store->pendingChanges().size(), 0);

    // The server lists only hubspot.
    ConnectionsModel model(m_store.get());
    const int gmailRow = model.rowOf(u"gmail");
    QVERIFY(gmailRow >= 0);
    QCOMPARE(model.connectionAt(gmailRow).status, ConnectionStatus::Active);
    QSignalSpy changed(m_store.get(), &ConnectionStore::connectionChanged);
    QSignalSpy queued(m_store.get(), &ConnectionStore::localChangeQueued);
    QStringList removed;
    QVERIFY(m_store->removeDeletedOnServer(candidates, { QStringLiteral("hubspot") }, &removed));
    QCOMPARE(removed, QStringList { QStringLiteral("gmail") });
    QVERIFY(!m_store->get(u"gmail"));
    for (const char16_t *kept : { u"hubspot", u"slack", u"outlook", u"salesforce" })
        QVERIFY(m_store->get(kept));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.connectionAt(gmailRow).status, ConnectionStatus::NotConnected); // the card follows
    QCOMPARE(model.connectionAt(gmailRow).displayName, QString());
    QCOMPARE(queued.size(), 0); // a deletion from the server is never pushed back
    QVERIFY(m_store->pendingChanges().isEmpty());

    // Another account signs in: nothing is known to be on its rows.
    QVERIFY(m_store->adoptAccount(QStringLiteral("someone-else")));
    QVERIFY(m_store->serverDeletionCandidates().isEmpty());
}

void TestSyncStore::codecRoundTrip()
{
    Connection c = make(QStringLiteral("salesforce"), QStringLiteral("me@sf.example"), 7);
    c.mode = ConnectMode::Direct;
    c.lastSyncAt = m_t0.addMSecs(1234);
    c.syncStatus = SyncStatus::Failed;
    c.errorMessage = QStringLiteral("quota");
    c.metadata = QJsonObject { { QStringLiteral("instance_url"), QStringLiteral("https://x.example") } };
    const QJsonObject row = supabase::toRow(c, QStringLiteral("uid"));
    QCOMPARE(row.value(QLatin1String("user_id")).toString(), QStringLiteral("uid"));
    QCOMPARE(row.value(QLatin1String("updated_at")).toString(), QStringLiteral("2026-11-30T09:07:00.000Z"));
    Connection back;
    QVERIFY(supabase::fromRow(row, &back));
    QCOMPARE(back.mode, ConnectMode::Direct);
    QCOMPARE(back.lastSyncAt, c.lastSyncAt);
    QCOMPARE(back.syncStatus, SyncStatus::Failed);
    QCOMPARE(back.metadata, c.metadata);
    QCOMPARE(back.updatedAt, c.updatedAt);
    QJsonObject broken = row;
    broken.remove(QStringLiteral("updated_at"));
    QVERIFY(!supabase::fromRow(broken, &back));
}

void TestSyncStore::timestampsFromPostgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    const qint64 base = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("whole seconds") << QStringLiteral("2026-01-01T10:00:00+00:00") << base;
    QTest::newRow("ms") << QStringLiteral("2026-01-01T10:00:00.123+00:00") << base + 123;
    QTest::newRow("two digits") << QStringLiteral("2026-01-01T10:00:00.12+00:00") << base + 120;
    QTest::newRow("microseconds are cut, not rounded")
        << QStringLiteral("2026-01-01T10:00:00.123999+00:00") << base + 123;
    QTest::newRow("Z") << QStringLiteral("2026-01-01T10:00:00.5Z") << base + 500;
    QTest::newRow("other offset") << QStringLiteral("2026-01-01T12:00:00.000+02:00") << base;
}

void TestSyncStore::timestampsFromPostgres()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(supabase::fromTimestamp(text).toMSecsSinceEpoch(), ms);
}

void TestSyncStore::unprintableInstantsAreRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("UTC year 0") << QStringLiteral("0001-01-01T00:00:00.000+13:59");
    QTest::newRow("UTC year 10000") << QStringLiteral("9999-12-31T23:30:00.000-01:00");
    QTest::newRow("garbage") << QStringLiteral("yesterday");
    QTest::newRow("empty") << QString();
}

void TestSyncStore::unprintableInstantsAreRejected()
{
    // What is read must be writable again, or a pulled row could never be pushed back.
    QFETCH(QString, text);
    QVERIFY(!supabase::fromTimestamp(text).isValid());
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
