// Network fault drills against Composio: the simulator (tests/peers/composio) behind the chaos
// proxy (tests/peers/chaos), driven through ConnectionManager -> ComposioConnector ->
// ComposioClient. Every fault (tests/integration/chaosproxy.h) must end in a clear failure
// within bounded time, leave the stored row in a truthful state, and the next attempt after
// the peer behaves again must succeed without duplicating anything at Composio.
// tst_composioflow covers one-off faults the simulator injects itself; these are the
// connection-level ones and the recovery.
#include "chaosproxy.h"
#include "composiosim.h"
#include "testhome.h"

#include "common/settings.h"
#include "composio/composioclient.h"
#include "composio/composiokeytransport.h"
#include "connect/browserlauncher.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace aria;

namespace {

constexpr int kRequestTimeoutMs = 700; // overall deadline per request: 3x that
constexpr int kAttempts = 3;
const QString kSyncPath = QStringLiteral("^GET /api/v3\\.1/connected_accounts/ca_");
const QString kLinkPath = QStringLiteral("^POST /api/v3\\.1/connected_accounts/link");

FailureKind expectedKind(const QString &mode)
{
    // Unreadable or oversized answers are the remote side's fault; everything else is the
    // network's (retried, then reported).
    return mode == u"garbage" || mode == u"huge" ? FailureKind::Remote : FailureKind::Network;
}

} // namespace

class TestNetDrillsComposio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void syncSurvivesFault_data() { addFaultRows(kSyncPath); }
    void syncSurvivesFault();
    void connectSurvivesFault_data() { addFaultRows(kLinkPath); }
    void connectSurvivesFault();
    void apiKeyStaysOnOrigin_data();
    void apiKeyStaysOnOrigin();

private:
    void adoptSeeded();
    // Accounts Composio holds for this profile's user id (through the simulator, no proxy).
    QJsonArray accountsAtComposio();
    int authConfigsAtComposio();
    void checkFaultOutcome(const QJsonObject &fault, qint64 failMs, int attempts, bool post);

    ComposioSim m_sim;
    ChaosProxy m_proxy;
    QNetworkAccessManager m_checkNetwork;
    QNetworkAccessManager m_browserNetwork;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ComposioClient> m_client;
    std::unique_ptr<ComposioKeyTransport> m_transport;
    std::unique_ptr<BrowserLauncher> m_browser;
    std::unique_ptr<ComposioConnector> m_connector;
    std::unique_ptr<ConnectionManager> m_manager;
    QHash<QString, FailureKind> m_kinds;
};

void TestNetDrillsComposio::initTestCase()
{
    QVERIFY2(m_sim.start(), "cannot start the Composio simulator");
    QVERIFY2(m_proxy.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sim.port()))),
        "cannot start the chaos proxy (node tests/peers/chaos/proxy.js)");
}

