#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace aria {

// Notices commits made to the database by other connections (another process such as the
// command line, or another connection of this one) without a polling timer: inotify on the
// database's folder and its -wal file wakes us only when a file changes, and then
// PRAGMA data_version, which SQLite bumps only for other connections' commits, tells
// whether anything outside this connection changed. A writer makes its commit visible in the
// -shm index (memory-mapped, invisible to inotify) just after its last -wal write, so a check
// that finds nothing new is repeated once a second later; timers run only after file activity.
class DatabaseWatcher : public QObject
{
    Q_OBJECT
public:
    // db is an open connection (e.g. ConnectionStore::database().handle()) to the file at path.
    // Only its name is kept, so the owner may close and remove it at any time. sinceVersion is
    // what versionOf(db) said when the caller last read the data: a commit made by another
    // connection since then is reported at once. -1: only commits from now on.
    DatabaseWatcher(const QSqlDatabase &db, const QString &path, QObject *parent = nullptr,
                    qint64 sinceVersion = -1);

    // PRAGMA data_version of db; -1 when it is closed or cannot answer.
    static qint64 versionOf(const QSqlDatabase &db);

    // How many times PRAGMA data_version was read (for tests and the idle benchmark).
    int checks() const { return m_checks; }

Q_SIGNALS:
    void changedExternally();

private:
    void scheduleCheck();
    bool check();
    void watchFiles();
    qint64 dataVersion();

    QString m_connectionName;
    QString m_path;
    QFileSystemWatcher m_watcher;
    qint64 m_version = -1;
    QTimer m_debounce;  // one check per burst of writes
    QTimer m_followUp;  // the late look for a commit not yet visible at the first
    int m_checks = 0;
};

}  // namespace aria
