#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace aria;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    return q.exec(sql);
}

// A v2 database with one row, closed again.
void makeDatabase(const QString &path, int rows = 1)
{
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    for (int i = 0; i < rows; ++i) {
        QVERIFY(exec(db, QStringLiteral("INSERT INTO connections (connection_id, integration_type, id, created_at, "
                                        "updated_at, display_name) VALUES ('t%1', 't%1', 'id%1', 1, 1, '%2')")
                              .arg(i)
                              .arg(QString(200, QLatin1Char('x')))));
    }
}

}  // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void freshFileGetsLatestSchema();
    void walAndForeignKeysAreOn();
    void upgradeKeepsData();
    void upgradeMarksSyncedRowsAsOnServer();
    void upgradeGivesEachRowItsOwnKey();
    void failedMigrationRollsBack();
    void newerVersionIsRefusedAndKept();
    void corruptFileIsRefusedAndKept_data();
    void corruptFileIsRefusedAndKept();
    void emptyFileIsRefusedNotStartedOver();
    void oneBackupPerContent();
    void filesArePrivate();
    void unwritableFolderIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("data/db.sqlite")); }
};

void TestDatabase::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestDatabase::freshFileGetsLatestSchema()
{
    Database db;
    QVERIFY2(db.open(path()), qPrintable(db.errorString()));
    QCOMPARE(db.error(), DatabaseError::None);
    QCOMPARE(db.userVersion(), Database::schema().constLast().version);
    for (const char *table : {"connections", "outbox", "sync_state"}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                .arg(QLatin1String(table)))
                     .toInt(),
                 1);
    }
}

