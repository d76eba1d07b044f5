#include "database.h"

#include "common/apppaths.h"
#include "common/logging.h"
#include "common/savefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace aria {
namespace {

std::atomic<int> g_connectionCounter{0};

// SQLite's primary result codes (extended codes masked off) that mean "damaged", as opposed
// to an I/O problem (disk full, file not readable, no lock) where the file itself may be fine.
bool meansDamaged(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

QString damagedAdvice()
{
    return QCoreApplication::translate("Database",
        "It was left as it is. To start over, move it aside and run again; then sync to fetch your "
        "connections back from Composio and Supabase.");
}

QString ioAdvice() { return diskProblemAdvice(); }

// "what happened" and "what to do" as one line of sentences.
QString withAdvice(const QString &what, const QString &advice)
{
    const QString trimmed = what.trimmed();
    return trimmed + (trimmed.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". ")) + advice;
}

// A file of this size is the same (sizes are small: a few hundred kilobytes at most).
bool sameBytes(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (fa.size() != fb.size())
        return false;
    if (fa.size() == 0)
        return true; // both empty or both missing
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    return fa.readAll() == fb.readAll();
}


}  // namespace

Database::~Database() { close(); }

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::fail(DatabaseError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    // Debug, not warning: every caller shows errorString() itself, once.
    qCDebug(lcStore).noquote() << "database" << m_path << ":" << message;
    if (error == DatabaseError::Corrupt || error == DatabaseError::NewerVersion)
        writeBackup();
    close();
    return false;
}

bool Database::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    m_path = path;
    m_error = DatabaseError::None;
    m_errorString.clear();
    m_backupPath.clear();

    QString ioError;
    if (!AppPaths::ensurePrivateDir(QFileInfo(path).absolutePath(), &ioError))
        return fail(DatabaseError::Io, ioError);
    const QFileInfo info(path);
    if (info.exists() && info.size() == 0 && QFileInfo(path + QLatin1String("-wal")).size() == 0) {
        // SQLite would take an empty file for a new database and silently start over; an empty
        // file where ours was means it was truncated (we create new ones and fill them at once).
        return fail(DatabaseError::Corrupt,
            withAdvice(QCoreApplication::translate("Database", "The database %1 is not a readable SQLite file: %2")
                           .arg(path, QStringLiteral("the file is empty (0 bytes)")),
                damagedAdvice()));
    }
    if (!info.exists()) {
        // Create it 0600 ourselves: SQLite would create it with the umask's mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(DatabaseError::Io, QCoreApplication::translate("Database", "Cannot create the database %1: %2").arg(path, file.errorString()));
    }
    if (!AppPaths::restrictFile(path, &ioError))
        return fail(DatabaseError::Io, ioError);

    m_connectionName = QStringLiteral("aria-db-%1").arg(++g_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return fail(DatabaseError::Io, QCoreApplication::translate("Database", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(DatabaseError::Io, withAdvice(QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(path, m_db.lastError().databaseText()), ioAdvice()));

    QSqlError readError;
    const int version = userVersion(&readError);
    if (version < 0)
        return failToRead(readError);
    const int known = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version > known)
        return fail(DatabaseError::NewerVersion,
                    QCoreApplication::translate("Database", "The database %1 was written by a newer version of ARIA Integrations "
                       "(schema %2; this version knows up to %3). Update the app; the file was not changed.")
                        .arg(path)
                        .arg(version)
                        .arg(known));
    if (!applyPragmas() || !checkIntegrity() || !migrate(migrations))
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        AppPaths::restrictFile(path + QLatin1String(suffix));
    return true;
}

int Database::userVersion(QSqlError *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

bool Database::failToRead(const QSqlError &error)
{
    if (meansDamaged(error))
        return fail(DatabaseError::Corrupt,
            withAdvice(QCoreApplication::translate("Database", "The database %1 is not a readable SQLite file: %2")
                           .arg(m_path, error.databaseText()),
                damagedAdvice()));
    return fail(DatabaseError::Io,
        withAdvice(QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_path, error.databaseText()),
            ioAdvice()));
}

bool Database::applyPragmas()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        if (meansDamaged(query.lastError()))
            return failToRead(query.lastError());
        return fail(DatabaseError::Io, withAdvice(QCoreApplication::translate("Database", "Cannot turn on write-ahead logging for %1: %2")
                                           .arg(m_path, query.lastError().databaseText()), ioAdvice()));
    }
    if (query.value(0).toString() != u"wal")
        return fail(DatabaseError::Io, withAdvice(QCoreApplication::translate("Database", "Cannot turn on write-ahead logging for %1: %2")
                                           .arg(m_path, query.value(0).toString()), ioAdvice()));
    // foreign_keys is per connection and off by default in SQLite.
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(DatabaseError::Io, query.lastError().text());
    }
    return true;
}

