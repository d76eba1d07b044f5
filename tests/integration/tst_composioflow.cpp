// The Composio connect flow end to end against the simulator: real HTTP, the real loopback
// listener, and an in-process "browser" that follows redirects like a browser does.
#include "composiosim.h"
#include "testhome.h"
#include "testprofile.h"

#include "common/processprobe.h"
#include "common/settings.h"
#include "composio/composioclient.h"
#include "composio/composiokeytransport.h"
#include "connect/browserlauncher.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "connect/loopbackreplyhandler.h"
#include "platform/process.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace aria;

namespace {

struct Hop {
    int status = 0;
    QUrl url;
    QUrl next; // where a redirect points (resolved), also when not followed
};

// GETs url and follows redirects; returns every hop (status 0: no HTTP answer at all).
QList<Hop> browse(QNetworkAccessManager &network, QUrl url, bool follow = true)
{
    QList<Hop> hops;
    for (int i = 0; i < 10 && url.isValid(); ++i) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        hops.append({ status, url, next.isEmpty() ? QUrl() : url.resolved(next) });
        reply->deleteLater();
        if (!follow || next.isEmpty())
            break;
        url = url.resolved(next);
    }
    return hops;
}

} // namespace

class TestComposioFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectThroughLoopback();
    void connectAcceptsLegacyCallbackNames();
    void listenerIsLoopbackOnlyWithNonce();
    void denialIsReported();
    void expiredLinkTimesOut();
    void wrongNonceAndDuplicateCallbackAreRefused();
    void callbackForAnotherAccountIsRefusedAndFlowGoesOn();
    void pollingCompletesWithoutTheBrowser();
    void cancelStopsListenerAndPolling();
    void accountOfAnotherUserIsRefused();
    void unknownAuthConfigSettingIsExplained();
    void reconcileAdoptsExpiresAndRemoves();
    void reconcileKeepsAccountsOfAnEarlierUserId();
    void reconnectReplacesTheExpiredAccount();
    void disconnectRevokesBeforeDelete_data();
    void disconnectRevokesBeforeDelete();
    void paginationFollowsNextCursor();
    void interruptedConnectIsResetAtStart();
    void abandonedLinkIsDeletedAtStart_data();
    void abandonedLinkIsDeletedAtStart();
    void linkOfAnotherRunningProcessIsKept();
    void rateLimitWaitsForRetryAfter();
    void serverErrorsAreRetriedWithBackoff();
    void persistentServerErrorIsANetworkFailure();
    void slowAnswerTimesOutAndRetries();
    void garbageIsAnInvalidResponse();
    void wrongKeyIsUnauthorized();
    void missingKeyIsExplained();
    void keyNeverSetIsNoProblem();
    void offlineIsAStateNotACrash();

private:
    void build();
    void connectAndWait(const QString &id, bool expectOk);
    void assertNoKeyAnywhere();
    void adoptSeeded(const QString &toolkit, const QString &id);

    ComposioSim m_sim;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ComposioClient> m_client;
    std::unique_ptr<ComposioKeyTransport> m_transport;
    std::unique_ptr<BrowserLauncher> m_browser;
    std::unique_ptr<ComposioConnector> m_connector;
    std::unique_ptr<ConnectionManager> m_manager;
    QHash<QString, FailureKind> m_kinds;
    QNetworkAccessManager m_browserNetwork; // the "browser" has its own network stack
    QList<QUrl> m_opened;
    bool m_autoBrowse = true;
    QList<Hop> m_lastBrowse;
    QStringList m_logLines;
};

void TestComposioFlow::initTestCase()
{
    aria::setProcessProbe(&aria::platform::processRuns); // as main() does: dead runs are found
    QVERIFY2(m_sim.start(), "cannot start the Composio simulator (node tests/peers/composio/server.js)");
    qInfo() << "simulator on port" << m_sim.port();
}

void TestComposioFlow::init()
{
    m_sim.reset();
    m_sim.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    m_home = std::make_unique<TestHome>();
    m_opened.clear();
    m_autoBrowse = true;
    build();
}

