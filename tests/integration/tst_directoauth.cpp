// DirectOAuthConnector end to end: a real OAuth server (oidc-provider, tests/peers/oauth), the
// real keychain (gnome-keyring in a private D-Bus session, see tests/with-keyring.sh), a real
// SQLite store and settings in a throwaway profile, and a browser stand-in instead of a person.
#include "browserstandin.h"
#include "oauthpeer.h"
#include "testhome.h"
#include "testprofile.h"

#include "common/apppaths.h"
#include "common/settings.h"
#include "oauth/directoauthconnector.h"
#include "oauth/flowrun.h"
#include "secrets/keychainsecretstore.h"
#include "store/connectionstore.h"

#include <QDirIterator>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace aria;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

// Keeps every log line of the run, to search it for tokens at the end.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const QString kId = QStringLiteral("oidc_peer");

} // namespace

class TestDirectOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectKeepsTokensInKeychainAndMetadataInStore();
    void connectionOfAnotherIntegrationIsRefused();
    void twoAccountsAreRefreshedAndDisconnectedAlone();
    void sameAccountTwiceIsRefused_data();
    void sameAccountTwiceIsRefused();
    void failedAddLeavesNoTrace_data();
    void failedAddLeavesNoTrace();
    void singleAccountKeychainFromBeforeStillWorks();
    void shortLivedTokenIsRefreshedBeforeExpiry();
    void syncRefreshesOnUnauthorized();
    void replayedRotatedRefreshTokenExpiresConnection();
    void disconnectRevokesThenRefreshFails();
    void denialIsShownOnTheConnection();
    void confidentialClientUsesSecretFromKeychain();
    void failedRefreshDoesNotWedge();
    void serverDownKeepsConnectionAndSaysSo();
    void optionsFollowSettings();
    void missingClientIdIsExplained();
    void noKeychainIsAClearErrorAndWritesNothing();
    void cancelledConnectRestoresState();
    void fixedRedirectPortIsUsedAndABusyOneExplained();
    void removedRowIsNotBroughtBackByARefresh();
    void noIssuedTokenAppearsOutsideTheKeychain(); // keep last: searches what all the others left

private:
    IntegrationSpec spec() const;
    QString secret(const QString &key);
    bool writeSecret(const QString &key, const QString &value);
    // Connects through the browser stand-in; true when connectFinished(ok) arrived.
    bool connectNow(QString *message = nullptr, const QString &connectionId = QString());
    // Signs in as this person at the peer from now on ("ada", "grace").
    bool loginAs(const QString &person) { return m_peer.configure({ { QStringLiteral("loginAs"), person } }); }
    bool syncNow(const QString &connectionId, QString *message = nullptr);
    bool disconnectNow(const QString &connectionId);
    std::optional<Connection> stored() const { return m_profile->store.get(kId); }

    std::unique_ptr<TestHome> m_home;
    OAuthPeer m_peer;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DirectOAuthConnector> m_connector;
    std::unique_ptr<BrowserStandIn> m_browser;
    int m_browserOpens = 0;
};

IntegrationSpec TestDirectOAuth::spec() const
{
    return m_peer.integration(kId);
}

