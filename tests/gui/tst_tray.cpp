// The tray on a real X11 system tray (Xvfb + trayer, see tests/with-xvfb-tray.sh): icon,
// tooltip and menu follow the connections; actions reach the ConnectionService; notifications
// are rate-limited; closing the window hides it into the tray.
#include "common/settings.h"
#include "fakeconnectionservice.h"
#include "model/connectionsmodel.h"
#include "model/overallstatus.h"
#include "store/connectionstore.h"
#include "testhome.h"
#include "testprofile.h"
#include "tray/traycontroller.h"
#include "tray/trayicon.h"
#include "tray/traynotifier.h"

#include <QApplication>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace aria;
using aria::ui::TrayIcon;

class TestTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void trayIsShown();
    void iconTooltipAndMenuFollowState();
    void menuActionsReachTheService();
    void clickTogglesTheWindow();
    void notificationsAreRateLimited();
    void notificationTextIsEscaped();
    void expiredNotificationOpensTheCard();
    void notificationsNameTheAccount();
    void closeHidesIntoTheTrayWithOneNotice();
    void trayAppearingLaterIsUsed();  // last: it replaces the wrapper's trayer

private:
    void set(const char *id, ConnectionStatus status, const QString &error = QString())
    {
        const QString key = QString::fromLatin1(id);
        Connection c = m_profile->store.get(key).value_or(Connection());
        c.integrationType = key;
        c.status = status;
        c.errorMessage = error;
        QVERIFY(m_profile->store.upsert(c));
    }
    QAction *action(const QString &objectName) const
    {
        const auto actions = m_controller->trayIcon()->menu()->actions();
        for (QAction *a : actions) {
            if (a->objectName() == objectName)
                return a;
        }
        return nullptr;
    }
    static QImage pixels(const QIcon &icon) { return icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32); }
    QImage shownIcon() const { return pixels(m_controller->trayIcon()->systemTrayIcon()->icon()); }
    static QImage iconOf(OverallState state) { return pixels(QIcon(TrayIcon::iconPath(state))); }
    QString toolTip() const { return m_controller->trayIcon()->systemTrayIcon()->toolTip(); }

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<ConnectionsModel> m_model;
    std::unique_ptr<OverallStatus> m_status;
    std::unique_ptr<FakeConnectionService> m_service;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ui::TrayController> m_controller;
};

void TestTray::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    // trayer takes a moment to claim the tray selection.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestTray::init()
{
    m_home = std::make_unique<TestHome>();
    m_profile = std::make_unique<TestProfile>(QStringLiteral("u"));
    QVERIFY(m_profile->opened);
    m_model = std::make_unique<ConnectionsModel>(&m_profile->store);
    m_status = std::make_unique<OverallStatus>(m_model.get());
    m_service = std::make_unique<FakeConnectionService>();
    m_status->trackService(m_service.get());
    m_window = std::make_unique<QWidget>();
    m_window->resize(400, 300);
    m_controller = std::make_unique<ui::TrayController>(m_window.get(), m_model.get(), m_status.get(), m_service.get(),
                                                        &m_profile->settings);
}

void TestTray::cleanup()
{
    m_controller.reset();
    m_window.reset();
    m_status.reset();
    m_service.reset();
    m_model.reset();
    m_profile.reset();
    m_home.reset();
}

void TestTray::trayIsShown()
{
    QVERIFY(m_controller->trayAvailable());
    QVERIFY(m_controller->trayIcon()->isVisible());
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed());  // hidden into the tray, the app lives on
    // Every state has its own picture.
    QSet<size_t> distinct;
    for (OverallState s : {OverallState::Offline, OverallState::NeedsAttention, OverallState::Syncing,
                           OverallState::SignedOut, OverallState::AllGood}) {
        const QImage image = iconOf(s);
        QVERIFY2(!image.isNull(), qPrintable(TrayIcon::iconPath(s)));
        distinct.insert(qHashBits(image.constBits(), size_t(image.sizeInBytes())));
    }
    QCOMPARE(distinct.size(), 5);
}

