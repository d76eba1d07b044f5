#include "model/connectionsmodel.h"
#include "store/connectionstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

class TestConnectionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptyStoreListsNothing();
    void upsertRoundTrips();
    void upsertKeepsIdentityAndStampsTime();
    void setStatusCreatesOrUpdates();
    void recordSyncKeepsLastSuccess();
    void recordSyncNeedsARow();
    void everyChangeIsQueuedOnce();
    void twoConnectionsWriting();
    void signalsCarryTheId();
    void modelTellsAFirstRunFromOneRead();
    void connectionIds_data();
    void connectionIds();
    void severalConnectionsOfOneIntegration();
    void addedAccountStaysLocalUntilConnected();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
    QString path() const { return m_dir->filePath(QStringLiteral("db.sqlite")); }
    void openStore(ConnectionStore &store)
    {
        store.setClock([this] { return m_now; });
        store.setUserId(QStringLiteral("local-user"));
        QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    }
};

void TestConnectionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
}

void TestConnectionStore::emptyStoreListsNothing()
{
    ConnectionStore store;
    openStore(store);
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.get(u"gmail"));
    QVERIFY(store.pendingChanges().isEmpty());
}

void TestConnectionStore::upsertRoundTrips()
{
    ConnectionStore store;
    openStore(store);
    Connection c;
    c.integrationType = QStringLiteral("gmail");
    c.mode = ConnectMode::Direct;
    c.composioConnectionId = QStringLiteral("ca_123");
    c.composioAccountId = QStringLiteral("acc");
    c.displayName = QStringLiteral("a@b.com");
    c.status = ConnectionStatus::Active;
    c.lastSyncAt = m_now.addSecs(-60);
    c.syncStatus = SyncStatus::Failed;
    c.errorMessage = QStringLiteral("quota <b>exceeded</b>");
    c.metadata = QJsonObject{{QStringLiteral("instance_url"), QStringLiteral("https://x.example")}};
    QVERIFY(store.upsert(c));

    const auto got = store.get(u"gmail");
    QVERIFY(got);
    QCOMPARE(got->mode, ConnectMode::Direct);
    QCOMPARE(got->composioConnectionId, c.composioConnectionId);
    QCOMPARE(got->composioAccountId, c.composioAccountId);
    QCOMPARE(got->displayName, c.displayName);
    QCOMPARE(got->status, ConnectionStatus::Active);
    QCOMPARE(got->lastSyncAt, c.lastSyncAt);
    QCOMPARE(got->syncStatus, SyncStatus::Failed);
    QCOMPARE(got->errorMessage, c.errorMessage);
    QCOMPARE(got->metadata, c.metadata);
    QCOMPARE(got->userId, QStringLiteral("local-user"));
    QCOMPARE(got->createdAt, m_now);
    QCOMPARE(got->updatedAt, m_now);
    QVERIFY(!QUuid::fromString(got->rowId).isNull());
}

void TestConnectionStore::upsertKeepsIdentityAndStampsTime()
{
    ConnectionStore store;
    openStore(store);
    QVERIFY(store.setStatus(u"hubspot", ConnectionStatus::Connecting));
    const Connection first = *store.get(u"hubspot");
    m_now = m_now.addSecs(30);
    Connection changed = first;
    changed.rowId = QStringLiteral("someone-else");
    changed.status = ConnectionStatus::Active;
    QVERIFY(store.upsert(changed));
    const Connection second = *store.get(u"hubspot");
    QCOMPARE(second.rowId, first.rowId);
    QCOMPARE(second.createdAt, first.createdAt);
    QCOMPARE(second.updatedAt, m_now);
    QCOMPARE(second.status, ConnectionStatus::Active);
}

void TestConnectionStore::setStatusCreatesOrUpdates()
{
    ConnectionStore store;
    openStore(store);
    QVERIFY(store.setStatus(u"outlook", ConnectionStatus::Error, QStringLiteral("denied")));
    QCOMPARE(store.get(u"outlook")->status, ConnectionStatus::Error);
    QCOMPARE(store.get(u"outlook")->errorMessage, QStringLiteral("denied"));
    QVERIFY(store.setStatus(u"outlook", ConnectionStatus::Active));
    QCOMPARE(store.get(u"outlook")->errorMessage, QString());
    QCOMPARE(store.list().size(), 1);
}

void TestConnectionStore::recordSyncKeepsLastSuccess()
{
    ConnectionStore store;
    openStore(store);
    QVERIFY(store.setStatus(u"gmail", ConnectionStatus::Active));
    const QDateTime good = m_now.addSecs(-120);
    QVERIFY(store.recordSync(u"gmail", SyncStatus::Success, good));
    QCOMPARE(store.get(u"gmail")->lastSyncAt, good);
    QVERIFY(store.recordSync(u"gmail", SyncStatus::Failed, m_now, QStringLiteral("timeout")));
    const Connection c = *store.get(u"gmail");
    QCOMPARE(c.syncStatus, SyncStatus::Failed);
    QCOMPARE(c.lastSyncAt, good);  // the last *successful* sync stays visible
    QCOMPARE(c.errorMessage, QStringLiteral("timeout"));
}

