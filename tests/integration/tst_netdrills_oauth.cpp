// Network fault drills against a real OAuth server (oidc-provider, tests/peers/oauth) behind the
// chaos proxy (tests/peers/chaos): the token endpoint (code exchange and refresh, made by Qt's
// QOAuth2AuthorizationCodeFlow inside FlowRun) and the userinfo endpoint (providerhttp), driven
// through DirectOAuthConnector. The browser talks to the server directly; only the app's own
// requests go through the proxy. Every fault must end in a clear failure within bounded time,
// never leave a connection "connecting" or wrongly "expired", and the next attempt after the
// server behaves again must work. tst_oauthflow/tst_directoauth cover a slow token endpoint
// and a server that is down; these add the connection-level faults, unreadable and oversized
// answers, rate limiting and recovery.
#include "browserstandin.h"
#include "chaosproxy.h"
#include "oauthpeer.h"

#include "oauth/directoauthconnector.h"
#include "oauth/providerhttp.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace aria;

namespace {

const QString kId = QStringLiteral("oidc_peer");
constexpr int kRequestTimeoutMs = 700; // overall deadline per request: 3x that
const QString kTokenPath = QStringLiteral("^POST /token$");
const QString kUserInfoPath = QStringLiteral("^GET /me$");

// The proxy forwarded the request before cutting the answer: the server acted on it.
bool forwarded(const QJsonObject &fault)
{
    const QString mode = fault.value(QLatin1String("mode")).toString();
    return mode == u"reset-after-headers" || mode == u"half-body";
}

} // namespace

class TestNetDrillsOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void codeExchangeSurvivesFault_data() { addFaultRows(kTokenPath); }
    void codeExchangeSurvivesFault();
    void refreshSurvivesFault_data() { addFaultRows(kTokenPath); }
    void refreshSurvivesFault();
    void userInfoSurvivesFault_data() { addFaultRows(kUserInfoPath); }
    void userInfoSurvivesFault();
    void credentialsStayOnOrigin_data();
    void credentialsStayOnOrigin();

private:
    IntegrationSpec spec() const;
    bool connectNow(QString *message = nullptr, qint64 *ms = nullptr);
    bool syncNow(QString *message, qint64 *ms);
    void expireLocally();
    QString secret(const QString &key) const { return m_secrets->contents().value(key); }
    std::optional<Connection> stored() const { return m_store->get(kId); }

    OAuthPeer m_peer;
    ChaosProxy m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DirectOAuthConnector> m_connector;
    FailureKind m_lastKind = FailureKind::None; // of the last connectNow() or syncNow()
    std::unique_ptr<BrowserStandIn> m_browser;
};

IntegrationSpec TestNetDrillsOAuth::spec() const
{
    return m_peer.integration(kId, [this](const QUrl &url) { return m_proxy.through(url); });
}

void TestNetDrillsOAuth::initTestCase()
{
    QVERIFY(m_peer.start());
    QVERIFY2(m_proxy.start(QUrl(m_peer.issuer())), "cannot start the chaos proxy");
}

void TestNetDrillsOAuth::init()
{
    QVERIFY(m_proxy.reset());
    QVERIFY(m_proxy.up());
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3600 }, { QStringLiteral("tokenDelayMs"), 0 },
        { QStringLiteral("deny"), false } }));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConnectionStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("aria.sqlite"))));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_connector = std::make_unique<DirectOAuthConnector>(m_store.get(), m_secrets.get(), m_nam.get());
    DirectOAuthConnector::Options options;
    options.requestTimeoutMs = kRequestTimeoutMs;
    options.flowTimeoutMs = 20000;
    m_connector->setOptions(options);
    m_connector->setClientIdLookup([](const QString &) { return QStringLiteral("aria-native"); });
    m_browser = std::make_unique<BrowserStandIn>();
    m_connector->setBrowserOpener([this](const QUrl &url) { return m_browser->open(url); });
}

