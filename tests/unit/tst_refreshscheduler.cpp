// oauth::RefreshScheduler on its own: how long before expiry a refresh is due, when a sync must
// refresh first, and how plans are replaced, retried and cancelled. A fixed clock decides the
// delays; due() is awaited with QSignalSpy only where the delay is zero.
#include "oauth/refreshscheduler.h"

#include <QSignalSpy>
#include <QtTest>

using aria::oauth::RefreshScheduler;

namespace {

const QString kId = QStringLiteral("peer");
const QDateTime kNow(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

} // namespace

class TestRefreshScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void margin_data();
    void margin();
    void delay_data();
    void delay();
    void expiring_data();
    void expiring();
    void noExpiryPlansNothing();
    void planIsReplacedAndCancelled();
    void nextRefreshAtFollowsTheClock();
    void overdueTokenIsDueAtOnce();
    void retriesKeepThePlan_data();
    void retriesKeepThePlan();
    void retryWithoutAPlanDoesNothing();
    void cancelledPlanIsNeverDue();

private:
    std::unique_ptr<RefreshScheduler> m_scheduler;
};

void TestRefreshScheduler::init()
{
    m_scheduler = std::make_unique<RefreshScheduler>();
    m_scheduler->setClock([] { return kNow; });
}

void TestRefreshScheduler::margin_data()
{
    QTest::addColumn<qint64>("lifetimeS");
    QTest::addColumn<int>("maxMarginS");
    QTest::addColumn<qint64>("marginS");
    QTest::newRow("a fifth of an hour is capped") << qint64(3600) << 300 << qint64(300);
    QTest::newRow("a fifth of ten minutes") << qint64(600) << 300 << qint64(120);
    QTest::newRow("at least a second") << qint64(3) << 300 << qint64(1);
    QTest::newRow("unknown lifetime") << qint64(0) << 300 << qint64(1);
    QTest::newRow("a smaller cap") << qint64(600) << 60 << qint64(60);
}

void TestRefreshScheduler::margin()
{
    QFETCH(qint64, lifetimeS);
    QFETCH(int, maxMarginS);
    QFETCH(qint64, marginS);
    QCOMPARE(RefreshScheduler::marginS(lifetimeS, maxMarginS), marginS);
}

void TestRefreshScheduler::delay_data()
{
    QTest::addColumn<qint64>("expiresInS");
    QTest::addColumn<qint64>("lifetimeS");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("an hour's token") << qint64(3600) << qint64(3600) << qint64(3300 * 1000);
    QTest::newRow("ten minutes' token") << qint64(600) << qint64(600) << qint64(480 * 1000);
    QTest::newRow("unknown lifetime counts as an hour") << qint64(3600) << qint64(0) << qint64(3300 * 1000);
    QTest::newRow("within the margin") << qint64(100) << qint64(3600) << qint64(0);
    QTest::newRow("already expired") << qint64(-60) << qint64(3600) << qint64(0);
}

void TestRefreshScheduler::delay()
{
    QFETCH(qint64, expiresInS);
    QFETCH(qint64, lifetimeS);
    QFETCH(qint64, delayMs);
    QCOMPARE(m_scheduler->delayMs(kNow.addSecs(expiresInS), lifetimeS), delayMs);
}

void TestRefreshScheduler::expiring_data()
{
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<qint64>("lifetimeS");
    QTest::addColumn<bool>("expiring");
    QTest::newRow("fresh") << kNow.addSecs(3000) << qint64(3600) << false;
    QTest::newRow("at the margin") << kNow.addSecs(300) << qint64(3600) << true;
    QTest::newRow("inside the margin") << kNow.addSecs(10) << qint64(3600) << true;
    QTest::newRow("expired") << kNow.addSecs(-10) << qint64(3600) << true;
    QTest::newRow("no expiry: on a 401 only") << QDateTime() << qint64(3600) << false;
}

void TestRefreshScheduler::expiring()
{
    QFETCH(QDateTime, expiresAt);
    QFETCH(qint64, lifetimeS);
    QFETCH(bool, expiring);
    QCOMPARE(m_scheduler->isExpiring(expiresAt, lifetimeS), expiring);
}