void TestComposioFlow::build()
{
    m_manager.reset();
    m_connector.reset();
    m_profile.reset();  // a restart: the same files opened again
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->opened);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secrets->write(QStringLiteral("composio-api-key"), QString::fromLatin1(ComposioSim::kApiKey), nullptr,
        [](const auto &) {});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ComposioClient>(m_network.get(), m_secrets.get());
    m_client->setBaseUrl(m_sim.apiBase());
    m_client->setRetryPolicy({ 4, 40, 200, 5000 });
    m_client->setRequestTimeout(3000);
    m_browser = std::make_unique<BrowserLauncher>();
    m_browser->setOpener([this](const QUrl &url) {
        m_opened << url;
        if (m_autoBrowse)
            QTimer::singleShot(0, this, [this, url] { m_lastBrowse = browse(m_browserNetwork, url); });
        return true;
    });
    m_transport = std::make_unique<ComposioKeyTransport>(m_client.get(), &m_profile->settings);
    m_connector = std::make_unique<ComposioConnector>(
        m_transport.get(), &m_profile->store, &m_profile->settings, m_browser.get());
    m_connector->setPollInterval(100, 300);
    m_connector->setFlowTimeoutMs(8000);
    m_manager = std::make_unique<ConnectionManager>(&m_profile->settings);
    // The failure kind of each integration's last finished call ("" for a refresh of all).
    m_kinds.clear();
    const auto note = [this](const QString &id, bool, const QString &, FailureKind kind) { m_kinds[id] = kind; };
    connect(m_manager.get(), &ConnectionService::connectFinished, this, note);
    connect(m_manager.get(), &ConnectionService::disconnectFinished, this, note);
    connect(m_manager.get(), &ConnectionService::syncFinished, this, note);
    connect(m_manager.get(), &ConnectionService::refreshFinished, this,
        [this](bool, const QString &, FailureKind kind) { m_kinds[QString()] = kind; });
    m_manager->setConnector(ConnectMode::Composio, m_connector.get());
}

void TestComposioFlow::cleanup()
{
    assertNoKeyAnywhere();
    m_manager.reset();
    m_connector.reset();
    m_client.reset();
    m_profile.reset();
    m_home.reset();
}

void TestComposioFlow::assertNoKeyAnywhere()
{
    if (!m_home || !m_profile)
        return;
    m_profile->settings.sync();
    const QStringList hits = filesContaining(m_home->path(), ComposioSim::kApiKey);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u',')));
}

void TestComposioFlow::connectAndWait(const QString &id, bool expectOk)
{
    QSignalSpy finished(m_manager.get(), &ConnectionService::connectFinished);
    m_manager->connectIntegration(id);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), id);
    QVERIFY2(finished.at(0).at(1).toBool() == expectOk, qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(!m_manager->isBusy(id));
}

void TestComposioFlow::connectThroughLoopback()
{
    QSignalSpy started(m_manager.get(), &ConnectionService::connectStarted);
    connectAndWait(QStringLiteral("gmail"), true);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(started.at(0).at(1).toUrl(), m_opened.first());

    // The browser went consent page -> 302 -> loopback callback -> 200.
    QCOMPARE(m_lastBrowse.size(), 2);
    QCOMPARE(m_lastBrowse.at(0).status, 302);
    QCOMPARE(m_lastBrowse.at(1).status, 200);
    QCOMPARE(m_lastBrowse.at(1).url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_lastBrowse.at(1).url.path().startsWith(QLatin1String("/callback/")));

    const auto row = m_profile->store.get(u"gmail");
    QVERIFY(row);
    QCOMPARE(row->status, ConnectionStatus::Active);
    QVERIFY(row->composioConnectionId.startsWith(QLatin1String("ca_")));
    QCOMPARE(row->displayName, QStringLiteral("person@example.com"));
    QCOMPARE(row->mode, ConnectMode::Composio);
    QVERIFY(row->lastSyncAt.isValid());
    QCOMPARE(row->userId, m_profile->settings.localUserId());
    // The auth config was created once and remembered.
    QVERIFY(m_profile->settings.get(QStringLiteral("gmail.auth_config_id")).startsWith(QLatin1String("ac_")));
    const QStringList log = m_sim.log();
    QCOMPARE(log.mid(0, 3),
        (QStringList { QStringLiteral("GET /auth_configs"), QStringLiteral("POST /auth_configs"),
            QStringLiteral("POST /connected_accounts/link") }));
    QVERIFY(log.contains(QStringLiteral("GET /connected_accounts/") + row->composioConnectionId));
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::None);

    // A second connect reuses the remembered auth config.
    m_manager->disconnectIntegration(QStringLiteral("gmail"));
    QSignalSpy disconnected(m_manager.get(), &ConnectionService::disconnectFinished);
    QVERIFY(disconnected.wait(5000));
    connectAndWait(QStringLiteral("gmail"), true);
    QCOMPARE(m_sim.log().count(QStringLiteral("POST /auth_configs")), 1);
}