bool Database::checkIntegrity()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failToRead(query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (!problems.isEmpty())
        return fail(DatabaseError::Corrupt,
            withAdvice(QCoreApplication::translate("Database", "The database %1 is damaged: %2")
                           .arg(m_path, problems.mid(0, 3).join(u"; ").simplified()),
                damagedAdvice()));
    return true;
}

bool Database::migrate(const QList<Migration> &migrations)
{
    QSqlQuery query(m_db);
    // IMMEDIATE takes the write lock first, so two processes opening a new file at once
    // migrate one after the other; the version is re-read under the lock.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(DatabaseError::Io, withAdvice(QCoreApplication::translate("Database", "Cannot lock the database %1: %2").arg(m_path, query.lastError().databaseText()), ioAdvice()));
    const int current = userVersion();
    for (const Migration &step : migrations) {
        if (step.version <= current)
            continue;
        qCDebug(lcStore) << "migrating" << m_path << "to schema" << step.version;
        for (const QString &sql : step.statements) {
            if (!query.exec(sql)) {
                const QString why = query.lastError().text();
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                return fail(DatabaseError::Migration,
                            QCoreApplication::translate("Database", "Updating the database %1 to schema %2 failed: %3").arg(m_path).arg(step.version).arg(why));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return fail(DatabaseError::Migration, query.lastError().text());
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString why = query.lastError().databaseText();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return fail(DatabaseError::Io, withAdvice(QCoreApplication::translate("Database", "Cannot write the database %1: %2").arg(m_path, why), ioAdvice()));
    }
    return true;
}

void Database::writeBackup()
{
    // One copy per distinct content: running the app again on the same damaged file points at
    // the copy made the first time instead of piling up new ones.
    const QFileInfo info(m_path);
    const QStringList earlier = info.dir().entryList(
        {info.fileName() + QLatin1String(".backup-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    QString target;
    for (const QString &name : earlier) {
        const QString candidate = info.dir().filePath(name);
        if (!name.endsWith(QLatin1String("-wal")) && sameBytes(candidate, m_path)
            && sameBytes(candidate + QLatin1String("-wal"), m_path + QLatin1String("-wal"))) {
            target = candidate;
            break;
        }
    }
    if (target.isEmpty()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        target = m_path + QLatin1String(".backup-") + stamp;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = m_path + QLatin1String(".backup-") + stamp + QLatin1Char('-') + QString::number(n);
        if (!QFile::copy(m_path, target)) {
            QFile::remove(target); // a partial copy (disk full) is no copy
            return;
        }
        AppPaths::restrictFile(target);
        // Committed changes may still be in the WAL: keep it next to the copy, where SQLite finds it.
        const QString wal = m_path + QLatin1String("-wal");
        if (QFileInfo(wal).size() > 0 && QFile::copy(wal, target + QLatin1String("-wal")))
            AppPaths::restrictFile(target + QLatin1String("-wal"));
    }
    m_backupPath = target;
    m_errorString += QLatin1Char(' ') + QCoreApplication::translate("Database", "A copy was saved as %1.").arg(target);
}

}  // namespace aria