void TestRefreshScheduler::noExpiryPlansNothing()
{
    m_scheduler->schedule(kId, QDateTime(), 3600);
    QVERIFY(!m_scheduler->isPlanned(kId));
    QVERIFY(!m_scheduler->nextRefreshAt(kId).isValid());
}

void TestRefreshScheduler::planIsReplacedAndCancelled()
{
    m_scheduler->schedule(kId, kNow.addSecs(3600), 3600);
    QVERIFY(m_scheduler->isPlanned(kId));
    // A token without expiry replaces the plan with none.
    m_scheduler->schedule(kId, QDateTime(), 0);
    QVERIFY(!m_scheduler->isPlanned(kId));
    m_scheduler->schedule(kId, kNow.addSecs(3600), 3600);
    m_scheduler->cancel(kId);
    QVERIFY(!m_scheduler->isPlanned(kId));
    m_scheduler->cancel(kId); // twice is harmless
}

void TestRefreshScheduler::nextRefreshAtFollowsTheClock()
{
    m_scheduler->schedule(kId, kNow.addSecs(3600), 3600);
    const QDateTime next = m_scheduler->nextRefreshAt(kId);
    // Due 3300 s after the fixed "now". A coarse QTimer may move its deadline by up to 5%.
    QVERIFY(next >= kNow.addSecs(3300 * 95 / 100));
    QVERIFY(next <= kNow.addSecs(3300 * 105 / 100));
    QVERIFY(!m_scheduler->nextRefreshAt(QStringLiteral("other")).isValid());
}

void TestRefreshScheduler::overdueTokenIsDueAtOnce()
{
    QSignalSpy due(m_scheduler.get(), &RefreshScheduler::due);
    m_scheduler->schedule(kId, kNow.addSecs(-1), 3600);
    QCOMPARE(due.count(), 0); // from the event loop, never inside schedule()
    QVERIFY(due.wait());
    QCOMPARE(due.takeFirst(), QVariantList { kId });
    QVERIFY(!m_scheduler->isPlanned(kId)); // fired; the plan waits for a retry or a new schedule
}

void TestRefreshScheduler::retriesKeepThePlan_data()
{
    QTest::addColumn<bool>("afterFailure");
    QTest::newRow("after a failure") << true;
    QTest::newRow("while busy") << false;
}

void TestRefreshScheduler::retriesKeepThePlan()
{
    QFETCH(bool, afterFailure);
    RefreshScheduler::Policy policy;
    policy.retryAfterFailureMs = afterFailure ? 0 : 3600000;
    policy.retryWhileBusyMs = afterFailure ? 3600000 : 0;
    m_scheduler->setPolicy(policy);
    QSignalSpy due(m_scheduler.get(), &RefreshScheduler::due);
    m_scheduler->schedule(kId, kNow, 3600);
    QVERIFY(due.wait());
    if (afterFailure)
        m_scheduler->retryAfterFailure(kId);
    else
        m_scheduler->retryWhileBusy(kId);
    QVERIFY(m_scheduler->isPlanned(kId));
    QVERIFY(due.wait());
    QCOMPARE(due.count(), 2);
    // The other retry waits an hour under this policy.
    if (afterFailure)
        m_scheduler->retryWhileBusy(kId);
    else
        m_scheduler->retryAfterFailure(kId);
    QVERIFY(m_scheduler->nextRefreshAt(kId) > kNow.addSecs(3000));
}

void TestRefreshScheduler::retryWithoutAPlanDoesNothing()
{
    // The plan was cancelled (disconnected, grant expired) while the refresh ran.
    m_scheduler->retryAfterFailure(kId);
    m_scheduler->retryWhileBusy(kId);
    QVERIFY(!m_scheduler->isPlanned(kId));
}

void TestRefreshScheduler::cancelledPlanIsNeverDue()
{
    QSignalSpy due(m_scheduler.get(), &RefreshScheduler::due);
    m_scheduler->schedule(kId, kNow.addSecs(-1), 3600);
    m_scheduler->schedule(QStringLiteral("other"), kNow.addSecs(-1), 3600);
    m_scheduler->cancel(kId);
    QVERIFY(due.wait());
    QTest::qWait(20);
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.takeFirst(), QVariantList { QStringLiteral("other") });
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
