// The command line's account commands against the local Supabase endpoint, with the real
// keychain (KEYRING), and a `account sync` child killed with SIGKILL in the middle of a push.
#include "processrun.h"
#include "supabasepeer.h"
#include "testhome.h"

#include "common/apppaths.h"
#include "store/connectionstore.h"
#include "supabase/rowcodec.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace aria;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

using Run = ProcessRun;

Run runCli(const QStringList &args, const QByteArray &input = QByteArray(),
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    ProcessOptions options;
    options.env = env;
    options.input = input;
    return ::runApp(args, options);
}

QJsonObject statusJson()
{
    const Run r = runCli({ QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--json") });
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestSupabaseCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginStatusLogout();
    void killDuringPushLosesAndDuplicatesNothing();
    void killAtRandomMomentsLosesNothing();

private:
    void configure();
    void compareServerWithLocal(const QString &email);
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<SupabasePeer> m_peer;
};

void TestSupabaseCli::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    m_peer = std::make_unique<SupabasePeer>();
    QVERIFY2(m_peer->waitReady(), "the Supabase peer did not start");
    configure();
}

void TestSupabaseCli::cleanupTestCase()
{
    m_peer.reset();
    m_home.reset();
}

void TestSupabaseCli::configure()
{
    QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"),
                        m_peer->url() })
                 .exitCode,
        0);
    QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.anon_key"),
                        m_peer->anonKey() })
                 .exitCode,
        0);
}

void TestSupabaseCli::loginStatusLogout()
{
#ifdef Q_OS_WIN
    QSKIP("under Wine, account status still says signed in after account logout (the session's refresh "
          "token stays in the Credential Manager): not yet understood, see issue 15");
#endif
    const QString email = QStringLiteral("cli@example.com");
    QVERIFY(!m_peer->signUp(email, kPassword).isEmpty());
    QCOMPARE(statusJson().value(QLatin1String("signed_in")).toBool(), false);

    const Run wrong = runCli(
        { QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email }, "nope\n");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains(QLatin1String("Wrong e-mail address or password")));

    // Nobody listening at the project URL: a network failure (4), not a refusal.
    QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"),
                        QStringLiteral("http://127.0.0.1:9") })
                 .exitCode,
        0);
    const Run unreachable = runCli(
        { QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email }, "x\n");
    QCOMPARE(unreachable.exitCode, 4);
    QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"),
                        m_peer->url() })
                 .exitCode,
        0);

    const Run in
        = runCli({ QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email },
            kPassword.toUtf8() + '\n');
    QVERIFY2(in.exitCode == 0, qPrintable(in.err));
    QVERIFY(in.out.contains(email));
    QVERIFY(!in.out.contains(kPassword) && !in.err.contains(kPassword));

    const QJsonObject status = statusJson();
    QCOMPARE(status.value(QLatin1String("signed_in")).toBool(), true);
    QCOMPARE(status.value(QLatin1String("email")).toString(), email);
    QVERIFY(!status.value(QLatin1String("user_id")).toString().isEmpty());
    QVERIFY(!status.value(QLatin1String("last_synced_at")).isNull());
    // No token of the session is in the settings file or the database (only the public
    // anon key, itself a JWT, is a setting).
    for (const QString &path : { AppPaths::settingsFile(), AppPaths::databaseFile() }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().replace(m_peer->anonKey().toUtf8(), QByteArray()).contains("eyJ"));
    }

#ifndef Q_OS_WIN // a keychain without its D-Bus session; Windows' Credential Manager needs none
    // Without a keychain the status says so instead of claiming "not signed in".
    QProcessEnvironment noBus = QProcessEnvironment::systemEnvironment();
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const Run blind = runCli({ QStringLiteral("account"), QStringLiteral("status") }, QByteArray(), noBus);
    QCOMPARE(blind.exitCode, 1);
    QVERIFY2(blind.err.contains(QLatin1String("keychain")), qPrintable(blind.err));
#endif

    const Run out = runCli({ QStringLiteral("account"), QStringLiteral("logout") });
    QVERIFY2(out.exitCode == 0, qPrintable(out.err));
    QTRY_COMPARE(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/auth/v1/logout"), 204), 1);
    QCOMPARE(statusJson().value(QLatin1String("signed_in")).toBool(), false);
    const Run notIn = runCli({ QStringLiteral("account"), QStringLiteral("sync") });
    QCOMPARE(notIn.exitCode, 3);
    QVERIFY(notIn.err.contains(QLatin1String("Not signed in")));
}

