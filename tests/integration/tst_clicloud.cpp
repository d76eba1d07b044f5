// The command line reaches ARIA's cloud: two profiles ("desktops") of one user, each only on
// the command line (no window to run the debounced sync). `connect`, `disconnect` and `sync`
// push their change before they exit, and `sync` with no id pulls what the other changed.
// Both ways of reaching Composio: "cloud" (ARIA's Edge Function under Deno behind the Supabase
// peer's gateway; no Composio key anywhere on either desktop) and "key" (the user's own key).
// Real peers: the Supabase peer on PostgreSQL, the Composio simulator, the real keychain.
#include "cloudpeers.h"
#include "processrun.h"
#include "testhome.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>




namespace {

const QString kPassword = QStringLiteral("one user, two machines");

} // namespace

class TestCliCloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoDesktopsConverge_data();
    void twoDesktopsConverge();
    void twoGmailAccountsReachTheOtherDesktop();
    void abandonedAddNeverReachesTheCloud();

private:
    // Desktop `which` (0 or 1): its own HOME, database and settings.
    ProcessOptions options(int which);
    // Runs the app as desktop `which`.
    ProcessRun app(int which, const QStringList &args, const QByteArray &input = {});
    void expectOk(int which, const QStringList &args, const QByteArray &input = {});
    // Two fresh desktops in key mode (the project key in the shared keychain), both signed in
    // to the Supabase peer as a new user email.
    void signInTwoKeyModeDesktops(const QString &email);
    // The status of an integration as `list --json` on desktop `which` shows it.
    QString localStatus(int which, const QString &id);
    // The Composio account as the simulator has it (with the project key).
    QJsonObject composioAccount(const QString &id);

    CloudPeers m_cloud;
    std::unique_ptr<TestHome> m_home; // the keychain's HOME
    std::unique_ptr<QTemporaryDir> m_desktops[2];
    QNetworkAccessManager m_nam;
};

void TestCliCloud::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY2(m_cloud.start(), "cannot start the Composio simulator, the Supabase peer or the function");
    m_cloud.sim().configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
}

void TestCliCloud::cleanupTestCase()
{
    m_home.reset();
}

ProcessRun TestCliCloud::app(int which, const QStringList &args, const QByteArray &input)
{
    ProcessOptions o = options(which);
    o.input = input;
    return runApp(args, o);
}

ProcessOptions TestCliCloud::options(int which)
{
    ProcessOptions o;
    const QString home = m_desktops[which]->path();
    o.env.insert(QStringLiteral("HOME"), home);
    o.env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    o.env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    o.env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    o.env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
#ifdef Q_OS_WIN // no variable moves Windows' own folders (tests/common/testhome.h)
    o.env.insert(QStringLiteral("ARIA_PROFILE_DIR"), home + QStringLiteral("/profile"));
#endif
    o.env.insert(QStringLiteral("ARIA_COMPOSIO_BASE_URL"), m_cloud.sim().apiBase().toString());
    o.env.insert(QStringLiteral("ARIA_BROWSER"), QStringLiteral("node " ARIA_SOURCE_DIR "/tests/peers/composio/browser.js"));
    return o;
}

void TestCliCloud::expectOk(int which, const QStringList &args, const QByteArray &input)
{
    const ProcessRun r = app(which, args, input);
    QVERIFY2(r.exitCode == 0,
        qPrintable(QStringLiteral("desktop %1: %2: exit %3\n%4").arg(which).arg(args.join(u' ')).arg(r.exitCode).arg(r.err)));
}

