// File drills through the real binary: the SQLite file damaged (empty, truncated, one page,
// garbage, a bad page, a newer schema) or left with a WAL by a killed process, and writes that
// fail because the disk is full (RLIMIT_FSIZE in the child, so no root is needed) while saving
// the settings, the provider file or a connection. Expected every time: one clear line on
// standard error, a non-zero exit, the files byte-for-byte as they were, and the next run
// working once the problem is gone. KEYRING: the connect drill reads the Composio key.
#include "composiosim.h"
#include "supabasepeer.h"
#include "drillkit.h"
#include "testhome.h"

#include "common/apppaths.h"
#include "common/settings.h"
#include "store/connectionstore.h"

#include <QElapsedTimer>

#include <sys/wait.h>
#include <unistd.h>

using namespace aria;

namespace {

const QString kApp = QStringLiteral(ARIA_APP_PATH);

drill::Result app(const QStringList &args, qint64 fileSizeLimit = -1, const QByteArray &input = {})
{
    drill::Options o;
    o.timeoutMs = 20000;
    o.env = drill::quietEnvironment();
    o.fileSizeLimit = fileSizeLimit;
    o.input = input;
    return drill::run(kApp, args, o);
}

bool exec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("drill-exec");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Three rows in three states, written by the app's own store and checkpointed (no WAL left).
void makeProfileDatabase()
{
    ConnectionStore store;
    QVERIFY2(store.open(AppPaths::databaseFile()), qPrintable(store.errorString()));
    const std::pair<const char *, ConnectionStatus> rows[] = { { "gmail", ConnectionStatus::Active },
        { "outlook", ConnectionStatus::Expired }, { "hubspot", ConnectionStatus::Disconnected } };
    for (const auto &[type, status] : rows) {
        Connection c;
        c.integrationType = QString::fromLatin1(type);
        c.status = status;
        c.displayName = QStringLiteral("drill@example.com");
        QVERIFY(store.upsert(c));
    }
}

QStringList backupsOf(const QString &db)
{
    const QFileInfo info(db);
    return info.dir().entryList({ info.fileName() + QLatin1String(".backup-*") }, QDir::Files, QDir::Name);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestFileDrills : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void damagedDatabaseIsRefusedAndKept_data();
    void damagedDatabaseIsRefusedAndKept();
    void walLeftByAKilledProcessIsRecovered_data();
    void walLeftByAKilledProcessIsRecovered();

    void fullDiskAtStartIsAClearError();
    void fullDiskWhileSavingSettings();
    void fullDiskWhileSavingAProvider();
    void fullDiskWhileStoringAConnection();
    void fullDiskWhileSigningInToSupabase();

private:
    ComposioSim m_sim;
    std::unique_ptr<TestHome> m_home;
};

void TestFileDrills::initTestCase()
{
    QVERIFY2(m_sim.start(), "cannot start the Composio simulator");
}

void TestFileDrills::init()
{
    m_sim.reset();
    m_sim.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    m_home = std::make_unique<TestHome>();
    qputenv("ARIA_COMPOSIO_BASE_URL", m_sim.apiBase().toString().toUtf8());
    qputenv("ARIA_BROWSER", "node " ARIA_SOURCE_DIR "/tests/peers/composio/browser.js");
    QCOMPARE(app({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("connect.timeout"),
                     QStringLiteral("30") })
                 .exitCode,
        0);
    makeProfileDatabase();
}

void TestFileDrills::cleanup()
{
    app({ QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    m_home.reset();
}

void TestFileDrills::damagedDatabaseIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("advice"); // the "what to do" part of the line
    const QString moveAside = QStringLiteral("move it aside");
    QTest::newRow("0 bytes") << "empty" << moveAside;
    QTest::newRow("half") << "half" << moveAside;
    QTest::newRow("one page") << "page" << moveAside;
    QTest::newRow("garbage") << "garbage" << moveAside;
    QTest::newRow("a bad page") << "badpage" << moveAside;
    QTest::newRow("newer schema") << "newer" << QStringLiteral("Update the app");
}

void TestFileDrills::damagedDatabaseIsRefusedAndKept()
{
    QFETCH(QString, damage);
    QFETCH(QString, advice);
    const QString db = AppPaths::databaseFile();
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY2(size >= 3 * 4096, qPrintable(QString::number(size)));
        if (damage == u"empty")
            QVERIFY(f.resize(0));
        else if (damage == u"half")
            QVERIFY(f.resize(size / 2));
        else if (damage == u"page")
            QVERIFY(f.resize(4096));
        else if (damage == u"garbage")
            QVERIFY(f.write(QByteArray("no tables here, only a shopping list\n").repeated(int(size / 37))) > 0);
        else if (damage == u"badpage")
            QVERIFY(f.seek(2 * 4096) && f.write(QByteArray(4096, '\xA5')) == 4096);
    }
    if (damage == u"newer")
        QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = 99")));
    QVERIFY(!QFileInfo::exists(db + QLatin1String("-wal")));
    const QByteArray before = drill::sha256(db);

    // The command line: one line saying what, where and what to do; exit 1; nothing touched.
    const drill::Result r = app({ QStringLiteral("list") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    const QString line = r.errLines().first();
    QVERIFY2(line.contains(db), qPrintable(line));
    QVERIFY2(line.contains(advice), qPrintable(line));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(drill::sha256(db), before);
    QStringList backups = backupsOf(db);
    QCOMPARE(backups.size(), 1);
    const QString backup = QFileInfo(db).dir().filePath(backups.first());
    QVERIFY2(line.contains(backup), qPrintable(line));
    QCOMPARE(drill::sha256(backup), before);
    qInfo("%s: %lld bytes refused: %s", qPrintable(damage), QFileInfo(db).size(), qPrintable(line));

    // Again, and a command that would go online: same answer, no second copy, no request.
    const drill::Result again = app({ QStringLiteral("sync") });
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines(), r.errLines());
    QCOMPARE(backupsOf(db), backups);
    QVERIFY(m_sim.log().isEmpty());

    // The window opens and shows the problem instead of crashing (offscreen; it quits after
    // its first frame, before any network work).
    const drill::Result gui = app({ QStringLiteral("--quit-after-first-paint") });
    QVERIFY2(!gui.crashed && gui.exitCode == 0, qPrintable(gui.describe()));
    QVERIFY2(gui.err.contains(db), qPrintable(gui.err));
    QCOMPARE(drill::sha256(db), before);
    QCOMPARE(drill::sha256(backup), before);

    // Moving it aside, as the line says, starts over.
    QVERIFY(QFile::rename(db, db + QLatin1String(".moved")));
    const drill::Result fresh = app({ QStringLiteral("list") });
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.describe()));
    QCOMPARE(drill::sha256(db + QLatin1String(".moved")), before);
}

