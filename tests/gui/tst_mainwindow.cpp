// Click-through tests of the integrations window against a fake ConnectionService.
#include "actionbutton.h"
#include "errorbanner.h"
#include "fakeconnectionservice.h"
#include "guifixture.h"
#include "icontile.h"
#include "inlinenote.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "statuspill.h"
#include "motion.h"
#include "skeletoncard.h"
#include "statusdot.h"
#include "statustext.h"
#include "translator.h"
#include "windowstate.h"

#include <QApplication>

using namespace aria;
using namespace aria::ui;

namespace {

QAbstractButton *visibleButton(QWidget *card, const QString &text)
{
    for (auto *b : card->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->text() == text)
            return b;
    }
    return nullptr;
}

QStringList visibleButtonTexts(QWidget *card)
{
    QStringList out;
    for (auto *b : card->findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            out << b->text();
    }
    out.sort();
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { applyAppearance(QStringLiteral("light"), QStringLiteral("off")); }
    void listsEveryIntegration();
    void sandboxBadgeSitsAboveTheTitle();
    void connectSignedOutAsksToSignIn();
    void onlyVisibleBusyButtonsSpin();
    void connectThenConnected();
    void cancelWhileConnecting();
    void failureShowsBannerAndRetryConnectsAgain();
    void disconnectAsksInlineFirst();
    void expiredOffersReconnect();
    void syncNowShowsFailureWithReason();
    void keyboardOnly();
    void accessibleDescriptions();
    void serviceProblemOffersRetry();
    void withoutServiceActionsAreDisabled();
    void loadingShowsShimmeringSkeletons();
    void reducedMotionStopsEveryAnimation();
    void interruptedAnimationStartsFromCurrentValue();
    void geometryIsRemembered();
    void showsAProblemAsPlainText();
    void followsStoreChanges();
    void relativeTimes_data();
    void relativeTimes();
};

void TestMainWindow::initTestCase()
{
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
}

void TestMainWindow::listsEveryIntegration()
{
    GuiFixture fx;
    MainWindow window(fx.model.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto cards = window.page()->cards();
    QCOMPARE(cards.size(), 5);
    QCOMPARE(cards.first()->integrationId(), QStringLiteral("google_calendar"));
    QCOMPARE(cards.last()->integrationId(), QStringLiteral("hubspot"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("title"))->text(), QStringLiteral("Integrations"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("subtitle"))->text(),
        QStringLiteral("Connect your tools to enable ARIA's full capabilities"));
    for (IntegrationCard *card : cards)
        QCOMPARE(visibleButtonTexts(card), QStringList { QStringLiteral("Connect") });
    // The provider icons are this project's SVGs, one per built-in.
    QCOMPARE(cards.at(1)->findChild<IconTile *>()->iconResource(),
        QStringLiteral(":/ui/icons/providers/mail.svg"));
    QCOMPARE(cards.at(2)->findChild<IconTile *>()->iconResource(),
        QStringLiteral(":/ui/icons/providers/outlook.svg"));
}

void TestMainWindow::connectSignedOutAsksToSignIn()
{
    // Cloud mode signed out: Connect ends with NotSignedIn. That is a step to take, not an
    // error: the window asks for the sign-in dialog and shows no banner.
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signIn(&window, &MainWindow::signInRequested);
    Q_EMIT service.connectFinished(QStringLiteral("gmail"), false, QStringLiteral("Sign in to ARIA to connect integrations."),
        FailureKind::NotSignedIn);
    QCOMPARE(signIn.count(), 1);
    QVERIFY(!window.page()->banner()->isShowing());
    // Any other failure still shows why.
    Q_EMIT service.connectFinished(QStringLiteral("gmail"), false, QStringLiteral("offline"), FailureKind::Network);
    QCOMPARE(signIn.count(), 1);
    QVERIFY(window.page()->banner()->isShowing());
}

void TestMainWindow::sandboxBadgeSitsAboveTheTitle()
{
    GuiFixture fx;
    MainWindow window(fx.model.get());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<StatusPill *>(QStringLiteral("sandboxBadge")));
    auto *title = window.findChild<QLabel *>(QStringLiteral("title"));
    const int titleTop = title->geometry().top();
    window.setSandbox(true);
    auto *badge = window.findChild<StatusPill *>(QStringLiteral("sandboxBadge"));
    QVERIFY(badge);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Sandbox"));
    QVERIFY(badge->geometry().bottom() < title->geometry().top());
    QVERIFY(title->geometry().top() > titleTop); // the header moved down to make room
    QCOMPARE(badge->geometry().left(), title->geometry().left());
    window.setSandbox(false);
    QVERIFY(!badge->isVisible());
    QCOMPARE(title->geometry().top(), titleTop);
}