void TestComposioFlow::connectAcceptsLegacyCallbackNames()
{
    m_sim.configure({ { QStringLiteral("legacyCallback"), true } });
    connectAndWait(QStringLiteral("hubspot"), true);
    QCOMPARE(m_profile->store.get(u"hubspot")->status, ConnectionStatus::Active);
}

void TestComposioFlow::listenerIsLoopbackOnlyWithNonce()
{
    m_autoBrowse = false;
    m_manager->connectIntegration(QStringLiteral("outlook"));
    QVERIFY(QTest::qWaitFor([this] { return !m_opened.isEmpty(); }, 5000));
    const LoopbackReplyHandler *listener = m_connector->listener(QStringLiteral("outlook"));
    QVERIFY(listener);
    QVERIFY(listener->isListening());
    QCOMPARE(listener->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    const QUrl callback(listener->callback());
    QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(callback.port() > 1024);
    const QString nonce = callback.path().section(QLatin1Char('/'), -1);
    QCOMPARE(nonce.size(), 32); // 128 bits in hex
    // Not reachable from the network: every non-loopback address of this machine refuses.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, listener->port());
        QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
    }
    QCOMPARE(m_profile->store.get(u"outlook")->status, ConnectionStatus::Connecting);
    m_manager->cancelConnect(QStringLiteral("outlook"));
}

void TestComposioFlow::denialIsReported()
{
    m_sim.configure({ { QStringLiteral("consent"), QStringLiteral("deny") } });
    connectAndWait(QStringLiteral("gmail"), false);
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::Denied);
    const auto row = m_profile->store.get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Error);
    QVERIFY(row->errorMessage.contains(QLatin1String("The user denied access")));
    QVERIFY(row->composioConnectionId.isEmpty());
}

void TestComposioFlow::expiredLinkTimesOut()
{
    m_sim.configure({ { QStringLiteral("linkTtlMs"), 0 } });
    connectAndWait(QStringLiteral("salesforce"), false);
    QCOMPARE(m_lastBrowse.first().status, 410); // the browser saw "link expired"
    QCOMPARE(m_kinds.value(QStringLiteral("salesforce")), FailureKind::Timeout);
    QVERIFY(m_profile->store.get(u"salesforce")->errorMessage.contains(QLatin1String("expired")));
}

void TestComposioFlow::wrongNonceAndDuplicateCallbackAreRefused()
{
    m_autoBrowse = false;
    m_connector->setPollInterval(5000, 5000); // let the callback, not polling, finish the flow
    QSignalSpy finished(m_manager.get(), &ConnectionService::connectFinished);
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(QTest::qWaitFor([this] { return !m_opened.isEmpty(); }, 5000));
    // Consent at the simulator without following its redirect to the loopback.
    const QList<Hop> consent = browse(m_browserNetwork, m_opened.first(), false);
    QCOMPARE(consent.size(), 1);
    QCOMPARE(consent.first().status, 302);
    const LoopbackReplyHandler *listener = m_connector->listener(QStringLiteral("gmail"));
    QVERIFY(listener);
    QSignalSpy rejected(listener, &LoopbackReplyHandler::requestRejected);
    QUrl good(listener->callback());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("success"));
    QUrl bad = good;
    bad.setPath(
        good.path().left(good.path().lastIndexOf(QLatin1Char('/')) + 1) + QString(32, QLatin1Char('0')));
    bad.setQuery(query);
    QCOMPARE(browse(m_browserNetwork, bad).first().status, 403);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(m_manager->isBusy(QStringLiteral("gmail"))); // a wrong nonce changes nothing
    QCOMPARE(finished.count(), 0);

    good.setQuery(query);
    QCOMPARE(browse(m_browserNetwork, good).first().status, 200);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).toBool());
    // The listener closed after the first valid callback: a replay gets no answer at all.
    QCOMPARE(browse(m_browserNetwork, good).first().status, 0);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
}