void TestFileDrills::walLeftByAKilledProcessIsRecovered_data()
{
    QTest::addColumn<bool>("garbageShm");
    QTest::newRow("as the killed process left it") << false;
    QTest::newRow("with a garbage -shm") << true;
}

void TestFileDrills::walLeftByAKilledProcessIsRecovered()
{
    QFETCH(bool, garbageShm);
    const QString db = AppPaths::databaseFile();
    // A child commits a change through the store, then dies by SIGKILL with the database
    // open: the change is only in the WAL, and -wal and -shm stay behind.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ConnectionStore store;
        if (store.open(db) && store.setStatus(u"salesforce", ConnectionStatus::Active))
            ::kill(::getpid(), SIGKILL);
        ::_exit(3);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the writer did not die by SIGKILL");
    QVERIFY(QFileInfo(db + QLatin1String("-wal")).size() > 0);
    QVERIFY(QFileInfo::exists(db + QLatin1String("-shm")));
    if (garbageShm) {
        QFile shm(db + QLatin1String("-shm"));
        QVERIFY(shm.open(QIODevice::ReadWrite));
        QVERIFY(shm.write(QByteArray(int(shm.size()), '\x5A')) > 0);
    }
    const qint64 walSize = QFileInfo(db + QLatin1String("-wal")).size();

    const drill::Result r = app({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QStringList seen;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("status")).toString() != u"not_connected")
            seen << o.value(QLatin1String("id")).toString() + QLatin1Char('=') + o.value(QLatin1String("status")).toString();
    }
    seen.sort();
    QCOMPARE(seen,
        QStringList({ QStringLiteral("gmail=active"), QStringLiteral("hubspot=disconnected"),
            QStringLiteral("outlook=expired"), QStringLiteral("salesforce=active") }));
    QVERIFY(backupsOf(db).isEmpty());
    drill::Peek peek(db);
    QCOMPARE(peek.integrity(), QStringLiteral("ok"));
    QCOMPARE(peek.column(QStringLiteral("SELECT count(*) FROM outbox")).value(0), QStringLiteral("4"));
    qInfo("recovered a %lld-byte WAL left by SIGKILL", walSize);
}