void TestMainWindow::onlyVisibleBusyButtonsSpin()
{
    // An idle window must not animate anything: each card keeps a busy "Connecting…" button
    // ready but hidden, and a hidden spinner would wake the app 60 times a second.
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), aria::ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    MainWindow window(fx.model.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto spinning = [&window] {
        int n = 0;
        for (ActionButton *b : window.findChildren<ActionButton *>())
            n += b->isSpinning() ? 1 : 0;
        return n;
    };
    QCOMPARE(spinning(), 0);
    fx.store.setStatus(u"outlook", aria::ConnectionStatus::Connecting);
    QTRY_COMPARE(spinning(), Motion::reduced() ? 0 : 1); // the visible "Connecting…" spins
    fx.store.setStatus(u"outlook", aria::ConnectionStatus::NotConnected);
    QTRY_COMPARE(spinning(), 0);
}

void TestMainWindow::connectThenConnected()
{
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));

    QTest::mouseClick(visibleButton(gmail, QStringLiteral("Connect")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("connect:gmail") });
    QCOMPARE(
        visibleButtonTexts(gmail), (QStringList { QStringLiteral("Cancel"), QStringLiteral("Connecting…") }));
    auto *connecting = static_cast<ActionButton *>(visibleButton(gmail, QStringLiteral("Connecting…")));
    QVERIFY(connecting->isBusy());
    QVERIFY(!connecting->isEnabled()); // a second click cannot start a second flow
    StatusDot *dot = gmail->findChild<StatusDot *>();
    QCOMPARE(dot->tone(), StatusDot::Tone::Busy);
    QVERIFY(dot->isPulsing());

    service.finishConnect(QStringLiteral("gmail"), QStringLiteral("a@b.com"));
    QCOMPARE(gmail->view().pill, QStringLiteral("Connected"));
    QCOMPARE(visibleButtonTexts(gmail),
        (QStringList { QStringLiteral("Add another account"), QStringLiteral("Disconnect"),
            QStringLiteral("Sync now") }));
    QCOMPARE(dot->tone(), StatusDot::Tone::Success);
    QVERIFY(!dot->isPulsing());
    QCOMPARE(gmail->findChild<QLabel *>(QStringLiteral("account"))->text(), QStringLiteral("a@b.com"));
    QCOMPARE(
        gmail->findChild<QLabel *>(QStringLiteral("lastSync"))->text(), QStringLiteral("Last sync just now"));
    QVERIFY(!gmail->findChild<QLabel *>(QStringLiteral("lastSync"))->toolTip().isEmpty()); // the exact time
    // The inline confirmation.
    auto *note = gmail->findChild<InlineNote *>();
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Connected as a@b.com"));
    QVERIFY(!window.page()->banner()->isShowing());
}

void TestMainWindow::cancelWhileConnecting()
{
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    IntegrationCard *card = window.card(QStringLiteral("hubspot"));
    QTest::mouseClick(visibleButton(card, QStringLiteral("Connect")), Qt::LeftButton);
    QTest::mouseClick(visibleButton(card, QStringLiteral("Cancel")), Qt::LeftButton);
    QCOMPARE(
        service.calls, (QStringList { QStringLiteral("connect:hubspot"), QStringLiteral("cancel:hubspot") }));
    QCOMPARE(visibleButtonTexts(card), QStringList { QStringLiteral("Connect") });
    QVERIFY(!window.page()->banner()->isShowing()); // the user asked for it: no error
}

