// oauth::TokenLedger on its own: which rows hold keychain tokens, the ledger kept in sync_state,
// and the sweep of tokens whose connection is gone (batched, skipped while busy, retried after a
// keychain failure). Real ConnectionStore on a temporary SQLite file; keychain: MemorySecretStore.
#include "oauth/tokenledger.h"
#include "secrets/keynames.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace aria;
using aria::oauth::TokenLedger;

namespace {

const QString kId = QStringLiteral("peer");
const QString kOther = QStringLiteral("other");

} // namespace

class TestTokenLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void holdsTokens_data();
    void holdsTokens();
    void unwrittenLedgerListsEveryDirectRow();
    void setHeldWritesASortedList();
    void setHeldSeedsTheLedgerOnce();
    void sweepRemovesTokensOfAGoneRow();
    void sweepKeepsLiveTokens();
    void sweepWaitsWhileBusy();
    void sweepLaterBatchesOneTurn();
    void keychainFailureKeepsTheIdListed();
    void idsOutsideTheLedgerAreLeftAlone();

private:
    void addRow(const QString &id, ConnectMode mode, ConnectionStatus status);
    void putTokens(const QString &id);
    bool hasTokens(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TokenLedger> m_ledger;
    QSet<QString> m_busy;
};

void TestTokenLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConnectionStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("db.sqlite"))));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_ledger = std::make_unique<TokenLedger>(m_store.get(), m_secrets.get());
    m_busy.clear();
    m_ledger->setBusyCheck([this](const QString &id) { return m_busy.contains(id); });
}