void TestNetDrillsComposio::init()
{
    m_sim.reset();
    m_sim.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    QVERIFY(m_proxy.reset());
    QVERIFY(m_proxy.up());
    m_home = std::make_unique<TestHome>();
    m_settings = std::make_unique<Settings>(m_home->path() + QStringLiteral("/settings.ini"));
    m_store = std::make_unique<ConnectionStore>();
    QVERIFY(m_store->open(m_home->path() + QStringLiteral("/aria.sqlite")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secrets->write(QStringLiteral("composio-api-key"), QString::fromLatin1(ComposioSim::kApiKey), nullptr,
        [](const auto &) {});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ComposioClient>(m_network.get(), m_secrets.get());
    m_client->setBaseUrl(m_proxy.through(m_sim.apiBase()));
    m_client->setRetryPolicy({ kAttempts, 50, 200, 5000 });
    m_client->setRequestTimeout(kRequestTimeoutMs);
    m_browser = std::make_unique<BrowserLauncher>();
    m_browser->setOpener([this](const QUrl &url) {
        // The browser talks to Composio's consent page directly, not through our client.
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_browserNetwork.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    m_transport = std::make_unique<ComposioKeyTransport>(m_client.get(), m_settings.get());
    m_connector = std::make_unique<ComposioConnector>(
        m_transport.get(), m_store.get(), m_settings.get(), m_browser.get());
    m_connector->setPollInterval(100, 300);
    m_connector->setFlowTimeoutMs(15000);
    m_manager = std::make_unique<ConnectionManager>(m_settings.get());
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

void TestNetDrillsComposio::cleanup()
{
    m_manager.reset();
    m_connector.reset();
    m_client.reset();
    m_network.reset();
    m_store.reset();
    m_settings.reset();
    m_home.reset();
}

void TestNetDrillsComposio::adoptSeeded()
{
    m_sim.seedAccount({ { QStringLiteral("user_id"), m_settings->localUserId() },
        { QStringLiteral("toolkit"), QStringLiteral("gmail") },
        { QStringLiteral("email"), QStringLiteral("drill@example.com") } });
    QSignalSpy refreshed(m_manager.get(), &ConnectionManager::refreshFinished);
    m_manager->start();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.first().at(0).toBool());
    QCOMPARE(m_store->get(u"gmail")->status, ConnectionStatus::Active);
}

QJsonArray TestNetDrillsComposio::accountsAtComposio()
{
    QUrl url = m_sim.apiBase();
    url.setPath(url.path() + QStringLiteral("/connected_accounts"));
    url.setQuery(QStringLiteral("user_ids=") + m_settings->localUserId());
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", ComposioSim::kApiKey);
    QNetworkReply *reply = m_checkNetwork.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("items")).toArray();
    reply->deleteLater();
    return items;
}

int TestNetDrillsComposio::authConfigsAtComposio()
{
    QUrl url = m_sim.apiBase();
    url.setPath(url.path() + QStringLiteral("/auth_configs"));
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", ComposioSim::kApiKey);
    QNetworkReply *reply = m_checkNetwork.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    const int n = int(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("items")).toArray().size());
    reply->deleteLater();
    return n;
}

void TestNetDrillsComposio::checkFaultOutcome(const QJsonObject &fault, qint64 failMs, int attempts, bool post)
{
    const QString mode = fault.value(QLatin1String("mode")).toString();
    // Network failures are retried, except a POST whose status line had arrived (the server
    // carried it out); unreadable answers are not. "down" never reaches the proxy's log.
    const bool answered = mode == u"reset-after-headers" || mode == u"half-body" || mode == u"slow";
    const int expected = expectedKind(mode) != FailureKind::Network || (post && answered) ? 1 : kAttempts;
    // Qt itself sends a request once more when a reused keep-alive connection is reset.
    const int qtResend = mode == u"reset" ? 1 : 0;
    if (mode != u"down")
        QVERIFY2(attempts >= expected && attempts <= expected + qtResend,
            qPrintable(QStringLiteral("%1 requests, expected %2").arg(attempts).arg(expected)));
    if (fault.contains(QLatin1String("retryAfter")) || fault.contains(QLatin1String("retryAfterDateS")))
        QVERIFY2(failMs >= (kAttempts - 1) * 900, qPrintable(QString::number(failMs))); // waited as told
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, ComposioClient::kMaxReplyBytes, &hugeWhy), hugeWhy.constData());
    // Bounded: attempts x the overall deadline, plus Retry-After waits.
    QVERIFY2(failMs < drillBoundMs(kAttempts * (3 * kRequestTimeoutMs + 2200)), qPrintable(QString::number(failMs)));
}

void TestNetDrillsComposio::syncSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    adoptSeeded();
    const QString accountId = m_store->get(u"gmail")->composioConnectionId;
    QVERIFY(m_proxy.reset());
    QVERIFY(applyFault(m_proxy, fault));

    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    QElapsedTimer timer;
    timer.start();
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(kDrillWaitMs));
    const qint64 failMs = timer.elapsed();
    const QString message = synced.first().at(2).toString();
    QCOMPARE(synced.first().at(1).toBool(), false);
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1String(ComposioSim::kApiKey)), qPrintable(message));
    const QString mode = fault.value(QLatin1String("mode")).toString();
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), expectedKind(mode));
    QVERIFY(!m_manager->isBusy(QStringLiteral("gmail")));
    auto row = m_store->get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Active); // a failed check is not a broken grant
    QCOMPARE(row->composioConnectionId, accountId);
    QCOMPARE(row->syncStatus, SyncStatus::Failed);
    QCOMPARE(row->errorMessage, message);
    checkFaultOutcome(fault, failMs, int(m_proxy.log().size()), false);

    // The peer behaves again: the next check succeeds and changes nothing at Composio.
    QVERIFY(liftFault(m_proxy));
    synced.clear();
    timer.restart();
    m_manager->syncIntegration(QStringLiteral("gmail"));
    QVERIFY(synced.wait(kDrillWaitMs));
    const qint64 recoverMs = timer.elapsed();
    QVERIFY2(synced.first().at(1).toBool(), qPrintable(synced.first().at(2).toString()));
    row = m_store->get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Active);
    QCOMPARE(row->syncStatus, SyncStatus::Success);
    QVERIFY(row->errorMessage.isEmpty());
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), FailureKind::None);
    const QJsonArray accounts = accountsAtComposio();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().toObject().value(QLatin1String("id")).toString(), accountId);
    reportDrill("composio sync", message, failMs, recoverMs);
}