void TestMainWindow::failureShowsBannerAndRetryConnectsAgain()
{
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    IntegrationCard *card = window.card(QStringLiteral("salesforce"));
    QTest::mouseClick(visibleButton(card, QStringLiteral("Connect")), Qt::LeftButton);
    service.failConnect(QStringLiteral("salesforce"), QStringLiteral("Composio refused the link (403)."));

    ErrorBanner *banner = window.page()->banner();
    QVERIFY(banner->isShowing());
    QCOMPARE(
        banner->message(), QStringLiteral("Could not connect Salesforce: Composio refused the link (403)."));
    QVERIFY(QTest::qWaitFor([&] { return banner->height() > 40; })); // slid in
    QCOMPARE(card->view().problem, QStringLiteral("Connection failed: Composio refused the link (403)."));
    QCOMPARE(visibleButtonTexts(card), QStringList { QStringLiteral("Reconnect") });

    QTest::mouseClick(visibleButton(banner, QStringLiteral("Retry")), Qt::LeftButton);
    QCOMPARE(service.calls.last(), QStringLiteral("connect:salesforce"));
    QCOMPARE(service.calls.size(), 2);
    QVERIFY(!banner->isShowing());
    QVERIFY(QTest::qWaitFor([&] { return banner->isHidden(); })); // slid out
    QCOMPARE(card->view().actions, CardView::Actions::Connecting);
}

void TestMainWindow::disconnectAsksInlineFirst()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    IntegrationCard *card = window.card(QStringLiteral("gmail"));

    QTest::mouseClick(visibleButton(card, QStringLiteral("Disconnect")), Qt::LeftButton);
    QVERIFY(card->isConfirmingDisconnect());
    QVERIFY(service.calls.isEmpty());
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("confirmText"))->text(),
        QStringLiteral("Disconnect Gmail?"));
    QCOMPARE(
        visibleButtonTexts(card), (QStringList { QStringLiteral("Add another account"), QStringLiteral("Disconnect"),
                                      QStringLiteral("Keep") }));
    QTest::mouseClick(visibleButton(card, QStringLiteral("Keep")), Qt::LeftButton);
    QVERIFY(!card->isConfirmingDisconnect());
    QVERIFY(service.calls.isEmpty());

    QTest::mouseClick(visibleButton(card, QStringLiteral("Disconnect")), Qt::LeftButton);
    auto *confirm = visibleButton(card, QStringLiteral("Disconnect"));
    QCOMPARE(static_cast<ActionButton *>(confirm)->kind(), ActionButton::Kind::DangerSolid);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("disconnect:gmail") });
    QCOMPARE(visibleButtonTexts(card),
        (QStringList { QStringLiteral("Add another account"), QStringLiteral("Disconnecting…") }));

    service.finishDisconnect(QStringLiteral("gmail"));
    QCOMPARE(visibleButtonTexts(card), QStringList { QStringLiteral("Connect") });
    QCOMPARE(card->view().pill, QString());
    QCOMPARE(card->findChild<InlineNote *>()->text(), QStringLiteral("Disconnected"));
}

void TestMainWindow::expiredOffersReconnect()
{
    GuiFixture fx;
    fx.put(QStringLiteral("outlook"), ConnectionStatus::Expired, QStringLiteral("m@corp.test"), 86400,
        SyncStatus::Success, QStringLiteral("The grant was revoked"));
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    IntegrationCard *card = window.card(QStringLiteral("outlook"));
    QCOMPARE(card->view().pill, QStringLiteral("Expired"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("problem"))->text(),
        QStringLiteral("Reconnect needed: The grant was revoked"));
    QCOMPARE(card->findChild<StatusDot *>()->tone(), StatusDot::Tone::Warning);
    QCOMPARE(visibleButtonTexts(card),
        (QStringList { QStringLiteral("Add another account"), QStringLiteral("Disconnect"),
            QStringLiteral("Reconnect") }));
    QTest::mouseClick(visibleButton(card, QStringLiteral("Reconnect")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("connect:outlook") });
    service.finishConnect(QStringLiteral("outlook"), QStringLiteral("m@corp.test"));
    QCOMPARE(card->view().pill, QStringLiteral("Connected"));
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("problem"))->isHidden());
}

void TestMainWindow::syncNowShowsFailureWithReason()
{
    GuiFixture fx;
    fx.put(QStringLiteral("hubspot"), ConnectionStatus::Active, QStringLiteral("crm@corp.test"), 600);
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    IntegrationCard *card = window.card(QStringLiteral("hubspot"));
    QTest::mouseClick(visibleButton(card, QStringLiteral("Sync now")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("sync:hubspot") });
    QVERIFY(static_cast<ActionButton *>(visibleButton(card, QStringLiteral("Syncing…")))->isBusy());
    service.finishSync(QStringLiteral("hubspot"), false, QStringLiteral("HubSpot answered 401"));
    QCOMPARE(card->view().problem, QStringLiteral("Sync failed: HubSpot answered 401"));
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
    QVERIFY(visibleButton(card, QStringLiteral("Sync now")));
}