void TestTray::iconTooltipAndMenuFollowState()
{
    QCOMPARE(shownIcon(), iconOf(OverallState::SignedOut));
    QCOMPARE(toolTip(), QStringLiteral("ARIA Integrations\nNo account connected"));
    QCOMPARE(action(QStringLiteral("tray.row.gmail"))->text(), QStringLiteral("Gmail — Not connected"));
    QVERIFY(!action(QStringLiteral("tray.sync"))->isEnabled());  // nothing to sync yet

    set("gmail", ConnectionStatus::Active);
    set("hubspot", ConnectionStatus::Active);
    QCOMPARE(shownIcon(), iconOf(OverallState::AllGood));
    QCOMPARE(toolTip(), QStringLiteral("ARIA Integrations\n2 connected"));
    QCOMPARE(action(QStringLiteral("tray.row.gmail"))->text(), QStringLiteral("Gmail — Connected"));
    QVERIFY(action(QStringLiteral("tray.sync"))->isEnabled());

    set("outlook", ConnectionStatus::Expired);
    QCOMPARE(shownIcon(), iconOf(OverallState::NeedsAttention));
    QCOMPARE(toolTip(), QStringLiteral("ARIA Integrations\n2 connected · Microsoft Outlook needs reconnecting"));
    QCOMPARE(action(QStringLiteral("tray.row.outlook"))->text(), QStringLiteral("Microsoft Outlook — Reconnect needed"));
    QAction *reconnect = action(QStringLiteral("tray.reconnect.outlook"));
    QVERIFY(reconnect);
    QVERIFY(reconnect->isEnabled());
    QCOMPARE(reconnect->text(), QStringLiteral("Reconnect Microsoft Outlook…"));
    QVERIFY(!action(QStringLiteral("tray.reconnect.gmail")));

    Q_EMIT m_service->syncStarted(QStringLiteral("gmail"));
    QCOMPARE(shownIcon(), iconOf(OverallState::NeedsAttention));  // attention wins over syncing
    set("outlook", ConnectionStatus::Active);
    QCOMPARE(shownIcon(), iconOf(OverallState::Syncing));
    QVERIFY(!action(QStringLiteral("tray.reconnect.outlook")));
    Q_EMIT m_service->syncFinished(QStringLiteral("gmail"), true, QString());
    QCOMPARE(shownIcon(), iconOf(OverallState::AllGood));
    QCOMPARE(toolTip(), QStringLiteral("ARIA Integrations\n3 connected"));
    m_status->setOffline(true);
    QCOMPARE(shownIcon(), iconOf(OverallState::Offline));
}

