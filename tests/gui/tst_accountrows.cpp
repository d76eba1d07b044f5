// Several accounts of one integration on its card: one row per further account, each row's
// buttons act on its own connection id, "Add another account" asks the service for a new
// connection, and rows grow in and collapse (or appear and go at once under reduced motion).
#include "accountrow.h"
#include "actionbutton.h"
#include "fakeconnectionservice.h"
#include "guifixture.h"
#include "inlinenote.h"
#include "errorbanner.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "statuspill.h"
#include "translator.h"

using namespace aria;
using namespace aria::ui;

namespace {

QAbstractButton *visibleButton(QWidget *in, const QString &text)
{
    for (auto *b : in->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (b->isVisible() && b->text() == text)
            return b;
    }
    return nullptr;
}

QStringList visibleButtonTexts(QWidget *in)
{
    QStringList out;
    for (auto *b : in->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (b->isVisible())
            out << b->text();
    }
    out.sort();
    return out;
}

} // namespace

class TestAccountRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void init() { applyAppearance(QStringLiteral("light"), QStringLiteral("on")); }
    void withoutConnectionsTheCardIsAsBefore();
    void oneConnectionOffersAnotherAccount();
    void eachRowActsOnItsOwnConnection();
    void rowDisconnectAsksInlineOnThatRowOnly();
    void flowSignalsReachTheRightRow();
    void addAnotherAccountCallsAddConnection();
    void newRowGrowsInAndRemovedRowCollapses();
    void reducedMotionAddsAndRemovesAtOnce();
};

void TestAccountRows::withoutConnectionsTheCardIsAsBefore()
{
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QVERIFY(gmail->accountRows().isEmpty());
    QVERIFY(!gmail->addAccountButton() || gmail->addAccountButton()->isHidden());
    QCOMPARE(visibleButtonTexts(gmail), QStringList { QStringLiteral("Connect") });
}

void TestAccountRows::oneConnectionOffersAnotherAccount()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.resize(1040, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QVERIFY(gmail->accountRows().isEmpty()); // the first account is the card's own, as before
    ActionButton *add = gmail->addAccountButton();
    QVERIFY(add && add->isVisible());
    QCOMPARE(add->text(), QStringLiteral("Add another account"));
    // Under everything else on the card, inside it.
    for (QWidget *w : visibleChildren(gmail)) {
        if (w != add)
            QVERIFY2(w->geometry().bottom() < add->geometry().top(), qPrintable(describe(w)));
    }
    QVERIFY(gmail->rect().contains(add->geometry()));
    QVERIFY2(layoutProblems(gmail).isEmpty(), qPrintable(layoutProblems(gmail).join(u'\n')));
}

void TestAccountRows::eachRowActsOnItsOwnConnection()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    fx.put(QStringLiteral("gmail-2"), ConnectionStatus::Active, QStringLiteral("work@corp.test"), 120);
    fx.put(QStringLiteral("gmail-3"), ConnectionStatus::Expired, QStringLiteral("old@corp.test"), 86400,
        SyncStatus::Success, QStringLiteral("The grant was revoked"));
    fx.model->reload();
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.resize(1040, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QCOMPARE(gmail->accountRows().size(), 2);
    AccountRow *second = gmail->accountRow(QStringLiteral("gmail-2"));
    AccountRow *third = gmail->accountRow(QStringLiteral("gmail-3"));
    QVERIFY(second && third);
    QCOMPARE(second->view().account, QStringLiteral("work@corp.test"));
    QCOMPARE(second->view().pill, QStringLiteral("Connected"));
    QCOMPARE(third->view().pill, QStringLiteral("Expired"));
    QCOMPARE(third->view().problem, QStringLiteral("Reconnect needed: The grant was revoked"));
    QCOMPARE(third->findChild<QLabel *>(QStringLiteral("rowProblem"))->text(), third->view().problem);
    QVERIFY(third->findChild<QLabel *>(QStringLiteral("rowProblem"))->isVisible());
    QVERIFY(!second->findChild<QLabel *>(QStringLiteral("rowProblem"))->isVisible());
    QCOMPARE(visibleButtonTexts(second), (QStringList { QStringLiteral("Disconnect"), QStringLiteral("Sync now") }));
    QCOMPARE(visibleButtonTexts(third), (QStringList { QStringLiteral("Disconnect"), QStringLiteral("Reconnect") }));
    // The rows in the order the accounts were added, under the card's own text, then the button.
    QVERIFY(second->geometry().top() < third->geometry().top());
    QVERIFY(third->geometry().bottom() < gmail->addAccountButton()->geometry().top());
    QVERIFY2(layoutProblems(gmail).isEmpty(), qPrintable(layoutProblems(gmail).join(u'\n')));
    QVERIFY2(layoutProblems(second).isEmpty(), qPrintable(layoutProblems(second).join(u'\n')));

    QTest::mouseClick(visibleButton(second, QStringLiteral("Sync now")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("sync:gmail-2") });
    QVERIFY(second->view().syncing); // the row's own Sync now spins, not the card's
    QVERIFY(!gmail->view().syncing);
    service.finishSync(QStringLiteral("gmail-2"), false, QStringLiteral("Google answered 500"));
    QVERIFY(!gmail->accountRow(QStringLiteral("gmail-2"))->view().syncing);
    QCOMPARE(gmail->accountRow(QStringLiteral("gmail-2"))->view().problem,
        QStringLiteral("Sync failed: Google answered 500"));
    QVERIFY(gmail->view().problem.isEmpty());

    service.calls.clear();
    QTest::mouseClick(visibleButton(third, QStringLiteral("Reconnect")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("connect:gmail-3") });

    // The card's own buttons still act on the first connection.
    service.calls.clear();
    QTest::mouseClick(visibleButton(gmail, QStringLiteral("Sync now")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("sync:gmail") });
}

