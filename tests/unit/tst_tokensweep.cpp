// DirectOAuthConnector removes the keychain tokens of a direct connection that is gone, however
// it went: deleted on the server and removed by sync, a tombstone or another mode arriving by
// sync, a connect killed after the tokens were stored, a row removed by another process (seen at
// start-up). Live connections keep theirs. Keychain: MemorySecretStore.
#include "oauth/directoauthconnector.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

namespace {

const QString kId = QStringLiteral("peer");
const QString kOther = QStringLiteral("other");

} // namespace

class TestTokenSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void serverDeletionRemovedBySyncTakesTheTokens();
    void tombstoneArrivingBySyncTakesTheTokens();
    void anotherModeArrivingBySyncTakesTheTokens();
    void liveConnectionsKeepTheirTokens_data();
    void liveConnectionsKeepTheirTokens();
    void killedConnectLosesItsTokensAtStart();
    void rowRemovedByAnotherProcessIsSweptAtStart();
    void profileWithoutTheListIsSweptOnce();
    void keychainFailureIsRetriedLater();

private:
    // A direct connection as it would be after a sync: pulled from the server, tokens held.
    void holdTokens(const QString &id, ConnectionStatus status = ConnectionStatus::Active);
    Connection remote(const QString &id, ConnectionStatus status, qint64 minutes) const;
    QStringList ledger() const;
    bool hasTokens(const QString &id) const;
    bool waitRemoved(const QString &id, bool ok = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DirectOAuthConnector> m_connector;
    std::unique_ptr<QSignalSpy> m_removed;
    QDateTime m_t0 = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
};

void TestTokenSweep::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConnectionStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("db.sqlite"))));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_connector = std::make_unique<DirectOAuthConnector>(m_store.get(), m_secrets.get(), m_nam.get());
    m_removed = std::make_unique<QSignalSpy>(m_connector.get(), &DirectOAuthConnector::tokensRemoved);
}

void TestTokenSweep::cleanup()
{
    m_removed.reset();
    m_connector.reset();
    m_nam.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

Connection TestTokenSweep::remote(const QString &id, ConnectionStatus status, qint64 minutes) const
{
    Connection c;
    c.integrationType = id;
    c.rowId = id == kId ? QStringLiteral("11111111-1111-4111-8111-111111111111")
                        : QStringLiteral("22222222-2222-4222-8222-222222222222");
    c.userId = QStringLiteral("user");
    c.mode = ConnectMode::Direct;
    c.status = status;
    c.displayName = QStringLiteral("ada@example.test");
    c.createdAt = m_t0;
    c.updatedAt = m_t0.addSecs(minutes * 60);
    return c;
}

void TestTokenSweep::holdTokens(const QString &id, ConnectionStatus status)
{
    QVERIFY(m_store->mergeRemote({ remote(id, status, 0) }));
    std::optional<SecretStore::Reply> a, r;
    m_secrets->write(DirectOAuthConnector::accessTokenKey(id), QStringLiteral("at-") + id, this,
        [&a](const SecretStore::Reply &reply) { a = reply; });
    m_secrets->write(DirectOAuthConnector::refreshTokenKey(id), QStringLiteral("rt-") + id, this,
        [&r](const SecretStore::Reply &reply) { r = reply; });
    QVERIFY(QTest::qWaitFor([&] { return a && r; }, 2000));
    // What storeTokens() records before writing a grant's tokens.
    QStringList ids = ledger();
    ids << id;
    QVERIFY(m_store->setSyncValue(DirectOAuthConnector::tokenLedgerKey(),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))));
    QTest::qWait(10); // let the merge's change signal pass: it must not take live tokens
    QVERIFY(hasTokens(id));
}

QStringList TestTokenSweep::ledger() const
{
    QStringList ids;
    const QString text = m_store->syncValue(DirectOAuthConnector::tokenLedgerKey());
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids << v.toString();
    return ids;
}

bool TestTokenSweep::hasTokens(const QString &id) const
{
    const auto contents = m_secrets->contents();
    return contents.contains(DirectOAuthConnector::accessTokenKey(id))
        || contents.contains(DirectOAuthConnector::refreshTokenKey(id));
}

bool TestTokenSweep::waitRemoved(const QString &id, bool ok)
{
    auto seen = [&] {
        for (const QList<QVariant> &args : std::as_const(*m_removed)) {
            if (args.at(0).toString() == id && args.at(1).toBool() == ok)
                return true;
        }
        return false;
    };
    return QTest::qWaitFor(seen, 5000);
}

void TestTokenSweep::serverDeletionRemovedBySyncTakesTheTokens()
{
    holdTokens(kId);
    holdTokens(kOther);
    // What SyncEngine does after the key list: both rows had reached the server, only kOther is
    // still there.
    const QHash<QString, qint64> candidates = m_store->serverDeletionCandidates();
    QVERIFY(candidates.contains(kId));
    QStringList gone;
    QVERIFY(m_store->removeDeletedOnServer(candidates, { kOther }, &gone));
    QCOMPARE(gone, QStringList { kId });

    QVERIFY(waitRemoved(kId));
    QVERIFY(!hasTokens(kId));
    QVERIFY(hasTokens(kOther));
    QCOMPARE(ledger(), QStringList { kOther });
}