void TestTray::menuActionsReachTheService()
{
    set("gmail", ConnectionStatus::Active);
    set("salesforce", ConnectionStatus::Error, QStringLiteral("invalid_grant"));
    QMenu *menu = m_controller->trayIcon()->menu();

    // A real click in the popped-up menu. trayer embeds the icon asynchronously (it then
    // sits at the top right) and the embedding takes the focus, which closes an open popup:
    // wait for it, and pop up again if a late embedding still closed the menu.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->trayIcon()->systemTrayIcon()->geometry().x() > 0, 10000);
    for (int attempt = 0; attempt < 3 && !menu->isVisible(); ++attempt) {
        menu->popup(QPoint(200, 200));
        (void)QTest::qWaitForWindowExposed(menu);  // checked below, after the retries
        QTest::qWait(50);
    }
    QVERIFY(menu->isVisible());
    // Like the real service, connecting changes the row at once (while the action still runs).
    m_service->onConnect = [this](const QString &id) {
        QVERIFY(m_profile->store.setStatus(id, ConnectionStatus::Connecting));
    };
    QAction *reconnect = action(QStringLiteral("tray.reconnect.salesforce"));
    QVERIFY(reconnect);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(reconnect).center());
    QTRY_COMPARE(m_service->calls, QStringList{QStringLiteral("connect:salesforce")});
    QTRY_COMPARE(action(QStringLiteral("tray.row.salesforce"))->text(), QStringLiteral("Salesforce — Connecting…"));
    QVERIFY(!action(QStringLiteral("tray.reconnect.salesforce")));

    action(QStringLiteral("tray.sync"))->trigger();
    QCOMPARE(m_service->calls.last(), QStringLiteral("sync:"));

    QSignalSpy paused(m_controller.get(), &ui::TrayController::syncPausedChanged);
    action(QStringLiteral("tray.pause"))->trigger();
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.at(0).at(0).toBool(), true);
    QCOMPARE(Settings().get(QStringLiteral("sync.paused")), QStringLiteral("true"));
    QVERIFY(!action(QStringLiteral("tray.sync"))->isEnabled());
    QVERIFY(toolTip().endsWith(QLatin1String("\nSync paused")));
    action(QStringLiteral("tray.pause"))->trigger();
    QCOMPARE(Settings().get(QStringLiteral("sync.paused")), QStringLiteral("false"));

    // A line opens its integration's card.
    QSignalSpy open(m_controller.get(), &ui::TrayController::openIntegrationRequested);
    action(QStringLiteral("tray.row.gmail"))->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("gmail"));
    QVERIFY(m_window->isVisible());
    m_window->hide();

    action(QStringLiteral("tray.open"))->trigger();
    QVERIFY(m_window->isVisible());

    QSignalSpy quit(m_controller.get(), &ui::TrayController::quitRequested);
    action(QStringLiteral("tray.quit"))->trigger();
    QCOMPARE(quit.count(), 1);
    QVERIFY(m_window->close());  // after Quit, closing is no longer turned into hiding
}

void TestTray::clickTogglesTheWindow()
{
    QSystemTrayIcon *icon = m_controller->trayIcon()->systemTrayIcon();
    Q_EMIT icon->activated(QSystemTrayIcon::Trigger);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Q_EMIT icon->activated(QSystemTrayIcon::Trigger);
    QVERIFY(!m_window->isVisible());
    Q_EMIT icon->activated(QSystemTrayIcon::Context);  // right click: the menu, not the window
    QVERIFY(!m_window->isVisible());
}

void TestTray::notificationsAreRateLimited()
{
    QDateTime now(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    ui::TrayNotifier *notifier = m_controller->notifier();
    notifier->setClock([&now] { return now; });
    QSignalSpy shown(m_controller->trayIcon(), &TrayIcon::messageShown);

    // A flapping connection: five rounds of connected / failed within a minute.
    for (int i = 0; i < 5; ++i) {
        set("gmail", ConnectionStatus::Active);
        set("gmail", ConnectionStatus::Error, QStringLiteral("timeout"));
        now = now.addSecs(10);
    }
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.at(0).at(1).toString(), QStringLiteral("Gmail connected"));
    QCOMPARE(shown.at(1).at(1).toString(), QStringLiteral("Gmail: connection failed"));
    QCOMPARE(notifier->suppressedCount(), 8);

    // Another integration is not held back by Gmail's window.
    set("hubspot", ConnectionStatus::Active);
    QCOMPARE(shown.count(), 3);

    // Once the window has passed, the next change is told again.
    now = now.addSecs(notifier->rateLimit());
    set("gmail", ConnectionStatus::Active);
    QCOMPARE(shown.count(), 4);
    set("gmail", ConnectionStatus::Active);  // no change, no notice
    QCOMPARE(shown.count(), 4);
}

void TestTray::notificationsNameTheAccount()
{
    QSignalSpy shown(m_controller->trayIcon(), &TrayIcon::messageShown);
    Connection c;
    c.integrationType = QStringLiteral("salesforce");
    c.displayName = QStringLiteral("ops@org-two.example");
    c.status = ConnectionStatus::Active;
    QVERIFY(m_profile->store.upsert(c));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Salesforce connected"));
    set("salesforce", ConnectionStatus::Expired);
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Salesforce (ops@org-two.example) needs reconnecting"));
    set("salesforce", ConnectionStatus::Error, QStringLiteral("Consent denied"));
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Salesforce (ops@org-two.example): connection failed"));
}