void TestConnectionStore::recordSyncNeedsARow()
{
    ConnectionStore store;
    openStore(store);
    QSignalSpy errors(&store, &ConnectionStore::errorOccurred);
    QVERIFY(!store.recordSync(u"gmail", SyncStatus::Success, m_now));
    QCOMPARE(errors.size(), 1);
    QVERIFY(store.list().isEmpty());
}

void TestConnectionStore::everyChangeIsQueuedOnce()
{
    ConnectionStore store;
    openStore(store);
    QVERIFY(store.setStatus(u"gmail", ConnectionStatus::Connecting));
    QVERIFY(store.setStatus(u"gmail", ConnectionStatus::Active));
    QVERIFY(store.setStatus(u"hubspot", ConnectionStatus::Active));
    const auto pending = store.pendingChanges();
    QCOMPARE(pending.size(), 2);  // one entry per row, at its latest version
    QCOMPARE(pending.at(0).first, QStringLiteral("gmail"));
    QCOMPARE(pending.at(0).second, 2);
    QCOMPARE(pending.at(1).first, QStringLiteral("hubspot"));
    QCOMPARE(pending.at(1).second, 1);
}

void TestConnectionStore::twoConnectionsWriting()
{
    ConnectionStore a;
    ConnectionStore b;
    openStore(a);
    openStore(b);
    for (int i = 0; i < 50; ++i) {
        QVERIFY(a.setStatus(u"gmail", i % 2 ? ConnectionStatus::Active : ConnectionStatus::Error));
        QVERIFY(b.setStatus(u"hubspot", i % 2 ? ConnectionStatus::Active : ConnectionStatus::Expired));
    }
    QCOMPARE(a.list().size(), 2);
    QCOMPARE(b.get(u"gmail")->status, ConnectionStatus::Active);
    QCOMPARE(a.get(u"hubspot")->status, ConnectionStatus::Active);
    const auto pending = b.pendingChanges();
    QCOMPARE(pending.size(), 2);
    for (const auto &[id, version] : pending)
        QCOMPARE(version, 50);
}

void TestConnectionStore::signalsCarryTheId()
{
    ConnectionStore store;
    openStore(store);
    QSignalSpy changed(&store, &ConnectionStore::connectionChanged);
    QVERIFY(store.setStatus(u"salesforce", ConnectionStatus::Active));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("salesforce"));
}

// The window builds its model with its integrations and asks it whether anything was stored
// (first run: skeletons), instead of reading the table three times at start-up.
void TestConnectionStore::modelTellsAFirstRunFromOneRead()
{
    ConnectionStore store;
    openStore(store);
    const QList<IntegrationSpec> specs = builtInIntegrations().mid(0, 2);
    ConnectionsModel fresh(&store, specs);
    QCOMPARE(fresh.rowCount(), 2);
    QCOMPARE(fresh.integrations().first().id, specs.first().id);
    QVERIFY(!fresh.storeHadRows());

    Connection other; // a row of an integration this model does not show still counts
    other.integrationType = QStringLiteral("acme_tasks");
    other.status = ConnectionStatus::Error;
    QVERIFY(store.upsert(other));
    fresh.reload();
    QVERIFY(fresh.storeHadRows());
    QCOMPARE(ConnectionsModel(&store).storeHadRows(), true);
    QCOMPARE(ConnectionsModel(nullptr, specs).storeHadRows(), false);
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"

void TestConnectionStore::connectionIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("integration");  // empty: not a connection id
    QTest::newRow("first") << "gmail" << "gmail";
    QTest::newRow("second") << "gmail-2" << "gmail";
    QTest::newRow("underscore") << "google_calendar-12" << "google_calendar";
    QTest::newRow("one") << "gmail-1" << "";
    QTest::newRow("zero") << "gmail-0" << "";
    QTest::newRow("leading zero") << "gmail-02" << "";
    QTest::newRow("sign") << "gmail-+2" << "";
    QTest::newRow("dash only") << "gmail-" << "";
    QTest::newRow("too big") << "gmail-10000" << "";
    QTest::newRow("upper") << "Gmail-2" << "";
    QTest::newRow("two dashes") << "gmail-2-2" << "";
    QTest::newRow("empty") << "" << "";
}

void TestConnectionStore::connectionIds()
{
    QFETCH(QString, id);
    QFETCH(QString, integration);
    QCOMPARE(integrationOfConnectionId(id), integration);
    QCOMPARE(isValidConnectionId(id), !integration.isEmpty());
    if (!integration.isEmpty()) {
        // Every id nextConnectionId() makes reads back as its integration's.
        QCOMPARE(integrationOfConnectionId(nextConnectionId(integration, {integration, id})), integration);
    }
}