void TestNetDrillsOAuth::cleanup()
{
    m_connector.reset();
    m_browser.reset();
    m_nam.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestNetDrillsOAuth::connectNow(QString *message, qint64 *ms)
{
    QSignalSpy finished(m_connector.get(), &Connector::connectFinished);
    QElapsedTimer timer;
    timer.start();
    m_connector->connectIntegration(spec());
    if (finished.isEmpty() && !finished.wait(kDrillWaitMs))
        return false;
    if (ms)
        *ms = timer.elapsed();
    const Outcome outcome = finished.first().at(1).value<Outcome>();
    m_lastKind = outcome.kind;
    if (message)
        *message = outcome.message;
    return outcome.ok();
}

bool TestNetDrillsOAuth::syncNow(QString *message, qint64 *ms)
{
    QSignalSpy finished(m_connector.get(), &Connector::syncFinished);
    QElapsedTimer timer;
    timer.start();
    m_connector->syncIntegration(spec());
    if (finished.isEmpty() && !finished.wait(kDrillWaitMs)) {
        *message = QStringLiteral("<no syncFinished>");
        return false;
    }
    *ms = timer.elapsed();
    const Outcome outcome = finished.first().at(1).value<Outcome>();
    m_lastKind = outcome.kind;
    *message = outcome.message;
    return outcome.ok();
}

void TestNetDrillsOAuth::expireLocally()
{
    Connection c = *stored();
    c.metadata.insert(QStringLiteral("expires_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QVERIFY(m_store->upsert(c));
}

void TestNetDrillsOAuth::codeExchangeSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    QVERIFY(applyFault(m_proxy, fault));
    QString message;
    qint64 failMs = 0;
    QVERIFY(!connectNow(&message, &failMs));
    QVERIFY(!message.isEmpty());
    QCOMPARE(stored()->status, ConnectionStatus::Error); // not left "connecting"
    QCOMPARE(stored()->errorMessage, message);
    QVERIFY(!m_connector->isBusy(kId));
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(kId)).isEmpty());
    const FailureKind kind = m_lastKind;
    QVERIFY(kind != FailureKind::None && kind != FailureKind::Unauthorized && kind != FailureKind::Denied);
    // Bounded by the request deadline (+1 s), not by the sign-in's 20 s.
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, oauth::kMaxProviderReplyBytes, &hugeWhy), hugeWhy.constData());

    QVERIFY(liftFault(m_proxy));
    qint64 recoverMs = 0;
    QString again;
    QVERIFY2(connectNow(&again, &recoverMs), qPrintable(again));
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QVERIFY(stored()->errorMessage.isEmpty());
    QVERIFY(!secret(DirectOAuthConnector::refreshTokenKey(kId)).isEmpty());
    reportDrill("oauth code exchange", message, failMs, recoverMs);
}

void TestNetDrillsOAuth::refreshSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    QVERIFY(connectNow());
    const QString refreshBefore = secret(DirectOAuthConnector::refreshTokenKey(kId));
    expireLocally();
    QVERIFY(m_proxy.reset());
    QVERIFY(applyFault(m_proxy, fault));

    QString message;
    qint64 failMs = 0;
    QVERIFY(!syncNow(&message, &failMs));
    QVERIFY(!message.isEmpty());
    // A refresh that failed on the way is not a refused grant: still connected, tokens kept.
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QCOMPARE(stored()->syncStatus, SyncStatus::Failed);
    QCOMPARE(stored()->errorMessage, message);
    QCOMPARE(secret(DirectOAuthConnector::refreshTokenKey(kId)), refreshBefore);
    QVERIFY(!m_connector->isBusy(kId));
    QVERIFY(m_lastKind != FailureKind::Unauthorized);
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, oauth::kMaxProviderReplyBytes, &hugeWhy), hugeWhy.constData());

    QVERIFY(liftFault(m_proxy));
    QString again;
    qint64 recoverMs = 0;
    const bool ok = syncNow(&again, &recoverMs);
    if (forwarded(fault)) {
        // The server rotated the refresh token and its answer was lost: oidc-provider takes the
        // old one as a replay and ends the grant. The app must say "reconnect", and reconnect works.
        QVERIFY(!ok);
        QCOMPARE(stored()->status, ConnectionStatus::Expired);
        QCOMPARE(m_lastKind, FailureKind::Unauthorized);
        qint64 reconnectMs = 0;
        QVERIFY(connectNow(&again, &reconnectMs));
        recoverMs += reconnectMs;
    } else {
        QVERIFY2(ok, qPrintable(again));
        QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(kId)) != refreshBefore); // rotated
    }
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QCOMPARE(stored()->syncStatus, SyncStatus::Success);
    reportDrill("oauth refresh", message, failMs, recoverMs);
}

