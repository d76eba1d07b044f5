// Without a system tray (offscreen), closing the window quits the app; with one, it hides.
#include "common/settings.h"
#include "model/connectionsmodel.h"
#include "model/overallstatus.h"
#include "testhome.h"
#include "tray/closetotray.h"
#include "tray/traycontroller.h"
#include "tray/trayicon.h"

#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtTest>

using namespace aria;

class TestCloseToTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hidesWhenATrayExists();
    void quitFromAnywhereIsNotBlocked();
    void closingQuitsWithoutATray();
};

void TestCloseToTray::hidesWhenATrayExists()
{
    QWidget window;
    ui::CloseToTray filter(&window, [] { return true; });
    QSignalSpy hidden(&filter, &ui::CloseToTray::hiddenToTray);
    QSignalSpy quit(&filter, &ui::CloseToTray::quitRequested);
    window.show();
    QVERIFY(!window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(hidden.count(), 1);
    QCOMPARE(quit.count(), 0);
    window.show();
    filter.allowClose();  // quitting on purpose
    QVERIFY(window.close());
    QCOMPARE(hidden.count(), 1);
}

void TestCloseToTray::quitFromAnywhereIsNotBlocked()
{
    // Qt 6 closes every window on quit(); hiding instead would cancel the quit.
    QWidget window;
    ui::CloseToTray filter(&window, [] { return true; });
    QSignalSpy hidden(&filter, &ui::CloseToTray::hiddenToTray);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
    QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(99); });  // watchdog
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(hidden.count(), 0);
    // Afterwards (next turn of the event loop) a user's close hides into the tray again.
    QTest::qWait(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.close());
    QCOMPARE(hidden.count(), 1);
}

void TestCloseToTray::closingQuitsWithoutATray()
{
#ifdef Q_OS_WIN
    QSKIP("Windows always has a notification area (Wine too): there is no session without a tray");
#endif
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());  // offscreen has none
    TestHome home;
    Settings settings;
    ConnectionsModel model(nullptr);
    OverallStatus status(&model);
    QWidget window;
    ui::TrayController controller(&window, &model, &status, nullptr, &settings);
    QVERIFY(!controller.trayAvailable());
    // Without a ConnectionService nothing could sync: the menu does not offer it.
    int hidden = 0;
    for (QAction *a : controller.trayIcon()->menu()->actions()) {
        if (a->objectName() == u"tray.sync" || a->objectName() == u"tray.pause")
            hidden += a->isVisible() ? 0 : 1;
    }
    QCOMPARE(hidden, 2);
    // As the app wires it: the controller's quit request ends the event loop.
    connect(&controller, &ui::TrayController::quitRequested, qApp, [] { QCoreApplication::quit(); });
    QSignalSpy quit(&controller, &ui::TrayController::quitRequested);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, &window, [&window] { window.close(); });
    QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(99); });  // watchdog
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(quit.count(), 1);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestCloseToTray)
#include "tst_closetotray.moc"