void TestMainWindow::keyboardOnly()
{
    GuiFixture fx;
    fx.put(QStringLiteral("google_calendar"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Tab walks: settings, then each card's actions in order.
    auto tabTo = [&](const QString &accessibleName) {
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Tab);
            if (QApplication::focusWidget()
                && QApplication::focusWidget()->accessibleName() == accessibleName)
                return true;
        }
        return false;
    };
    QVERIFY(tabTo(QStringLiteral("Settings")));
    QVERIFY(window.testAttribute(Qt::WA_KeyboardFocusChange)); // so the focus ring is drawn
    QVERIFY(tabTo(QStringLiteral("Connect Gmail")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return service.calls.size() == 1; }));
    QCOMPARE(service.calls.first(), QStringLiteral("connect:gmail"));
    // Connect turned into Connecting… (disabled) and Cancel: focus stays in the card, on Cancel.
    QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Cancel connecting Gmail"));

    // Disconnect by keyboard: Enter opens the question with focus on Keep, Tab reaches the
    // confirming button, Space confirms.
    QVERIFY(tabTo(QStringLiteral("Disconnect Google Calendar")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QVERIFY(QTest::qWaitFor(
        [&] { return window.card(QStringLiteral("google_calendar"))->isConfirmingDisconnect(); }));
    QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Keep Google Calendar connected"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(
        QApplication::focusWidget()->accessibleName(), QStringLiteral("Confirm: disconnect Google Calendar"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(service.calls.last(), QStringLiteral("disconnect:google_calendar"));
}

void TestMainWindow::accessibleDescriptions()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 120);
    fx.put(QStringLiteral("outlook"), ConnectionStatus::Expired, QStringLiteral("m@corp.test"), -1,
        SyncStatus::Success, QStringLiteral("Grant revoked"));
    MainWindow window(fx.model.get());
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QCOMPARE(gmail->accessibleName(), QStringLiteral("Gmail"));
    QCOMPARE(gmail->accessibleDescription(),
        QStringLiteral("Gmail, connected as a@b.com, last synced 2 minutes ago"));
    QCOMPARE(window.card(QStringLiteral("outlook"))->accessibleDescription(),
        QStringLiteral("Microsoft Outlook, reconnect needed: Grant revoked"));
    QCOMPARE(window.card(QStringLiteral("hubspot"))->accessibleDescription(),
        QStringLiteral("HubSpot, not connected"));
}