void TestComposioFlow::callbackForAnotherAccountIsRefusedAndFlowGoesOn()
{
    // The nonce leaked (history, a shared screen): a local process sends the right path with
    // another account id, success or failure, before the browser returns.
    m_autoBrowse = false;
    m_connector->setPollInterval(60000, 60000); // only the callback may finish the flow
    QSignalSpy finished(m_manager.get(), &ConnectionService::connectFinished);
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(QTest::qWaitFor([this] { return !m_opened.isEmpty(); }, 5000));
    const QList<Hop> consent = browse(m_browserNetwork, m_opened.first(), false);
    QCOMPARE(consent.first().status, 302);
    const QUrl genuine = consent.first().next;
    const LoopbackReplyHandler *listener = m_connector->listener(QStringLiteral("gmail"));
    QVERIFY(listener);
    QCOMPARE(genuine.path(), QUrl(listener->callback()).path());
    QSignalSpy rejected(listener, &LoopbackReplyHandler::requestRejected);

    for (const char *query : { "status=success&connected_account_id=ca_forged",
             "status=failed&connectedAccountId=ca_forged&error=access_denied" }) {
        QUrl forged(listener->callback());
        forged.setQuery(QString::fromLatin1(query));
        QCOMPARE(browse(m_browserNetwork, forged).first().status, 400);
    }
    QTRY_COMPARE(rejected.count(), 2);
    QVERIFY(m_manager->isBusy(QStringLiteral("gmail")));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::Connecting);

    // The genuine redirect afterwards completes the connect.
    QCOMPARE(browse(m_browserNetwork, genuine).first().status, 200);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::Active);
}

void TestComposioFlow::pollingCompletesWithoutTheBrowser()
{
    // The user finished on another computer: the browser here never reaches the loopback.
    m_sim.configure({ { QStringLiteral("consent"), QStringLiteral("allow_no_redirect") } });
    connectAndWait(QStringLiteral("google_calendar"), true);
    QCOMPARE(m_lastBrowse.size(), 1);
    QCOMPARE(m_lastBrowse.first().status, 200);
    QCOMPARE(m_profile->store.get(u"google_calendar")->status, ConnectionStatus::Active);
}

void TestComposioFlow::cancelStopsListenerAndPolling()
{
    m_autoBrowse = false;
    QSignalSpy finished(m_manager.get(), &ConnectionService::connectFinished);
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(QTest::qWaitFor([this] { return !m_opened.isEmpty(); }, 5000));
    QTest::qWait(250); // let it poll at least once
    const QUrl callback(m_connector->listener(QStringLiteral("gmail"))->callback());
    m_manager->cancelConnect(QStringLiteral("gmail"));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(1).toBool());
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::Cancelled);
    QVERIFY(!m_connector->listener(QStringLiteral("gmail")));
    QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::NotConnected);
    const qsizetype requests = m_sim.log().size();
    QTest::qWait(700);
    QCOMPARE(m_sim.log().size(), requests); // no more polling
    QCOMPARE(browse(m_browserNetwork, callback).first().status, 0); // listener closed
}

void TestComposioFlow::accountOfAnotherUserIsRefused()
{
    m_sim.configure({ { QStringLiteral("callbackUserId"), QStringLiteral("someone-else") } });
    connectAndWait(QStringLiteral("gmail"), false);
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::Remote);
    QVERIFY(m_profile->store.get(u"gmail")->errorMessage.contains(QLatin1String("another user")));
    QVERIFY(m_profile->store.get(u"gmail")->composioConnectionId.isEmpty());
}

void TestComposioFlow::unknownAuthConfigSettingIsExplained()
{
    QString error;
    QVERIFY(
        m_profile->settings.set(QStringLiteral("gmail.auth_config_id"), QStringLiteral("ac_doesnotexist"), &error));
    connectAndWait(QStringLiteral("gmail"), false);
    QVERIFY(m_profile->store.get(u"gmail")->errorMessage.contains(QLatin1String("gmail.auth_config_id")));
    QVERIFY(!m_sim.log().contains(QStringLiteral("GET /auth_configs"))); // the override is used as is
}