QString TestDirectOAuth::secret(const QString &key)
{
    std::optional<SecretStore::Reply> reply;
    QObject context;
    m_secrets->read(key, &context, [&reply](const SecretStore::Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
        return QStringLiteral("<timeout>");
    return reply->result == SecretStore::Result::Ok ? reply->value : QString();
}

bool TestDirectOAuth::writeSecret(const QString &key, const QString &value)
{
    std::optional<SecretStore::Reply> reply;
    QObject context;
    m_secrets->write(key, value, &context, [&reply](const SecretStore::Reply &r) { reply = r; });
    return QTest::qWaitFor([&] { return reply.has_value(); }, 20000)
        && reply->result == SecretStore::Result::Ok;
}

bool TestDirectOAuth::connectNow(QString *message, const QString &connectionId)
{
    QSignalSpy finished(m_connector.get(), &Connector::connectFinished);
    m_connector->connectIntegration(spec(), connectionId);
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    if (message)
        *message = finished.first().at(1).value<Outcome>().message;
    return finished.first().at(1).value<Outcome>().ok();
}

bool TestDirectOAuth::syncNow(const QString &connectionId, QString *message)
{
    QSignalSpy finished(m_connector.get(), &Connector::syncFinished);
    m_connector->syncIntegration(spec(), connectionId);
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    if (message)
        *message = finished.first().at(1).value<Outcome>().message;
    return finished.first().at(0).toString() == connectionId && finished.first().at(1).value<Outcome>().ok();
}

bool TestDirectOAuth::disconnectNow(const QString &connectionId)
{
    QSignalSpy finished(m_connector.get(), &Connector::disconnectFinished);
    m_connector->disconnectIntegration(spec(), connectionId);
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    return finished.first().at(0).toString() == connectionId && finished.first().at(1).value<Outcome>().ok();
}

// A connection id of another integration is refused at once (kind Local), with no row, no
// browser and no token written.
void TestDirectOAuth::connectionOfAnotherIntegrationIsRefused()
{
    const QString foreign = QStringLiteral("gmail-2");
    QSignalSpy connected(m_connector.get(), &Connector::connectFinished);
    QSignalSpy started(m_connector.get(), &Connector::connectStarted);
    QSignalSpy synced(m_connector.get(), &Connector::syncFinished);
    QSignalSpy disconnected(m_connector.get(), &Connector::disconnectFinished);
    m_connector->connectIntegration(spec(), foreign);
    m_connector->syncIntegration(spec(), foreign);
    m_connector->disconnectIntegration(spec(), foreign);
    QTRY_COMPARE(connected.count() + synced.count() + disconnected.count(), 3);
    for (QSignalSpy *spy : { &connected, &synced, &disconnected }) {
        QCOMPARE(spy->first().at(0).toString(), foreign);
        QCOMPARE(spy->first().at(1).value<Outcome>().kind, FailureKind::Local);
    }
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_profile->store.get(foreign));
}

// Issue 17 in direct mode: a second account of one integration has its own tokens under its
// own key names, its own refresh plan, and is refreshed and disconnected alone.
void TestDirectOAuth::twoAccountsAreRefreshedAndDisconnectedAlone()
{
    const QString second = kId + QStringLiteral("-2");
    QVERIFY(loginAs(QStringLiteral("ada")));
    QVERIFY(connectNow());
    QVERIFY(loginAs(QStringLiteral("grace")));
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3 } })); // the second refreshes within ~2 s
    QSignalSpy started(m_connector.get(), &Connector::connectStarted);
    QString message;
    QVERIFY2(connectNow(&message, second), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("grace@example.test")));
    QCOMPARE(started.first().at(0).toString(), second);

    QCOMPARE(stored()->displayName, QStringLiteral("ada@example.test"));
    const auto added = m_profile->store.get(second);
    QVERIFY(added);
    QCOMPARE(added->integrationType, kId);
    QCOMPARE(added->status, ConnectionStatus::Active);
    QCOMPARE(added->mode, ConnectMode::Direct);
    QCOMPARE(added->displayName, QStringLiteral("grace@example.test"));
    // Each connection's tokens under its own names; the first keeps the names it always had.
    QCOMPARE(DirectOAuthConnector::accessTokenKey(kId), QStringLiteral("oauth/oidc_peer/access-token"));
    QCOMPARE(DirectOAuthConnector::accessTokenKey(second), QStringLiteral("oauth/oidc_peer-2/access-token"));
    const QString firstAccess = secret(DirectOAuthConnector::accessTokenKey(kId));
    const QString firstRefresh = secret(DirectOAuthConnector::refreshTokenKey(kId));
    const QString secondRefresh = secret(DirectOAuthConnector::refreshTokenKey(second));
    QVERIFY(!firstAccess.isEmpty() && !firstRefresh.isEmpty() && !secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh);
    QVERIFY(m_connector->nextRefreshAt(kId).isValid());
    QVERIFY(m_connector->nextRefreshAt(second).isValid());
    QVERIFY(m_connector->nextRefreshAt(second) < m_connector->nextRefreshAt(kId));

    // The second's short-lived token is refreshed on its own plan; the first is not touched.
    QSignalSpy refreshed(m_connector.get(), &DirectOAuthConnector::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).toString(), second);
    QCOMPARE(refreshed.first().at(1).toBool(), true);
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(second)) != secondRefresh); // rotated
    QCOMPARE(secret(DirectOAuthConnector::refreshTokenKey(kId)), firstRefresh);
    QCOMPARE(secret(DirectOAuthConnector::accessTokenKey(kId)), firstAccess);

    // Each is checked alone, as its own account.
    QVERIFY(syncNow(kId));
    QVERIFY(syncNow(second));
    QCOMPARE(stored()->displayName, QStringLiteral("ada@example.test"));
    QCOMPARE(m_profile->store.get(second)->displayName, QStringLiteral("grace@example.test"));

    // Disconnecting the second revokes and forgets its tokens only.
    const qsizetype revocations = m_peer.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).size();
    const QString lastSecondRefresh = secret(DirectOAuthConnector::refreshTokenKey(second));
    QVERIFY(disconnectNow(second));
    const QList<QJsonObject> posts = m_peer.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST"));
    QVERIFY(posts.size() > revocations);
    QCOMPARE(posts.at(revocations).value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString(),
        lastSecondRefresh);
    for (qsizetype i = revocations; i < posts.size(); ++i) {
        const QString token = posts.at(i).value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(token != firstRefresh && token != firstAccess);
    }
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(second)).isEmpty());
    QVERIFY(secret(DirectOAuthConnector::accessTokenKey(second)).isEmpty());
    QCOMPARE(m_profile->store.get(second)->status, ConnectionStatus::Disconnected);
    QVERIFY(!m_connector->nextRefreshAt(second).isValid());
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QCOMPARE(secret(DirectOAuthConnector::refreshTokenKey(kId)), firstRefresh);
    QVERIFY(m_connector->nextRefreshAt(kId).isValid());
    QVERIFY(syncNow(kId)); // the first one's grant still works at the provider

    // And the first alone, after which the second's tombstone is left as it is.
    QVERIFY(disconnectNow(kId));
    QCOMPARE(stored()->status, ConnectionStatus::Disconnected);
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(kId)).isEmpty());
    QCOMPARE(m_profile->store.connectionsOf(kId).size(), 2);
}

void TestDirectOAuth::sameAccountTwiceIsRefused_data()
{
    QTest::addColumn<bool>("rowFromBefore"); // the holder has no identity stored (an older version's row)
    QTest::newRow("same subject") << false;
    QTest::newRow("same e-mail, row from before identities") << true;
}