void TestConnectionStore::severalConnectionsOfOneIntegration()
{
    ConnectionStore store;
    openStore(store);
    QCOMPARE(store.nextConnectionId(QStringLiteral("gmail")), QStringLiteral("gmail"));
    QSignalSpy changed(&store, &ConnectionStore::connectionChanged);
    for (const char *account : {"work@example.com", "me@example.com", "club@example.com"}) {
        Connection c;
        c.integrationType = QStringLiteral("gmail");
        c.connectionId = store.nextConnectionId(c.integrationType);
        c.displayName = QLatin1String(account);
        c.status = ConnectionStatus::Active;
        QVERIFY(store.upsert(c));
        m_now = m_now.addSecs(1);
    }
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("gmail-2"));
    const QList<Connection> gmail = store.connectionsOf(u"gmail");
    QCOMPARE(gmail.size(), 3);
    QCOMPARE(gmail.at(0).key(), QStringLiteral("gmail"));
    QCOMPARE(gmail.at(2).key(), QStringLiteral("gmail-3"));
    QCOMPARE(gmail.at(2).displayName, QStringLiteral("club@example.com"));
    QVERIFY(gmail.at(0).rowId != gmail.at(1).rowId);
    QCOMPARE(store.pendingChanges().size(), 3);

    // One connection changes alone.
    QVERIFY(store.setStatus(u"gmail-2", ConnectionStatus::Disconnected));
    QCOMPARE(store.get(u"gmail-2")->status, ConnectionStatus::Disconnected);
    QCOMPARE(store.get(u"gmail")->status, ConnectionStatus::Active);
    QCOMPARE(store.get(u"gmail-3")->status, ConnectionStatus::Active);
    QCOMPARE(store.get(u"gmail-3")->displayName, QStringLiteral("club@example.com"));

    // A key of another integration, or no key at all, is refused and changes nothing.
    Connection wrong;
    wrong.integrationType = QStringLiteral("hubspot");
    wrong.connectionId = QStringLiteral("gmail-2");
    QVERIFY(!store.upsert(wrong));
    QCOMPARE(store.get(u"gmail-2")->integrationType, QStringLiteral("gmail"));
    QVERIFY(!store.setStatus(u"not an id", ConnectionStatus::Active));
    QCOMPARE(store.list().size(), 3);

    // The window's card shows the integration's first connection.
    ConnectionsModel model(&store);
    const int row = model.rowOf(u"gmail");
    QVERIFY(row >= 0);
    QCOMPARE(model.connectionAt(row).displayName, QStringLiteral("work@example.com"));
}

// An account being added is written unshared: shown locally, never queued for the server, so
// a cancelled add is discarded without a trace; once connected, an upsert shares it. A row that
// has reached the server is never discarded.
void TestConnectionStore::addedAccountStaysLocalUntilConnected()
{
    ConnectionStore store;
    openStore(store);
    QVERIFY(store.setStatus(u"gmail", ConnectionStatus::Active));
    const auto queued = store.pendingChanges();
    QSignalSpy changed(&store, &ConnectionStore::connectionChanged);
    QSignalSpy shared(&store, &ConnectionStore::localChangeQueued);

    Connection adding;
    adding.integrationType = QStringLiteral("gmail");
    adding.connectionId = QStringLiteral("gmail-2");
    adding.status = ConnectionStatus::Connecting;
    QVERIFY(store.upsertUnshared(adding));
    QCOMPARE(store.get(u"gmail-2")->status, ConnectionStatus::Connecting);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(shared.size(), 0);
    QCOMPARE(store.pendingChanges(), queued);

    QVERIFY(store.discardUnshared(u"gmail-2"));
    QVERIFY(!store.get(u"gmail-2"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("gmail-2"));
    QCOMPARE(store.nextConnectionId(QStringLiteral("gmail")), QStringLiteral("gmail-2"));
    QVERIFY(!store.discardUnshared(u"gmail-2")); // nothing left to discard

    // Connected: the next write shares it.
    QVERIFY(store.upsertUnshared(adding));
    adding.status = ConnectionStatus::Active;
    QVERIFY(store.upsert(adding));
    QCOMPARE(shared.size(), 1);
    QCOMPARE(store.pendingChanges().size(), queued.size() + 1);
    // Queued but not yet on the server: still this device's alone, outbox entry included.
    QVERIFY(store.discardUnshared(u"gmail-2"));
    QCOMPARE(store.pendingChanges(), queued);

    // On the server: kept.
    QVERIFY(store.upsert(adding));
    QVERIFY(store.removeDeletedOnServer({}, { QStringLiteral("gmail"), QStringLiteral("gmail-2") }));
    QVERIFY(!store.discardUnshared(u"gmail-2"));
    QCOMPARE(store.get(u"gmail-2")->status, ConnectionStatus::Active);
    QVERIFY(!store.discardUnshared(u"gmail"));
}