void TestComposioFlow::adoptSeeded(const QString &toolkit, const QString &id)
{
    m_sim.seedAccount(
        { { QStringLiteral("user_id"), m_profile->settings.localUserId() }, { QStringLiteral("toolkit"), toolkit },
            { QStringLiteral("email"), QStringLiteral("seeded@example.com") } });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(refreshed.first().at(0).toBool());
    QCOMPARE(m_profile->store.get(id)->status, ConnectionStatus::Active);
}

void TestComposioFlow::reconcileKeepsAccountsOfAnEarlierUserId()
{
    // Connected under the local user id, then the user signs in to Supabase: the listing by
    // the new id does not show the account, but it still exists and stays connected.
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    m_connector->setUserIdProvider([] { return QStringLiteral("supabase-user-1"); });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->syncIntegration(QString());
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::Active);
}

void TestComposioFlow::reconcileAdoptsExpiresAndRemoves()
{
    // Connected from another device (same user id): appears here.
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    auto row = m_profile->store.get(u"gmail");
    QCOMPARE(row->displayName, QStringLiteral("seeded@example.com"));
    // Accounts of other users are not ours.
    m_sim.seedAccount({ { QStringLiteral("user_id"), QStringLiteral("other-user") },
        { QStringLiteral("toolkit"), QStringLiteral("hubspot") } });

    // Composio's own refresh failed: EXPIRED -> Reconnect with the reason.
    m_sim.patchAccount(row->composioConnectionId,
        { { QStringLiteral("status"), QStringLiteral("EXPIRED") },
            { QStringLiteral("status_reason"), QStringLiteral("refresh token revoked by user") } });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->syncIntegration(QString());
    QVERIFY(refreshed.wait(5000));
    row = m_profile->store.get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Expired);
    QVERIFY(needsReconnect(row->status));
    QVERIFY(row->errorMessage.contains(QLatin1String("refresh token revoked by user")));
    QCOMPARE(row->syncStatus, SyncStatus::Failed);
    QCOMPARE(m_profile->store.get(u"hubspot").has_value(), false);

    // Deleted at Composio -> disconnected here (the row stays).
    m_sim.patchAccount(row->composioConnectionId, { { QStringLiteral("deleted"), true } });
    m_manager->syncIntegration(QString());
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::Disconnected);

    // A single sync of a row whose account vanished does the same.
    adoptSeeded(QStringLiteral("outlook"), QStringLiteral("outlook"));
    m_sim.patchAccount(
        m_profile->store.get(u"outlook")->composioConnectionId, { { QStringLiteral("deleted"), true } });
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    m_manager->syncIntegration(QStringLiteral("outlook"));
    QVERIFY(synced.wait(5000));
    QVERIFY(!synced.first().at(1).toBool());
    QCOMPARE(m_profile->store.get(u"outlook")->status, ConnectionStatus::Disconnected);
}

void TestComposioFlow::reconnectReplacesTheExpiredAccount()
{
    // The signed-in user's id (a provider function) is the Composio user_id.
    m_connector->setUserIdProvider([] { return QStringLiteral("supabase-user-42"); });
    m_sim.seedAccount({ { QStringLiteral("user_id"), QStringLiteral("supabase-user-42") },
        { QStringLiteral("toolkit"), QStringLiteral("googlecalendar") },
        { QStringLiteral("status"), QStringLiteral("EXPIRED") },
        { QStringLiteral("status_reason"), QStringLiteral("token refresh failed") } });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    // Only ACTIVE accounts are adopted; an expired one of a never-connected integration is not.
    QVERIFY(!m_profile->store.get(u"google_calendar"));

    // Connect it, let Composio expire it, then reconnect.
    connectAndWait(QStringLiteral("google_calendar"), true);
    const QString first = m_profile->store.get(u"google_calendar")->composioConnectionId;
    m_sim.patchAccount(first, { { QStringLiteral("status"), QStringLiteral("EXPIRED") } });
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    m_manager->syncIntegration(QStringLiteral("google_calendar"));
    QVERIFY(synced.wait(5000));
    QCOMPARE(m_profile->store.get(u"google_calendar")->status, ConnectionStatus::Expired);

    connectAndWait(QStringLiteral("google_calendar"), true);
    const auto row = m_profile->store.get(u"google_calendar");
    QCOMPARE(row->status, ConnectionStatus::Active);
    QVERIFY(row->composioConnectionId != first);
    QCOMPARE(row->userId, QStringLiteral("supabase-user-42"));
    QVERIFY(row->errorMessage.isEmpty());
    // The old, expired account is tidied away at Composio.
    QVERIFY(QTest::qWaitFor(
        [&] { return m_sim.log().contains(QStringLiteral("DELETE /connected_accounts/") + first); }, 5000));
}

