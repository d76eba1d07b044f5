#include "databasewatcher.h"

#include "common/logging.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace aria {

DatabaseWatcher::DatabaseWatcher(const QSqlDatabase &db, const QString &path, QObject *parent,
                                 qint64 sinceVersion)
    : QObject(parent)
    , m_connectionName(db.connectionName())
    , m_path(path)
{
    m_version = sinceVersion >= 0 ? sinceVersion : dataVersion();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    m_followUp.setSingleShot(true);
    m_followUp.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!check())
            m_followUp.start();
    });
    connect(&m_followUp, &QTimer::timeout, this, &DatabaseWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DatabaseWatcher::scheduleCheck);
    // The folder tells us when the -wal file appears or is replaced (then it is watched again).
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles();
        scheduleCheck();
    });
    m_watcher.addPath(QFileInfo(path).absolutePath());
    watchFiles();
    if (sinceVersion >= 0)
        scheduleCheck(); // a commit between the caller's read and now
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
    m_followUp.stop();
    m_debounce.start();
}

bool DatabaseWatcher::check()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    qCDebug(lcStore) << "database changed by another connection";
    Q_EMIT changedExternally();
    return true;
}

qint64 DatabaseWatcher::dataVersion()
{
    ++m_checks;
    return versionOf(QSqlDatabase::database(m_connectionName, false));
}

qint64 DatabaseWatcher::versionOf(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

}  // namespace aria
