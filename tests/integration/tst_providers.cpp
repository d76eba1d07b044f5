// User-added OAuth providers: the registry file, discovery, the `provider` command of the real
// binary, and a connection through a provider added from oidc-provider's discovery document.
#include "browserstandin.h"
#include "chaosproxy.h"
#include "oauthpeer.h"
#include "processrun.h"
#include "testhome.h"

#include "common/apppaths.h"
#include "oauth/directoauthconnector.h"
#include "oauth/providerhttp.h"
#include "oauth/providerregistry.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QFileInfo>
#include <QProcess>
#include <QUrlQuery>
#include <QtTest>

using namespace aria;

namespace {

using Run = ProcessRun;

IntegrationSpec manualSpec(const QString &id)
{
    IntegrationSpec s;
    s.id = id;
    s.name = QStringLiteral("Manual");
    s.defaultScopes = { QStringLiteral("openid") };
    s.direct.authorization = QUrl(QStringLiteral("https://id.example.test/authorize"));
    s.direct.token = QUrl(QStringLiteral("https://id.example.test/token"));
    return s;
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_peer.start()); }
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void registryRoundTripsInAPrivateFile();
    void registryRefusesBadProviders_data();
    void registryRefusesBadProviders();
    void discoveryChecksIssuerAndPkce();
    void discoveryIssuerMustFitTheUrl_data();
    void discoveryIssuerMustFitTheUrl();
    void discoveryKeepsTheIssPromise();
    void discoveryPicksScopes();
    void cliAddListRemoveWithDiscovery();
    void cliAddWithoutDiscovery();
    void cliRejectsBadInput_data();
    void cliRejectsBadInput();
    void addedProviderConnects();
    void addedProviderRefusesCallbackWithoutIss();
    void cliAcceptsTheIssuerUrl();
    void cliBoundsTheDiscoveryDocument_data();
    void cliBoundsTheDiscoveryDocument();

private:
    QString discoveryUrl() const
    {
        return m_peer.issuer() + QStringLiteral("/.well-known/openid-configuration");
    }
    std::unique_ptr<TestHome> m_home;
    OAuthPeer m_peer;
};

void TestProviders::registryRoundTripsInAPrivateFile()
{
    ProviderRegistry registry;
    QVERIFY(registry.load());
    QVERIFY(registry.added().isEmpty());
    IntegrationSpec s = manualSpec(QStringLiteral("acme"));
    s.direct.revocation = QUrl(QStringLiteral("https://id.example.test/revoke"));
    s.direct.callbackPath = QStringLiteral("/oauth/done");
    s.direct.extraAuthorizationParameters = { { QStringLiteral("prompt"), QStringLiteral("consent") } };
    QString error;
    QVERIFY2(registry.add(s, &error), qPrintable(error));

    QFileInfo file(registry.fileName());
    QVERIFY(file.exists());
    QCOMPARE(file.absolutePath(), QDir(AppPaths::configDir()).absolutePath());
#ifdef Q_OS_UNIX // Windows: private by the profile's ACL (docs/WINDOWS.md)
    QCOMPARE(
        file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
#endif

    ProviderRegistry again;
    QVERIFY(again.load(&error));
    QCOMPARE(again.added().size(), 1);
    const IntegrationSpec loaded = again.added().first();
    QCOMPARE(loaded.id, s.id);
    QCOMPARE(loaded.direct.token, s.direct.token);
    QCOMPARE(loaded.direct.revocation, s.direct.revocation);
    QCOMPARE(loaded.direct.callbackPath, QStringLiteral("/oauth/done"));
    QCOMPARE(loaded.direct.extraAuthorizationParameters, s.direct.extraAuthorizationParameters);
    QVERIFY(!loaded.builtIn);
    // Built-ins first, then the added one: what the window and `list` show.
    const QList<IntegrationSpec> all = again.all();
    QCOMPARE(all.size(), builtInIntegrations().size() + 1);
    QCOMPARE(all.last().id, QStringLiteral("acme"));
    QCOMPARE(ProviderRegistry::loadAll().size(), all.size());

    QVERIFY(again.remove(QStringLiteral("acme"), &error));
    ProviderRegistry third;
    QVERIFY(third.load());
    QVERIFY(third.added().isEmpty());
}

void TestProviders::registryRefusesBadProviders_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("built-in id") << QStringLiteral("gmail") << QStringLiteral("https://x.test/t")
                                 << QStringLiteral("/callback");
    QTest::newRow("bad id") << QStringLiteral("Bad-Id") << QStringLiteral("https://x.test/t")
                            << QStringLiteral("/callback");
    QTest::newRow("plain http") << QStringLiteral("acme") << QStringLiteral("http://x.test/t")
                                << QStringLiteral("/callback");
    QTest::newRow("no scheme") << QStringLiteral("acme") << QStringLiteral("x.test/t")
                               << QStringLiteral("/callback");
    QTest::newRow("query in path") << QStringLiteral("acme") << QStringLiteral("https://x.test/t")
                                   << QStringLiteral("/cb?x=1");
    QTest::newRow("relative path") << QStringLiteral("acme") << QStringLiteral("https://x.test/t")
                                   << QStringLiteral("cb");
}