void TestTokenSweep::tombstoneArrivingBySyncTakesTheTokens()
{
    holdTokens(kId);
    QVERIFY(m_store->mergeRemote({ remote(kId, ConnectionStatus::Disconnected, 5) })); // another device
    QCOMPARE(m_store->get(kId)->status, ConnectionStatus::Disconnected);
    QVERIFY(waitRemoved(kId));
    QVERIFY(!hasTokens(kId));
    QVERIFY(ledger().isEmpty());
    QVERIFY(!m_connector->nextRefreshAt(kId).isValid());
}

void TestTokenSweep::anotherModeArrivingBySyncTakesTheTokens()
{
    holdTokens(kId);
    Connection viaComposio = remote(kId, ConnectionStatus::Active, 5); // reconnected elsewhere
    viaComposio.mode = ConnectMode::Composio;
    viaComposio.composioConnectionId = QStringLiteral("ca_1");
    QVERIFY(m_store->mergeRemote({ viaComposio }));
    QVERIFY(waitRemoved(kId));
    QVERIFY(!hasTokens(kId));
}

void TestTokenSweep::liveConnectionsKeepTheirTokens_data()
{
    QTest::addColumn<ConnectionStatus>("status");
    QTest::newRow("active") << ConnectionStatus::Active;
    QTest::newRow("expired") << ConnectionStatus::Expired;
    QTest::newRow("error") << ConnectionStatus::Error;
    QTest::newRow("connecting") << ConnectionStatus::Connecting;
}

void TestTokenSweep::liveConnectionsKeepTheirTokens()
{
    QFETCH(ConnectionStatus, status);
    holdTokens(kId);
    QVERIFY(m_store->mergeRemote({ remote(kId, status, 5) }));
    QVERIFY(m_store->recordSync(kId, SyncStatus::Failed, m_t0.addSecs(600), QStringLiteral("offline")));
    m_connector->sweepTokens();
    QTest::qWait(50);
    QVERIFY(m_removed->isEmpty());
    QVERIFY(hasTokens(kId));
    QCOMPARE(ledger(), QStringList { kId });
}

void TestTokenSweep::killedConnectLosesItsTokensAtStart()
{
    // The app was killed after the tokens were stored but before the row turned active.
    holdTokens(kId, ConnectionStatus::Connecting);
    QSignalSpy finished(m_connector.get(), &Connector::refreshFinished);
    IntegrationSpec spec;
    spec.id = kId;
    m_connector->refreshAll({ spec }); // start-up
    QCOMPARE(m_store->get(kId)->status, ConnectionStatus::NotConnected);
    QVERIFY(waitRemoved(kId));
    QVERIFY(!hasTokens(kId));
    QVERIFY(finished.count() == 1 || finished.wait(2000));
}

void TestTokenSweep::rowRemovedByAnotherProcessIsSweptAtStart()
{
    // e.g. `account sync` removed it, or its provider was removed: no change signal here.
    holdTokens(kId);
    holdTokens(kOther);
    QSqlQuery q(m_store->database().handle());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM connections WHERE integration_type = 'peer'")));
    QTest::qWait(20);
    QVERIFY(hasTokens(kId));
    m_connector->refreshAll({}); // no spec for it any more
    QVERIFY(waitRemoved(kId));
    QVERIFY(!hasTokens(kId));
    QVERIFY(hasTokens(kOther));
    QCOMPARE(ledger(), QStringList { kOther });
}

void TestTokenSweep::profileWithoutTheListIsSweptOnce()
{
    // A profile from before the list: direct rows are taken as holding tokens.
    holdTokens(kId);
    QVERIFY(m_store->setSyncValue(DirectOAuthConnector::tokenLedgerKey(), QStringLiteral("")));
    QVERIFY(m_store->setStatus(kId, ConnectionStatus::Disconnected));
    QVERIFY(waitRemoved(kId));
    QVERIFY(!hasTokens(kId));
    QCOMPARE(m_store->syncValue(DirectOAuthConnector::tokenLedgerKey()), QStringLiteral("[]"));
    // From now on nothing is listed, so nothing more is asked of the keychain.
    m_removed->clear();
    m_connector->sweepTokens();
    QTest::qWait(50);
    QVERIFY(m_removed->isEmpty());
}

void TestTokenSweep::keychainFailureIsRetriedLater()
{
    holdTokens(kId);
    m_secrets->setForcedResult(SecretStore::Result::Unavailable);
    QVERIFY(m_store->removeDeletedOnServer(m_store->serverDeletionCandidates(), {}));
    QVERIFY(waitRemoved(kId, false));
    QCOMPARE(ledger(), QStringList { kId }); // still to do
    m_secrets->setForcedResult(SecretStore::Result::Ok);
    m_connector->refreshAll({}); // the next start
    QVERIFY(waitRemoved(kId, true));
    QVERIFY(!hasTokens(kId));
    QVERIFY(ledger().isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenSweep)
#include "tst_tokensweep.moc"