void TestComposioFlow::disconnectRevokesBeforeDelete_data()
{
    QTest::addColumn<QString>("status"); // the account's state at Composio
    QTest::addColumn<bool>("revokeSupported");
    QTest::newRow("active") << QStringLiteral("ACTIVE") << true;
    QTest::newRow("expired: revoke 409 is not fatal") << QStringLiteral("EXPIRED") << true;
    QTest::newRow("revoke not supported (400)") << QStringLiteral("ACTIVE") << false;
}

void TestComposioFlow::disconnectRevokesBeforeDelete()
{
    QFETCH(QString, status);
    QFETCH(bool, revokeSupported);
    adoptSeeded(QStringLiteral("hubspot"), QStringLiteral("hubspot"));
    const QString accountId = m_profile->store.get(u"hubspot")->composioConnectionId;
    m_sim.patchAccount(accountId, { { QStringLiteral("status"), status } });
    if (!revokeSupported)
        m_sim.configure({ { QStringLiteral("noRevoke"), QJsonArray { QStringLiteral("hubspot") } } });

    QSignalSpy done(m_manager.get(), &ConnectionService::disconnectFinished);
    m_manager->disconnectIntegration(QStringLiteral("hubspot"));
    QVERIFY(done.wait(5000));
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
    const QStringList log = m_sim.log();
    const qsizetype revoke = log.indexOf(QStringLiteral("POST /connected_accounts/%1/revoke").arg(accountId));
    const qsizetype del = log.indexOf(QStringLiteral("DELETE /connected_accounts/%1").arg(accountId));
    QVERIFY(revoke >= 0);
    QVERIFY(del > revoke);
    const auto row = m_profile->store.get(u"hubspot");
    QVERIFY(row); // tombstone
    QCOMPARE(row->status, ConnectionStatus::Disconnected);
    QVERIFY(m_sim.patchAccount(accountId, {}).value(QLatin1String("deleted")).toBool());
}

void TestComposioFlow::paginationFollowsNextCursor()
{
    m_sim.configure({ { QStringLiteral("pageSize"), 2 } });
    for (const char *toolkit : { "slack", "github", "notion", "gmail", "jira" })
        m_sim.seedAccount({ { QStringLiteral("user_id"), m_profile->settings.localUserId() },
            { QStringLiteral("toolkit"), QLatin1String(toolkit) } });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_sim.log().count(QStringLiteral("GET /connected_accounts")), 3);
    QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::Active); // found on the second page
}

void TestComposioFlow::interruptedConnectIsResetAtStart()
{
    // The app died while a browser was open: the row says "connecting" with no flow behind it.
    QVERIFY(m_profile->store.setStatus(u"salesforce", ConnectionStatus::Connecting));
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_profile->store.get(u"salesforce")->status, ConnectionStatus::NotConnected);
}

void TestComposioFlow::abandonedLinkIsDeletedAtStart_data()
{
    QTest::addColumn<bool>("cancelled"); // else the app died while the browser was open
    QTest::addColumn<bool>("consentedLater"); // the person finished in the browser after all
    QTest::newRow("killed") << false << false;
    QTest::newRow("cancelled") << true << false;
    QTest::newRow("killed, consent finished afterwards") << false << true;
}

