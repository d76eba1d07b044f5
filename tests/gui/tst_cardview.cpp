// The rules of what a card shows for each state, without widgets.
#include "cardview.h"
#include "translator.h"

#include <QtTest>

using namespace aria;
using namespace aria::ui;

Q_DECLARE_METATYPE(aria::ConnectionStatus)
Q_DECLARE_METATYPE(aria::SyncStatus)
Q_DECLARE_METATYPE(aria::ui::PendingAction)
Q_DECLARE_METATYPE(aria::ui::CardView::Actions)

class TestCardView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void states_data();
    void states();
};

void TestCardView::states_data()
{
    QTest::addColumn<ConnectionStatus>("status");
    QTest::addColumn<SyncStatus>("sync");
    QTest::addColumn<QString>("error");
    QTest::addColumn<PendingAction>("pending");
    QTest::addColumn<QString>("pill");
    QTest::addColumn<CardView::Actions>("actions");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("spoken");

    const QString none;
    using A = CardView::Actions;
    QTest::newRow("never connected") << ConnectionStatus::NotConnected << SyncStatus::Success << none
                                     << PendingAction::None << none << A::Connect << none
                                     << "Gmail, not connected";
    QTest::newRow("disconnected") << ConnectionStatus::Disconnected << SyncStatus::Success << none
                                  << PendingAction::None << none << A::Connect << none
                                  << "Gmail, not connected";
    QTest::newRow("connecting (window)")
        << ConnectionStatus::NotConnected << SyncStatus::Success << none << PendingAction::Connecting
        << "Connecting…" << A::Connecting << none << "Gmail, connecting";
    QTest::newRow("connecting (store)")
        << ConnectionStatus::Connecting << SyncStatus::Success << none << PendingAction::None << "Connecting…"
        << A::Connecting << none << "Gmail, connecting";
    QTest::newRow("connected") << ConnectionStatus::Active << SyncStatus::Success << none
                               << PendingAction::None << "Connected" << A::Connected << none
                               << "Gmail, connected as a@b.com, last synced 2 minutes ago";
    QTest::newRow("sync failed")
        << ConnectionStatus::Active << SyncStatus::Failed << "Token revoked" << PendingAction::None
        << "Connected" << A::Connected << "Sync failed: Token revoked"
        << "Gmail, connected as a@b.com, last synced 2 minutes ago, sync failed: Token revoked";
    QTest::newRow("disconnecting") << ConnectionStatus::Active << SyncStatus::Success << none
                                   << PendingAction::Disconnecting << "Connected" << A::Disconnecting << none
                                   << "Gmail, connected as a@b.com, last synced 2 minutes ago";
    QTest::newRow("expired") << ConnectionStatus::Expired << SyncStatus::Success << "Grant expired"
                             << PendingAction::None << "Expired" << A::Reconnect
                             << "Reconnect needed: Grant expired"
                             << "Gmail, reconnect needed: Grant expired, last synced 2 minutes ago";
    QTest::newRow("failed") << ConnectionStatus::Error << SyncStatus::Success << "Consent denied"
                            << PendingAction::None << "Failed" << A::Reconnect
                            << "Connection failed: Consent denied"
                            << "Gmail, connection failed: Consent denied, last synced 2 minutes ago";
    QTest::newRow("reconnecting") << ConnectionStatus::Expired << SyncStatus::Success << "Grant expired"
                                  << PendingAction::Connecting << "Connecting…" << A::Connecting << none
                                  << "Gmail, connecting";
}

void TestCardView::states()
{
    QFETCH(ConnectionStatus, status);
    QFETCH(SyncStatus, sync);
    QFETCH(QString, error);
    QFETCH(PendingAction, pending);
    const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    Connection c;
    c.integrationType = QStringLiteral("gmail");
    c.status = status;
    c.syncStatus = sync;
    c.errorMessage = error;
    c.displayName = QStringLiteral("a@b.com");
    c.lastSyncAt = now.addSecs(-120);
    const CardView v = describeCard(QStringLiteral("Gmail"), c, pending, now);
    QTEST(v.pill, "pill");
    QTEST(v.actions, "actions");
    QTEST(v.problem, "problem");
    QTEST(v.accessibleDescription, "spoken");
    if (status == ConnectionStatus::Active) {
        QCOMPARE(v.account, QStringLiteral("a@b.com"));
        QCOMPARE(v.lastSync, QStringLiteral("Last sync 2 minutes ago"));
        QVERIFY(v.lastSyncExact.contains(u"2026")); // the exact time goes in the tooltip
    }
}

QTEST_GUILESS_MAIN(TestCardView)
#include "tst_cardview.moc"