// The same person signing in again for a further account is refused: no second row, no token
// written, and the existing connection untouched (its grant still works).
void TestDirectOAuth::sameAccountTwiceIsRefused()
{
    QFETCH(bool, rowFromBefore);
    const QString second = kId + QStringLiteral("-2");
    QVERIFY(loginAs(QStringLiteral("ada")));
    QVERIFY(connectNow());
    QVERIFY(stored()->metadata.contains(QStringLiteral("account_key")));
    QVERIFY(!stored()->metadata.value(QStringLiteral("account_key")).toString().contains(QLatin1String("ada")));
    if (rowFromBefore) {
        Connection c = *stored();
        c.metadata.remove(QStringLiteral("account_key"));
        QVERIFY(m_profile->store.upsert(c));
    }
    const Connection before = *stored();
    const QString access = secret(DirectOAuthConnector::accessTokenKey(kId));
    const QString refresh = secret(DirectOAuthConnector::refreshTokenKey(kId));
    const qsizetype revocations = m_peer.requestsTo(QStringLiteral("/token/revocation")).size();

    QSignalSpy finished(m_connector.get(), &Connector::connectFinished);
    m_connector->connectIntegration(spec(), second);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toString(), second);
    const Outcome o = finished.first().at(1).value<Outcome>();
    QVERIFY(!o.ok());
    QCOMPARE(o.kind, FailureKind::Local);
    QVERIFY2(o.message.contains(QLatin1String("already connected as oidc_peer")), qPrintable(o.message));
    QVERIFY(!m_connector->isBusy(second));

    QVERIFY(!m_profile->store.get(second)); // no trace of the refused account
    QVERIFY(secret(DirectOAuthConnector::accessTokenKey(second)).isEmpty());
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(second)).isEmpty());
    QVERIFY(!m_connector->nextRefreshAt(second).isValid());
    // Not revoked: at providers with one grant per person and app that would end the first's.
    QCOMPARE(m_peer.requestsTo(QStringLiteral("/token/revocation")).size(), revocations);
    QCOMPARE(stored()->status, before.status);
    QCOMPARE(stored()->displayName, before.displayName);
    QCOMPARE(secret(DirectOAuthConnector::accessTokenKey(kId)), access);
    QCOMPARE(secret(DirectOAuthConnector::refreshTokenKey(kId)), refresh);
    QVERIFY(syncNow(kId));
    // A real second person is still welcome afterwards, under the same id.
    QVERIFY(loginAs(QStringLiteral("grace")));
    QVERIFY(connectNow(nullptr, second));
    QCOMPARE(m_profile->store.get(second)->displayName, QStringLiteral("grace@example.test"));
    QVERIFY(loginAs(QStringLiteral("ada")));
}

void TestDirectOAuth::failedAddLeavesNoTrace_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("cancelled") << QStringLiteral("cancel");
    QTest::newRow("denied") << QStringLiteral("deny");
    QTest::newRow("timed out") << QStringLiteral("timeout");
}

// An account being added is on this device only while it connects (never queued for the
// server); a cancelled or failed add leaves no row, no queued change and no token, so the next
// add gets the same id again. The first connection is left alone.
void TestDirectOAuth::failedAddLeavesNoTrace()
{
    QFETCH(QString, how);
    const QString second = kId + QStringLiteral("-2");
    QVERIFY(connectNow());
    const QList<std::pair<QString, qint64>> queuedBefore = m_profile->store.pendingChanges();
    if (how == u"deny")
        QVERIFY(m_peer.configure({ { QStringLiteral("deny"), true } }));
    else
        m_connector->setBrowserOpener([](const QUrl &) { return true; }); // a browser that never returns
    if (how == u"timeout")
        m_connector->setFlowTimeoutMs(1500);

    QSignalSpy started(m_connector.get(), &Connector::connectStarted);
    QSignalSpy finished(m_connector.get(), &Connector::connectFinished);
    QSignalSpy changed(&m_profile->store, &ConnectionStore::connectionChanged);
    m_connector->connectIntegration(spec(), second);
    QVERIFY(started.wait(10000));
    // Shown while it connects, but not queued for the server.
    QCOMPARE(m_profile->store.get(second)->status, ConnectionStatus::Connecting);
    QCOMPARE(m_profile->store.pendingChanges(), queuedBefore);
    if (how == u"cancel")
        m_connector->cancelConnect(second);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toString(), second);
    QVERIFY(!finished.first().at(1).value<Outcome>().ok());
    QVERIFY(!m_connector->isBusy(second));

    QVERIFY(!m_profile->store.get(second));
    QCOMPARE(m_profile->store.pendingChanges(), queuedBefore);
    QVERIFY(changed.contains(QVariantList { second })); // observers (window, model) hear it go
    QVERIFY(secret(DirectOAuthConnector::accessTokenKey(second)).isEmpty());
    QCOMPARE(m_profile->store.nextConnectionId(kId), second);
    QCOMPARE(stored()->status, ConnectionStatus::Active);
}

