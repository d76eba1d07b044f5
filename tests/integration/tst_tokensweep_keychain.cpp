// No orphaned tokens in the real keychain (KEYRING): a direct connection made against a real
// OAuth server (oidc-provider, tests/peers/oauth) on a device syncing with the local Supabase
// endpoint (PostgreSQL, tests/peers/supabase). When its row is deleted on the server, or
// another device disconnects it, this device's next sync ends the connection here and its
// access and refresh tokens leave the keychain (gnome-keyring over D-Bus), without a disconnect.
#include "browserstandin.h"
#include "oauthpeer.h"
#include "supabasepeer.h"
#include "syncdevice.h"
#include "testhome.h"

#include "oauth/directoauthconnector.h"
#include "secrets/keychainsecretstore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace aria;

namespace {

const QString kId = QStringLiteral("oidc_peer");
const QString kPassword = QStringLiteral("correct horse battery");

// One device: its store and sync engine (SyncDevice) plus the direct OAuth connector over the
// real keychain.
struct Device : SyncDevice {
    Device(SupabasePeer &peer, SecretStore *keychain, QNetworkAccessManager *nam)
        : SyncDevice(QUrl(peer.url()), peer.anonKey(), 5000, quickTiming())
        , connector(&store, keychain, nam)
    {
        DirectOAuthConnector::Options options;
        options.requestTimeoutMs = 5000;
        options.flowTimeoutMs = 20000;
        connector.setOptions(options);
        connector.setClientIdLookup([](const QString &) { return QStringLiteral("aria-native"); });
        connector.setBrowserOpener([this](const QUrl &url) { return browser.open(url); });
    }
    DirectOAuthConnector connector;
    BrowserStandIn browser;
};

} // namespace

class TestTokenSweepKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void serverDeletionTakesTheTokensOutOfTheKeychain();
    void tombstoneFromAnotherDeviceTakesTheTokensOutOfTheKeychain();

private:
    // Reads an entry of the real keychain: the value, "" when missing, "<...>" on trouble.
    QString keychainEntry(const QString &key);
    bool holdsTokens();
    // Connects kId on the device through the OAuth server and pushes the row.
    bool connectAndPush(Device &device);
    bool waitTokensRemoved(QSignalSpy &spy);

    std::unique_ptr<TestHome> m_home;
    OAuthPeer m_oauth;
    std::unique_ptr<SupabasePeer> m_supabase;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QNetworkAccessManager m_nam;
    QString m_email;
    int m_users = 0;
};

void TestTokenSweepKeychain::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY2(m_oauth.start(), "cannot start the OAuth peer");
    m_supabase = std::make_unique<SupabasePeer>();
    QVERIFY2(m_supabase->waitReady(), "cannot start the Supabase peer");
    m_keychain = std::make_unique<KeychainSecretStore>();
}

void TestTokenSweepKeychain::cleanupTestCase()
{
    m_keychain.reset();
    m_supabase.reset();
    m_home.reset();
}

void TestTokenSweepKeychain::init()
{
    QVERIFY(m_oauth.configure({ { QStringLiteral("accessTtl"), 3600 }, { QStringLiteral("deny"), false } }));
    m_email = QStringLiteral("sweep%1@example.com").arg(++m_users);
    QVERIFY(!m_supabase->signUp(m_email, kPassword).isEmpty());
}