void TestAccountRows::rowDisconnectAsksInlineOnThatRowOnly()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    fx.put(QStringLiteral("gmail-2"), ConnectionStatus::Active, QStringLiteral("work@corp.test"), 120);
    fx.model->reload();
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.resize(1040, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    AccountRow *row = gmail->accountRow(QStringLiteral("gmail-2"));

    QTest::mouseClick(visibleButton(row, QStringLiteral("Disconnect")), Qt::LeftButton);
    QVERIFY(row->isConfirmingDisconnect());
    QVERIFY(!gmail->isConfirmingDisconnect());
    QVERIFY(service.calls.isEmpty());
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("rowConfirmText"))->text(),
        QStringLiteral("Disconnect work@corp.test?"));
    QCOMPARE(visibleButtonTexts(row), (QStringList { QStringLiteral("Disconnect"), QStringLiteral("Keep") }));
    QVERIFY2(layoutProblems(row).isEmpty(), qPrintable(layoutProblems(row).join(u'\n')));
    QTest::mouseClick(visibleButton(row, QStringLiteral("Keep")), Qt::LeftButton);
    QVERIFY(!row->isConfirmingDisconnect());
    QVERIFY(service.calls.isEmpty());

    QTest::mouseClick(visibleButton(row, QStringLiteral("Disconnect")), Qt::LeftButton);
    auto *confirm = static_cast<ActionButton *>(visibleButton(row, QStringLiteral("Disconnect")));
    QCOMPARE(confirm->kind(), ActionButton::Kind::DangerSolid);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("disconnect:gmail-2") });
    QCOMPARE(visibleButtonTexts(row), QStringList { QStringLiteral("Disconnecting…") });
    QCOMPARE(visibleButtonTexts(gmail).count(QStringLiteral("Sync now")), 1); // the card's own stays

    service.finishDisconnect(QStringLiteral("gmail-2"));
    QVERIFY(!gmail->accountRow(QStringLiteral("gmail-2"))); // reduced motion: gone at once
    QCOMPARE(gmail->view().pill, QStringLiteral("Connected"));
    QVERIFY(gmail->addAccountButton()->isVisible());
}

void TestAccountRows::flowSignalsReachTheRightRow()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    fx.put(QStringLiteral("gmail-2"), ConnectionStatus::Expired, QStringLiteral("work@corp.test"), 120);
    fx.model->reload();
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.resize(1040, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));

    QTest::mouseClick(visibleButton(gmail->accountRow(QStringLiteral("gmail-2")), QStringLiteral("Reconnect")),
        Qt::LeftButton);
    AccountRow *row = gmail->accountRow(QStringLiteral("gmail-2"));
    QCOMPARE(row->view().pill, QStringLiteral("Connecting…"));
    QCOMPARE(visibleButtonTexts(row), QStringList { QStringLiteral("Cancel") });
    QCOMPARE(gmail->view().pill, QStringLiteral("Connected")); // the first account is untouched

    service.finishConnect(QStringLiteral("gmail-2"), QStringLiteral("work@corp.test"));
    row = gmail->accountRow(QStringLiteral("gmail-2"));
    QCOMPARE(row->view().pill, QStringLiteral("Connected"));
    QCOMPARE(gmail->findChild<InlineNote *>()->text(), QStringLiteral("Connected as work@corp.test"));

    // The row acts on its own connection again.
    QTest::mouseClick(visibleButton(row, QStringLiteral("Sync now")), Qt::LeftButton);
    QVERIFY(row->view().syncing);
    QVERIFY(!gmail->view().syncing);
}

