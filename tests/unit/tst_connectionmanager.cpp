// ConnectionManager routes each integration to the connector of its mode and forwards signals;
// a direct-OAuth connector plugs in the same way as Composio's.
#include "testhome.h"

#include "common/settings.h"
#include "connect/connectionmanager.h"
#include "store/connectionstore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace aria;

namespace {

// Records calls and answers like a connector would.
class FakeConnector : public Connector
{
public:
    using Connector::Connector;
    QStringList calls;
    FailureKind failure = FailureKind::None;
    bool answerRefreshLater = false;

    void connectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override
    {
        const QString id = connectionId.isEmpty() ? spec.id : connectionId;
        calls << QStringLiteral("connect ") + id;
        Q_EMIT connectStarted(id, QUrl(QStringLiteral("https://example.com/auth")));
        Q_EMIT connectFinished(id, { failure, QStringLiteral("done") });
    }
    void cancelConnect(const QString &id) override { calls << QStringLiteral("cancel ") + id; }
    void disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override
    {
        const QString id = connectionId.isEmpty() ? spec.id : connectionId;
        calls << QStringLiteral("disconnect ") + id;
        Q_EMIT disconnectFinished(id, Outcome());
    }
    void syncIntegration(const IntegrationSpec &spec, const QString &connectionId = {}) override
    {
        const QString id = connectionId.isEmpty() ? spec.id : connectionId;
        calls << QStringLiteral("sync ") + id;
        Q_EMIT syncFinished(id, Outcome());
    }
    bool isBusy(const QString &id) const override { return id == u"busy_one"; }
    void refreshAll(const QList<IntegrationSpec> &specs) override
    {
        QStringList ids;
        for (const IntegrationSpec &s : specs)
            ids << s.id;
        calls << QStringLiteral("refresh ") + ids.join(u',');
        if (answerRefreshLater)
            QTimer::singleShot(
                50, this, [this] { Q_EMIT refreshFinished({ FailureKind::Network, QStringLiteral("offline") }); });
        else
            Q_EMIT refreshFinished(Outcome());
    }
};

} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routesByMode();
    void missingConnectorIsReported();
    void unknownIntegrationIsReported();
    void refreshWaitsForEveryConnector();
    void busyAndCancelReachEveryConnector();
    void connectionIdsReachTheirIntegration();
};

