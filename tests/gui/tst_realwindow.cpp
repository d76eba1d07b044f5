// The real window against the real services: MainWindow over the real ConnectionStack
// (Composio connector, Supabase account) — not FakeConnectionService — with the Composio
// simulator, the Supabase peer and ARIA's Composio function under Deno (tests/common/cloudpeers.h),
// and the scripted browser (ARIA_BROWSER). Clicks on the cards: Connect, an expiry shown as
// Reconnect, Reconnect, and Disconnect from the card; in cloud mode (no Composio key here) and
// in key mode. Only the keychain is a stand-in (MemorySecretStore).
#include "cloudpeers.h"
#include "guifixture.h"

#include "common/settings.h"
#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "errorbanner.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "secrets/keynames.h"
#include "secrets/secretstore.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"
#include "translator.h"

#include <QAbstractButton>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace aria;
using namespace aria::ui;

namespace {

const QString kPassword = QStringLiteral("the real window");

// The visible button of the card with this text (the last one: a confirmation comes after).
QAbstractButton *button(IntegrationCard *card, const QString &text)
{
    QAbstractButton *found = nullptr;
    for (QAbstractButton *b : card->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->isEnabled() && b->text() == text)
            found = b;
    }
    return found;
}

} // namespace

class TestRealWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectExpireReconnectDisconnect_data();
    void connectExpireReconnectDisconnect();

private:
    // The user_id of a Composio account, asked with the project key (as an operator would).
    QString composioUserOf(const QString &accountId);
    CloudPeers m_cloud;
    QNetworkAccessManager m_nam;
};

void TestRealWindow::initTestCase()
{
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_cloud.start(), "cannot start the Composio simulator, the Supabase peer or the function");
    m_cloud.sim().configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    qputenv("ARIA_BROWSER", "node " ARIA_SOURCE_DIR "/tests/peers/composio/browser.js");
    qputenv("ARIA_COMPOSIO_BASE_URL", m_cloud.sim().apiBase().toString().toUtf8());
}

QString TestRealWindow::composioUserOf(const QString &accountId)
{
    QNetworkRequest request(QUrl(m_cloud.sim().apiBase().toString() + QStringLiteral("/connected_accounts/") + accountId));
    request.setRawHeader("x-api-key", ComposioSim::kApiKey);
    QNetworkReply *reply = m_nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("user_id")).toString();
}

void TestRealWindow::connectExpireReconnectDisconnect_data()
{
    QTest::addColumn<QString>("via");
    QTest::newRow("cloud") << QStringLiteral("cloud");
    QTest::newRow("key") << QStringLiteral("key");
}

void TestRealWindow::connectExpireReconnectDisconnect()
{
    QFETCH(QString, via);
    applyAppearance(QStringLiteral("light"), QStringLiteral("on"));
    const QString email = via + QStringLiteral("-window@example.com");
    const QString userId = m_cloud.supabase().signUp(email, kPassword);
    QVERIFY(!userId.isEmpty());

    GuiFixture fx;
    Settings settings(fx.dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.set(QStringLiteral("supabase.url"), m_cloud.supabase().url(), nullptr));
    QVERIFY(settings.set(QStringLiteral("supabase.anon_key"), m_cloud.supabase().anonKey(), nullptr));
    MemorySecretStore secrets;
    if (via == u"key") {
        QVERIFY(settings.set(QStringLiteral("composio.via"), via, nullptr));
        secrets.write(keys::composioApiKey(), QString::fromLatin1(ComposioSim::kApiKey), nullptr, [](const auto &) {});
    }
    QCOMPARE(settings.composioVia(), via); // cloud: only the project is configured
    fx.store.setUserId(settings.localUserId());
    ConnectionStack stack(&settings, &fx.store, &secrets);
    MainWindow window(fx.model.get());
    window.setConnectionService(stack.manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QVERIFY(gmail);
    const auto status = [&fx] { return fx.store.get(u"gmail").value_or(Connection()).status; };

    if (via == u"cloud") {
        // Signed out, Connect asks for the sign-in: no banner, and the card is not in error.
        QSignalSpy signInAsked(&window, &MainWindow::signInRequested);
        QTest::mouseClick(button(gmail, QStringLiteral("Connect")), Qt::LeftButton);
        QVERIFY(signInAsked.count() == 1 || signInAsked.wait(10000));
        QVERIFY(!window.page()->banner()->isShowing());
        QCOMPARE(status(), ConnectionStatus::NotConnected);
    }

    supabase::AuthClient *auth = stack.account()->auth();
    QSignalSpy signedIn(auth, &supabase::AuthClient::signInFinished);
    auth->signIn(email, kPassword);
    QVERIFY(signedIn.wait(20000));
    QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));

    // Connect from the card: the browser finishes the hosted page, the card turns connected.
    QAbstractButton *connectButton = button(gmail, QStringLiteral("Connect"));
    QVERIFY(connectButton);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return status() == ConnectionStatus::Active; }, 30000));
    const QString accountId = fx.store.get(u"gmail")->composioConnectionId;
    QCOMPARE(composioUserOf(accountId), userId); // Composio's user_id is the Supabase id
    QVERIFY(QTest::qWaitFor([&] { return button(gmail, QStringLiteral("Sync now")) != nullptr; }, 5000));

    // Composio's refresh of the grant failed: a sync from the card shows Reconnect.
    m_cloud.sim().patchAccount(accountId,
        { { QStringLiteral("status"), QStringLiteral("EXPIRED") }, { QStringLiteral("status_reason"), QStringLiteral("refresh token revoked") } });
    QTest::mouseClick(button(gmail, QStringLiteral("Sync now")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return status() == ConnectionStatus::Expired; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return button(gmail, QStringLiteral("Reconnect")) != nullptr; }, 5000));
    QVERIFY2(gmail->view().problem.contains(QLatin1String("refresh token revoked")), qPrintable(gmail->view().problem));

    // Reconnect from the card: a new account, active again.
    QTest::mouseClick(button(gmail, QStringLiteral("Reconnect")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] {
        return status() == ConnectionStatus::Active && fx.store.get(u"gmail")->composioConnectionId != accountId;
    }, 30000));
    const QString second = fx.store.get(u"gmail")->composioConnectionId;

    // Disconnect from the card, confirmed: revoked and deleted at Composio, a tombstone here.
    QVERIFY(QTest::qWaitFor([&] { return button(gmail, QStringLiteral("Disconnect")) != nullptr; }, 5000));
    QTest::mouseClick(button(gmail, QStringLiteral("Disconnect")), Qt::LeftButton);
    QVERIFY(gmail->isConfirmingDisconnect());
    QTest::mouseClick(button(gmail, QStringLiteral("Disconnect")), Qt::LeftButton); // the confirmation
    QVERIFY(QTest::qWaitFor([&] { return status() == ConnectionStatus::Disconnected; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return button(gmail, QStringLiteral("Connect")) != nullptr; }, 5000));
    const QStringList log = m_cloud.sim().log();
    QVERIFY2(log.contains(QStringLiteral("POST /connected_accounts/%1/revoke").arg(second)), qPrintable(log.join(u'\n')));
    QVERIFY2(log.contains(QStringLiteral("DELETE /connected_accounts/%1").arg(second)), qPrintable(log.join(u'\n')));
    if (via == u"cloud")
        QVERIFY(secrets.contents().value(keys::composioApiKey()).isEmpty()); // no key on this desktop
}

QTEST_MAIN(TestRealWindow)
#include "tst_realwindow.moc"