void TestNetDrillsComposio::connectSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    QVERIFY(applyFault(m_proxy, fault));
    const QString mode = fault.value(QLatin1String("mode")).toString();

    QSignalSpy finished(m_manager.get(), &ConnectionService::connectFinished);
    QElapsedTimer timer;
    timer.start();
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(finished.wait(kDrillWaitMs));
    const qint64 failMs = timer.elapsed();
    const QString message = finished.first().at(2).toString();
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!message.isEmpty());
    QCOMPARE(m_kinds.value(QStringLiteral("gmail")), expectedKind(mode));
    QVERIFY(!m_manager->isBusy(QStringLiteral("gmail")));
    QVERIFY(m_connector->listener(QStringLiteral("gmail")) == nullptr); // the listener is closed
    auto row = m_store->get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Error); // not left "connecting"
    QCOMPARE(row->errorMessage, message);
    QVERIFY(row->composioConnectionId.isEmpty());
    int links = 0;
    for (const QJsonValue &v : m_proxy.log())
        links += v.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/link"));
    checkFaultOutcome(fault, failMs, links, true);

    QVERIFY(liftFault(m_proxy));
    finished.clear();
    timer.restart();
    m_manager->connectIntegration(QStringLiteral("gmail"));
    QVERIFY(finished.wait(kDrillWaitMs));
    const qint64 recoverMs = timer.elapsed();
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    row = m_store->get(u"gmail");
    QCOMPARE(row->status, ConnectionStatus::Active);
    QVERIFY(row->errorMessage.isEmpty());
    // Exactly one active account and one auth config at Composio; a link whose answer was
    // lost leaves an INITIATED account there, which Composio expires by itself.
    int active = 0;
    for (const QJsonValue &v : accountsAtComposio()) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("status")).toString() == u"ACTIVE") {
            ++active;
            QCOMPARE(a.value(QLatin1String("id")).toString(), row->composioConnectionId);
        }
    }
    QCOMPARE(active, 1);
    QCOMPARE(authConfigsAtComposio(), 1);
    reportDrill("composio connect", message, failMs, recoverMs);
}

void TestNetDrillsComposio::apiKeyStaysOnOrigin_data()
{
    // A 307 from the base URL to another origin (the proxy's admin port on the same 127.0.0.1):
    // followed, it would take the x-api-key there, and the link request's body with it.
    QTest::addColumn<QString>("match");
    QTest::newRow("sync GET") << kSyncPath;
    QTest::newRow("link POST") << kLinkPath;
}

void TestNetDrillsComposio::apiKeyStaysOnOrigin()
{
    QFETCH(QString, match);
    const bool sync = match == kSyncPath;
    if (sync)
        adoptSeeded();
    QVERIFY(m_proxy.reset());
    QVERIFY(m_proxy.fault({ { QStringLiteral("mode"), QStringLiteral("redirect") },
        { QStringLiteral("match"), match } }));

    QSignalSpy synced(m_manager.get(), &ConnectionService::syncFinished);
    QSignalSpy connected(m_manager.get(), &ConnectionService::connectFinished);
    if (sync)
        m_manager->syncIntegration(QStringLiteral("gmail"));
    else
        m_manager->connectIntegration(QStringLiteral("gmail"));
    QSignalSpy &finished = sync ? synced : connected;
    QVERIFY(finished.wait(kDrillWaitMs));
    const QJsonArray caught = m_proxy.caught();
    QVERIFY2(caught.isEmpty(),
        qPrintable(QStringLiteral("followed to the other origin: ")
            + QString::fromUtf8(QJsonDocument(caught).toJson(QJsonDocument::Compact))));
    const QString message = finished.first().at(2).toString();
    QVERIFY2(!finished.first().at(1).toBool(), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("redirect")) && message.contains(QLatin1String("composio.base_url")),
        qPrintable(message));
    // Not a network hiccup: reported once, not retried into the same refusal.
    QCOMPARE(finished.first().at(3).value<FailureKind>(), FailureKind::Remote);
    int attempts = 0;
    for (const QJsonValue &v : m_proxy.log())
        attempts += v.toObject().value(QLatin1String("mode")).toString() == u"redirect";
    QCOMPARE(attempts, 1);
    QCOMPARE(m_store->get(u"gmail")->status, sync ? ConnectionStatus::Active : ConnectionStatus::Error);
    qInfo("%s: \"%s\"", QTest::currentDataTag(), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestNetDrillsComposio)
#include "tst_netdrills_composio.moc"