void TestTokenLedger::cleanup()
{
    m_ledger.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

void TestTokenLedger::addRow(const QString &id, ConnectMode mode, ConnectionStatus status)
{
    Connection c;
    c.integrationType = id;
    c.mode = mode;
    c.status = status;
    QVERIFY(m_store->upsert(c));
}

void TestTokenLedger::putTokens(const QString &id)
{
    int answered = 0;
    auto count = [&answered](const SecretStore::Reply &) { ++answered; };
    m_secrets->write(keys::accessToken(id), QStringLiteral("at-") + id, this, count);
    m_secrets->write(keys::refreshToken(id), QStringLiteral("rt-") + id, this, count);
    QVERIFY(QTest::qWaitFor([&] { return answered == 2; }));
}

bool TestTokenLedger::hasTokens(const QString &id) const
{
    const auto contents = m_secrets->contents();
    return contents.contains(keys::accessToken(id)) || contents.contains(keys::refreshToken(id));
}

void TestTokenLedger::holdsTokens_data()
{
    QTest::addColumn<ConnectMode>("mode");
    QTest::addColumn<ConnectionStatus>("status");
    QTest::addColumn<bool>("holds");
    QTest::newRow("direct connecting") << ConnectMode::Direct << ConnectionStatus::Connecting << true;
    QTest::newRow("direct active") << ConnectMode::Direct << ConnectionStatus::Active << true;
    QTest::newRow("direct expired") << ConnectMode::Direct << ConnectionStatus::Expired << true;
    QTest::newRow("direct error") << ConnectMode::Direct << ConnectionStatus::Error << true;
    QTest::newRow("direct not connected") << ConnectMode::Direct << ConnectionStatus::NotConnected << false;
    QTest::newRow("direct tombstone") << ConnectMode::Direct << ConnectionStatus::Disconnected << false;
    QTest::newRow("composio active") << ConnectMode::Composio << ConnectionStatus::Active << false;
}

void TestTokenLedger::holdsTokens()
{
    QFETCH(ConnectMode, mode);
    QFETCH(ConnectionStatus, status);
    QFETCH(bool, holds);
    QVERIFY(!m_ledger->holdsTokens(kId)); // no row at all
    addRow(kId, mode, status);
    QCOMPARE(m_ledger->holdsTokens(kId), holds);
}

void TestTokenLedger::unwrittenLedgerListsEveryDirectRow()
{
    addRow(kId, ConnectMode::Direct, ConnectionStatus::Active);
    addRow(kOther, ConnectMode::Composio, ConnectionStatus::Active);
    QVERIFY(m_store->syncValue(TokenLedger::key()).isEmpty());
    QCOMPARE(m_ledger->ids(), QStringList { kId });
}

void TestTokenLedger::setHeldWritesASortedList()
{
    m_ledger->setHeld(QStringLiteral("zeta"), true);
    m_ledger->setHeld(QStringLiteral("alpha"), true);
    m_ledger->setHeld(QStringLiteral("alpha"), true); // listed once
    QCOMPARE(m_store->syncValue(TokenLedger::key()), QStringLiteral("[\"alpha\",\"zeta\"]"));
    m_ledger->setHeld(QStringLiteral("zeta"), false);
    QCOMPARE(m_ledger->ids(), QStringList { QStringLiteral("alpha") });
}

void TestTokenLedger::setHeldSeedsTheLedgerOnce()
{
    // Unlisting an id that is not listed still writes the seeded list, so later reads need not
    // guess from the rows.
    addRow(kId, ConnectMode::Direct, ConnectionStatus::Active);
    m_ledger->setHeld(kOther, false);
    QCOMPARE(m_store->syncValue(TokenLedger::key()), QStringLiteral("[\"peer\"]"));
}

void TestTokenLedger::sweepRemovesTokensOfAGoneRow()
{
    putTokens(kId);
    m_ledger->setHeld(kId, true);
    QSignalSpy started(m_ledger.get(), &TokenLedger::sweepStarted);
    QSignalSpy removed(m_ledger.get(), &TokenLedger::tokensRemoved);
    m_ledger->sweepAll(); // no row: the connection is gone
    QCOMPARE(started.count(), 1); // before any keychain call, so a refresh can be cancelled first
    QVERIFY(removed.wait());
    QCOMPARE(removed.takeFirst(), (QVariantList { kId, true }));
    QVERIFY(!hasTokens(kId));
    QVERIFY(m_ledger->ids().isEmpty());
}

void TestTokenLedger::sweepKeepsLiveTokens()
{
    addRow(kId, ConnectMode::Direct, ConnectionStatus::Active);
    putTokens(kId);
    m_ledger->setHeld(kId, true);
    QSignalSpy removed(m_ledger.get(), &TokenLedger::tokensRemoved);
    m_ledger->sweepAll();
    QTest::qWait(20);
    QCOMPARE(removed.count(), 0);
    QVERIFY(hasTokens(kId));
    QCOMPARE(m_ledger->ids(), QStringList { kId });
}

void TestTokenLedger::sweepWaitsWhileBusy()
{
    putTokens(kId);
    m_ledger->setHeld(kId, true);
    m_busy.insert(kId);
    QSignalSpy removed(m_ledger.get(), &TokenLedger::tokensRemoved);
    m_ledger->sweepAll();
    QTest::qWait(20);
    QCOMPARE(removed.count(), 0);
    QVERIFY(hasTokens(kId));
    // The action ends and asks again, as the connector's setBusy(false) does.
    m_busy.remove(kId);
    m_ledger->sweepLater(kId);
    QVERIFY(removed.wait());
    QVERIFY(!hasTokens(kId));
}

void TestTokenLedger::sweepLaterBatchesOneTurn()
{
    putTokens(kId);
    putTokens(kOther);
    m_ledger->setHeld(kId, true);
    m_ledger->setHeld(kOther, true);
    QSignalSpy started(m_ledger.get(), &TokenLedger::sweepStarted);
    QSignalSpy removed(m_ledger.get(), &TokenLedger::tokensRemoved);
    m_ledger->sweepLater(kId);
    m_ledger->sweepLater(kOther);
    m_ledger->sweepLater(kId);
    QCOMPARE(started.count(), 0); // nothing before the event loop turns
    QVERIFY(QTest::qWaitFor([&] { return removed.count() == 2; }));
    QCOMPARE(started.count(), 2); // each id once
    QVERIFY(!hasTokens(kId));
    QVERIFY(!hasTokens(kOther));
    QCOMPARE(m_store->syncValue(TokenLedger::key()), QStringLiteral("[]"));
}

void TestTokenLedger::keychainFailureKeepsTheIdListed()
{
    putTokens(kId);
    m_ledger->setHeld(kId, true);
    QSignalSpy removed(m_ledger.get(), &TokenLedger::tokensRemoved);
    m_secrets->setForcedResult(SecretStore::Result::Unavailable);
    m_ledger->sweepAll();
    QVERIFY(removed.wait());
    QCOMPARE(removed.takeFirst(), (QVariantList { kId, false }));
    QCOMPARE(m_ledger->ids(), QStringList { kId }); // tried again at the next change or start-up
    m_secrets->setForcedResult(SecretStore::Result::Ok);
    m_ledger->sweepAll();
    QVERIFY(removed.wait());
    QCOMPARE(removed.takeFirst(), (QVariantList { kId, true }));
    QVERIFY(!hasTokens(kId));
}

void TestTokenLedger::idsOutsideTheLedgerAreLeftAlone()
{
    // Tokens the ledger does not list are not ours to judge (nothing reads the keychain then).
    putTokens(kId);
    m_ledger->setHeld(kOther, true);
    QSignalSpy started(m_ledger.get(), &TokenLedger::sweepStarted);
    m_ledger->sweepLater(kId);
    QTest::qWait(20);
    QCOMPARE(started.count(), 0);
    QVERIFY(hasTokens(kId));
}

QTEST_GUILESS_MAIN(TestTokenLedger)
#include "tst_tokenledger.moc"