void TestNetDrillsOAuth::userInfoSurvivesFault()
{
    QFETCH(QJsonObject, fault);
    QVERIFY(connectNow());
    const QString accessBefore = secret(DirectOAuthConnector::accessTokenKey(kId));
    const QString displayName = stored()->displayName;
    QVERIFY(!displayName.isEmpty());
    QVERIFY(m_proxy.reset());
    QVERIFY(applyFault(m_proxy, fault));

    QString message;
    qint64 failMs = 0;
    QVERIFY(!syncNow(&message, &failMs));
    QVERIFY(!message.isEmpty());
    QCOMPARE(stored()->status, ConnectionStatus::Active); // the check failed, not the grant
    QCOMPARE(stored()->syncStatus, SyncStatus::Failed);
    QCOMPARE(stored()->displayName, displayName);
    QCOMPARE(secret(DirectOAuthConnector::accessTokenKey(kId)), accessBefore);
    QVERIFY(!m_connector->isBusy(kId));
    QVERIFY2(failMs < drillBoundMs(3 * kRequestTimeoutMs + 4000), qPrintable(QString::number(failMs)));
    QByteArray hugeWhy;
    QVERIFY2(hugeBodyBounded(m_proxy, fault, oauth::kMaxProviderReplyBytes, &hugeWhy), hugeWhy.constData());

    QVERIFY(liftFault(m_proxy));
    QString again;
    qint64 recoverMs = 0;
    QVERIFY2(syncNow(&again, &recoverMs), qPrintable(again));
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QCOMPARE(stored()->syncStatus, SyncStatus::Success);
    QCOMPARE(stored()->displayName, displayName);
    reportDrill("oauth userinfo", message, failMs, recoverMs);
}

void TestNetDrillsOAuth::credentialsStayOnOrigin_data()
{
    // Each request that carries a credential, redirected (307 keeps method and body) to another
    // origin: the proxy's admin port on the same 127.0.0.1 counts as another site.
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("step");
    QTest::newRow("code exchange (code, verifier)") << kTokenPath << QStringLiteral("connect");
    QTest::newRow("refresh (refresh token)") << kTokenPath << QStringLiteral("refresh");
    QTest::newRow("userinfo (bearer)") << kUserInfoPath << QStringLiteral("userinfo");
    QTest::newRow("revocation (tokens)") << QStringLiteral("^POST /token/revocation$") << QStringLiteral("revoke");
}

void TestNetDrillsOAuth::credentialsStayOnOrigin()
{
    QFETCH(QString, match);
    QFETCH(QString, step);
    if (step != u"connect") {
        QVERIFY(connectNow());
        if (step == u"refresh")
            expireLocally();
    }
    const QString accessBefore = secret(DirectOAuthConnector::accessTokenKey(kId));
    QVERIFY(m_proxy.reset());
    QVERIFY(m_proxy.fault({ { QStringLiteral("mode"), QStringLiteral("redirect") },
        { QStringLiteral("match"), match } }));

    QString message;
    bool ok = false;
    qint64 ms = 0;
    if (step == u"connect") {
        ok = connectNow(&message);
    } else if (step == u"revoke") {
        QSignalSpy finished(m_connector.get(), &Connector::disconnectFinished);
        m_connector->disconnectIntegration(spec());
        QVERIFY(finished.wait(kDrillWaitMs));
        message = finished.first().at(2).toString();
        ok = !message.contains(QLatin1String("could not revoke"));
        QCOMPARE(stored()->status, ConnectionStatus::Disconnected); // forgotten here all the same
    } else {
        ok = syncNow(&message, &ms);
    }
    const QJsonArray caught = m_proxy.caught();
    QVERIFY2(caught.isEmpty(),
        qPrintable(QStringLiteral("followed to the other origin: ")
            + QString::fromUtf8(QJsonDocument(caught).toJson(QJsonDocument::Compact))));
    QVERIFY2(!ok, qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("redirect")), qPrintable(message));
    QVERIFY(!m_connector->isBusy(kId));
    if (step == u"connect") {
        QCOMPARE(stored()->status, ConnectionStatus::Error);
        QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(kId)).isEmpty());
    } else if (step != u"revoke") {
        QCOMPARE(stored()->status, ConnectionStatus::Active); // nothing the other side said counts
        QCOMPARE(secret(DirectOAuthConnector::accessTokenKey(kId)), accessBefore);
    }
    qInfo("%s: \"%s\"", QTest::currentDataTag(), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestNetDrillsOAuth)
#include "tst_netdrills_oauth.moc"
