// Security sweep, end to end with the real binary and all three peers (KEYRING): every flow
// runs once — Composio connect/sync/disconnect with an API key, direct OAuth connect/refresh/
// revoke against oidc-provider, Supabase sign-in/sync/sign-out — with debug logging on. Then
// every secret any peer issued (API key, codes, access/refresh/id tokens, Supabase refresh
// tokens, the password) is searched for in the whole profile (data dir with the database,
// settings, cache, state, anything else) and in everything the processes printed: none may be
// there. Also: provider error texts carrying HTML are shown as text, on the loopback page and
// on the card.
#include "composiosim.h"
#include "drillkit.h"
#include "oauthpeer.h"
#include "supabasepeer.h"
#include "testhome.h"

#include "common/apppaths.h"
#include "common/settings.h"
#include "integrationcard.h"
#include "oauth/providerregistry.h"
#include "store/connectionstore.h"

#include <QLabel>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace aria;

namespace {

const QString kApp = QStringLiteral(ARIA_APP_PATH);
const QString kPassword = QStringLiteral("sweep-Pa55word-7c1e");
const QString kEmail = QStringLiteral("sweep@example.com");
const QString kHtml = QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)>");

} // namespace

class TestSecretSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFlowLeavesNoSecretBehind();
    void htmlInAnErrorIsShownAsText();

private:
    drill::Result app(const QStringList &args, const QByteArray &input = {});
    void expectOk(const QStringList &args, const QByteArray &input = {});
    QStringList supabaseRefreshTokens();
    QString rowField(const QString &id, const QString &field);

    ComposioSim m_composio;
    OAuthPeer m_oauth;
    std::unique_ptr<SupabasePeer> m_supabase;
    std::unique_ptr<TestHome> m_home;
    QStringList m_printed; // stdout and stderr of every run
    QNetworkAccessManager m_nam;
};

void TestSecretSweep::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY2(m_composio.start(), "cannot start the Composio simulator");
    QVERIFY2(m_oauth.start(), "cannot start the OAuth peer");
    m_supabase = std::make_unique<SupabasePeer>();
    QVERIFY2(m_supabase->waitReady(), "cannot start the Supabase peer");
    m_composio.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    qputenv("QT_LOGGING_RULES", "aria.*.debug=true"); // the most the app ever prints
    qputenv("ARIA_COMPOSIO_BASE_URL", m_composio.apiBase().toString().toUtf8());
}

void TestSecretSweep::cleanupTestCase()
{
    app({ QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    m_supabase.reset();
    m_home.reset();
}

drill::Result TestSecretSweep::app(const QStringList &args, const QByteArray &input)
{
    drill::Options o;
    o.input = input;
    const drill::Result r = drill::run(kApp, args, o);
    m_printed << r.out << r.err;
    return r;
}

void TestSecretSweep::expectOk(const QStringList &args, const QByteArray &input)
{
    const drill::Result r = app(args, input);
    QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.describe()));
}

QStringList TestSecretSweep::supabaseRefreshTokens()
{
    return m_supabase->sqlAsOwner(QStringLiteral("select token from auth.refresh_tokens")).value_or(QStringList {});
}

