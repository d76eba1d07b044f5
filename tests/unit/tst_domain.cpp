#include "domain/connection.h"
#include "domain/integration.h"
#include "domain/status.h"

#include <QtTest>

using namespace aria;

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInsMatchTheSeed_data();
    void builtInsMatchTheSeed();
    void builtInEndpointsAreHttps();
    void connectionStatusWireNames_data();
    void connectionStatusWireNames();
    void unknownWireNameIsRejected();
    void composioStatusMapping_data();
    void composioStatusMapping();
    void integrationIdValidation_data();
    void integrationIdValidation();
    void connectionJson();
};

void TestDomain::builtInsMatchTheSeed_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("toolkit");
    QTest::addColumn<QString>("icon");
    QTest::newRow("calendar") << "google_calendar" << "Google Calendar" << "googlecalendar" << "calendar";
    QTest::newRow("gmail") << "gmail" << "Gmail" << "gmail" << "mail";
    QTest::newRow("outlook") << "outlook" << "Microsoft Outlook" << "outlook" << "calendar";
    QTest::newRow("salesforce") << "salesforce" << "Salesforce" << "salesforce" << "crm";
    QTest::newRow("hubspot") << "hubspot" << "HubSpot" << "hubspot" << "crm";
}

void TestDomain::builtInsMatchTheSeed()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, toolkit);
    QFETCH(QString, icon);
    const IntegrationSpec *spec = findBuiltIn(id);
    QVERIFY(spec);
    QCOMPARE(spec->name, name);
    QCOMPARE(spec->composioToolkit, toolkit);
    QCOMPARE(spec->iconId, icon);
    QVERIFY(!spec->description.isEmpty());
    QVERIFY(!spec->defaultScopes.isEmpty());
    QVERIFY(isValidIntegrationId(spec->id));
}

void TestDomain::builtInEndpointsAreHttps()
{
    QCOMPARE(builtInIntegrations().size(), 5);
    QCOMPARE(builtInIntegrations().first().id, QStringLiteral("google_calendar"));
    for (const IntegrationSpec &spec : builtInIntegrations()) {
        for (const QUrl &url : {spec.direct.authorization, spec.direct.token, spec.direct.userInfo}) {
            QVERIFY2(url.isValid() && url.scheme() == u"https", qPrintable(spec.id));
        }
        QVERIFY(spec.direct.revocation.isEmpty() || spec.direct.revocation.scheme() == u"https");
    }
    QVERIFY(findBuiltIn(u"outlook")->direct.revocation.isEmpty());  // Microsoft has no RFC 7009 endpoint
    QVERIFY(findBuiltIn(u"outlook")->defaultScopes.contains(QStringLiteral("offline_access")));
    QVERIFY(!findBuiltIn(u"google_calendar_x"));
}

void TestDomain::connectionStatusWireNames_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("wire");
    QTest::newRow("not connected") << int(ConnectionStatus::NotConnected) << "not_connected";
    QTest::newRow("connecting") << int(ConnectionStatus::Connecting) << "connecting";
    QTest::newRow("active") << int(ConnectionStatus::Active) << "active";
    QTest::newRow("expired") << int(ConnectionStatus::Expired) << "expired";
    QTest::newRow("error") << int(ConnectionStatus::Error) << "error";
    QTest::newRow("disconnected") << int(ConnectionStatus::Disconnected) << "disconnected";
}

void TestDomain::connectionStatusWireNames()
{
    QFETCH(int, status);
    QFETCH(QString, wire);
    QCOMPARE(toWireName(ConnectionStatus(status)), wire);
    ConnectionStatus parsed = ConnectionStatus::Error;
    QVERIFY(fromWireName(wire, &parsed));
    QCOMPARE(int(parsed), status);
}

void TestDomain::unknownWireNameIsRejected()
{
    ConnectionStatus status = ConnectionStatus::Active;
    QVERIFY(!fromWireName(u"ACTIVE", &status));
    QVERIFY(!fromWireName(u"", &status));
    QCOMPARE(status, ConnectionStatus::Active);
    SyncStatus sync = SyncStatus::Failed;
    QVERIFY(fromWireName(u"pending", &sync));
    QCOMPARE(sync, SyncStatus::Pending);
    QVERIFY(!fromWireName(u"done", &sync));
    ConnectMode mode = ConnectMode::Composio;
    QVERIFY(fromWireName(u"direct", &mode));
    QCOMPARE(mode, ConnectMode::Direct);
}

void TestDomain::composioStatusMapping_data()
{
    QTest::addColumn<QString>("composio");
    QTest::addColumn<int>("expected");
    QTest::newRow("INITIALIZING") << "INITIALIZING" << int(ConnectionStatus::Connecting);
    QTest::newRow("INITIATED") << "INITIATED" << int(ConnectionStatus::Connecting);
    QTest::newRow("ACTIVE") << "ACTIVE" << int(ConnectionStatus::Active);
    QTest::newRow("FAILED") << "FAILED" << int(ConnectionStatus::Error);
    QTest::newRow("EXPIRED") << "EXPIRED" << int(ConnectionStatus::Expired);
    QTest::newRow("INACTIVE") << "INACTIVE" << int(ConnectionStatus::Expired);
    QTest::newRow("REVOKED") << "REVOKED" << int(ConnectionStatus::Disconnected);
    QTest::newRow("DELETED") << "DELETED" << int(ConnectionStatus::Disconnected);
    QTest::newRow("lower case") << "active" << int(ConnectionStatus::Active);
    QTest::newRow("unknown") << "PAUSED" << int(ConnectionStatus::Error);
    QTest::newRow("empty") << "" << int(ConnectionStatus::Error);
}

void TestDomain::composioStatusMapping()
{
    QFETCH(QString, composio);
    QFETCH(int, expected);
    QCOMPARE(int(fromComposioStatus(composio)), expected);
}

void TestDomain::integrationIdValidation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("builtin") << "google_calendar" << true;
    QTest::newRow("digits") << "crm2" << true;
    QTest::newRow("upper") << "Gmail" << false;
    QTest::newRow("dot") << "a.b" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("short") << "a" << false;
    QTest::newRow("long") << QString(49, QLatin1Char('a')) << false;
    QTest::newRow("unicode") << QStringLiteral("gm\u00e4il") << false;
}

void TestDomain::integrationIdValidation()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidIntegrationId(id), valid);
}

void TestDomain::connectionJson()
{
    Connection c;
    c.integrationType = QStringLiteral("gmail");
    c.status = ConnectionStatus::Active;
    c.displayName = QStringLiteral("a@b.com");
    c.lastSyncAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    const QJsonObject o = c.toJson(QStringLiteral("Gmail"));
    QCOMPARE(o.value(u"id").toString(), QStringLiteral("gmail"));
    QCOMPARE(o.value(u"name").toString(), QStringLiteral("Gmail"));
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("active"));
    QCOMPARE(o.value(u"display_name").toString(), QStringLiteral("a@b.com"));
    QCOMPARE(o.value(u"last_sync_at").toString(), QStringLiteral("2026-11-30T09:00:00.000Z"));
    QCOMPARE(o.value(u"sync_status").toString(), QStringLiteral("success"));
    QVERIFY(o.value(u"error_message").isNull());
    QCOMPARE(o.value(u"mode").toString(), QStringLiteral("composio"));
    QVERIFY(Connection().toJson(QString()).value(u"last_sync_at").isNull());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
