#include "connect/deferredconnectionservice.h"
#include "fakeconnectionservice.h"

#include <QSignalSpy>
#include <QtTest>

using aria::ConnectionService;
using aria::DeferredConnectionService;

// The window's service before and after the network module arrives.
class TestDeferredConnectionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsWaitAndReplayInOrder();
    void signalsPassThroughOnceAttached();
    void busyOnlyWhatTheRealServiceSays();
    void attachesOnce();
};

void TestDeferredConnectionService::requestsWaitAndReplayInOrder()
{
    DeferredConnectionService deferred;
    deferred.connectIntegration(QStringLiteral("gmail"));
    deferred.cancelConnect(QStringLiteral("gmail"));
    deferred.syncIntegration(QString());
    deferred.disconnectIntegration(QStringLiteral("outlook"));
    deferred.refreshAll();
    QCOMPARE(deferred.waitingRequests(), 5);

    FakeConnectionService real;
    deferred.attach(&real);
    QCOMPARE(real.calls,
        QStringList({ QStringLiteral("connect:gmail"), QStringLiteral("cancel:gmail"), QStringLiteral("sync:"),
            QStringLiteral("disconnect:outlook"), QStringLiteral("refresh") }));
    QCOMPARE(deferred.waitingRequests(), 0);

    deferred.syncIntegration(QStringLiteral("hubspot")); // attached: straight through
    QCOMPARE(real.calls.last(), QStringLiteral("sync:hubspot"));
    QCOMPARE(deferred.waitingRequests(), 0);
    deferred.addConnection(QStringLiteral("gmail")); // a further account: passed on as asked
    QCOMPARE(real.calls.last(), QStringLiteral("add:gmail"));
}

void TestDeferredConnectionService::signalsPassThroughOnceAttached()
{
    DeferredConnectionService deferred;
    FakeConnectionService real;
    QSignalSpy finished(&deferred, &ConnectionService::connectFinished);
    QSignalSpy refreshed(&deferred, &ConnectionService::refreshFinished);
    QSignalSpy problems(&deferred, &ConnectionService::problem);
    Q_EMIT real.connectFinished(QStringLiteral("gmail"), true, QString()); // not attached yet
    QCOMPARE(finished.count(), 0);

    deferred.attach(&real);
    Q_EMIT real.connectFinished(QStringLiteral("gmail"), false, QStringLiteral("Denied."));
    Q_EMIT real.problem(QStringLiteral("No API key."));
    deferred.refreshAll(); // the fake answers at once
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("gmail"));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), QStringLiteral("Denied."));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(refreshed.count(), 1);
}

namespace {
class BusyService : public FakeConnectionService
{
public:
    bool isBusy(const QString &id) const override { return id == u"salesforce"; }
};
} // namespace

void TestDeferredConnectionService::busyOnlyWhatTheRealServiceSays()
{
    DeferredConnectionService deferred;
    deferred.connectIntegration(QStringLiteral("salesforce"));
    QVERIFY(!deferred.isBusy(QStringLiteral("salesforce"))); // nothing runs before the module
    BusyService real;
    deferred.attach(&real);
    QVERIFY(deferred.isBusy(QStringLiteral("salesforce")));
    QVERIFY(!deferred.isBusy(QStringLiteral("gmail")));
}

void TestDeferredConnectionService::attachesOnce()
{
    DeferredConnectionService deferred;
    FakeConnectionService first;
    FakeConnectionService second;
    deferred.attach(nullptr);
    QVERIFY(!deferred.isAttached());
    deferred.attach(&first);
    deferred.attach(&second);
    deferred.connectIntegration(QStringLiteral("gmail"));
    QCOMPARE(first.calls, QStringList { QStringLiteral("connect:gmail") });
    QVERIFY(second.calls.isEmpty());
    QSignalSpy started(&deferred, &ConnectionService::syncStarted);
    Q_EMIT second.syncStarted(QStringLiteral("gmail")); // not relayed: not the attached one
    QCOMPARE(started.count(), 0);
}

QTEST_GUILESS_MAIN(TestDeferredConnectionService)
#include "tst_deferredconnectionservice.moc"