void TestFileDrills::fullDiskAtStartIsAClearError()
{
    // Not even the WAL index can be created: the database cannot be opened at all.
    const QString db = AppPaths::databaseFile();
    const QByteArray before = drill::sha256(db);
    const drill::Result r = app({ QStringLiteral("list") }, 0);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("free disk space")), qPrintable(r.err));
    QVERIFY(backupsOf(db).isEmpty()); // not mistaken for a damaged file
    QCOMPARE(drill::sha256(db), before);
    {
        drill::Peek peek(db);
        QCOMPARE(peek.integrity(), QStringLiteral("ok"));
    }
    const drill::Result next = app({ QStringLiteral("list") });
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QVERIFY(next.out.contains(QLatin1String("expired")));
}

void TestFileDrills::fullDiskWhileSavingSettings()
{
    // Another process (the window, here the test) has the database open: opening works, and
    // the first write that fails is the settings file's.
    drill::Peek holder(AppPaths::databaseFile());
    const QString ini = AppPaths::settingsFile();
    const QByteArray before = drill::sha256(ini);
    const QStringList filesBefore = filesIn(AppPaths::configDir());
    const drill::Result r = app(
        { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("connect.timeout"), QStringLiteral("45") },
        0);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(ini), qPrintable(r.err));
    QCOMPARE(drill::sha256(ini), before);
    QCOMPARE(filesIn(AppPaths::configDir()), filesBefore); // no temporary file left behind

    const drill::Result next = app(
        { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("connect.timeout"), QStringLiteral("45") });
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QCOMPARE(app({ QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("connect.timeout") }).out.trimmed(),
        QStringLiteral("45"));
}

void TestFileDrills::fullDiskWhileSavingAProvider()
{
    const auto add = [](const QString &id, qint64 limit) {
        return app({ QStringLiteral("provider"), QStringLiteral("add"), id, QStringLiteral("--authorize"),
                       QStringLiteral("https://%1.example/authorize").arg(id), QStringLiteral("--token"),
                       QStringLiteral("https://%1.example/token").arg(id), QStringLiteral("--client-id"),
                       QStringLiteral("client-%1").arg(id), QStringLiteral("--scopes"), QStringLiteral("read") },
            limit);
    };
    const drill::Result first = add(QStringLiteral("acme"), -1);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    drill::Peek holder(AppPaths::databaseFile());
    const QString file = AppPaths::configDir() + QLatin1String("/providers.json");
    const QByteArray providersBefore = drill::sha256(file);
    const QByteArray settingsBefore = drill::sha256(AppPaths::settingsFile());
    const QStringList filesBefore = filesIn(AppPaths::configDir());

    const drill::Result r = add(QStringLiteral("beta"), 0);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QCOMPARE(drill::sha256(file), providersBefore);
    QCOMPARE(drill::sha256(AppPaths::settingsFile()), settingsBefore);
    QCOMPARE(filesIn(AppPaths::configDir()), filesBefore);
    QVERIFY(QJsonDocument::fromJson([&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }()).isObject());

    const drill::Result next = add(QStringLiteral("beta"), -1);
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    const drill::Result list = app({ QStringLiteral("provider"), QStringLiteral("list") });
    QVERIFY(list.out.contains(QLatin1String("acme")) && list.out.contains(QLatin1String("beta")));
}