void TestCliCloud::signInTwoKeyModeDesktops(const QString &email)
{
    SupabasePeer &supabase = m_cloud.supabase();
    QVERIFY(!supabase.signUp(email, kPassword).isEmpty());
    for (auto &desktop : m_desktops)
        desktop = std::make_unique<QTemporaryDir>();
    expectOk(0, { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("composio-api-key") },
        QByteArray(ComposioSim::kApiKey) + '\n');
    for (int which : { 0, 1 }) {
        expectOk(which, { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"), supabase.url() });
        expectOk(which,
            { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.anon_key"), supabase.anonKey() });
        expectOk(which, { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("composio.via"), QStringLiteral("key") });
        expectOk(which, { QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email },
            kPassword.toUtf8() + '\n');
    }
}

QString TestCliCloud::localStatus(int which, const QString &id)
{
    const ProcessRun r = app(which, { QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject().value(QLatin1String("status")).toString();
    }
    return QStringLiteral("<missing>");
}

QJsonObject TestCliCloud::composioAccount(const QString &id)
{
    QNetworkRequest request(QUrl(m_cloud.sim().apiBase().toString() + QStringLiteral("/connected_accounts/") + id));
    request.setRawHeader("x-api-key", ComposioSim::kApiKey);
    QNetworkReply *reply = m_nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestCliCloud::twoDesktopsConverge_data()
{
    QTest::addColumn<QString>("via");
    QTest::newRow("cloud") << QStringLiteral("cloud");
    QTest::newRow("key") << QStringLiteral("key");
}

void TestCliCloud::twoDesktopsConverge()
{
    QFETCH(QString, via);
    const bool cloud = via == u"cloud";
    const QString email = via + QStringLiteral("-two-desktops@example.com");
    const QString userId = m_cloud.supabase().signUp(email, kPassword);
    QVERIFY(!userId.isEmpty());
    SupabasePeer &supabase = m_cloud.supabase();
    for (auto &desktop : m_desktops)
        desktop = std::make_unique<QTemporaryDir>();

    // Both desktops: the project and a sign-in; the Composio key only in key mode (cloud is
    // the default once a project is set: nothing else is configured for it).
    if (cloud)
        app(0, { QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    else
        expectOk(0, { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("composio-api-key") },
            QByteArray(ComposioSim::kApiKey) + '\n');
    for (int which : { 0, 1 }) {
        expectOk(which, { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"), supabase.url() });
        expectOk(which,
            { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.anon_key"), supabase.anonKey() });
        if (!cloud)
            expectOk(which, { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("composio.via"), via });
        expectOk(which, { QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email },
            kPassword.toUtf8() + '\n');
    }
    const QString token = supabase.accessToken(email, kPassword);

    // Desktop 0 connects: the row is on the server when the command returns.
    expectOk(0, { QStringLiteral("connect"), QStringLiteral("gmail") });
    const QJsonObject row = supabase.rows(token).value(QStringLiteral("gmail"));
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    // Composio knows the account under the user's Supabase id.
    const QString accountId = row.value(QLatin1String("composio_connection_id")).toString();
    QVERIFY(!accountId.isEmpty());
    QCOMPARE(composioAccount(accountId).value(QLatin1String("user_id")).toString(), userId);

    // Desktop 1 never opened a window: `sync` brings the connection over.
    QCOMPARE(localStatus(1, QStringLiteral("gmail")), QStringLiteral("not_connected"));
    expectOk(1, { QStringLiteral("sync") });
    QCOMPARE(localStatus(1, QStringLiteral("gmail")), QStringLiteral("active"));

    // Desktop 1 disconnects; desktop 0 sees it after its own `sync`.
    expectOk(1, { QStringLiteral("disconnect"), QStringLiteral("gmail") });
    QCOMPARE(supabase.rows(token).value(QStringLiteral("gmail")).value(QLatin1String("status")).toString(),
        QStringLiteral("disconnected"));
    // Revoked and deleted at Composio: gone, or at least no longer active.
    QVERIFY(composioAccount(accountId).value(QLatin1String("status")).toString() != u"ACTIVE");
    expectOk(0, { QStringLiteral("sync") });
    QCOMPARE(localStatus(0, QStringLiteral("gmail")), QStringLiteral("disconnected"));

    if (cloud) {
        // The function did the Composio work; its log never shows the key.
        QVERIFY(!supabase.functionOutput().join(u'\n').contains(QLatin1String(ComposioSim::kApiKey)));
    } else {
        expectOk(0, { QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    }
    expectOk(0, { QStringLiteral("account"), QStringLiteral("logout") });
}

// Issue 17, done when: two Gmail accounts on one desktop show on a second desktop after `sync`,
// and each can be disconnected alone.
void TestCliCloud::twoGmailAccountsReachTheOtherDesktop()
{
    const QString email = QStringLiteral("two-gmails@example.com");
    signInTwoKeyModeDesktops(email);
    if (QTest::currentTestFailed())
        return;

    m_cloud.sim().configure({ { QStringLiteral("email"), QStringLiteral("personal@example.com") } });
    expectOk(0, { QStringLiteral("connect"), QStringLiteral("gmail") });
    m_cloud.sim().configure({ { QStringLiteral("email"), QStringLiteral("work@example.com") } });
    expectOk(0, { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--add") });

    expectOk(1, { QStringLiteral("sync") });
    QCOMPARE(localStatus(1, QStringLiteral("gmail")), QStringLiteral("active"));
    QCOMPARE(localStatus(1, QStringLiteral("gmail-2")), QStringLiteral("active"));

    // Each one alone, from either desktop.
    expectOk(1, { QStringLiteral("disconnect"), QStringLiteral("gmail-2") });
    expectOk(0, { QStringLiteral("sync") });
    QCOMPARE(localStatus(0, QStringLiteral("gmail-2")), QStringLiteral("disconnected"));
    QCOMPARE(localStatus(0, QStringLiteral("gmail")), QStringLiteral("active"));
    expectOk(0, { QStringLiteral("disconnect"), QStringLiteral("gmail") });
    expectOk(1, { QStringLiteral("sync") });
    QCOMPARE(localStatus(1, QStringLiteral("gmail")), QStringLiteral("disconnected"));
    QCOMPARE(localStatus(1, QStringLiteral("gmail-2")), QStringLiteral("disconnected"));

    m_cloud.sim().configure({ { QStringLiteral("email"), QStringLiteral("person@example.com") } });
    expectOk(0, { QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    for (int which : { 0, 1 })
        expectOk(which, { QStringLiteral("account"), QStringLiteral("logout") });
}

// Issue 17: an account being added is never shared while it connects, so an add abandoned
// (Ctrl-C) or refused (the same person again) leaves nothing on the server or the other desktop,
// even when a sync runs while the add waits for the browser.
void TestCliCloud::abandonedAddNeverReachesTheCloud()
{
    const QString email = QStringLiteral("abandoned-add@example.com");
    signInTwoKeyModeDesktops(email);
    if (QTest::currentTestFailed())
        return;
    SupabasePeer &supabase = m_cloud.supabase();
    const QString token = supabase.accessToken(email, kPassword);
    QVERIFY(!token.isEmpty());
    m_cloud.sim().configure({ { QStringLiteral("email"), QStringLiteral("personal@example.com") } });
    expectOk(0, { QStringLiteral("connect"), QStringLiteral("gmail") });
    QVERIFY(supabase.rows(token).contains(QStringLiteral("gmail")));

    // The same person again: refused, nothing shared.
    const ProcessRun refused = app(0, { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--add") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!supabase.rows(token).contains(QStringLiteral("gmail-2")));

    // An add waiting at the sign-in page while desktop 0 syncs, then Ctrl-C.
    QProcess p;
    prepareProcess(p, options(0));
    p.start(QStringLiteral(ARIA_APP_PATH),
        { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--add"), QStringLiteral("--print-url") });
    QVERIFY(p.waitForStarted(10000));
    p.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&p] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 20000));
    QVERIFY(QUrl(QString::fromUtf8(p.readLine()).trimmed()).isValid());
    QCOMPARE(localStatus(0, QStringLiteral("gmail-2")), QStringLiteral("connecting"));
    expectOk(0, { QStringLiteral("account"), QStringLiteral("sync") });
    QVERIFY(!supabase.rows(token).contains(QStringLiteral("gmail-2")));
    if (!sendCtrlC(p))
        QSKIP(kNoCtrlC);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 130);

    QCOMPARE(localStatus(0, QStringLiteral("gmail-2")), QStringLiteral("<missing>"));
    expectOk(0, { QStringLiteral("account"), QStringLiteral("sync") });
    const QHash<QString, QJsonObject> server = supabase.rows(token);
    QVERIFY(!server.contains(QStringLiteral("gmail-2")));
    QCOMPARE(server.value(QStringLiteral("gmail")).value(QLatin1String("status")).toString(), QStringLiteral("active"));
    expectOk(1, { QStringLiteral("sync") });
    QCOMPARE(localStatus(1, QStringLiteral("gmail")), QStringLiteral("active"));
    QCOMPARE(localStatus(1, QStringLiteral("gmail-2")), QStringLiteral("<missing>"));

    m_cloud.sim().configure({ { QStringLiteral("email"), QStringLiteral("person@example.com") } });
    expectOk(0, { QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    for (int which : { 0, 1 })
        expectOk(which, { QStringLiteral("account"), QStringLiteral("logout") });
}

QTEST_GUILESS_MAIN(TestCliCloud)
#include "tst_clicloud.moc"