void TestComposioFlow::abandonedLinkIsDeletedAtStart()
{
    QFETCH(bool, cancelled);
    QFETCH(bool, consentedLater);
    m_autoBrowse = false;
    QSignalSpy started(m_manager.get(), &ConnectionService::connectStarted);
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(started.wait(5000));
    const QString pending = m_profile->store.syncValue(ComposioConnector::pendingLinksKey());
    QVERIFY2(pending.contains(QLatin1String("\"ca_")), qPrintable(pending)); // noted before the browser
    if (cancelled) {
        QSignalSpy finished(m_manager.get(), &ConnectionService::connectFinished);
        m_manager->cancelConnect(QStringLiteral("gmail"));
        QVERIFY(finished.count() == 1 || finished.wait(5000));
    } else {
        build(); // the process is gone: a new connector on the same files, no flow running
    }
    if (consentedLater)
        QCOMPARE(browse(m_browserNetwork, m_opened.first(), false).first().status, 302);
    QVERIFY(m_sim.log().filter(QStringLiteral("DELETE")).isEmpty());

    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    const QStringList deletes = m_sim.log().filter(QStringLiteral("DELETE /connected_accounts/"));
    if (consentedLater) {
        // Not abandoned after all: adopted, never deleted.
        QVERIFY(deletes.isEmpty());
        QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::Active);
    } else {
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(m_profile->store.get(u"gmail")->status, ConnectionStatus::NotConnected);
        // Its link leads nowhere now.
        QCOMPARE(browse(m_browserNetwork, m_opened.first(), false).first().status, 410);
    }
    QCOMPARE(m_profile->store.syncValue(ComposioConnector::pendingLinksKey()), QStringLiteral("[]"));

    // Done once: the next reconcile has nothing to tidy.
    QSignalSpy again(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(again.wait(5000));
    QCOMPARE(m_sim.log().filter(QStringLiteral("DELETE /connected_accounts/")), deletes);
}

void TestComposioFlow::linkOfAnotherRunningProcessIsKept()
{
    // `connect` on the command line of this profile, still waiting for the browser (its process
    // runs: our parent stands in for it), and one whose process is gone.
    QSignalSpy started(m_manager.get(), &ConnectionService::connectStarted);
    m_autoBrowse = false;
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(started.wait(5000));
    m_manager->connectIntegration(QStringLiteral("outlook"));
    QVERIFY(started.wait(5000));
    build();
    QJsonArray links = QJsonDocument::fromJson(
        m_profile->store.syncValue(ComposioConnector::pendingLinksKey()).toUtf8()).array();
    QCOMPARE(links.size(), 2);
    QJsonObject waiting = links.at(0).toObject();
    waiting.insert(QStringLiteral("pid"), QCoreApplication::applicationPid()); // alive, another run
    waiting.insert(QStringLiteral("run"), QStringLiteral("another process"));
    links.replace(0, waiting);
    QJsonObject gone = links.at(1).toObject();
    gone.insert(QStringLiteral("pid"), 0x3fffffff); // beyond pid_max: no such process
    gone.insert(QStringLiteral("run"), QStringLiteral("a killed process"));
    links.replace(1, gone);
    QVERIFY(m_profile->store.setSyncValue(
        ComposioConnector::pendingLinksKey(), QString::fromUtf8(QJsonDocument(links).toJson())));

    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_sim.log().filter(QStringLiteral("DELETE /connected_accounts/")),
        QStringList { QStringLiteral("DELETE /connected_accounts/") + gone.value(QLatin1String("account")).toString() });
    const QJsonArray kept = QJsonDocument::fromJson(
        m_profile->store.syncValue(ComposioConnector::pendingLinksKey()).toUtf8()).array();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.at(0).toObject().value(QLatin1String("account")), waiting.value(QLatin1String("account")));
    // The waiting one's link still works.
    QCOMPARE(browse(m_browserNetwork, m_opened.first(), false).first().status, 302);
}

void TestComposioFlow::rateLimitWaitsForRetryAfter()
{
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("GET") },
        { QStringLiteral("path"), QStringLiteral("^/connected_accounts/") },
        { QStringLiteral("status"), 429 }, { QStringLiteral("retryAfter"), 1 } });
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    QElapsedTimer timer;
    timer.start();
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(10000));
    QVERIFY2(synced.first().at(1).toBool(), qPrintable(synced.first().at(2).toString()));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    qInfo() << "429 with Retry-After: 1 -> sync finished after" << timer.elapsed() << "ms";
}

void TestComposioFlow::serverErrorsAreRetriedWithBackoff()
{
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    const QString id = m_profile->store.get(u"gmail")->composioConnectionId;
    m_sim.fault({ { QStringLiteral("path"), QStringLiteral("^/connected_accounts/") },
        { QStringLiteral("status"), 500 }, { QStringLiteral("count"), 2 } });
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(10000));
    QVERIFY(synced.first().at(1).toBool());
    QCOMPARE(m_sim.log().count(QStringLiteral("GET /connected_accounts/") + id), 3);
    QCOMPARE(m_profile->store.get(u"gmail")->syncStatus, SyncStatus::Success);
}