// An install from before several accounts: one connection, its tokens under the integration's
// key names, no identity in its metadata and no token ledger. It keeps working, learns its
// identity at the first check, and a further account is added beside it.
void TestDirectOAuth::singleAccountKeychainFromBeforeStillWorks()
{
    QVERIFY(loginAs(QStringLiteral("ada")));
    QVERIFY(connectNow());
    Connection old = *stored();
    old.metadata.remove(QStringLiteral("account_key"));
    QVERIFY(m_profile->store.upsert(old));
    QSqlQuery forget(m_profile->store.database().handle()); // the ledger was never written
    QVERIFY(forget.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?")));
    forget.addBindValue(DirectOAuthConnector::tokenLedgerKey());
    QVERIFY(forget.exec());
    QCOMPARE(forget.numRowsAffected(), 1);
    const QString refresh = secret(QStringLiteral("oauth/oidc_peer/refresh-token"));
    QVERIFY(!refresh.isEmpty());
    // A new start of the app: a fresh connector over the same store and keychain.
    m_connector = std::make_unique<DirectOAuthConnector>(&m_profile->store, m_secrets.get(), m_nam.get());
    Settings *settings = &m_profile->settings;
    m_connector->setClientIdLookup(
        [settings](const QString &id) { return settings->get(id + QStringLiteral(".client_id")); });
    m_connector->setBrowserOpener([this](const QUrl &url) { return m_browser->open(url); });
    QSignalSpy refreshed(m_connector.get(), &Connector::refreshFinished);
    m_connector->refreshAll({ spec() });
    QVERIFY(refreshed.wait(30000));
    QVERIFY2(refreshed.first().at(0).value<Outcome>().ok(), qPrintable(refreshed.first().at(0).value<Outcome>().message));
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QVERIFY(stored()->metadata.contains(QStringLiteral("account_key")));
    QCOMPARE(secret(QStringLiteral("oauth/oidc_peer/refresh-token")), refresh);

    QVERIFY(loginAs(QStringLiteral("grace")));
    QVERIFY(connectNow(nullptr, kId + QStringLiteral("-2")));
    QCOMPARE(secret(QStringLiteral("oauth/oidc_peer/refresh-token")), refresh);
    QVERIFY(!secret(QStringLiteral("oauth/oidc_peer-2/refresh-token")).isEmpty());
    QVERIFY(loginAs(QStringLiteral("ada")));
}

void TestDirectOAuth::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QLoggingCategory::setFilterRules(QStringLiteral("aria.*.debug=true\nqt.networkauth*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(m_peer.start());
}

void TestDirectOAuth::init()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3600 }, { QStringLiteral("tokenDelayMs"), 0 },
        { QStringLiteral("deny"), false }, { QStringLiteral("codePrefix"), QString() },
        { QStringLiteral("loginAs"), QStringLiteral("ada") },
        { QStringLiteral("extraTokenFields"), QJsonObject() } }));
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->opened);
    QString error;
    QVERIFY2(m_profile->settings.set(kId + QStringLiteral(".client_id"), QStringLiteral("aria-native"), &error),
        qPrintable(error));
    QVERIFY2(
        m_profile->settings.set(kId + QStringLiteral(".mode"), QStringLiteral("direct"), &error), qPrintable(error));
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_connector = std::make_unique<DirectOAuthConnector>(&m_profile->store, m_secrets.get(), m_nam.get());
    DirectOAuthConnector::Options options;
    options.requestTimeoutMs = 5000;
    options.flowTimeoutMs = 20000;
    m_connector->setOptions(options);
    Settings *settings = &m_profile->settings;
    m_connector->setClientIdLookup(
        [settings](const QString &id) { return settings->get(id + QStringLiteral(".client_id")); });
    // The profile and the keychain outlive each test: a further account (row or tokens) from
    // an earlier test must not pass for this one's.
    for (const char *table : { "outbox", "connections" }) {
        QSqlQuery forget(m_profile->store.database().handle());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM %1 WHERE connection_id LIKE '%2-%'").arg(QLatin1String(table), kId)));
    }
    for (const QString &key : { DirectOAuthConnector::accessTokenKey(kId + QStringLiteral("-2")),
             DirectOAuthConnector::refreshTokenKey(kId + QStringLiteral("-2")) }) {
        std::optional<SecretStore::Reply> removed;
        QObject context;
        m_secrets->remove(key, &context, [&removed](const SecretStore::Reply &r) { removed = r; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 20000));
    }
    m_browser = std::make_unique<BrowserStandIn>();
    m_browserOpens = 0;
    m_connector->setBrowserOpener([this](const QUrl &url) {
        ++m_browserOpens;
        return m_browser->open(url);
    });
}

void TestDirectOAuth::cleanup()
{
    // Keychain jobs still running (a token sweep after a discarded add) finish first: a job
    // deleted with its store while libsecret works on it crashes in QtKeychain.
    m_connector.reset();
    QVERIFY(QTest::qWaitFor(
        [this] { return m_secrets->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).isEmpty(); }, 20000));
    m_browser.reset();
    m_nam.reset();
    m_secrets.reset();
    m_profile.reset();
}

void TestDirectOAuth::connectKeepsTokensInKeychainAndMetadataInStore()
{
    QSignalSpy started(m_connector.get(), &Connector::connectStarted);
    QString message;
    QVERIFY(connectNow(&message));
    QCOMPARE(started.size(), 1);
    QCOMPARE(m_browserOpens, 1);
    QVERIFY(message.contains(QLatin1String("ada@example.test")));

    const auto c = stored();
    QVERIFY(c);
    QCOMPARE(c->status, ConnectionStatus::Active);
    QCOMPARE(c->mode, ConnectMode::Direct);
    QCOMPARE(c->displayName, QStringLiteral("ada@example.test")); // from userinfo
    QCOMPARE(c->syncStatus, SyncStatus::Success);
    const QDateTime expiresAt
        = QDateTime::fromString(c->metadata.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));

    // The keychain holds exactly what the server issued last.
    QJsonArray issued = m_peer.issued();
    QString lastAccess, lastRefresh;
    for (const QJsonValue &v : issued) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() == u"access_token")
            lastAccess = o.value(QStringLiteral("value")).toString();
        if (o.value(QStringLiteral("kind")).toString() == u"refresh_token")
            lastRefresh = o.value(QStringLiteral("value")).toString();
    }
    QCOMPARE(secret(DirectOAuthConnector::accessTokenKey(kId)), lastAccess);
    QCOMPARE(secret(DirectOAuthConnector::refreshTokenKey(kId)), lastRefresh);
    // A refresh is planned before expiry.
    QVERIFY(m_connector->nextRefreshAt(kId).isValid());
    QVERIFY(m_connector->nextRefreshAt(kId) < expiresAt);
    QVERIFY(!m_connector->isBusy(kId));
}