void TestMainWindow::serviceProblemOffersRetry()
{
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    QSignalSpy retry(&window, &MainWindow::retryRequested);
    service.reportProblem(QStringLiteral("No Composio API key is set."));
    ErrorBanner *banner = window.page()->banner();
    QCOMPARE(banner->message(), QStringLiteral("No Composio API key is set."));
    QTest::mouseClick(visibleButton(banner, QStringLiteral("Retry")), Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
}

void TestMainWindow::withoutServiceActionsAreDisabled()
{
    GuiFixture fx;
    MainWindow window(fx.model.get());
    window.show();
    QAbstractButton *connect = visibleButton(window.card(QStringLiteral("gmail")), QStringLiteral("Connect"));
    QVERIFY(connect);
    QVERIFY(!connect->isEnabled());
}

void TestMainWindow::loadingShowsShimmeringSkeletons()
{
    GuiFixture fx;
    MainWindow window(fx.model.get());
    window.setLoading(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto skeletons = window.page()->skeletons();
    QVERIFY(!skeletons.isEmpty());
    for (SkeletonCard *s : skeletons) {
        QVERIFY(s->isVisible());
        QVERIFY(s->isShimmering());
    }
    QVERIFY(!window.card(QStringLiteral("gmail"))->isVisible());
    window.setLoading(false);
    QVERIFY(!skeletons.first()->isVisible());
    QVERIFY(!skeletons.first()->isShimmering());
    IntegrationCard *last = window.page()->cards().last();
    QVERIFY(last->isVisible());
    QVERIFY(last->revealProgress() < 1.0); // staggered: the last card starts later
    QVERIFY(QTest::qWaitFor([&] { return last->revealProgress() >= 1.0; }, 3000));
    QVERIFY(!last->graphicsEffect()); // the effect goes once the card has settled
}

void TestMainWindow::reducedMotionStopsEveryAnimation()
{
    applyAppearance(QStringLiteral("light"), QStringLiteral("on"));
    QVERIFY(Motion::reduced());
    GuiFixture fx;
    fx.put(QStringLiteral("outlook"), ConnectionStatus::Connecting);
    MainWindow window(fx.model.get());
    window.setLoading(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.page()->skeletons().first()->isShimmering());
    window.setLoading(false);
    for (IntegrationCard *card : window.page()->cards())
        QCOMPARE(card->revealProgress(), 1.0);
    QVERIFY(!window.card(QStringLiteral("outlook"))->findChild<StatusDot *>()->isPulsing());
    window.showProblem(QStringLiteral("x"), [] {});
    QCoreApplication::processEvents(); // one layout pass, no animation frames
    ErrorBanner *banner = window.page()->banner();
    QVERIFY(banner->height() > 0); // no slide: there at once, at full height
    QCOMPARE(banner->height(), banner->heightForWidth(banner->width()));

    // Switching motion back on at run time restarts the loops.
    Motion::setPreference(QStringLiteral("off"));
    window.applyAppearance();
    QVERIFY(window.card(QStringLiteral("outlook"))->findChild<StatusDot *>()->isPulsing());
}

void TestMainWindow::interruptedAnimationStartsFromCurrentValue()
{
    QObject owner;
    qreal shown = 0;
    Tween tween(&owner, [&](qreal v) { shown = v; });
    tween.animateTo(1.0, 400, QEasingCurve::Linear);
    QVERIFY(QTest::qWaitFor([&] { return shown > 0.2; }));
    const qreal interruptedAt = tween.value();
    QVERIFY(interruptedAt < 1.0);
    tween.animateTo(0.0, 400, QEasingCurve::Linear);
    QCOMPARE(tween.startValue().toReal(), interruptedAt); // no jump back to 1 or 0
    QVERIFY(QTest::qWaitFor([&] { return tween.state() == QAbstractAnimation::Stopped; }));
    QCOMPARE(shown, 0.0);
}

void TestMainWindow::geometryIsRemembered()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("window-state.json"));
    GuiFixture fx;
    {
        MainWindow window(fx.model.get());
        window.rememberGeometryIn(file);
        window.resize(720, 540);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(QFile::exists(file));
#ifdef Q_OS_UNIX // Windows: private by the profile's ACL (docs/WINDOWS.md)
    QCOMPARE(QFile(file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
#endif
    MainWindow again(fx.model.get());
    again.rememberGeometryIn(file);
    QCOMPARE(again.size(), QSize(720, 540));
}

void TestMainWindow::showsAProblemAsPlainText()
{
    GuiFixture fx;
    MainWindow window(fx.model.get());
    window.showFatalProblem(QStringLiteral("<b>broken</b> database"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), QStringLiteral("<b>broken</b> database"));
    QVERIFY(!visibleButton(window.page()->banner(), QStringLiteral("Retry"))); // nothing to retry
}

void TestMainWindow::followsStoreChanges()
{
    GuiFixture fx;
    MainWindow window(fx.model.get());
    QSignalSpy changed(fx.model.get(), &QAbstractItemModel::dataChanged);
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(window.card(QStringLiteral("gmail"))->view().account, QStringLiteral("a@b.com"));
    QCOMPARE(window.card(QStringLiteral("google_calendar"))->view().actions, CardView::Actions::Connect);
}

void TestMainWindow::relativeTimes_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(5) << "just now";
    QTest::newRow("1 min") << qint64(60) << "1 minute ago";
    QTest::newRow("5 min") << qint64(300) << "5 minutes ago";
    QTest::newRow("2 h") << qint64(7200) << "2 hours ago";
    QTest::newRow("3 d") << qint64(3 * 86400) << "3 days ago";
}

void TestMainWindow::relativeTimes()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QCOMPARE(ui::relativeTime(now.addSecs(-secondsAgo), now), expected);
    QCOMPARE(ui::relativeTime(QDateTime(), now), QStringLiteral("never"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