void TestProviders::registryRefusesBadProviders()
{
    QFETCH(QString, id);
    QFETCH(QString, token);
    QFETCH(QString, path);
    ProviderRegistry registry;
    IntegrationSpec s = manualSpec(id);
    s.direct.token = QUrl(token);
    s.direct.callbackPath = path;
    QString error;
    QVERIFY(!registry.add(s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(registry.fileName()));

    // Duplicates are refused too.
    QVERIFY(registry.add(manualSpec(QStringLiteral("dup")), &error));
    QVERIFY(!registry.add(manualSpec(QStringLiteral("dup")), &error));
}

void TestProviders::discoveryChecksIssuerAndPkce()
{
    const QUrl url(QStringLiteral("https://id.example.test/.well-known/openid-configuration"));
    QJsonObject doc { { QStringLiteral("issuer"), QStringLiteral("https://id.example.test") },
        { QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.test/auth") },
        { QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.test/token") },
        { QStringLiteral("code_challenge_methods_supported"), QJsonArray { QStringLiteral("S256") } } };
    QString error;
    QVERIFY2(
        ProviderRegistry::fromDiscovery(doc, url, QStringLiteral("acme"), {}, {}, &error), qPrintable(error));

    QJsonObject foreign = doc;
    foreign.insert(QStringLiteral("issuer"), QStringLiteral("https://evil.example.test"));
    QVERIFY(!ProviderRegistry::fromDiscovery(foreign, url, QStringLiteral("acme"), {}, {}, &error));
    QVERIFY(error.contains(QLatin1String("issuer")));

    QJsonObject plainOnly = doc;
    plainOnly.insert(
        QStringLiteral("code_challenge_methods_supported"), QJsonArray { QStringLiteral("plain") });
    QVERIFY(!ProviderRegistry::fromDiscovery(plainOnly, url, QStringLiteral("acme"), {}, {}, &error));
    QVERIFY(error.contains(QLatin1String("S256")));

    QJsonObject insecure = doc;
    insecure.insert(QStringLiteral("token_endpoint"), QStringLiteral("http://id.example.test/token"));
    QVERIFY(!ProviderRegistry::fromDiscovery(insecure, url, QStringLiteral("acme"), {}, {}, &error));
}

void TestProviders::discoveryIssuerMustFitTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("accepted");
    const QString oidc = QStringLiteral("/.well-known/openid-configuration");
    const QString as = QStringLiteral("/.well-known/oauth-authorization-server");
    const QString host = QStringLiteral("https://id.example.test");
    QTest::newRow("openid") << host + oidc << host << true;
    QTest::newRow("issuer with slash") << host + oidc << host + u'/' << true;
    QTest::newRow("issuer path, appended") << host + QStringLiteral("/tenant") + oidc << host + QStringLiteral("/tenant")
                                           << true;
    QTest::newRow("issuer path, inserted (RFC 8414)")
        << host + oidc + QStringLiteral("/tenant") << host + QStringLiteral("/tenant") << true;
    QTest::newRow("oauth-authorization-server") << host + as + QStringLiteral("/tenant")
                                                << host + QStringLiteral("/tenant") << true;
    QTest::newRow("query (B2C policy)") << host + oidc + QStringLiteral("?p=b2c_1_signin") << host << true;
    QTest::newRow("openid, other issuer") << host + oidc << QStringLiteral("https://evil.example.test") << false;
    QTest::newRow("rfc 8414, other issuer") << host + as << QStringLiteral("https://evil.example.test") << false;
    QTest::newRow("rfc 8414, other path") << host + as + QStringLiteral("/a") << host + QStringLiteral("/b") << false;
    // The cases the old check let through: any URL without the openid suffix.
    QTest::newRow("plain file, same host") << host + QStringLiteral("/config.json") << host << false;
    QTest::newRow("plain file, other host")
        << QStringLiteral("https://cdn.example.test/oidc.json") << host << false;
    QTest::newRow("other host's well-known")
        << QStringLiteral("https://cdn.example.test") + oidc << host << false;
    QTest::newRow("no issuer") << host + oidc << QString() << false;
    QTest::newRow("issuer with query") << host + oidc << host + QStringLiteral("?x=1") << false;
}

void TestProviders::discoveryIssuerMustFitTheUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, issuer);
    QFETCH(bool, accepted);
    QJsonObject doc { { QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.test/auth") },
        { QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.test/token") } };
    if (!issuer.isNull())
        doc.insert(QStringLiteral("issuer"), issuer);
    QString error;
    const auto spec = ProviderRegistry::fromDiscovery(doc, QUrl(url), QStringLiteral("acme"), {}, {}, &error);
    QVERIFY2(bool(spec) == accepted, qPrintable(error));
    if (accepted)
        QCOMPARE(spec->direct.issuer, issuer); // kept as the server says it: iss is compared exactly
    else
        QVERIFY2(error.contains(QLatin1String("issuer")), qPrintable(error));
}

void TestProviders::discoveryKeepsTheIssPromise()
{
    const QUrl url(QStringLiteral("https://id.example.test/.well-known/openid-configuration"));
    QJsonObject doc { { QStringLiteral("issuer"), QStringLiteral("https://id.example.test") },
        { QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.test/auth") },
        { QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.test/token") } };
    QString error;
    auto spec = ProviderRegistry::fromDiscovery(doc, url, QStringLiteral("acme"), {}, {}, &error);
    QVERIFY(spec);
    QVERIFY(!spec->direct.issuerInCallback);
    doc.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
    spec = ProviderRegistry::fromDiscovery(doc, url, QStringLiteral("acme"), {}, {}, &error);
    QVERIFY(spec);
    QVERIFY(spec->direct.issuerInCallback);
    // Kept in providers.json, so every later sign-in requires iss too.
    ProviderRegistry registry;
    QVERIFY2(registry.add(*spec, &error), qPrintable(error));
    ProviderRegistry again;
    QVERIFY(again.load(&error));
    QVERIFY(again.find(QStringLiteral("acme"))->direct.issuerInCallback);
}

void TestProviders::discoveryPicksScopes()
{
    const QUrl url(QStringLiteral("https://id.example.test/.well-known/openid-configuration"));
    QJsonObject doc { { QStringLiteral("issuer"), QStringLiteral("https://id.example.test") },
        { QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.test/auth") },
        { QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.test/token") },
        { QStringLiteral("scopes_supported"),
            QJsonArray {
                QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access") } } };
    QString error;
    auto spec = ProviderRegistry::fromDiscovery(
        doc, url, QStringLiteral("acme"), QStringLiteral("Acme"), {}, &error);
    QVERIFY(spec);
    QCOMPARE(spec->defaultScopes,
        (QStringList {
            QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access") }));
    QCOMPARE(spec->name, QStringLiteral("Acme"));
    spec = ProviderRegistry::fromDiscovery(
        doc, url, QStringLiteral("acme"), {}, { QStringLiteral("custom.read") }, &error);
    QVERIFY(spec);
    QCOMPARE(spec->defaultScopes, QStringList { QStringLiteral("custom.read") });
}

void TestProviders::cliAddListRemoveWithDiscovery()
{
    Run r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), discoveryUrl(), QStringLiteral("--client-id"),
        QStringLiteral("aria-native"), QStringLiteral("--name"), QStringLiteral("Peer Co") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("connect peer")));

    r = runApp({ QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray providers = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(providers.size(), 1);
    const QJsonObject p = providers.first().toObject();
    QCOMPARE(p.value(QStringLiteral("id")).toString(), QStringLiteral("peer"));
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Peer Co"));
    QCOMPARE(
        p.value(QStringLiteral("token_endpoint")).toString(), m_peer.issuer() + QStringLiteral("/token"));
    QCOMPARE(p.value(QStringLiteral("revocation_endpoint")).toString(),
        m_peer.issuer() + QStringLiteral("/token/revocation"));
    QCOMPARE(
        p.value(QStringLiteral("userinfo_endpoint")).toString(), m_peer.issuer() + QStringLiteral("/me"));
    QCOMPARE(p.value(QStringLiteral("client_id")).toString(), QStringLiteral("aria-native"));
    QVERIFY(p.value(QStringLiteral("scopes")).toArray().contains(QStringLiteral("offline_access")));

    r = runApp({ QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("peer.mode") });
    QCOMPARE(r.out.trimmed(), QStringLiteral("direct"));

    // The added provider is listed like the built-in ones.
    r = runApp({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), builtInIntegrations().size() + 1);
    QCOMPARE(rows.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("peer"));
    QCOMPARE(rows.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Peer Co"));

    // Adding it twice is refused; removing it forgets the provider and its settings.
    r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), discoveryUrl(), QStringLiteral("--client-id"), QStringLiteral("x") });
    QCOMPARE(r.exitCode, 2);
    r = runApp({ QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("peer") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runApp({ QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = runApp({ QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("peer.mode") });
    QCOMPARE(r.out.trimmed(), QStringLiteral("composio")); // back to the default
}

void TestProviders::cliAddWithoutDiscovery()
{
    const Run r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("acme"),
        QStringLiteral("--authorize"), QStringLiteral("https://id.example.test/authorize"),
        QStringLiteral("--token"), QStringLiteral("https://id.example.test/token"),
        QStringLiteral("--userinfo"), QStringLiteral("https://id.example.test/userinfo"),
        QStringLiteral("--client-id"), QStringLiteral("abc"), QStringLiteral("--scopes"),
        QStringLiteral("openid email"), QStringLiteral("--callback-path"), QStringLiteral("/oauth/done") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("no revocation endpoint")));
    ProviderRegistry registry;
    QVERIFY(registry.load());
    const auto spec = registry.find(QStringLiteral("acme"));
    QVERIFY(spec);
    QCOMPARE(spec->defaultScopes, (QStringList { QStringLiteral("openid"), QStringLiteral("email") }));
    QCOMPARE(spec->direct.callbackPath, QStringLiteral("/oauth/done"));
    QVERIFY(spec->direct.revocation.isEmpty());
}

void TestProviders::cliRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString add = QStringLiteral("add");
    const QString p = QStringLiteral("provider");
    QTest::newRow("no verb") << QStringList { p } << 2;
    QTest::newRow("no client id") << QStringList { p, add, QStringLiteral("x1"),
        QStringLiteral("--discovery"), QStringLiteral("https://a.test") }
                                  << 2;
    QTest::newRow("both sources") << QStringList { p, add, QStringLiteral("x1"),
        QStringLiteral("--discovery"), QStringLiteral("https://a.test"), QStringLiteral("--token"),
        QStringLiteral("https://a.test/t"), QStringLiteral("--client-id"), QStringLiteral("c") }
                                  << 2;
    QTest::newRow("unknown option") << QStringList { p, add, QStringLiteral("x1"), QStringLiteral("--bogus"),
        QStringLiteral("1") } << 2;
    QTest::newRow("built-in id") << QStringList { p, add, QStringLiteral("gmail"),
        QStringLiteral("--authorize"), QStringLiteral("https://a.test/a"), QStringLiteral("--token"),
        QStringLiteral("https://a.test/t"), QStringLiteral("--client-id"), QStringLiteral("c"),
        QStringLiteral("--scopes"), QStringLiteral("openid") }
                                 << 2;
    QTest::newRow("http discovery") << QStringList { p, add, QStringLiteral("x1"),
        QStringLiteral("--discovery"), QStringLiteral("http://a.test/x"), QStringLiteral("--client-id"),
        QStringLiteral("c") } << 2;
    QTest::newRow("unreachable discovery") << QStringList { p, add, QStringLiteral("x1"),
        QStringLiteral("--discovery"), QStringLiteral("http://127.0.0.1:9/.well-known/openid-configuration"),
        QStringLiteral("--client-id"), QStringLiteral("c") }
                                           << 4;
    QTest::newRow("remove unknown") << QStringList { p, QStringLiteral("remove"), QStringLiteral("nope") }
                                    << 2;
}

void TestProviders::cliRejectsBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = runApp(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("%1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY(!r.err.isEmpty());
    ProviderRegistry registry;
    QVERIFY(registry.load());
    QVERIFY(registry.added().isEmpty());
}

void TestProviders::addedProviderConnects()
{
    const Run r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), discoveryUrl(), QStringLiteral("--client-id"),
        QStringLiteral("aria-native") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ProviderRegistry registry;
    QVERIFY(registry.load());
    const auto spec = registry.find(QStringLiteral("peer"));
    QVERIFY(spec);

    ConnectionStore store;
    QVERIFY(store.open(AppPaths::databaseFile()));
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    DirectOAuthConnector connector(&store, &secrets, &nam);
    connector.setClientIdLookup(
        [](const QString &id) { return id == u"peer" ? QStringLiteral("aria-native") : QString(); });
    BrowserStandIn browser;
    connector.setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
    QSignalSpy finished(&connector, &Connector::connectFinished);
    connector.connectIntegration(*spec);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(1).value<Outcome>().ok(), qPrintable(finished.first().at(1).value<Outcome>().message));
    QCOMPARE(store.get(QStringLiteral("peer"))->displayName, QStringLiteral("ada@example.test"));
    QCOMPARE(spec->direct.issuer, m_peer.issuer()); // from discovery: the callback's iss is checked
    QVERIFY(secrets.contents().contains(DirectOAuthConnector::refreshTokenKey(QStringLiteral("peer"))));

    // Still connected: removing the provider is refused until it is disconnected.
    const Run refused
        = runApp({ QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("peer") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QLatin1String("disconnect peer")));
}

void TestProviders::addedProviderRefusesCallbackWithoutIss()
{
    const Run r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), discoveryUrl(), QStringLiteral("--client-id"),
        QStringLiteral("aria-native") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ProviderRegistry registry;
    QVERIFY(registry.load());
    const auto spec = registry.find(QStringLiteral("peer"));
    QVERIFY(spec);
    QVERIFY(spec->direct.issuerInCallback); // oidc-provider advertises RFC 9207

    ConnectionStore store;
    QVERIFY(store.open(AppPaths::databaseFile()));
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    DirectOAuthConnector connector(&store, &secrets, &nam);
    connector.setClientIdLookup([](const QString &) { return QStringLiteral("aria-native"); });
    BrowserStandIn browser;
    // Someone else's answer, without the iss the provider always sends.
    browser.beforeLoopback = [](const QUrl &url) {
        QUrl stripped = url;
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("iss"));
        stripped.setQuery(q);
        return stripped;
    };
    connector.setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
    const qsizetype tokenPosts = m_peer.requestsTo(QStringLiteral("/token"), QStringLiteral("POST")).size();
    QSignalSpy finished(&connector, &Connector::connectFinished);
    connector.connectIntegration(*spec);
    QVERIFY(finished.wait(30000));
    const Outcome outcome = finished.first().at(1).value<Outcome>();
    QVERIFY(!outcome.ok());
    const QString message = outcome.message;
    QVERIFY2(message.contains(QLatin1String("did not name the server")), qPrintable(message));
    QCOMPARE(store.get(QStringLiteral("peer"))->status, ConnectionStatus::Error);
    QVERIFY(secrets.contents().isEmpty());
    QCOMPARE(m_peer.requestsTo(QStringLiteral("/token"), QStringLiteral("POST")).size(), tokenPosts);
}

void TestProviders::cliAcceptsTheIssuerUrl()
{
    // The issuer itself: its OpenID Connect document is fetched (and must name it).
    const Run r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), m_peer.issuer(), QStringLiteral("--client-id"), QStringLiteral("aria-native") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ProviderRegistry registry;
    QVERIFY(registry.load());
    QCOMPARE(registry.find(QStringLiteral("peer"))->direct.issuer, m_peer.issuer());
}

void TestProviders::cliBoundsTheDiscoveryDocument_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("50 MB, declared") << QStringLiteral("huge");
    QTest::newRow("endless, chunked") << QStringLiteral("endless");
}

void TestProviders::cliBoundsTheDiscoveryDocument()
{
    // Unbounded, an endless document once grew the command to 6-14 GB within a minute.
    QFETCH(QString, mode);
    ChaosProxy proxy;
    QVERIFY2(proxy.start(QUrl(m_peer.issuer())), "cannot start the chaos proxy");
    const QJsonObject fault { { QStringLiteral("mode"), mode },
        { QStringLiteral("match"), QStringLiteral("^GET /\\.well-known/") } };
    QVERIFY(proxy.fault(fault));
    const Run r = runApp({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), proxy.through(QUrl(discoveryUrl())).toString(), QStringLiteral("--client-id"),
        QStringLiteral("aria-native") });
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("larger than 1 MB")), qPrintable(r.err));
    ProviderRegistry registry;
    QVERIFY(registry.load());
    QVERIFY(registry.added().isEmpty());
    // The app hung up on the body (the reply was aborted), after at most about the cap.
    const QJsonArray log = proxy.log();
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().toObject().value(QLatin1String("clientClosed")).toBool());
    QByteArray why;
    QVERIFY2(hugeBodyBounded(proxy, fault, oauth::kMaxProviderReplyBytes, &why), why.constData());
}

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
