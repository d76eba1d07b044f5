#include "databasewatcher.h"

#include "common/logging.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

namespace aria {

DatabaseWatcher::DatabaseWatcher(const QSqlDatabase &db, const QString &path, QObject *parent)
    : QObject(parent)
    , m_connectionName(db.connectionName())
    , m_path(path)
{
    m_version = dataVersion();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DatabaseWatcher::scheduleCheck);
    // The folder tells us when the -wal file appears or is replaced (then it is watched again).
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles();
        scheduleCheck();
    });
    m_watcher.addPath(QFileInfo(path).absolutePath());
    watchFiles();
}

void DatabaseWatcher::watchFiles()
{
    for (const QString &file : QStringList{m_path, m_path + QLatin1String("-wal")}) {
        if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
            m_watcher.addPath(file);
    }
}

// One commit writes the -wal file several times: coalesce them into one check.
void DatabaseWatcher::scheduleCheck()
{
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, this, &DatabaseWatcher::check);
}

void DatabaseWatcher::check()
{
    m_checkQueued = false;
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    qCDebug(lcStore) << "database changed by another connection";
    Q_EMIT changedExternally();
}

qint64 DatabaseWatcher::dataVersion()
{
    ++m_checks;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

}  // namespace aria
