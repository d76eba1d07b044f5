// Drives the real aria-integrations binary the way a person would, in a throwaway HOME.
#include "processrun.h"
#include "store/connectionstore.h"
#include "testhome.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using Run = ProcessRun;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }
    void version();
    void helpListsCommands();
    void listJsonOnAFreshProfile();
    void listTextAndStatus();
    void listsEveryConnection();
    void configSetGet();
    void configRejectsBadInput_data();
    void configRejectsBadInput();
    void configAutostartWritesTheEntry();
    void configAutostartFailureIsReported();
    void unknownCommandIsUsage();
    void noDisplayIsOneLineAndNonZero();
    void corruptDatabaseIsReportedAndKept();
    void filesArePrivate();
    void looseModesAreTightened();
    void filesStayPrivateWhileTheWindowRuns();
    void missingNetworkModuleIsExplained_data();
    void missingNetworkModuleIsExplained();
    void windowWithoutNetworkModuleSaysWhy();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestCli::version()
{
    const Run r = runApp({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("aria-integrations ")));
    QVERIFY(r.out.contains(QLatin1String(ARIA_VERSION)));
}

void TestCli::helpListsCommands()
{
    const Run r = runApp({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"list", "status", "config", "--quit-after-first-paint"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
}

void TestCli::listJsonOnAFreshProfile()
{
    const Run r = runApp({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 5);
    QStringList ids;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ids << o.value(u"id").toString();
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("not_connected"));
        QVERIFY(o.value(u"last_sync_at").isNull());
        QVERIFY(o.contains(u"display_name"));
        QVERIFY(o.contains(u"error_message"));
        QCOMPARE(o.value(u"sync_status").toString(), QStringLiteral("success"));
        QCOMPARE(o.value(u"mode").toString(), QStringLiteral("composio"));
        QVERIFY(!o.value(u"name").toString().isEmpty());
    }
    QCOMPARE(ids, QStringList({QStringLiteral("google_calendar"), QStringLiteral("gmail"), QStringLiteral("outlook"),
                               QStringLiteral("salesforce"), QStringLiteral("hubspot")}));
    // The database landed in the XDG data dir of this HOME.
    QVERIFY(QFile::exists(m_home->path() + QLatin1String("/.local/share/aria-integrations/integrations.sqlite")));
}

void TestCli::listTextAndStatus()
{
    Run r = runApp({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    QVERIFY(r.out.contains(QLatin1String("Google Calendar")));
    r = runApp({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"connected").toInt(-1), 0);
    QVERIFY(o.value(u"needs_attention").toArray().isEmpty());
}

void TestCli::listsEveryConnection()
{
    {
        // Two Gmail accounts, as a sync from another desktop leaves them.
        aria::ConnectionStore store;
        QVERIFY(store.open(m_home->path() + QLatin1String("/.local/share/aria-integrations/integrations.sqlite")));
        for (const char *account : {"work@example.com", "me@example.com"}) {
            aria::Connection c;
            c.integrationType = QStringLiteral("gmail");
            c.connectionId = store.nextConnectionId(c.integrationType);
            c.status = aria::ConnectionStatus::Active;
            c.displayName = QLatin1String(account);
            QVERIFY(store.upsert(c));
        }
    }
    Run r = runApp({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 6);  // one row per connection; one per integration without any
    QStringList ids, integrations, accounts;
    for (const QJsonValue &v : array) {
        ids << v[u"id"].toString();
        integrations << v[u"integration"].toString();
        accounts << v[u"display_name"].toString();
    }
    QCOMPARE(ids, QStringList({QStringLiteral("google_calendar"), QStringLiteral("gmail"), QStringLiteral("gmail-2"),
                               QStringLiteral("outlook"), QStringLiteral("salesforce"), QStringLiteral("hubspot")}));
    QCOMPARE(integrations.mid(1, 2), QStringList({QStringLiteral("gmail"), QStringLiteral("gmail")}));
    QCOMPARE(accounts.mid(1, 2), QStringList({QStringLiteral("work@example.com"), QStringLiteral("me@example.com")}));
    QCOMPARE(integrations.first(), QStringLiteral("google_calendar"));

    r = runApp({QStringLiteral("list")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 6);
    QVERIFY(r.out.contains(QLatin1String("gmail-2 ")));
    r = runApp({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"connected").toInt(-1), 2);

    // Connecting a connected integration again is refused with a hint, before any network.
    r = runApp({QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--print-url")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("already connected (work@example.com)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("disconnect gmail")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::configSetGet()
{
    Run r = runApp({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("composio.base_url"),
                    QStringLiteral("http://127.0.0.1:1/api/v3.1")});
    QCOMPARE(r.exitCode, 0);
    r = runApp({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("composio.base_url")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("http://127.0.0.1:1/api/v3.1"));
    r = runApp({QStringLiteral("config"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("hubspot.mode=composio")));
}

void TestCli::configRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown key") << QStringList{QStringLiteral("set"), QStringLiteral("nope"), QStringLiteral("1")};
    QTest::newRow("bad url") << QStringList{QStringLiteral("set"), QStringLiteral("supabase.url"), QStringLiteral("not a url")};
    QTest::newRow("plain http off loopback") << QStringList{QStringLiteral("set"), QStringLiteral("composio.base_url"),
                                                            QStringLiteral("http://proxy.example/api/v3.1")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("set"), QStringLiteral("ui.theme")};
    QTest::newRow("bad verb") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("get unknown") << QStringList{QStringLiteral("get"), QStringLiteral("x.y.z")};
}

void TestCli::configRejectsBadInput()
{
    QFETCH(QStringList, args);
    const Run r = runApp(QStringList{QStringLiteral("config")} + args);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
}

// `config set ui.autostart` writes the login entry (the command applies it; Settings::set does
// not), and `config unset` takes it away again.
void TestCli::configAutostartWritesTheEntry()
{
    const QString entry = m_home->path() + QLatin1String("/.config/autostart/aria-integrations.desktop");
    QCOMPARE(runApp({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.autostart"), QStringLiteral("true")}).exitCode, 0);
    QVERIFY(QFile::exists(entry));
    QCOMPARE(runApp({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.theme"), QStringLiteral("dark")}).exitCode, 0);
    QVERIFY(QFile::exists(entry));
    QCOMPARE(runApp({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("ui.autostart")}).exitCode, 0);
    QVERIFY(!QFile::exists(entry));
}

// The entry's folder cannot be made (a file is in the way): the command says so and fails.
void TestCli::configAutostartFailureIsReported()
{
    QVERIFY(QDir().mkpath(m_home->path() + QLatin1String("/.config")));
    QFile blocker(m_home->path() + QLatin1String("/.config/autostart"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run r = runApp({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.autostart"), QStringLiteral("true")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot create the folder")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::unknownCommandIsUsage()
{
    const Run r = runApp({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("frobnicate")));
}

void TestCli::noDisplayIsOneLineAndNonZero()
{
    for (const char *display : {"", ":97"}) {  // none at all, and one that does not answer
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("DISPLAY"));
        if (*display)
            env.insert(QStringLiteral("DISPLAY"), QLatin1String(display));
        ProcessOptions options;
        options.env = env;
        const Run r = runApp({}, options);
        QVERIFY(r.finished);  // no abort, no core dump
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QLatin1String("display")), qPrintable(r.err));
    }
}

void TestCli::corruptDatabaseIsReportedAndKept()
{
    const QString dir = m_home->path() + QLatin1String("/.local/share/aria-integrations");
    QVERIFY(QDir().mkpath(dir));
    QFile f(dir + QLatin1String("/integrations.sqlite"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray junk = QByteArray("definitely not sqlite ").repeated(100);
    f.write(junk);
    f.close();
    const Run r = runApp({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a readable SQLite file")), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk);
    const QStringList backups = QDir(dir).entryList({QStringLiteral("integrations.sqlite.backup-*")});
    QCOMPARE(backups.size(), 1);
}

namespace {

const auto kOwnerOnlyMask = ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);

// Every folder 0700 and every file 0600 under the app's data and config folders (the database
// with its -wal/-shm companions and backups, the settings and anything added later); nothing
// there is open to group or others.
void verifyPrivateTree(const QString &home)
{
    const QStringList roots{home + QLatin1String("/.local/share/aria-integrations"),
                            home + QLatin1String("/.config/aria-integrations")};
    int files = 0;
    for (const QString &root : roots) {
        QCOMPARE(QFile::permissions(root) & kOwnerOnlyMask,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const auto mode = info.permissions() & kOwnerOnlyMask;
            const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
            QVERIFY2(!(mode & others), qPrintable(info.filePath()));  // nothing for group or others
            if (info.isDir())
                QVERIFY2(mode == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner), qPrintable(info.filePath()));
            else if (info.isFile())  // sockets (the single-instance one without XDG_RUNTIME_DIR) need only be private
                QVERIFY2(mode == (QFileDevice::ReadOwner | QFileDevice::WriteOwner), qPrintable(info.filePath()));
            files += info.isFile();
        }
    }
    QVERIFY(files >= 2);  // at least the database and the settings
}

}  // namespace

void TestCli::filesArePrivate()
{
    QCOMPARE(runApp({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.theme"), QStringLiteral("dark")}).exitCode, 0);
    QCOMPARE(runApp({QStringLiteral("list")}).exitCode, 0);
    const QString data = m_home->path() + QLatin1String("/.local/share/aria-integrations");
    const QString config = m_home->path() + QLatin1String("/.config/aria-integrations");
    QVERIFY(QFile::exists(data + QLatin1String("/integrations.sqlite")));
    QVERIFY(QFile::exists(config + QLatin1String("/settings.ini")));
    verifyPrivateTree(m_home->path());
}

void TestCli::looseModesAreTightened()
{
    // Files from an older build, a restored backup or a copy made with a permissive umask.
    QCOMPARE(runApp({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.theme"), QStringLiteral("dark")}).exitCode, 0);
    QCOMPARE(runApp({QStringLiteral("list")}).exitCode, 0);
    const QString data = m_home->path() + QLatin1String("/.local/share/aria-integrations");
    const QString config = m_home->path() + QLatin1String("/.config/aria-integrations");
    const auto loose = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto looseDir = loose | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(data + QLatin1String("/integrations.sqlite"), loose));
    QVERIFY(QFile::setPermissions(config + QLatin1String("/settings.ini"), loose));
    QVERIFY(QFile::setPermissions(data, looseDir));
    QVERIFY(QFile::setPermissions(config, looseDir));

    QCOMPARE(runApp({QStringLiteral("status")}).exitCode, 0);
    verifyPrivateTree(m_home->path());
}

void TestCli::filesStayPrivateWhileTheWindowRuns()
{
    // While the window runs, SQLite keeps its -wal and -shm files next to the database.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ARIA_APP_PATH), QStringList());
    QVERIFY(app.waitForStarted());
    const QString wal = m_home->path() + QLatin1String("/.local/share/aria-integrations/integrations.sqlite-wal");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(wal), 20000);
    verifyPrivateTree(m_home->path());
    app.terminate();
    if (!app.waitForFinished(5000)) {
        app.kill();
        app.waitForFinished();
    }
}

// The binary without its network module (a broken install): the command line says what is
// missing and where it looked, exits 1 and writes nothing; the window shows the same problem
// and still opens (--version needs no module at all).
void TestCli::missingNetworkModuleIsExplained_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("list") << QStringList { QStringLiteral("list") } << 1;
    QTest::newRow("help still lists options") << QStringList { QStringLiteral("--help") } << 0;
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0;
}

void TestCli::missingNetworkModuleIsExplained()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir lonely;
    const QString binary = lonely.filePath(QStringLiteral("aria-integrations"));
    QVERIFY(QFile::copy(QStringLiteral(ARIA_APP_PATH), binary));
    const Run r = runProcess(binary, args);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, exitCode);
    if (args.first() == u"--version")
        return;
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(QLatin1String("cannot find its network module")), qPrintable(said));
    QVERIFY2(said.contains(lonely.filePath(QStringLiteral("aria-services.so"))), qPrintable(said));
    if (exitCode != 0)
        QVERIFY(!QFile::exists(m_home->path() + QLatin1String("/.local/share/aria-integrations/integrations.sqlite")));
}

// The window still opens (its first frame needs no module) and then says what is missing.
void TestCli::windowWithoutNetworkModuleSaysWhy()
{
    QTemporaryDir lonely;
    const QString binary = lonely.filePath(QStringLiteral("aria-integrations"));
    QVERIFY(QFile::copy(QStringLiteral(ARIA_APP_PATH), binary));
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.start(binary, {});
    QVERIFY(window.waitForStarted(10000));
    QString err;
    QTRY_VERIFY2_WITH_TIMEOUT((err += QString::fromUtf8(window.readAllStandardError()))
                                  .contains(QLatin1String("cannot find its network module")),
        qPrintable(err), 20000);
    QCOMPARE(window.state(), QProcess::Running); // a window with the problem shown, not a crash
    window.terminate();
    QVERIFY(window.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