void TestDirectOAuth::shortLivedTokenIsRefreshedBeforeExpiry()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 5 } }));
    QVERIFY(connectNow());
    const QString firstAccess = secret(DirectOAuthConnector::accessTokenKey(kId));
    const QString firstRefresh = secret(DirectOAuthConnector::refreshTokenKey(kId));
    const QDateTime firstExpiry = QDateTime::fromString(
        stored()->metadata.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QVERIFY(firstExpiry <= QDateTime::currentDateTimeUtc().addSecs(5));

    QSignalSpy refreshed(m_connector.get(), &DirectOAuthConnector::refreshed);
    QVERIFY(refreshed.wait(10000));
    const QDateTime refreshedAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(refreshed.first().at(1).toBool(), true);
    QVERIFY2(refreshedAt < firstExpiry, qPrintable(refreshedAt.toString(Qt::ISODateWithMs)));
    qInfo("5 s access token refreshed %lld ms before its expiry", qlonglong(refreshedAt.msecsTo(firstExpiry)));

    const QString secondAccess = secret(DirectOAuthConnector::accessTokenKey(kId));
    const QString secondRefresh = secret(DirectOAuthConnector::refreshTokenKey(kId));
    QVERIFY(secondAccess != firstAccess);
    QVERIFY(secondRefresh != firstRefresh); // rotated, and the new one is what we kept
    QVERIFY(
        QDateTime::fromString(stored()->metadata.value(QStringLiteral("expires_at")).toString(), Qt::ISODate)
        > firstExpiry);

    // It keeps going: a second automatic refresh, and the connection works throughout.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 10000); // the next one, even if it came early
    QCOMPARE(refreshed.at(1).at(1).toBool(), true);
    QSignalSpy synced(m_connector.get(), &Connector::syncFinished);
    m_connector->syncIntegration(spec());
    QVERIFY(synced.wait(15000));
    QVERIFY2(synced.first().at(1).value<Outcome>().ok(), qPrintable(synced.first().at(1).value<Outcome>().message));
    QCOMPARE(stored()->status, ConnectionStatus::Active);
}

void TestDirectOAuth::syncRefreshesOnUnauthorized()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 2 } }));
    QVERIFY(connectNow());
    // Like after a restart with a skewed clock: no timer, and the stored expiry claims the
    // token is good for an hour though the server already let it lapse.
    m_connector = std::make_unique<DirectOAuthConnector>(&m_profile->store, m_secrets.get(), m_nam.get());
    Settings *settings = &m_profile->settings;
    m_connector->setClientIdLookup(
        [settings](const QString &id) { return settings->get(id + QStringLiteral(".client_id")); });
    Connection c = *stored();
    c.metadata.insert(
        QStringLiteral("expires_at"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
    QVERIFY(m_profile->store.upsert(c));
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3600 } }));
    QTest::qWait(2500);
    const QString stale = secret(DirectOAuthConnector::accessTokenKey(kId));
    const qsizetype userinfoCalls = m_peer.requestsTo(QStringLiteral("/me")).size();

    QSignalSpy synced(m_connector.get(), &Connector::syncFinished);
    m_connector->syncIntegration(spec());
    QVERIFY(synced.wait(15000));
    QVERIFY2(synced.first().at(1).value<Outcome>().ok(), qPrintable(synced.first().at(1).value<Outcome>().message));
    QCOMPARE(m_peer.requestsTo(QStringLiteral("/me")).size(), userinfoCalls + 2); // 401, then OK
    QVERIFY(secret(DirectOAuthConnector::accessTokenKey(kId)) != stale);
    QCOMPARE(stored()->syncStatus, SyncStatus::Success);
}

void TestDirectOAuth::replayedRotatedRefreshTokenExpiresConnection()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3 } }));
    QVERIFY(connectNow());
    const QString original = secret(DirectOAuthConnector::refreshTokenKey(kId));
    QSignalSpy refreshed(m_connector.get(), &DirectOAuthConnector::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(1).toBool(), true);
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(kId)) != original);

    // Someone replays the rotated-away token: the server detects the reuse and ends the grant.
    oauth::ClientConfig client;
    client.tokenUrl = m_peer.url(QStringLiteral("/token"));
    client.clientId = QStringLiteral("aria-native");
    oauth::FlowRun replay(client);
    QSignalSpy replayed(&replay, &oauth::FlowRun::finished);
    replay.startRefresh(original);
    QVERIFY(replayed.wait(10000));
    QCOMPARE(replayed.first().at(0).value<oauth::FlowResult>().failure, oauth::Failure::InvalidGrant);

    // Our next refresh is refused: the connection is expired and offers "Reconnect".
    // Wait for the first refused refresh (one more may have succeeded before the replay landed).
    auto refused = [&refreshed] {
        for (const QList<QVariant> &args : refreshed) {
            if (!args.at(1).toBool())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refused(), 15000);
    QCOMPARE(refreshed.last().at(1).toBool(), false);
    QCOMPARE(refreshed.last().at(2).toBool(), true);
    QCOMPARE(stored()->status, ConnectionStatus::Expired);
    QVERIFY(needsReconnect(stored()->status));
    QVERIFY(!stored()->errorMessage.isEmpty());
    QVERIFY(!m_connector->nextRefreshAt(kId).isValid());

    // Reconnect works.
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3600 } }));
    QVERIFY(connectNow());
    QCOMPARE(stored()->status, ConnectionStatus::Active);
}