void TestFileDrills::fullDiskWhileStoringAConnection()
{
    QCOMPARE(app({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("composio-api-key") }, -1,
                 QByteArray(ComposioSim::kApiKey) + '\n')
                 .exitCode,
        0);
    const QString db = AppPaths::databaseFile();
    QStringList rowsBefore;
    {
        drill::Peek holder(db);
        rowsBefore = holder.statuses();
        // The connect's first write (the "Connecting" row and its outbox entry) fails: the
        // user is told at once, before being sent to a browser for nothing.
        const drill::Result r = app({ QStringLiteral("connect"), QStringLiteral("salesforce") }, 0);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("salesforce")) && r.err.contains(QLatin1String("free disk space")),
            qPrintable(r.err));
        QVERIFY(!m_sim.log().contains(QStringLiteral("POST /connected_accounts/link")));
        QCOMPARE(holder.statuses(), rowsBefore);
        QCOMPARE(holder.integrity(), QStringLiteral("ok"));

        // A sync whose write fails (adopting an account made on another device) says so.
        m_sim.seedAccount({ { QStringLiteral("toolkit"), QStringLiteral("gmail") },
            { QStringLiteral("user_id"), Settings().localUserId() } });
        const drill::Result sync = app({ QStringLiteral("sync") }, 0);
        QVERIFY2(sync.exitCode != 0, qPrintable(sync.describe()));
        QVERIFY2(sync.err.contains(QLatin1String("free disk space")), qPrintable(sync.err));
        QCOMPARE(holder.statuses(), rowsBefore);
        QCOMPARE(holder.integrity(), QStringLiteral("ok"));
        QCOMPARE(holder.column(QStringLiteral("SELECT count(*) FROM outbox")).value(0), QStringLiteral("3"));
    }
    // Space is back: the same connect goes through.
    QElapsedTimer timer;
    timer.start();
    const drill::Result ok = app({ QStringLiteral("connect"), QStringLiteral("salesforce") });
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    qInfo("connect after the full disk: %lld ms", timer.elapsed());
    const drill::Result sync = app({ QStringLiteral("sync") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    drill::Peek after(db);
    QVERIFY(after.statuses().contains(QStringLiteral("salesforce=active")));
    QCOMPARE(after.column(QStringLiteral("SELECT composio_connection_id <> '' FROM connections WHERE integration_type='gmail'")),
        QStringList { QStringLiteral("1") });
    QCOMPARE(after.integrity(), QStringLiteral("ok"));
}

void TestFileDrills::fullDiskWhileSigningInToSupabase()
{
    SupabasePeer peer;
    QVERIFY2(peer.waitReady(), "cannot start the Supabase peer");
    const QString email = QStringLiteral("full-disk@example.com");
    const QByteArray password = "full disk, full heart";
    QVERIFY(!peer.signUp(email, QString::fromLatin1(password)).isEmpty());
    QCOMPARE(app({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.url"), peer.url() }).exitCode, 0);
    QCOMPARE(app({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("supabase.anon_key"), peer.anonKey() }).exitCode, 0);
    const QString db = AppPaths::databaseFile();
    {
        drill::Peek holder(db);
        const QStringList before = holder.statuses();
        const QByteArray settingsBefore = drill::sha256(AppPaths::settingsFile());
        // The session goes to the keychain (another process, not limited); the first sync's
        // writes (adopting the rows for this account) fail and are reported.
        const drill::Result r = app(
            { QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email }, 0, password + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("first sync failed")) && r.err.contains(QLatin1String("free disk space")),
            qPrintable(r.err));
        QCOMPARE(holder.statuses(), before);
        QCOMPARE(holder.integrity(), QStringLiteral("ok"));
        QCOMPARE(drill::sha256(AppPaths::settingsFile()), settingsBefore);
        QCOMPARE(peer.rows(peer.accessToken(email, QString::fromLatin1(password))).size(), 0);
    }
    // Space is back: the saved session still works and the sync catches up.
    const drill::Result sync = app({ QStringLiteral("account"), QStringLiteral("sync") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    QCOMPARE(peer.rows(peer.accessToken(email, QString::fromLatin1(password))).size(), 3);
    drill::Peek after(db);
    QCOMPARE(after.column(QStringLiteral("SELECT count(*) FROM outbox")).value(0), QStringLiteral("0"));
    QCOMPARE(app({ QStringLiteral("account"), QStringLiteral("logout") }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestFileDrills)
#include "tst_filedrills.moc"