void TestDatabase::walAndForeignKeysAreOn()
{
    Database db;
    QVERIFY(db.open(path()));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // An outbox entry for a row that does not exist violates the foreign key.
    QSqlQuery q(db.handle());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (connection_id, local_version, queued_at) VALUES ('nope', 1, 1)")));
    QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));

    // WAL persists: a second connection sees it without setting it.
    Database second;
    QVERIFY(second.open(path()));
    QCOMPARE(scalar(second, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(second, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestDatabase::upgradeKeepsData()
{
    const QList<Migration> v1Only = Database::schema().mid(0, 1);
    {
        Database db;
        QVERIFY(db.open(path(), v1Only));
        QCOMPARE(db.userVersion(), 1);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO connections (integration_type, id, display_name, status, "
                                        "created_at, updated_at) VALUES ('gmail', 'r1', 'a@b.com', 'active', 5, 6)")));
    }
    Database db;
    QVERIFY2(db.open(path()), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), Database::schema().constLast().version);
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(QStringLiteral("SELECT display_name, status, local_version, updated_at FROM connections WHERE integration_type='gmail'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("a@b.com"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("active"));
    QCOMPARE(q.value(2).toInt(), 0);
    QCOMPARE(q.value(3).toInt(), 6);
}

void TestDatabase::upgradeMarksSyncedRowsAsOnServer()
{
    // Before schema 3, a row that had been synced is one with no outbox entry under a signed-in
    // account; a queued row may never have reached the server.
    {
        Database db;
        QVERIFY(db.open(path(), Database::schema().mid(0, 2)));
        for (const char *type : {"gmail", "slack"}) {
            QVERIFY(exec(db, QStringLiteral("INSERT INTO connections (integration_type, id, created_at, updated_at) "
                                            "VALUES ('%1', '%1-id', 5, 6)")
                                 .arg(QLatin1String(type))));
        }
        QVERIFY(exec(db, QStringLiteral("INSERT INTO outbox VALUES ('slack', 1, 7, 0)")));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO sync_state VALUES ('account', 'user-1')")));
    }
    Database db;
    QVERIFY2(db.open(path()), qPrintable(db.errorString()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT on_server FROM connections WHERE integration_type='gmail'")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT on_server FROM connections WHERE integration_type='slack'")).toInt(), 0);
}

void TestDatabase::upgradeGivesEachRowItsOwnKey()
{
    // A schema-3 file as the previous release wrote it: one row per integration, keyed by the
    // integration, one of them queued for upload.
    {
        Database db;
        QVERIFY(db.open(path(), Database::schema().mid(0, 3)));
        QCOMPARE(db.userVersion(), 3);
        for (const char *type : {"gmail", "hubspot"}) {
            QVERIFY(exec(db, QStringLiteral("INSERT INTO connections (integration_type, id, display_name, status, "
                                            "created_at, updated_at, local_version, on_server) "
                                            "VALUES ('%1', '%1-id', 'me@%1', 'active', 5, 6, 3, 1)")
                                 .arg(QLatin1String(type))));
        }
        QVERIFY(exec(db, QStringLiteral("INSERT INTO outbox VALUES ('hubspot', 3, 7, 2)")));
    }
    Database db;
    QVERIFY2(db.open(path()), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), Database::schema().constLast().version);
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(QStringLiteral("SELECT connection_id, integration_type, id, display_name, status, local_version, "
                                  "on_server, updated_at FROM connections ORDER BY connection_id")));
    for (const char *type : {"gmail", "hubspot"}) {
        const QString t = QLatin1String(type);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), t);  // the first connection keeps the integration's id
        QCOMPARE(q.value(1).toString(), t);
        QCOMPARE(q.value(2).toString(), t + QLatin1String("-id"));
        QCOMPARE(q.value(3).toString(), QLatin1String("me@") + t);
        QCOMPARE(q.value(4).toString(), QStringLiteral("active"));
        QCOMPARE(q.value(5).toInt(), 3);
        QCOMPARE(q.value(6).toInt(), 1);
        QCOMPARE(q.value(7).toInt(), 6);
    }
    QVERIFY(!q.next());
    // The queued change stays queued, now under the connection's key.
    QVERIFY(q.exec(QStringLiteral("SELECT connection_id, local_version, queued_at, attempts FROM outbox")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("hubspot"));
    QCOMPARE(q.value(1).toInt(), 3);
    QCOMPARE(q.value(2).toInt(), 7);
    QCOMPARE(q.value(3).toInt(), 2);
    QVERIFY(!q.next());
    // A second Gmail now fits next to the first; the outbox still follows its row.
    QVERIFY(exec(db, QStringLiteral("INSERT INTO connections (connection_id, integration_type, id, created_at, updated_at) "
                                    "VALUES ('gmail-2', 'gmail', 'other-id', 8, 8)")));
    QVERIFY(!exec(db, QStringLiteral("INSERT INTO outbox VALUES ('nope', 1, 1, 0)")));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM connections WHERE connection_id = 'hubspot'")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v3' OR name LIKE '%_v4'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestDatabase::failedMigrationRollsBack()
{
    makeDatabase(path());
    QList<Migration> broken = Database::schema();
    const int current = broken.constLast().version;
    broken.append({current + 1, {QStringLiteral("CREATE TABLE half_done (a)"), QStringLiteral("THIS IS NOT SQL")}});
    Database db;
    QVERIFY(!db.open(path(), broken));
    QCOMPARE(db.error(), DatabaseError::Migration);
    QVERIFY(db.errorString().contains(QStringLiteral("schema %1").arg(current + 1)));

    Database check;
    QVERIFY(check.open(path()));
    QCOMPARE(check.userVersion(), current);
    QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='half_done'")).toInt(), 0);
    QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM connections")).toInt(), 1);
}

void TestDatabase::newerVersionIsRefusedAndKept()
{
    makeDatabase(path());
    {
        Database db;
        QVERIFY(db.open(path()));
        QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path());
    Database db;
    QVERIFY(!db.open(path()));
    QCOMPARE(db.error(), DatabaseError::NewerVersion);
    QVERIFY(db.errorString().contains(QLatin1String("newer version")));
    QVERIFY(db.errorString().contains(QLatin1String("99")));
    QCOMPARE(fileHash(path()), before);
    QVERIFY(!db.backupPath().isEmpty());
    QCOMPARE(fileHash(db.backupPath()), before);
    QVERIFY(db.errorString().contains(db.backupPath()));
}

void TestDatabase::corruptFileIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("overwritten pages") << "pages";
}