void TestDirectOAuth::disconnectRevokesThenRefreshFails()
{
    QVERIFY(connectNow());
    const QString refreshToken = secret(DirectOAuthConnector::refreshTokenKey(kId));
    const QString accessToken = secret(DirectOAuthConnector::accessTokenKey(kId));
    QVERIFY(!refreshToken.isEmpty());
    const qsizetype revocations
        = m_peer.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).size();

    QSignalSpy done(m_connector.get(), &Connector::disconnectFinished);
    m_connector->disconnectIntegration(spec());
    QVERIFY(done.wait(15000));
    QVERIFY2(done.first().at(1).value<Outcome>().ok(), qPrintable(done.first().at(1).value<Outcome>().message));

    // RFC 7009: the refresh token first, then the access token.
    const QList<QJsonObject> posts
        = m_peer.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST"));
    QCOMPARE(posts.size(), revocations + 2);
    const QJsonObject first = posts.at(revocations).value(QStringLiteral("body")).toObject();
    const QJsonObject second = posts.at(revocations + 1).value(QStringLiteral("body")).toObject();
    QCOMPARE(first.value(QStringLiteral("token_type_hint")).toString(), QStringLiteral("refresh_token"));
    QCOMPARE(first.value(QStringLiteral("token")).toString(), refreshToken);
    QCOMPARE(second.value(QStringLiteral("token_type_hint")).toString(), QStringLiteral("access_token"));
    QCOMPARE(second.value(QStringLiteral("token")).toString(), accessToken);

    // Forgotten locally; the row stays as a tombstone.
    QVERIFY(secret(DirectOAuthConnector::refreshTokenKey(kId)).isEmpty());
    QVERIFY(secret(DirectOAuthConnector::accessTokenKey(kId)).isEmpty());
    QCOMPARE(stored()->status, ConnectionStatus::Disconnected);
    QVERIFY(!m_connector->nextRefreshAt(kId).isValid());

    // The revoked refresh token no longer works at the server.
    oauth::ClientConfig client;
    client.tokenUrl = m_peer.url(QStringLiteral("/token"));
    client.clientId = QStringLiteral("aria-native");
    oauth::FlowRun refresh(client);
    QSignalSpy refreshed(&refresh, &oauth::FlowRun::finished);
    refresh.startRefresh(refreshToken);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).value<oauth::FlowResult>().failure, oauth::Failure::InvalidGrant);

    // And a sync says so instead of pretending.
    QSignalSpy synced(m_connector.get(), &Connector::syncFinished);
    m_connector->syncIntegration(spec());
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.first().at(1).value<Outcome>().ok(), false);
}

void TestDirectOAuth::denialIsShownOnTheConnection()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("deny"), true } }));
    QString message;
    QVERIFY(!connectNow(&message));
    QVERIFY(message.contains(QLatin1String("denied")));
    QCOMPARE(stored()->status, ConnectionStatus::Error);
    QCOMPARE(stored()->errorMessage, message);
    QVERIFY(!m_connector->isBusy(kId));
}

void TestDirectOAuth::confidentialClientUsesSecretFromKeychain()
{
    // A provider that gives installed apps a secret (and, like Salesforce, an instance URL).
    QString error;
    QVERIFY(m_profile->settings.set(kId + QStringLiteral(".client_id"), QStringLiteral("aria-confidential"), &error));
    QVERIFY(writeSecret(DirectOAuthConnector::clientSecretKey(kId), QStringLiteral("peer-secret")));
    QVERIFY(m_peer.configure({ { QStringLiteral("extraTokenFields"),
        QJsonObject {
            { QStringLiteral("instance_url"), QStringLiteral("https://acme.my.example.test") } } } }));
    QVERIFY(connectNow());
    const QJsonObject body = m_peer.requestsTo(QStringLiteral("/token"), QStringLiteral("POST"))
                                 .last()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    QCOMPARE(body.value(QStringLiteral("client_id")).toString(), QStringLiteral("aria-confidential"));
    QCOMPARE(body.value(QStringLiteral("client_secret")).toString(), QStringLiteral("peer-secret"));
    QCOMPARE(stored()->metadata.value(QStringLiteral("instance_url")).toString(),
        QStringLiteral("https://acme.my.example.test"));

    QSignalSpy done(m_connector.get(), &Connector::disconnectFinished);
    m_connector->disconnectIntegration(spec());
    QVERIFY(done.wait(15000));
    QVERIFY2(done.first().at(1).value<Outcome>().ok(), qPrintable(done.first().at(1).value<Outcome>().message));
    const QJsonObject revoke = m_peer.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST"))
                                   .last()
                                   .value(QStringLiteral("body"))
                                   .toObject();
    QCOMPARE(revoke.value(QStringLiteral("client_secret")).toString(), QStringLiteral("peer-secret"));
    // The client secret is the user's configuration, not the connection's: it stays.
    QCOMPARE(secret(DirectOAuthConnector::clientSecretKey(kId)), QStringLiteral("peer-secret"));
    std::optional<SecretStore::Reply> removed;
    QObject context;
    m_secrets->remove(DirectOAuthConnector::clientSecretKey(kId), &context,
        [&removed](const SecretStore::Reply &r) { removed = r; });
    QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 20000));
}