// Outside text in a notification (a server's message, a display name) cannot become markup
// or terminal control in the desktop's notification server.
void TestTray::notificationTextIsEscaped()
{
    QSignalSpy shown(m_controller->trayIcon(), &TrayIcon::messageShown);
    set("salesforce", ConnectionStatus::Active);
    set("salesforce", ConnectionStatus::Error,
        QString::fromUtf8("<a href=\"https://evil.example\">fix</a> & \x1b[2J\xe2\x80\xaeok\ndone"));
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Salesforce: connection failed"));
    QCOMPARE(shown.last().at(2).toString(),
        QStringLiteral("&lt;a href=&quot;https://evil.example&quot;&gt;fix&lt;/a&gt; &amp; [2Jok done"));
}

void TestTray::expiredNotificationOpensTheCard()
{
    QSignalSpy shown(m_controller->trayIcon(), &TrayIcon::messageShown);
    QSignalSpy open(m_controller.get(), &ui::TrayController::openIntegrationRequested);
    set("outlook", ConnectionStatus::Active);
    set("outlook", ConnectionStatus::Expired);
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Microsoft Outlook needs reconnecting"));
    Q_EMIT m_controller->trayIcon()->systemTrayIcon()->messageClicked();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("outlook"));
    QVERIFY(m_window->isVisible());
}

void TestTray::closeHidesIntoTheTrayWithOneNotice()
{
    QSignalSpy shown(m_controller->trayIcon(), &TrayIcon::messageShown);
    QSignalSpy quit(m_controller.get(), &ui::TrayController::quitRequested);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->close());  // refused: hidden instead
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.count(), 0);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(1).toString(), QStringLiteral("ARIA Integrations is still running"));
    QCOMPARE(Settings().get(QStringLiteral("ui.tray_hint_shown")), QStringLiteral("true"));

    m_window->show();
    QVERIFY(!m_window->close());
    QCOMPARE(shown.count(), 1);  // said once
    QCOMPARE(quit.count(), 0);
}

void TestTray::trayAppearingLaterIsUsed()
{
    // A login start often runs before the panel: stop the tray host, then bring one back.
    m_controller.reset();
    const qint64 trayerPid = qEnvironmentVariableIntValue("ARIA_TEST_TRAYER_PID");
    QVERIFY(trayerPid > 0);
    QProcess::execute(QStringLiteral("kill"), {QString::number(trayerPid)});
    QTRY_VERIFY_WITH_TIMEOUT(!QSystemTrayIcon::isSystemTrayAvailable(), 10000);

    m_controller = std::make_unique<ui::TrayController>(m_window.get(), m_model.get(), m_status.get(),
                                                        m_service.get(), &m_profile->settings);
    QVERIFY(!m_controller->trayAvailable());
    m_window->show();
    QSignalSpy quit(m_controller.get(), &ui::TrayController::quitRequested);
    QVERIFY(m_window->close());  // no tray: closing quits
    QCOMPARE(quit.count(), 1);

    QProcess trayer;
    trayer.start(QStringLiteral("trayer"), {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                                            QStringLiteral("right"), QStringLiteral("--widthtype"),
                                            QStringLiteral("request"), QStringLiteral("--height"), QStringLiteral("24")});
    QVERIFY(trayer.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->trayAvailable(), 10000);
    // The icon docked by itself (it now sits in trayer at the top right).
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->trayIcon()->systemTrayIcon()->geometry().x() > 0, 10000);
    m_window->show();
    QVERIFY(!m_window->close());  // now closing hides into the tray
    QCOMPARE(quit.count(), 1);
    m_controller.reset();
    trayer.terminate();
    QVERIFY(trayer.waitForFinished(10000));
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