QString TestTokenSweepKeychain::keychainEntry(const QString &key)
{
    std::optional<SecretStore::Reply> reply;
    QObject context;
    m_keychain->read(key, &context, [&reply](const SecretStore::Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
        return QStringLiteral("<timeout>");
    if (reply->result == SecretStore::Result::NotFound)
        return QString();
    return reply->result == SecretStore::Result::Ok ? reply->value : QStringLiteral("<keychain failed>");
}

bool TestTokenSweepKeychain::holdsTokens()
{
    // Exactly what the OAuth server issued last, in both entries.
    QString access, refresh;
    for (const QJsonValue &v : m_oauth.issued()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString() == u"access_token")
            access = o.value(QLatin1String("value")).toString();
        if (o.value(QLatin1String("kind")).toString() == u"refresh_token")
            refresh = o.value(QLatin1String("value")).toString();
    }
    return !access.isEmpty() && !refresh.isEmpty()
        && keychainEntry(DirectOAuthConnector::accessTokenKey(kId)) == access
        && keychainEntry(DirectOAuthConnector::refreshTokenKey(kId)) == refresh;
}

bool TestTokenSweepKeychain::connectAndPush(Device &device)
{
    QSignalSpy finished(&device.connector, &Connector::connectFinished);
    device.connector.connectIntegration(m_oauth.integration(kId));
    if (!finished.wait(30000) || !finished.first().at(1).value<Outcome>().ok()) {
        qWarning() << "connect failed:" << finished;
        return false;
    }
    const auto row = device.store.get(kId);
    return row && row->status == ConnectionStatus::Active && row->mode == ConnectMode::Direct && device.waitIdle()
        && device.sync();
}

bool TestTokenSweepKeychain::waitTokensRemoved(QSignalSpy &spy)
{
    return QTest::qWaitFor(
        [&spy] {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.at(0).toString() == kId && args.at(1).toBool())
                    return true;
            }
            return false;
        },
        20000);
}

void TestTokenSweepKeychain::serverDeletionTakesTheTokensOutOfTheKeychain()
{
    Device a(*m_supabase, m_keychain.get(), &m_nam);
    QVERIFY(a.signIn(m_email, kPassword));
    QVERIFY(a.waitIdle());
    QVERIFY(connectAndPush(a));
    QVERIFY(holdsTokens());
    QVERIFY(a.connector.nextRefreshAt(kId).isValid());

    // Deleted on the server (dashboard, SQL); the device's next sync removes the row.
    const auto deleted = m_supabase->sqlAsOwner(
        QStringLiteral("delete from public.user_integrations where integration_type = '%1' "
                       "and user_id = (select id from auth.users where email = '%2') returning integration_type")
            .arg(kId, m_email));
    QVERIFY(deleted);
    QCOMPARE(deleted->size(), 1);
    QSignalSpy removed(&a.connector, &DirectOAuthConnector::tokensRemoved);
    QVERIFY(a.sync());
    QVERIFY(!a.store.get(kId).has_value());

    QVERIFY(waitTokensRemoved(removed));
    QCOMPARE(keychainEntry(DirectOAuthConnector::accessTokenKey(kId)), QString());
    QCOMPARE(keychainEntry(DirectOAuthConnector::refreshTokenKey(kId)), QString());
    QVERIFY(!a.connector.nextRefreshAt(kId).isValid());
    QCOMPARE(a.store.syncValue(DirectOAuthConnector::tokenLedgerKey()), QStringLiteral("[]"));
    // Nothing was revoked: only this device's copy of the grant was dropped.
    QVERIFY(m_oauth.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).isEmpty());
}

void TestTokenSweepKeychain::tombstoneFromAnotherDeviceTakesTheTokensOutOfTheKeychain()
{
    Device a(*m_supabase, m_keychain.get(), &m_nam);
    MemorySecretStore otherKeychain; // device b never connected kId itself
    Device b(*m_supabase, &otherKeychain, &m_nam);
    QVERIFY(a.signIn(m_email, kPassword));
    QVERIFY(b.signIn(m_email, kPassword));
    QVERIFY(a.waitIdle());
    QVERIFY(b.waitIdle());
    QVERIFY(connectAndPush(a));
    QVERIFY(holdsTokens());

    // Device b learns of the connection and disconnects it: a tombstone is pushed.
    QVERIFY(b.sync());
    QCOMPARE(b.store.get(kId)->status, ConnectionStatus::Active);
    b.disconnect(kId);
    QVERIFY(b.waitIdle());
    QVERIFY(b.sync());

    QSignalSpy removed(&a.connector, &DirectOAuthConnector::tokensRemoved);
    QVERIFY(a.sync());
    QCOMPARE(a.store.get(kId)->status, ConnectionStatus::Disconnected);
    QVERIFY(waitTokensRemoved(removed));
    QCOMPARE(keychainEntry(DirectOAuthConnector::accessTokenKey(kId)), QString());
    QCOMPARE(keychainEntry(DirectOAuthConnector::refreshTokenKey(kId)), QString());
    QVERIFY(!a.connector.nextRefreshAt(kId).isValid());
}

QTEST_GUILESS_MAIN(TestTokenSweepKeychain)
#include "tst_tokensweep_keychain.moc"