void TestSupabaseCli::compareServerWithLocal(const QString &email)
{
    const auto server = m_peer->rows(m_peer->accessToken(email, kPassword));
    ConnectionStore store;
    QVERIFY(store.open(AppPaths::databaseFile()));
    const QList<Connection> local = store.list();
    QCOMPARE(server.size(), local.size());
    for (const Connection &c : local) {
        const QJsonObject row = server.value(c.integrationType);
        QCOMPARE(row.value(QLatin1String("id")).toString(), c.rowId);
        QCOMPARE(row.value(QLatin1String("status")).toString(), toWireName(c.status));
        QCOMPARE(row.value(QLatin1String("display_name")).toString(), c.displayName);
        QCOMPARE(supabase::fromTimestamp(row.value(QLatin1String("updated_at")).toString()), c.updatedAt);
    }
    QVERIFY(store.pendingChanges().isEmpty());
}

void TestSupabaseCli::killDuringPushLosesAndDuplicatesNothing()
{
    const QString email = QStringLiteral("crash@example.com");
    QVERIFY(!m_peer->signUp(email, kPassword).isEmpty());
    QCOMPARE(runCli({ QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email },
                 kPassword.toUtf8() + '\n')
                 .exitCode,
        0);
    {
        ConnectionStore store;
        QVERIFY(store.open(AppPaths::databaseFile()));
        for (const char *type : { "gmail", "google_calendar", "outlook", "salesforce", "hubspot" }) {
            Connection c;
            c.integrationType = QString::fromLatin1(type);
            c.status = ConnectionStatus::Active;
            c.displayName = QStringLiteral("crash@example.com");
            QVERIFY(store.upsert(c));
        }
        QCOMPARE(store.pendingChanges().size(), 5);
    }

    // The server commits the batch, then holds the answer; the child dies before hearing it.
    QVERIFY(m_peer->command(QStringLiteral("hold on")));
    const int upsertsBefore
        = m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations"));
    const int heldBefore = m_peer->countEvents(QStringLiteral("held"));
    QProcess child;
    child.start(QStringLiteral(ARIA_APP_PATH), { QStringLiteral("account"), QStringLiteral("sync") });
    QVERIFY(m_peer->waitForEvent(QStringLiteral("held"), heldBefore));
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(m_peer->command(QStringLiteral("hold off")));
    QVERIFY(m_peer->command(QStringLiteral("release")));
    {
        ConnectionStore store;
        QVERIFY(store.open(AppPaths::databaseFile()));
        QCOMPARE(store.pendingChanges().size(), 5); // not acknowledged: still queued
    }
    QCOMPARE(m_peer->rows(m_peer->accessToken(email, kPassword)).size(), 5); // but committed

    // Restart: the push is replayed (idempotent) and everything matches exactly.
    const Run again = runCli({ QStringLiteral("account"), QStringLiteral("sync") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    compareServerWithLocal(email);
    // Each push of the 5 rows was one request.
    QTRY_COMPARE(m_peer->countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations")),
        upsertsBefore + 2);

    // A change made after the crash goes through too.
    {
        ConnectionStore store;
        QVERIFY(store.open(AppPaths::databaseFile()));
        QVERIFY(store.setStatus(u"hubspot", ConnectionStatus::Disconnected));
    }
    QCOMPARE(runCli({ QStringLiteral("account"), QStringLiteral("sync") }).exitCode, 0);
    compareServerWithLocal(email);
}

void TestSupabaseCli::killAtRandomMomentsLosesNothing()
{
    // Children killed at random points: while starting, reading the keychain, refreshing
    // the session (the rotated token may not be saved yet: the server's reuse interval
    // covers that, as on Supabase), pushing, merging. The end state must still match.
    const QString email = QStringLiteral("chaos@example.com");
    QVERIFY(!m_peer->signUp(email, kPassword).isEmpty());
    QCOMPARE(runCli({ QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email },
                 kPassword.toUtf8() + '\n')
                 .exitCode,
        0);
    const QStringList types { QStringLiteral("gmail"), QStringLiteral("outlook"), QStringLiteral("hubspot") };
    QRandomGenerator random(20261130);
    int killed = 0;
    for (int round = 0; round < 12; ++round) {
        {
            ConnectionStore store;
            QVERIFY(store.open(AppPaths::databaseFile()));
            const QString type = types.at(round % types.size());
            QVERIFY(
                store.setStatus(type, round % 2 ? ConnectionStatus::Disconnected : ConnectionStatus::Active));
        }
        QProcess child;
        child.start(QStringLiteral(ARIA_APP_PATH), { QStringLiteral("account"), QStringLiteral("sync") });
        QVERIFY(child.waitForStarted());
        if (!child.waitForFinished(int(random.bounded(5, 120)))) {
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            ++killed;
        }
    }
    qInfo("killed %d of 12 sync runs", killed);
    const Run last = runCli({ QStringLiteral("account"), QStringLiteral("sync") });
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    compareServerWithLocal(email);
}

QTEST_GUILESS_MAIN(TestSupabaseCli)
#include "tst_supabasecli.moc"