void TestDirectOAuth::failedRefreshDoesNotWedge()
{
    QVERIFY(connectNow());
    DirectOAuthConnector::Options options;
    options.requestTimeoutMs = 1500;
    m_connector->setOptions(options);
    auto expireLocally = [this] {
        Connection c = *stored();
        c.metadata.insert(
            QStringLiteral("expires_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        QVERIFY(m_profile->store.upsert(c));
    };
    expireLocally();
    QVERIFY(m_peer.configure({ { QStringLiteral("tokenDelayMs"), 4000 } }));
    QSignalSpy synced(m_connector.get(), &Connector::syncFinished);
    m_connector->syncIntegration(spec());
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.first().at(1).value<Outcome>().ok(), false);
    QVERIFY(synced.first().at(1).value<Outcome>().message.contains(QLatin1String("did not answer")));
    QCOMPARE(stored()->status, ConnectionStatus::Active); // a slow server is not an expired grant
    QCOMPARE(stored()->syncStatus, SyncStatus::Failed);
    QVERIFY(!m_connector->isBusy(kId));

    QVERIFY(m_peer.configure({ { QStringLiteral("tokenDelayMs"), 0 } }));
    QTest::qWait(3000); // the server finishes the abandoned request: it rotates the token we never got
    const qsizetype tokenPosts = m_peer.requestsTo(QStringLiteral("/token"), QStringLiteral("POST")).size();
    m_connector->syncIntegration(spec());
    QVERIFY(synced.wait(10000));
    // Not wedged: a new refresh request went out (6.4.2's flow would refuse it). The server
    // sees the rotated-away token again and ends the grant, so the connection asks to reconnect.
    QCOMPARE(m_peer.requestsTo(QStringLiteral("/token"), QStringLiteral("POST")).size(), tokenPosts + 1);
    QCOMPARE(synced.last().at(1).value<Outcome>().ok(), false);
    QCOMPARE(stored()->status, ConnectionStatus::Expired);
    QVERIFY(!m_connector->isBusy(kId));
    // Reconnecting works and so does the next refresh.
    QVERIFY(connectNow());
    expireLocally();
    m_connector->syncIntegration(spec());
    QVERIFY(synced.wait(10000));
    QVERIFY2(synced.last().at(1).value<Outcome>().ok(), qPrintable(synced.last().at(1).value<Outcome>().message));
}

void TestDirectOAuth::serverDownKeepsConnectionAndSaysSo()
{
#ifdef Q_OS_WIN
    QSKIP("under Wine a stopped OAuth peer still answers the next request (it is a Linux process behind tests/wine/node-bridge.mjs, stopped when the bridge sees node.exe gone): not yet reliable, see issue 15");
#endif
    QVERIFY(connectNow());
    OAuthPeer gone;
    QVERIFY(gone.start());
    IntegrationSpec down = spec();
    down.direct.token = gone.url(QStringLiteral("/token"));
    down.direct.userInfo = gone.url(QStringLiteral("/me"));
    gone.stop();

    QSignalSpy synced(m_connector.get(), &Connector::syncFinished);
    m_connector->syncIntegration(down);
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.first().at(1).value<Outcome>().ok(), false);
    QVERIFY2(synced.first().at(1).value<Outcome>().message.contains(QLatin1String("Could not reach")),
        qPrintable(synced.first().at(1).value<Outcome>().message));
    QCOMPARE(stored()->status, ConnectionStatus::Active);

    // A refresh against the dead server fails the same way and does not expire the grant.
    Connection c = *stored();
    c.metadata.insert(QStringLiteral("expires_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QVERIFY(m_profile->store.upsert(c));
    m_connector->syncIntegration(down);
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.last().at(1).value<Outcome>().ok(), false);
    QCOMPARE(stored()->status, ConnectionStatus::Active);
    QVERIFY(!secret(DirectOAuthConnector::refreshTokenKey(kId)).isEmpty());
}

void TestDirectOAuth::optionsFollowSettings()
{
    QCOMPARE(DirectOAuthConnector::Options::fromSettings(m_profile->settings).flowTimeoutMs, 600000); // the default
    QString error;
    QVERIFY(m_profile->settings.set(QStringLiteral("connect.timeout"), QStringLiteral("90"), &error));
    QCOMPARE(DirectOAuthConnector::Options::fromSettings(m_profile->settings).flowTimeoutMs, 90000);
    m_profile->settings.unset(QStringLiteral("connect.timeout"));
}

void TestDirectOAuth::missingClientIdIsExplained()
{
    m_profile->settings.unset(kId + QStringLiteral(".client_id"));
    QString message;
    QVERIFY(!connectNow(&message));
    QVERIFY2(message.contains(QLatin1String("config set oidc_peer.client_id")), qPrintable(message));
    QCOMPARE(m_browserOpens, 0);
}

void TestDirectOAuth::noKeychainIsAClearErrorAndWritesNothing()
{
    // Start from nothing: no row for this integration.
    const QString otherId = QStringLiteral("no_keychain_peer");
    IntegrationSpec s = spec();
    s.id = otherId;
    QString error;
    QVERIFY(m_profile->settings.set(otherId + QStringLiteral(".client_id"), QStringLiteral("aria-native"), &error));
    MemorySecretStore broken;
    broken.setForcedResult(SecretStore::Result::Unavailable);
    DirectOAuthConnector connector(&m_profile->store, &broken, m_nam.get());
    Settings *settings = &m_profile->settings;
    connector.setClientIdLookup(
        [settings](const QString &id) { return settings->get(id + QStringLiteral(".client_id")); });
    int opens = 0;
    connector.setBrowserOpener([&opens](const QUrl &) { return ++opens > 0; });
    QSignalSpy finished(&connector, &Connector::connectFinished);
    QSignalSpy problem(&connector, &Connector::problem);
    connector.connectIntegration(s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).value<Outcome>().ok(), false);
    const QString message = finished.first().at(1).value<Outcome>().message;
    QVERIFY2(message.contains(QLatin1String("keychain")), qPrintable(message));
    QCOMPARE(problem.size(), 1);
    QCOMPARE(opens, 0); // never sent the user off to sign in
    QVERIFY(!m_profile->store.get(otherId)); // nothing in SQLite
    QVERIFY(broken.contents().isEmpty()); // nothing anywhere else
}

