#pragma once

// Shared by the fault drills (tst_filedrills, tst_killdrills, tst_secretsweep): running the
// real binary with a file-size limit, hashing files, reading rows and listeners from outside.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include "processrun.h"

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace drill {

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

using Result = ProcessRun;
using Options = ProcessOptions;

// The environment of a user's shell: no debug logging, so standard error holds only what
// the app says to people.
inline QProcessEnvironment quietEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

inline Result run(const QString &program, const QStringList &args, const Options &options = Options())
{
    return runProcess(program, args, options);
}

// A read-only look at the app's database from outside (its own connection, closed again).
class Peek
{
public:
    explicit Peek(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        // A first read maps the WAL index (-shm), as a running app holds it.
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    ~Peek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Peek(const Peek &) = delete;
    Peek &operator=(const Peek &) = delete;

    QStringList column(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return { QStringLiteral("<error: %1>").arg(q.lastError().text()) };
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QString integrity() const { return column(QStringLiteral("PRAGMA integrity_check")).join(u';'); }
    // integration_type=status for every row, sorted.
    QStringList statuses() const
    {
        return column(QStringLiteral("SELECT integration_type || '=' || status FROM connections ORDER BY 1"));
    }

private:
    QString m_name;
};

#ifdef Q_OS_LINUX // the kernel's socket tables (tst_killdrills, NOWINE)
// The TCP sockets in LISTEN state, from /proc/net/tcp and tcp6: each row's split fields
// (1: local address:port in hex, 9: socket inode).
inline QList<QList<QByteArray>> listenRows()
{
    QList<QList<QByteArray>> rows;
    for (const char *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile f { QString::fromLatin1(table) };
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() > 9 && fields.at(3) == "0A")
                rows << fields;
        }
    }
    return rows;
}

// Whether something listens on port (the loopback listener of a flow).
inline bool listening(quint16 port)
{
    const QString suffix = QStringLiteral(":%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const QList<QByteArray> &row : listenRows()) {
        if (QString::fromLatin1(row.at(1)).endsWith(suffix))
            return true;
    }
    return false;
}

// The TCP ports a process listens on (its socket inodes matched against the LISTEN rows).
inline QList<quint16> listeningPortsOf(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QString dir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[256] = {};
        const ssize_t n = ::readlink(QFile::encodeName(dir + QLatin1Char('/') + fd).constData(), target, sizeof target - 1);
        const QByteArray link(target, n > 0 ? int(n) : 0);
        if (link.startsWith("socket:["))
            inodes.insert(link.mid(8, link.size() - 9));
    }
    QList<quint16> ports;
    for (const QList<QByteArray> &row : listenRows()) {
        if (inodes.contains(row.at(9)))
            ports << quint16(row.at(1).split(':').value(1).toUShort(nullptr, 16));
    }
    return ports;
}

#endif

} // namespace drill