QString TestSecretSweep::rowField(const QString &id, const QString &field)
{
    const drill::Result r = app({ QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject().value(field).toString();
    }
    return {};
}

void TestSecretSweep::everyFlowLeavesNoSecretBehind()
{
    // Composio, with the API key from standard input.
    qputenv("ARIA_BROWSER", "node " ARIA_SOURCE_DIR "/tests/peers/composio/browser.js");
    expectOk({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("composio-api-key") },
        QByteArray(ComposioSim::kApiKey) + '\n');
    expectOk({ QStringLiteral("connect"), QStringLiteral("gmail") });
    expectOk({ QStringLiteral("connect"), QStringLiteral("outlook") });
    expectOk({ QStringLiteral("sync"), QStringLiteral("gmail") });
    expectOk({ QStringLiteral("sync") });
    expectOk({ QStringLiteral("disconnect"), QStringLiteral("gmail") });

    // Direct OAuth: connect with a one-second token (always due), a refresh, revoke.
    qputenv("ARIA_BROWSER", (QStringLiteral("node ") + OAuthPeer::directory() + QStringLiteral("/browser.mjs")).toUtf8());
    QVERIFY(m_oauth.configure({ { QStringLiteral("accessTtl"), 1 }, { QStringLiteral("deny"), false } }));
    expectOk({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"), QStringLiteral("--discovery"),
        m_oauth.issuer() + QStringLiteral("/.well-known/openid-configuration"), QStringLiteral("--client-id"),
        QStringLiteral("aria-native") });
    expectOk({ QStringLiteral("connect"), QStringLiteral("peer") });
    // The one-second token is due; the refreshed one must outlive the health check after it.
    QVERIFY(m_oauth.configure({ { QStringLiteral("accessTtl"), 3600 } }));
    expectOk({ QStringLiteral("sync"), QStringLiteral("peer") });
    expectOk({ QStringLiteral("disconnect"), QStringLiteral("peer") });
    QVERIFY(m_oauth.refreshGrants() >= 1);
    QVERIFY(!m_oauth.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).isEmpty());

    // Supabase: sign in (password on standard input), sync, sign out.
    QVERIFY(!m_supabase->signUp(kEmail, kPassword).isEmpty());
    expectOk({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"), m_supabase->url() });
    expectOk({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.anon_key"), m_supabase->anonKey() });
    expectOk({ QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), kEmail },
        kPassword.toUtf8() + '\n');
    expectOk({ QStringLiteral("account"), QStringLiteral("sync") });
    expectOk({ QStringLiteral("account"), QStringLiteral("status") });
    const QStringList supabaseTokens = supabaseRefreshTokens();
    QVERIFY(!supabaseTokens.isEmpty());
    expectOk({ QStringLiteral("account"), QStringLiteral("logout") });

    // Everything issued along the way.
    QList<std::pair<QString, QString>> secrets { { QStringLiteral("Composio API key"), QString::fromLatin1(ComposioSim::kApiKey) },
        { QStringLiteral("Supabase password"), kPassword } };
    for (const QJsonValue &v : m_oauth.issued()) {
        const QJsonObject o = v.toObject();
        secrets.append({ QStringLiteral("OAuth ") + o.value(QLatin1String("kind")).toString(),
            o.value(QLatin1String("value")).toString() });
    }
    for (const QString &t : supabaseTokens)
        secrets.append({ QStringLiteral("Supabase refresh token"), t });
    QVERIFY(secrets.size() >= 2 + 4 + 1);

    // Where they must not be: every file of the profile and everything printed.
    QStringList files;
    qint64 bytes = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
        bytes += it.fileInfo().size();
    }
    QVERIFY(files.contains(AppPaths::databaseFile()));
    QVERIFY(files.contains(AppPaths::settingsFile()));
    QStringList found;
    for (const auto &[what, value] : std::as_const(secrets)) {
        QVERIFY(value.size() >= 8);
        for (const QString &hit : filesContaining(m_home->path(), value.toUtf8()))
            found << what + QStringLiteral(" in ") + hit;
        for (const QString &text : std::as_const(m_printed)) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                // The browser stand-ins (ARIA_BROWSER) share the app's standard error and
                // print the addresses they visit, codes included: they are not the app.
                if (line.startsWith(QLatin1String("browser: ")))
                    continue;
                if (line.contains(value))
                    found << what + QStringLiteral(" printed: ") + line.left(300);
            }
        }
    }
    // No JWT at all (Supabase access tokens are not kept anywhere we can ask), except the
    // public anon key, which is a setting.
    const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+"));
    QStringList texts = m_printed;
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromLatin1(file.readAll());
    }
    for (const QString &text : std::as_const(texts)) {
        for (auto m = jwt.globalMatch(text); m.hasNext();) {
            const QString token = m.next().captured();
            if (token != m_supabase->anonKey())
                found << QStringLiteral("a JWT: ") + token.left(24);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QVERIFY(QDir(m_home->path()).entryList({ QStringLiteral("core*") }, QDir::Files).isEmpty()); // no core dump
    qInfo("%lld secrets searched for in %lld files (%lld bytes) and %lld outputs of %lld runs: none found",
        qint64(secrets.size()), qint64(files.size()), bytes, qint64(m_printed.size()), qint64(m_printed.size() / 2));
}

void TestSecretSweep::htmlInAnErrorIsShownAsText()
{
    // Direct OAuth: the provider sends the browser back with an error_description in HTML.
    qputenv("ARIA_BROWSER", "true");
    ProviderRegistry registry;
    registry.load();
    if (!registry.find(u"peer"))
        expectOk({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"), QStringLiteral("--discovery"),
            m_oauth.issuer() + QStringLiteral("/.well-known/openid-configuration"), QStringLiteral("--client-id"),
            QStringLiteral("aria-native") });
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(kApp, { QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--print-url") });
    QVERIFY(p.waitForStarted());
    QVERIFY(QTest::qWaitFor([&p] { return p.canReadLine(); }, 20000));
    const QUrlQuery authorize(QUrl(QString::fromUtf8(p.readLine()).trimmed()));
    QUrl callback(authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY2(callback.host() == u"127.0.0.1", qPrintable(callback.toString()));
    const auto encoded = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    callback.setQuery(QStringLiteral("error=server_error&error_description=%1&state=%2")
                          .arg(encoded(kHtml), encoded(authorize.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded))),
        QUrl::StrictMode);
    QNetworkRequest request(callback);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QString page = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    QVERIFY2(page.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")),
        qPrintable(page.right(400)));
    QVERIFY(!page.contains(QLatin1String("<script")) && !page.contains(QLatin1String("<img")));
    QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(20000));
    m_printed << QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 4); // the provider's failure: remote
    QVERIFY(m_printed.last().contains(kHtml)); // the terminal shows it as it came, as text
    QCOMPARE(rowField(QStringLiteral("peer"), QStringLiteral("status")), QStringLiteral("error"));

    // Composio: a status_reason in HTML reaches the stored error through a sync.
    qputenv("ARIA_BROWSER", "node " ARIA_SOURCE_DIR "/tests/peers/composio/browser.js");
    // A Supabase project is set (the first test): the profile's own key only in key mode.
    expectOk({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("composio.via"), QStringLiteral("key") });
    expectOk({ QStringLiteral("connect"), QStringLiteral("hubspot") });
    const QString account = [] {
        drill::Peek peek(AppPaths::databaseFile());
        return peek.column(QStringLiteral("SELECT composio_connection_id FROM connections WHERE integration_type='hubspot'")).value(0);
    }();
    m_composio.patchAccount(account, { { QStringLiteral("status"), QStringLiteral("EXPIRED") }, { QStringLiteral("status_reason"), kHtml } });
    QCOMPARE(app({ QStringLiteral("sync"), QStringLiteral("hubspot") }).exitCode, 3);

    // The cards of both, built from the stored rows: the problem line is plain text.
    ConnectionStore store;
    QVERIFY(store.open(AppPaths::databaseFile()));
    for (const QString &id : { QStringLiteral("peer"), QStringLiteral("hubspot") }) {
        const std::optional<Connection> row = store.get(id);
        QVERIFY(row);
        QVERIFY2(row->errorMessage.contains(kHtml), qPrintable(id + QStringLiteral(": ") + row->errorMessage));
        const std::optional<IntegrationSpec> spec = [&id]() -> std::optional<IntegrationSpec> {
            for (const IntegrationSpec &s : ProviderRegistry::loadAll()) {
                if (s.id == id)
                    return s;
            }
            return std::nullopt;
        }();
        QVERIFY(spec);
        ui::IntegrationCard card(*spec);
        card.setConnection(*row);
        const QLabel *problem = card.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem);
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QVERIFY2(problem->text().contains(kHtml), qPrintable(problem->text()));
        qInfo("%s card problem line, as text: %s", qPrintable(id), qPrintable(problem->text()));
    }
}

QTEST_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"
