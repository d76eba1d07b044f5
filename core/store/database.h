#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace aria {

// One step of the schema: the statements that take user_version from version-1 to version.
struct Migration {
    int version;
    QStringList statements;
};

// Why opening the database failed.
enum class DatabaseError {
    None,
    Io,            // cannot create, open, read or write the file or its folder
    Corrupt,       // not an SQLite file, or damaged pages
    NewerVersion,  // written by a newer build of the app; we refuse to touch it
    Migration,     // a migration step failed (rolled back)
};

// An SQLite connection with the app's pragmas and schema. Each instance owns its own
// named QSqlDatabase connection, so several may point at one file (also across processes).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The app's schema, in order.
    static const QList<Migration> &schema();

    // Opens (creating when missing) the file at path: restricts it to the owner, turns on
    // WAL, foreign keys and a busy timeout, checks integrity and applies pending migrations
    // in one transaction. On failure the file is left as it was and, for Corrupt and
    // NewerVersion, a backup copy is written next to it (see backupPath()).
    bool open(const QString &path, const QList<Migration> &migrations = schema());
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase handle() const { return m_db; }
    QString path() const { return m_path; }

    DatabaseError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QString backupPath() const { return m_backupPath; }

    // Schema version stored in the file (PRAGMA user_version); -1 on error.
    int userVersion(QSqlError *error = nullptr) const;

private:
    bool fail(DatabaseError error, const QString &message);
    // A failed read: Corrupt when SQLite says the file is damaged, else Io.
    bool failToRead(const QSqlError &error);
    bool applyPragmas();
    bool checkIntegrity();
    bool migrate(const QList<Migration> &migrations);
    void writeBackup();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    DatabaseError m_error = DatabaseError::None;
    QString m_errorString;
    QString m_backupPath;
};

}  // namespace aria