void TestComposioFlow::persistentServerErrorIsANetworkFailure()
{
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    const QDateTime before = m_profile->store.get(u"gmail")->lastSyncAt;
    m_sim.fault({ { QStringLiteral("path"), QStringLiteral("^/connected_accounts/") },
        { QStringLiteral("status"), 503 }, { QStringLiteral("count"), 100 } });
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(10000));
    QVERIFY(!synced.first().at(1).toBool());
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::Network);
    const auto row = m_profile->store.get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Active); // a failed check is not a broken grant
    QCOMPARE(row->syncStatus, SyncStatus::Failed);
    QVERIFY(row->errorMessage.contains(QLatin1String("503")));
    QCOMPARE(row->lastSyncAt, before);
}

void TestComposioFlow::slowAnswerTimesOutAndRetries()
{
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    m_client->setRequestTimeout(300);
    m_sim.fault({ { QStringLiteral("path"), QStringLiteral("^/connected_accounts/") },
        { QStringLiteral("delayMs"), 1500 } });
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(10000));
    QVERIFY(synced.first().at(1).toBool()); // the retry was answered at once

    // Always slow: a timeout failure, not a hang.
    m_sim.fault({ { QStringLiteral("path"), QStringLiteral("^/connected_accounts/") },
        { QStringLiteral("delayMs"), 1500 }, { QStringLiteral("count"), 10 } });
    synced.clear();
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(10000));
    QVERIFY(!synced.first().at(1).toBool());
    QVERIFY(synced.first().at(2).toString().contains(QLatin1String("in time")));
}

void TestComposioFlow::garbageIsAnInvalidResponse()
{
    m_sim.fault({ { QStringLiteral("path"), QStringLiteral("^/connected_accounts$") },
        { QStringLiteral("garbage"), true } });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(!refreshed.first().at(0).toBool());
    QCOMPARE(m_kinds.value(QString()), FailureKind::Remote);
}

void TestComposioFlow::wrongKeyIsUnauthorized()
{
    m_secrets->write(
        QStringLiteral("composio-api-key"), QStringLiteral("wrong-key"), nullptr, [](const auto &) {});
    connectAndWait(QStringLiteral("gmail"), false);
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::Unauthorized);
    const QString message = m_profile->store.get(u"gmail")->errorMessage;
    QVERIFY(message.contains(QLatin1String("refused the API key")));
    QVERIFY(!message.contains(QLatin1String("wrong-key")));
}

void TestComposioFlow::missingKeyIsExplained()
{
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail")); // a connection that needs the key
    const int before = m_sim.log().size();
    m_secrets->remove(QStringLiteral("composio-api-key"), nullptr, [](const auto &) {});
    QSignalSpy problems(m_manager.get(), &ConnectionService::problem);
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().at(0).toString().contains(QLatin1String("secret set composio-api-key")));
    QCOMPARE(m_kinds.value(QString()), FailureKind::Unauthorized);
    QCOMPARE(m_sim.log().size(), before); // nothing was sent without a key
}

void TestComposioFlow::keyNeverSetIsNoProblem()
{
    // A first run: no key, nothing connected. The window welcomes; no red banner.
    m_secrets->remove(QStringLiteral("composio-api-key"), nullptr, [](const auto &) {});
    QSignalSpy problems(m_manager.get(), &ConnectionService::problem);
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(refreshed.first().at(0).toBool());
    QCOMPARE(problems.count(), 0);
    QVERIFY(m_sim.log().isEmpty());
}

void TestComposioFlow::offlineIsAStateNotACrash()
{
    adoptSeeded(QStringLiteral("gmail"), QStringLiteral("gmail"));
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/api/v3.1"))); // nothing listens there
    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(10000));
    QVERIFY(!synced.first().at(1).toBool());
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::Network);
    QVERIFY(m_profile->store.get(u"gmail")->errorMessage.contains(QLatin1String("cannot be reached")));
    connectAndWait(QStringLiteral("outlook"), false);
    QCOMPARE(m_kinds.value(QStringLiteral("outlook")), FailureKind::Network);
}

QTEST_GUILESS_MAIN(TestComposioFlow)
#include "tst_composioflow.moc"
