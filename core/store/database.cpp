#include "database.h"

#include "common/apppaths.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace aria {
namespace {

std::atomic<int> g_connectionCounter{0};


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
    qCWarning(lcStore).noquote() << "database" << m_path << ":" << message;
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
    if (!QFileInfo::exists(path)) {
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
        return fail(DatabaseError::Io, QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(path, m_db.lastError().text()));

    const int version = userVersion();
    if (version < 0)
        return fail(DatabaseError::Corrupt,
                    QCoreApplication::translate("Database", "The database %1 is not a readable SQLite file: %2").arg(path, m_errorString));
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

int Database::userVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const_cast<Database *>(this)->m_errorString = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool Database::applyPragmas()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString() != u"wal")
        return fail(DatabaseError::Io, QCoreApplication::translate("Database", "Cannot turn on write-ahead logging for %1: %2")
                                           .arg(m_path, query.lastError().text()));
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
        return fail(DatabaseError::Corrupt, QCoreApplication::translate("Database", "The database %1 is damaged: %2").arg(m_path, query.lastError().text()));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (!problems.isEmpty())
        return fail(DatabaseError::Corrupt, QCoreApplication::translate("Database", "The database %1 is damaged: %2").arg(m_path, problems.join(u"; ")));
    return true;
}

bool Database::migrate(const QList<Migration> &migrations)
{
    QSqlQuery query(m_db);
    // IMMEDIATE takes the write lock first, so two processes opening a new file at once
    // migrate one after the other; the version is re-read under the lock.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(DatabaseError::Io, QCoreApplication::translate("Database", "Cannot lock the database %1: %2").arg(m_path, query.lastError().text()));
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
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(DatabaseError::Io, QCoreApplication::translate("Database", "Cannot write the database %1: %2").arg(m_path, query.lastError().text()));
    return true;
}

void Database::writeBackup()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QLatin1String(".backup-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QLatin1String(".backup-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFile::copy(m_path, target)) {
        AppPaths::restrictFile(target);
        m_backupPath = target;
        m_errorString += QLatin1Char(' ') + QCoreApplication::translate("Database", "A copy was saved as %1.").arg(target);
    }
}

}  // namespace aria