void TestAccountRows::addAnotherAccountCallsAddConnection()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));

    QTest::mouseClick(gmail->addAccountButton(), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("add:gmail") });
    // The flow stores the new connection as connecting first (as the connectors do): its row
    // takes over from the busy Add button, with its own Cancel.
    AccountRow *row = gmail->accountRow(QStringLiteral("gmail-2"));
    QVERIFY(row);
    QVERIFY(!gmail->addAccountButton()->isBusy());
    QVERIFY(visibleButton(row, QStringLiteral("Cancel")));

    service.finishConnect(QStringLiteral("gmail-2"), QStringLiteral("second@b.com"));
    QCOMPARE(gmail->accountRow(QStringLiteral("gmail-2")), row);
    QVERIFY(row->isVisible());
    QCOMPARE(row->view().account, QStringLiteral("second@b.com"));
    QCOMPARE(gmail->view().account, QStringLiteral("a@b.com"));

    // A failed add leaves no row and frees the button: the connector discards the new
    // connection, which never left this device.
    service.calls.clear();
    QTest::mouseClick(gmail->addAccountButton(), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("add:gmail") });
    QVERIFY(gmail->accountRow(QStringLiteral("gmail-3")));
    QVERIFY(fx.store.discardUnshared(u"gmail-3"));
    Q_EMIT service.connectFinished(QStringLiteral("gmail-3"), false, QStringLiteral("Cancelled in the browser"));
    QVERIFY(!gmail->addAccountButton()->isBusy());
    QVERIFY(!gmail->accountRow(QStringLiteral("gmail-3")));
    QVERIFY(!fx.store.get(u"gmail-3"));
    // Retry on the banner adds again; it does not connect the id the failed add had.
    ErrorBanner *banner = window.page()->banner();
    QVERIFY(banner->isShowing());
    service.calls.clear();
    QTest::mouseClick(visibleButton(banner, QStringLiteral("Retry")), Qt::LeftButton);
    QCOMPARE(service.calls, QStringList { QStringLiteral("add:gmail") });
}

void TestAccountRows::newRowGrowsInAndRemovedRowCollapses()
{
    applyAppearance(QStringLiteral("light"), QStringLiteral("off")); // motion on
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.resize(1040, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    const int before = gmail->height();

    fx.put(QStringLiteral("gmail-2"), ConnectionStatus::Active, QStringLiteral("work@corp.test"), 10);
    AccountRow *row = gmail->accountRow(QStringLiteral("gmail-2"));
    QVERIFY(row);
    QCOMPARE(row->growth(), 0.0); // starts from nothing...
    QTRY_COMPARE(row->growth(), 1.0); // ...and grows to its full height
    QTRY_COMPARE(row->height(), row->heightForWidth(row->width()));
    QTRY_VERIFY(gmail->height() > before + row->height() / 2);
    QVERIFY(row->isVisible());
    QVERIFY(gmail->rect().contains(row->geometry()));
    QVERIFY(row->geometry().bottom() < gmail->addAccountButton()->geometry().top());

    fx.store.setStatus(QStringLiteral("gmail-2"), ConnectionStatus::Disconnected);
    QVERIFY(row->isCollapsing());
    QCOMPARE(gmail->accountRow(QStringLiteral("gmail-2")), row); // still there while it collapses
    QPointer<AccountRow> going(row);
    QTRY_VERIFY(!gmail->accountRow(QStringLiteral("gmail-2")));
    QTRY_VERIFY(going.isNull());
    QTRY_COMPARE(gmail->height(), before);
}

void TestAccountRows::reducedMotionAddsAndRemovesAtOnce()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("a@b.com"), 60);
    MainWindow window(fx.model.get());
    window.resize(1040, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    const int before = gmail->heightForWidth(gmail->width());

    fx.put(QStringLiteral("gmail-2"), ConnectionStatus::Active, QStringLiteral("work@corp.test"), 10);
    AccountRow *row = gmail->accountRow(QStringLiteral("gmail-2"));
    QVERIFY(row);
    QCOMPARE(row->growth(), 1.0);
    QVERIFY(gmail->heightForWidth(gmail->width()) > before);
    // Without a service the row's actions are shown but disabled, as the card's are.
    QVERIFY(!row->findChild<QAbstractButton *>(QStringLiteral("rowSync"))->isEnabled());

    fx.store.setStatus(QStringLiteral("gmail-2"), ConnectionStatus::Disconnected);
    QVERIFY(!gmail->accountRow(QStringLiteral("gmail-2")));
    QCOMPARE(gmail->heightForWidth(gmail->width()), before);
}

QTEST_MAIN(TestAccountRows)
#include "tst_accountrows.moc"
