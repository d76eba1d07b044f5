#include "fakeconnectionservice.h"
#include "model/connectionsmodel.h"
#include "model/overallstatus.h"
#include "store/connectionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;
Q_DECLARE_METATYPE(aria::OverallState)

namespace {
QStringList rowsOf(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
}  // namespace

class TestOverallStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void aggregates_data();
    void aggregates();
    void emitsOnlyOnChange();
    void followsServiceActivity();
    void offlineWins();
    void reloadIsNoticed();

private:
    void set(const QString &id, ConnectionStatus status, SyncStatus sync = SyncStatus::Success)
    {
        Connection c;
        c.integrationType = id;
        c.status = status;
        c.syncStatus = sync;
        QVERIFY(m_store->upsert(c));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<ConnectionsModel> m_model;
};

void TestOverallStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConnectionStore>();
    m_store->setUserId(QStringLiteral("u"));
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("db.sqlite"))));
    m_model = std::make_unique<ConnectionsModel>(m_store.get());
}

void TestOverallStatus::cleanup()
{
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestOverallStatus::aggregates_data()
{
    // Each row: "id=status[/pending]" items, the expected state and summary.
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<OverallState>("state");
    QTest::addColumn<QString>("summary");
    QTest::newRow("fresh profile") << QStringList() << OverallState::SignedOut << "No account connected";
    QTest::newRow("all disconnected") << rowsOf({"gmail=disconnected"}) << OverallState::SignedOut
                                      << "No account connected";
    QTest::newRow("one") << rowsOf({"gmail=active"}) << OverallState::AllGood << "1 connected";
    QTest::newRow("four") << rowsOf({"gmail=active", "hubspot=active", "salesforce=active", "google_calendar=active"})
                          << OverallState::AllGood << "4 connected";
    QTest::newRow("four and outlook expired")
        << rowsOf({"gmail=active", "hubspot=active", "salesforce=active", "google_calendar=active", "outlook=expired"})
        << OverallState::NeedsAttention << "4 connected · Microsoft Outlook needs reconnecting";
    QTest::newRow("two failing") << rowsOf({"gmail=error", "outlook=expired"}) << OverallState::NeedsAttention
                                 << "Reconnect needed: Gmail and Microsoft Outlook";
    QTest::newRow("connecting") << rowsOf({"gmail=active", "hubspot=connecting"}) << OverallState::Syncing
                                << "1 connected · syncing…";
    QTest::newRow("sync pending") << rowsOf({"gmail=active/pending"}) << OverallState::Syncing
                                  << "1 connected · syncing…";
    QTest::newRow("attention beats syncing") << rowsOf({"gmail=connecting", "hubspot=error"})
                                             << OverallState::NeedsAttention
                                             << "HubSpot needs reconnecting · syncing…";
}

void TestOverallStatus::aggregates()
{
    QFETCH(QStringList, rows);
    QFETCH(OverallState, state);
    QFETCH(QString, summary);
    for (const QString &row : rows) {
        const QStringList idAndStatus = row.split(u'=');
        const QStringList statusAndSync = idAndStatus.at(1).split(u'/');
        ConnectionStatus status;
        QVERIFY(fromWireName(statusAndSync.at(0), &status));
        set(idAndStatus.at(0), status, statusAndSync.size() > 1 ? SyncStatus::Pending : SyncStatus::Success);
    }
    OverallStatus overall(m_model.get());
    QCOMPARE(overall.state(), state);
    QCOMPARE(overall.summary(), summary);
}

void TestOverallStatus::emitsOnlyOnChange()
{
    OverallStatus overall(m_model.get());
    QSignalSpy spy(&overall, &OverallStatus::changed);
    set(QStringLiteral("gmail"), ConnectionStatus::Active);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(overall.state(), OverallState::AllGood);
    set(QStringLiteral("gmail"), ConnectionStatus::Active);  // same state again: no signal
    QCOMPARE(spy.count(), 1);
    set(QStringLiteral("outlook"), ConnectionStatus::Expired);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(overall.needingAttention(), QStringList{QStringLiteral("Microsoft Outlook")});
    QCOMPARE(overall.connectedCount(), 1);
}

void TestOverallStatus::followsServiceActivity()
{
    set(QStringLiteral("gmail"), ConnectionStatus::Active);
    OverallStatus overall(m_model.get());
    FakeConnectionService service;
    overall.trackService(&service);
    Q_EMIT service.syncStarted(QStringLiteral("gmail"));
    QCOMPARE(overall.state(), OverallState::Syncing);
    Q_EMIT service.connectStarted(QStringLiteral("hubspot"), QUrl());
    Q_EMIT service.syncFinished(QStringLiteral("gmail"), true, QString());
    QCOMPARE(overall.state(), OverallState::Syncing);  // hubspot's flow still runs
    Q_EMIT service.connectFinished(QStringLiteral("hubspot"), false, QStringLiteral("denied"));
    QCOMPARE(overall.state(), OverallState::AllGood);
}

void TestOverallStatus::offlineWins()
{
    set(QStringLiteral("gmail"), ConnectionStatus::Expired);
    OverallStatus overall(m_model.get());
    QSignalSpy spy(&overall, &OverallStatus::changed);
    overall.setOffline(true);
    QCOMPARE(overall.state(), OverallState::Offline);
    QCOMPARE(overall.summary(), QStringLiteral("Gmail needs reconnecting · offline"));
    overall.setOffline(true);
    QCOMPARE(spy.count(), 1);
    overall.setOffline(false);
    QCOMPARE(overall.state(), OverallState::NeedsAttention);
}

void TestOverallStatus::reloadIsNoticed()
{
    OverallStatus overall(m_model.get());
    // Another connection (as another process would) writes; the model only learns on reload().
    ConnectionStore other;
    other.setUserId(QStringLiteral("u"));
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("db.sqlite"))));
    Connection c;
    c.integrationType = QStringLiteral("hubspot");
    c.status = ConnectionStatus::Active;
    QVERIFY(other.upsert(c));
    QCOMPARE(overall.state(), OverallState::SignedOut);
    m_model->reload();
    QCOMPARE(overall.state(), OverallState::AllGood);
    QCOMPARE(overall.summary(), QStringLiteral("1 connected"));
}

QTEST_GUILESS_MAIN(TestOverallStatus)
#include "tst_overallstatus.moc"
