// The real window in direct OAuth mode: MainWindow over a ConnectionManager with the real
// DirectOAuthConnector, the OAuth peer (oidc-provider, tests/peers/oauth) and a browser stand-in.
// A second account of one integration is added from the card's "Add another account" and shows
// as a row of its own; the same person again is refused and adds no row; a cancelled add leaves
// no row; the row is disconnected alone. Only the keychain is a stand-in (MemorySecretStore:
// tst_directoauth covers the real one).
#include "browserstandin.h"
#include "guifixture.h"
#include "oauthpeer.h"

#include "accountrow.h"
#include "actionbutton.h"
#include "common/settings.h"
#include "connect/connectionmanager.h"
#include "errorbanner.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "oauth/directoauthconnector.h"
#include "secrets/secretstore.h"

#include <QAbstractButton>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace aria;
using namespace aria::ui;

namespace {

const QString kId = QStringLiteral("oidc_peer");
const QString kSecond = QStringLiteral("oidc_peer-2");

// The visible, enabled button of w with this text (the last one: a confirmation comes after).
QAbstractButton *button(QWidget *w, const QString &text)
{
    QAbstractButton *found = nullptr;
    for (QAbstractButton *b : w->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->isEnabled() && b->text() == text)
            found = b;
    }
    return found;
}

} // namespace

class TestDirectWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secondAccountIsARowOfItsOwn();

private:
    OAuthPeer m_peer;
};

void TestDirectWindow::initTestCase()
{
    applyAppearance(QStringLiteral("light"), QStringLiteral("on")); // reduced motion: rows come and go at once
    QVERIFY(m_peer.start());
}

void TestDirectWindow::secondAccountIsARowOfItsOwn()
{
    const IntegrationSpec spec = m_peer.integration(kId);
    GuiFixture fx;
    fx.model->setIntegrations({ spec });
    Settings settings(fx.dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.set(kId + QStringLiteral(".client_id"), QStringLiteral("aria-native"), nullptr));
    QVERIFY(settings.set(kId + QStringLiteral(".mode"), QStringLiteral("direct"), nullptr));
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    DirectOAuthConnector direct(&fx.store, &secrets, &nam);
    direct.setClientIdLookup([&settings](const QString &id) { return settings.get(id + QStringLiteral(".client_id")); });
    BrowserStandIn browser;
    bool browserReturns = true;
    direct.setBrowserOpener([&browser, &browserReturns](const QUrl &url) { return !browserReturns || browser.open(url); });
    ConnectionManager manager(&settings);
    manager.setConnector(ConnectMode::Direct, &direct);
    manager.setSpecsProvider([spec] { return QList<IntegrationSpec> { spec }; });
    manager.setStore(&fx.store);

    MainWindow window(fx.model.get());
    window.setConnectionService(&manager);
    window.resize(1040, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *card = window.card(kId);
    QVERIFY(card);
    QSignalSpy finished(&manager, &ConnectionService::connectFinished);

    // The first account from the card's Connect.
    QVERIFY(m_peer.configure({ { QStringLiteral("loginAs"), QStringLiteral("ada") } }));
    QTest::mouseClick(button(card, QStringLiteral("Connect")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(card->view().account, QStringLiteral("ada@example.test"));
    QVERIFY(card->accountRows().isEmpty());
    QVERIFY(card->addAccountButton() && card->addAccountButton()->isVisible());

    // Another person adds a second account: a row of its own under the card.
    QVERIFY(m_peer.configure({ { QStringLiteral("loginAs"), QStringLiteral("grace") } }));
    QTest::mouseClick(card->addAccountButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toString(), kSecond);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_COMPARE(card->accountRows().size(), 1);
    AccountRow *row = card->accountRow(kSecond);
    QVERIFY(row);
    QCOMPARE(row->view().account, QStringLiteral("grace@example.test"));
    QVERIFY(button(row, QStringLiteral("Sync now")));
    QCOMPARE(card->view().account, QStringLiteral("ada@example.test")); // the card's own is unchanged

    // The same person once more: refused and said so, no third row.
    QTest::mouseClick(card->addAccountButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toString(), QStringLiteral("oidc_peer-3"));
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY(window.page()->banner()->isShowing());
    QVERIFY2(window.page()->banner()->message().contains(QLatin1String("already connected as oidc_peer-2")),
        qPrintable(window.page()->banner()->message()));
    QCOMPARE(card->accountRows().size(), 1);
    QVERIFY(!fx.store.get(u"oidc_peer-3"));

    // An add abandoned in the browser and cancelled from its row: the row goes again.
    browserReturns = false;
    QVERIFY(m_peer.configure({ { QStringLiteral("loginAs"), QStringLiteral("ada") } }));
    QTest::mouseClick(card->addAccountButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(card->accountRow(u"oidc_peer-3"), 10000);
    QTRY_VERIFY(button(card->accountRow(u"oidc_peer-3"), QStringLiteral("Cancel")));
    const qsizetype answered = finished.size();
    QTest::mouseClick(button(card->accountRow(u"oidc_peer-3"), QStringLiteral("Cancel")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), answered + 1, 10000); // at once, or from the event loop
    QCOMPARE(finished.last().at(0).toString(), QStringLiteral("oidc_peer-3"));
    QTRY_VERIFY(!card->accountRow(u"oidc_peer-3"));
    QVERIFY(!fx.store.get(u"oidc_peer-3"));
    QCOMPARE(card->accountRows().size(), 1);
    browserReturns = true;

    // The second account is disconnected from its row, alone.
    row = card->accountRow(kSecond);
    QTest::mouseClick(button(row, QStringLiteral("Disconnect")), Qt::LeftButton);
    QVERIFY(row->isConfirmingDisconnect());
    QSignalSpy disconnected(&manager, &ConnectionService::disconnectFinished);
    QTest::mouseClick(button(row, QStringLiteral("Disconnect")), Qt::LeftButton); // the confirmation
    QVERIFY(disconnected.wait(20000));
    QCOMPARE(disconnected.first().at(0).toString(), kSecond);
    QVERIFY(disconnected.first().at(1).toBool());
    QTRY_VERIFY(!card->accountRow(kSecond));
    QCOMPARE(fx.store.get(kSecond)->status, ConnectionStatus::Disconnected);
    QCOMPARE(fx.store.get(kId)->status, ConnectionStatus::Active);
    QCOMPARE(card->view().account, QStringLiteral("ada@example.test"));
    QVERIFY(secrets.contents().contains(DirectOAuthConnector::refreshTokenKey(kId)));
    QVERIFY(!secrets.contents().contains(DirectOAuthConnector::refreshTokenKey(kSecond)));
}

QTEST_MAIN(TestDirectWindow)
#include "tst_directwindow.moc"