// Issue 17: calls take connection ids; addConnection allocates the next one from the store.
void TestConnectionManager::connectionIdsReachTheirIntegration()
{
    TestHome home;
    Settings settings(home.path() + QStringLiteral("/s.ini"));
    ConnectionManager manager(&settings);
    FakeConnector composio;
    manager.setConnector(ConnectMode::Composio, &composio);
    QSignalSpy finished(&manager, &ConnectionService::connectFinished);

    // Without a store there is nowhere to allocate an id: refused, nothing started.
    manager.addConnection(QStringLiteral("gmail"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.last().at(3).value<FailureKind>(), FailureKind::Local);
    QVERIFY(composio.calls.isEmpty());

    ConnectionStore store;
    QVERIFY(store.open(home.path() + QStringLiteral("/c.db")));
    manager.setStore(&store);
    manager.addConnection(QStringLiteral("gmail")); // none yet: the first keeps the integration id
    Connection first;
    first.integrationType = QStringLiteral("gmail");
    first.status = ConnectionStatus::Active;
    QVERIFY(store.upsert(first));
    manager.addConnection(QStringLiteral("gmail"));
    manager.syncIntegration(QStringLiteral("gmail-2"));
    manager.disconnectIntegration(QStringLiteral("gmail-2"));
    manager.connectIntegration(QStringLiteral("gmail-2"));
    QCOMPARE(composio.calls,
        (QStringList { QStringLiteral("connect gmail"), QStringLiteral("connect gmail-2"), QStringLiteral("sync gmail-2"),
            QStringLiteral("disconnect gmail-2"), QStringLiteral("connect gmail-2") }));
    QCOMPARE(finished.at(2).at(0).toString(), QStringLiteral("gmail-2"));

    // A connection id is not an integration to add to; an unknown integration is not either.
    composio.calls.clear();
    manager.addConnection(QStringLiteral("gmail-2"));
    manager.addConnection(QStringLiteral("nosuch"));
    manager.syncIntegration(QStringLiteral("nosuch-2"));
    QVERIFY(composio.calls.isEmpty());
    QCOMPARE(finished.last().at(0).toString(), QStringLiteral("nosuch"));
    QCOMPARE(finished.last().at(3).value<FailureKind>(), FailureKind::Local);
}

void TestConnectionManager::routesByMode()
{
    TestHome home;
    Settings settings(home.path() + QStringLiteral("/s.ini"));
    QVERIFY(settings.set(QStringLiteral("salesforce.mode"), QStringLiteral("direct"), nullptr));
    ConnectionManager manager(&settings);
    FakeConnector composio, direct;
    manager.setConnector(ConnectMode::Composio, &composio);
    manager.setConnector(ConnectMode::Direct, &direct);
    QSignalSpy started(&manager, &ConnectionService::connectStarted);
    QSignalSpy finished(&manager, &ConnectionService::connectFinished);

    manager.connectIntegration(QStringLiteral("gmail"));
    manager.connectIntegration(QStringLiteral("salesforce"));
    manager.disconnectIntegration(QStringLiteral("salesforce"));
    manager.syncIntegration(QStringLiteral("gmail"));
    QCOMPARE(composio.calls, (QStringList { QStringLiteral("connect gmail"), QStringLiteral("sync gmail") }));
    QCOMPARE(direct.calls,
        (QStringList { QStringLiteral("connect salesforce"), QStringLiteral("disconnect salesforce") }));
    QCOMPARE(started.count(), 2);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(manager.modeOf(QStringLiteral("salesforce")), ConnectMode::Direct);
    QCOMPARE(finished.first().at(3).value<FailureKind>(), FailureKind::None);

    // The connector's failure kind arrives on the manager's signal.
    direct.failure = FailureKind::Timeout;
    manager.connectIntegration(QStringLiteral("salesforce"));
    QCOMPARE(finished.count(), 3);
    QVERIFY(!finished.last().at(1).toBool());
    QCOMPARE(finished.last().at(3).value<FailureKind>(), FailureKind::Timeout);
}

void TestConnectionManager::missingConnectorIsReported()
{
    TestHome home;
    Settings settings(home.path() + QStringLiteral("/s.ini"));
    QVERIFY(settings.set(QStringLiteral("hubspot.mode"), QStringLiteral("direct"), nullptr));
    ConnectionManager manager(&settings);
    FakeConnector composio;
    manager.setConnector(ConnectMode::Composio, &composio);
    QSignalSpy finished(&manager, &ConnectionService::connectFinished);
    manager.connectIntegration(QStringLiteral("hubspot"));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(finished.first().at(2).toString().contains(QLatin1String("direct")));
    QCOMPARE(finished.first().at(3).value<FailureKind>(), FailureKind::Local);
    QVERIFY(composio.calls.isEmpty());
}

void TestConnectionManager::unknownIntegrationIsReported()
{
    TestHome home;
    Settings settings(home.path() + QStringLiteral("/s.ini"));
    ConnectionManager manager(&settings);
    FakeConnector composio;
    manager.setConnector(ConnectMode::Composio, &composio);
    QSignalSpy synced(&manager, &ConnectionService::syncFinished);
    manager.syncIntegration(QStringLiteral("nonexistent"));
    QCOMPARE(synced.count(), 1);
    QVERIFY(!synced.first().at(1).toBool());
    QVERIFY(composio.calls.isEmpty());
}

void TestConnectionManager::refreshWaitsForEveryConnector()
{
    TestHome home;
    Settings settings(home.path() + QStringLiteral("/s.ini"));
    QVERIFY(settings.set(QStringLiteral("outlook.mode"), QStringLiteral("direct"), nullptr));
    ConnectionManager manager(&settings);
    FakeConnector composio, direct;
    direct.answerRefreshLater = true;
    manager.setConnector(ConnectMode::Composio, &composio);
    manager.setConnector(ConnectMode::Direct, &direct);
    QSignalSpy refreshed(&manager, &ConnectionManager::refreshFinished);
    manager.syncIntegration(QString()); // "sync all"
    QCOMPARE(refreshed.count(), 0); // the direct connector has not answered yet
    manager.refreshAll(); // a second request joins the running one
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(!refreshed.first().at(0).toBool());
    QCOMPARE(refreshed.first().at(1).toString(), QStringLiteral("offline"));
    QCOMPARE(refreshed.first().at(2).value<FailureKind>(), FailureKind::Network);
    QCOMPARE(
        composio.calls, QStringList { QStringLiteral("refresh google_calendar,gmail,salesforce,hubspot") });
    QCOMPARE(direct.calls, QStringList { QStringLiteral("refresh outlook") });
}

void TestConnectionManager::busyAndCancelReachEveryConnector()
{
    TestHome home;
    Settings settings(home.path() + QStringLiteral("/s.ini"));
    ConnectionManager manager(&settings);
    FakeConnector composio;
    manager.setConnector(ConnectMode::Composio, &composio);
    QVERIFY(manager.isBusy(QStringLiteral("busy_one")));
    QVERIFY(!manager.isBusy(QStringLiteral("gmail")));
    manager.cancelConnect(QStringLiteral("gmail"));
    QCOMPARE(composio.calls, QStringList { QStringLiteral("cancel gmail") });
    manager.setConnector(ConnectMode::Composio, nullptr);
    QVERIFY(!manager.isBusy(QStringLiteral("busy_one")));
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