void TestDatabase::corruptFileIsRefusedAndKept()
{
    QFETCH(QString, damage);
    QDir().mkpath(m_dir->filePath(QStringLiteral("data")));
    if (damage == u"garbage") {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, it is a shopping list\n").repeated(200));
    } else {
        makeDatabase(path(), 400);
        {
            Database db;  // fold the WAL into the main file
            QVERIFY(db.open(path()));
            QVERIFY(exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16384);
        if (damage == u"truncated") {
            QVERIFY(f.resize(size / 2));
        } else {
            QVERIFY(f.seek(4096 + 100));
            f.write(QByteArray(8192, '\xA5'));
        }
    }
    const QByteArray before = fileHash(path());
    Database db;
    QVERIFY(!db.open(path()));
    QCOMPARE(db.error(), DatabaseError::Corrupt);
    QVERIFY2(db.errorString().contains(path()), qPrintable(db.errorString()));
    QCOMPARE(fileHash(path()), before);  // never wiped or "repaired"
    QVERIFY(!db.backupPath().isEmpty());
    QCOMPARE(fileHash(db.backupPath()), before);
}

void TestDatabase::emptyFileIsRefusedNotStartedOver()
{
    // SQLite would open an empty file as a new database; ours never is one (a truncated file).
    QDir().mkpath(m_dir->filePath(QStringLiteral("data")));
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    Database db;
    QVERIFY(!db.open(path()));
    QCOMPARE(db.error(), DatabaseError::Corrupt);
    QVERIFY2(db.errorString().contains(QLatin1String("move it aside")), qPrintable(db.errorString()));
    QCOMPARE(QFileInfo(path()).size(), 0);
    QVERIFY(!QFileInfo::exists(path() + QLatin1String("-wal")));
}

void TestDatabase::oneBackupPerContent()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("data")));
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not sqlite at all\n").repeated(300));
    f.close();
    QString first;
    for (int i = 0; i < 3; ++i) {
        Database db;
        QVERIFY(!db.open(path()));
        if (i == 0)
            first = db.backupPath();
        QCOMPARE(db.backupPath(), first); // the same copy, not a new one per attempt
    }
    QVERIFY(f.open(QIODevice::Append));
    f.write("changed");
    f.close();
    Database db;
    QVERIFY(!db.open(path()));
    QVERIFY(db.backupPath() != first); // different content, its own copy
    QCOMPARE(fileHash(db.backupPath()), fileHash(path()));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("data"))).entryList({QStringLiteral("db.sqlite.backup-*")}).size(), 2);
}

void TestDatabase::filesArePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes; on Windows the profile is private by the ACL of %LOCALAPPDATA% (docs/WINDOWS.md)");
#else
    const mode_t old = ::umask(022);
    Database db;
    const bool opened = db.open(path());
    ::umask(old);
    QVERIFY(opened);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO connections (connection_id, integration_type, id, created_at, updated_at) VALUES ('aa', 'aa', 'b', 1, 1)")));
    const auto ownerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFile::permissions(path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerRw);
    QCOMPARE(QFile::permissions(path() + QLatin1String("-wal")) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             ownerRw);
    QCOMPARE(QFile::permissions(m_dir->filePath(QStringLiteral("data")))
                 & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             ownerRw | QFileDevice::ExeOwner);
#endif
}

void TestDatabase::unwritableFolderIsAnError()
{
    // A file where the folder should be: no folder can be made there, not even by root.
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database db;
    QVERIFY(!db.open(m_dir->filePath(QStringLiteral("blocker/sub/db.sqlite"))));
    QCOMPARE(db.error(), DatabaseError::Io);
    QVERIFY(!db.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