void TestDirectOAuth::cancelledConnectRestoresState()
{
    m_connector->setBrowserOpener([](const QUrl &) { return true; }); // a browser that never returns
    QSignalSpy started(m_connector.get(), &Connector::connectStarted);
    QSignalSpy finished(m_connector.get(), &Connector::connectFinished);
    const ConnectionStatus before = stored() ? stored()->status : ConnectionStatus::NotConnected;
    m_connector->connectIntegration(spec());
    QVERIFY(started.wait(10000));
    QCOMPARE(stored()->status, ConnectionStatus::Connecting);
    QVERIFY(m_connector->isBusy(kId));
    m_connector->cancelConnect(kId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).value<Outcome>().ok(), false);
    QCOMPARE(stored()->status, before);
    QVERIFY(!m_connector->isBusy(kId));
}

// Providers that compare the redirect port get the one the user registered; when another
// program holds it the sign-in stops before the browser and says which port.
void TestDirectOAuth::fixedRedirectPortIsUsedAndABusyOneExplained()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QString error;
    QVERIFY2(m_profile->settings.set(kId + QStringLiteral(".redirect_port"), QString::number(port), &error),
        qPrintable(error));
    Settings *settings = &m_profile->settings;
    m_connector->setRedirectPortLookup([settings](const QString &id) {
        return quint16(settings->get(id + QStringLiteral(".redirect_port")).toUInt());
    });
    QUrl opened;
    m_connector->setBrowserOpener([this, &opened](const QUrl &url) {
        opened = url;
        ++m_browserOpens;
        return m_browser->open(url);
    });
    QVERIFY(connectNow());
    const QUrl redirect(QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.port(), int(port));
    QCOMPARE(stored()->status, ConnectionStatus::Active);

    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, port));
    QString message;
    QVERIFY(!connectNow(&message));
    QVERIFY2(message.contains(QString::number(port)) && message.contains(QLatin1String("in use")), qPrintable(message));
    QCOMPARE(m_browserOpens, 1); // no browser for a sign-in that could not come back
    QVERIFY(!m_connector->isBusy(kId));
    QVERIFY(stored()->status != ConnectionStatus::Connecting);
}

// Sync removes a row deleted on the server; a refresh planned for it must not write it back.
void TestDirectOAuth::removedRowIsNotBroughtBackByARefresh()
{
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 2 } })); // refresh due in ~1 s
    QVERIFY(connectNow());
    QVERIFY(m_connector->nextRefreshAt(kId).isValid());
    const int before = m_peer.refreshGrants();
    QSqlQuery remove(m_profile->store.database().handle());
    QVERIFY(remove.prepare(QStringLiteral("DELETE FROM connections WHERE integration_type = ?")));
    remove.addBindValue(kId);
    QVERIFY(remove.exec());
    QCOMPARE(remove.numRowsAffected(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_connector->nextRefreshAt(kId).isValid(), 5000);
    QTest::qWait(1500); // past the token's expiry: nothing else may come
    QVERIFY(!stored().has_value());
    QCOMPARE(m_peer.refreshGrants(), before);
}

void TestDirectOAuth::noIssuedTokenAppearsOutsideTheKeychain()
{
    // One more full cycle so every kind of artefact exists: code, tokens, refresh, revocation.
    QVERIFY(m_peer.configure({ { QStringLiteral("accessTtl"), 3 } }));
    QVERIFY(connectNow());
    QSignalSpy refreshed(m_connector.get(), &DirectOAuthConnector::refreshed);
    QVERIFY(refreshed.wait(10000));
    QSignalSpy done(m_connector.get(), &Connector::disconnectFinished);
    m_connector->disconnectIntegration(spec());
    QVERIFY(done.wait(15000));
    const QString settingsFile = m_profile->settings.fileName();
    m_profile.reset(); // flush the settings and SQLite (WAL included) before reading the files

    QStringList secrets;
    for (const QJsonValue &v : m_peer.issued())
        secrets << v.toObject().value(QStringLiteral("value")).toString();
    secrets << QStringLiteral("peer-secret");
    QVERIFY2(secrets.size() > 20, qPrintable(QString::number(secrets.size())));

    // Every file of the profile: data dir (SQLite + WAL), config dir (settings), caches, state.
    QStringList files;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QVERIFY(files.contains(AppPaths::databaseFile()));
    QVERIFY(files.contains(settingsFile));
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        for (const QString &s : std::as_const(secrets))
            QVERIFY2(!content.contains(s.toUtf8()), qPrintable(QStringLiteral("a token is in %1").arg(file)));
    }
    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.size() > 50);
    for (qsizetype i = 0; i < log.size(); ++i) {
        for (const QString &s : std::as_const(secrets))
            QVERIFY2(!log.at(i).contains(s), qPrintable(QStringLiteral("a token is in log line %1").arg(i)));
    }
    qInfo("searched %lld files and %lld log lines for %lld issued codes/tokens: none found",
        qlonglong(files.size()), qlonglong(log.size()), qlonglong(secrets.size()));
}

QTEST_GUILESS_MAIN(TestDirectOAuth)
#include "tst_directoauth.moc"
