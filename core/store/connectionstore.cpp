#include "connectionstore.h"

#include "common/logging.h"
#include "common/savefile.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace aria {
namespace {

const QString kColumns = QStringLiteral(
    "integration_type, id, user_id, mode, composio_connection_id, composio_account_id, "
    "display_name, status, last_sync_at, sync_status, error_message, metadata, created_at, updated_at, "
    "connection_id");

QVariant toMs(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(); }

// SQLite stores a null QString as NULL; the schema wants '' for "none".
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Connection fromRow(const QSqlQuery &q)
{
    Connection c;
    c.integrationType = q.value(0).toString();
    c.rowId = q.value(1).toString();
    c.userId = q.value(2).toString();
    fromWireName(q.value(3).toString(), &c.mode);
    c.composioConnectionId = q.value(4).toString();
    c.composioAccountId = q.value(5).toString();
    c.displayName = q.value(6).toString();
    if (!fromWireName(q.value(7).toString(), &c.status))
        c.status = ConnectionStatus::Error;
    c.lastSyncAt = fromMs(q.value(8));
    fromWireName(q.value(9).toString(), &c.syncStatus);
    c.errorMessage = q.value(10).toString();
    c.metadata = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
    c.createdAt = fromMs(q.value(12));
    c.updatedAt = fromMs(q.value(13));
    c.connectionId = q.value(14).toString();
    return c;
}

// Inserts or updates the row (bumping local_version); the caller owns the transaction.
bool execUpsertRow(QSqlDatabase &db, const Connection &c, QString *why)
{
    QSqlQuery q(db);
    const QString upsertSql = QStringLiteral(
        "INSERT INTO connections (%1, local_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, 1) "
        "ON CONFLICT(connection_id) DO UPDATE SET integration_type=excluded.integration_type, id=excluded.id, user_id=excluded.user_id, mode=excluded.mode, "
        "composio_connection_id=excluded.composio_connection_id, "
        "composio_account_id=excluded.composio_account_id, display_name=excluded.display_name, "
        "status=excluded.status, last_sync_at=excluded.last_sync_at, sync_status=excluded.sync_status, "
        "error_message=excluded.error_message, metadata=excluded.metadata, created_at=excluded.created_at, "
        "updated_at=excluded.updated_at, local_version=local_version+1");
    q.prepare(upsertSql.arg(kColumns));
    for (const QVariant &v :
         {text(c.integrationType), text(c.rowId), text(c.userId), text(toWireName(c.mode)),
          text(c.composioConnectionId), text(c.composioAccountId), text(c.displayName),
          text(toWireName(c.status)), toMs(c.lastSyncAt), text(toWireName(c.syncStatus)),
          text(c.errorMessage),
          QVariant(QString::fromUtf8(QJsonDocument(c.metadata).toJson(QJsonDocument::Compact))),
          toMs(c.createdAt), toMs(c.updatedAt), text(c.key())})
        q.addBindValue(v);
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

// Same stored content (ignoring local bookkeeping), at the store's millisecond precision.
bool sameContent(const Connection &a, const Connection &b)
{
    return a.key() == b.key() && a.integrationType == b.integrationType && a.rowId == b.rowId && a.userId == b.userId && a.mode == b.mode
           && a.composioConnectionId == b.composioConnectionId && a.composioAccountId == b.composioAccountId
           && a.displayName == b.displayName && a.status == b.status
           && toMs(a.lastSyncAt) == toMs(b.lastSyncAt) && a.syncStatus == b.syncStatus
           && a.errorMessage == b.errorMessage && a.metadata == b.metadata
           && toMs(a.createdAt) == toMs(b.createdAt) && toMs(a.updatedAt) == toMs(b.updatedAt);
}


}  // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ConnectionStore::~ConnectionStore() = default;

bool ConnectionStore::open(const QString &path)
{
    if (m_db.open(path))
        return true;
    m_lastError = m_db.errorString();
    return false;
}

bool ConnectionStore::failed(const QString &message)
{
    m_lastError = message;
    // Debug: the listeners of errorOccurred show it (the window's banner, the command line).
    qCDebug(lcStore).noquote() << message;
    Q_EMIT errorOccurred(message);
    return false;
}

QList<Connection> ConnectionStore::list() const
{
    QList<Connection> out;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT %1 FROM connections ORDER BY created_at, connection_id").arg(kColumns))) {
        qCWarning(lcStore).noquote() << "list failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<Connection> ConnectionStore::get(QStringView connectionId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM connections WHERE connection_id = ?").arg(kColumns));
    q.addBindValue(connectionId.toString());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Connection> ConnectionStore::connectionsOf(QStringView integrationType) const
{
    QList<Connection> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM connections WHERE integration_type = ? ORDER BY created_at, connection_id")
                  .arg(kColumns));
    q.addBindValue(integrationType.toString());
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "connectionsOf failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << fromRow(q);
    return out;
}

QString ConnectionStore::nextConnectionId(const QString &integrationType) const
{
    QStringList taken;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT connection_id FROM connections WHERE connection_id = ? OR connection_id LIKE ?"));
    q.addBindValue(integrationType);
    q.addBindValue(QString(integrationType + QLatin1String("-%")));
    if (q.exec()) {
        while (q.next())
            taken << q.value(0).toString();
    }
    return aria::nextConnectionId(integrationType, taken);
}

bool ConnectionStore::prepare(Connection *connection)
{
    if (connection->integrationType.isEmpty())
        return failed(tr("A connection needs an integration id."));
    if (connection->connectionId.isEmpty())
        connection->connectionId = connection->integrationType;
    const auto existing = get(connection->connectionId);
    if (existing && existing->integrationType != connection->integrationType)
        return failed(tr("The connection %1 belongs to %2, not %3.")
                          .arg(connection->connectionId, existing->integrationType, connection->integrationType));
    if (existing) {
        connection->rowId = existing->rowId;
        connection->createdAt = existing->createdAt;
    } else {
        if (connection->rowId.isEmpty())
            connection->rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!connection->createdAt.isValid())
            connection->createdAt = m_clock();
    }
    if (connection->userId.isEmpty())
        connection->userId = existing ? existing->userId : m_userId;
    connection->updatedAt = m_clock();
    return true;
}

bool ConnectionStore::upsert(Connection connection)
{
    const bool isNew = !get(connection.key());
    return prepare(&connection) && write(connection, isNew);
}

bool ConnectionStore::upsertUnshared(Connection connection)
{
    const bool isNew = !get(connection.key());
    return prepare(&connection) && write(connection, isNew, false);
}

bool ConnectionStore::discardUnshared(QStringView connectionId)
{
    const QString id = connectionId.toString();
    int removed = 0;
    const bool ok = transact(tr("Removing %1 failed: %2").arg(id), [&](QSqlDatabase &db, QString *why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM connections WHERE connection_id = ? AND on_server = 0"));
        q.addBindValue(id);
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
        removed = q.numRowsAffected();
        if (removed == 0)
            return true;
        q.prepare(QStringLiteral("DELETE FROM outbox WHERE connection_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            *why = q.lastError().text();
        return why->isEmpty();
    });
    if (!ok || removed == 0)
        return false;
    qCDebug(lcStore) << "discarded" << id << "(it never left this device)";
    Q_EMIT connectionChanged(id);
    return true;
}

bool ConnectionStore::setStatus(QStringView connectionId, ConnectionStatus status,
                                const QString &errorMessage)
{
    auto c = get(connectionId);
    if (!c) {
        Connection fresh;
        fresh.connectionId = connectionId.toString();
        fresh.integrationType = integrationOfConnectionId(connectionId);
        if (fresh.integrationType.isEmpty())
            return failed(tr("%1 is not a connection id.").arg(connectionId));
        c = fresh;
    }
    c->status = status;
    c->errorMessage = errorMessage;
    return upsert(*c);
}

bool ConnectionStore::recordSync(QStringView connectionId, SyncStatus syncStatus,
                                 const QDateTime &at, const QString &errorMessage)
{
    auto c = get(connectionId);
    if (!c)
        return failed(tr("There is no connection for %1 to record a sync on.").arg(connectionId));
    c->syncStatus = syncStatus;
    if (syncStatus == SyncStatus::Success)
        c->lastSyncAt = at;
    c->errorMessage = errorMessage;
    return upsert(*c);
}

bool ConnectionStore::write(const Connection &c, bool isNew, bool queue)
{
    const bool ok = transact(tr("Saving %1 failed: %2").arg(c.key()), [&](QSqlDatabase &db, QString *why) {
        if (!execUpsertRow(db, c, why))
            return false;
        if (!queue)
            return true;
        // Queue (or re-queue) the row for push at its new version.
        QSqlQuery outbox(db);
        outbox.prepare(QStringLiteral(
            "INSERT INTO outbox (connection_id, local_version, queued_at) "
            "SELECT connection_id, local_version, ? FROM connections WHERE connection_id = ? "
            "ON CONFLICT(connection_id) DO UPDATE SET local_version=excluded.local_version"));
        outbox.addBindValue(toMs(c.updatedAt));
        outbox.addBindValue(c.key());
        if (!outbox.exec())
            *why = outbox.lastError().text();
        return why->isEmpty();
    });
    if (!ok)
        return false;
    qCDebug(lcStore) << (isNew ? "inserted" : "updated") << c.key() << toWireName(c.status)
                     << (queue ? "" : "(not shared)");
    Q_EMIT connectionChanged(c.key());
    if (queue)
        Q_EMIT localChangeQueued(c.key());
    return true;
}

QList<ConnectionStore::Pending> ConnectionStore::pendingRows(int limit) const
{
    QList<Pending> out;
    QSqlQuery q(m_db.handle());
    QString prefixed = kColumns;
    prefixed.replace(QLatin1String(", "), QLatin1String(", c."));
    q.prepare(QStringLiteral("SELECT c.%1, c.local_version FROM outbox o JOIN connections c USING (connection_id) "
                             "ORDER BY o.queued_at LIMIT ?")
                  .arg(prefixed));
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "pendingRows failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({fromRow(q), q.value(15).toLongLong()});
    return out;
}

bool ConnectionStore::mergeOne(const Connection &remote, bool *changed, QString *why)
{
    *changed = false;
    QSqlDatabase db = m_db.handle();
    const auto local = get(remote.key());
    if (local && local->integrationType != remote.integrationType) {
        // Another integration's row under this key: never merge across integrations.
        qCWarning(lcStore).noquote() << "server row" << remote.key() << "is" << remote.integrationType
                                     << "here it is" << local->integrationType << "- skipped";
        return true;
    }
    qint64 queuedVersion = -1;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT local_version FROM outbox WHERE connection_id = ?"));
        q.addBindValue(remote.key());
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
        if (q.next())
            queuedVersion = q.value(0).toLongLong();
    }
    if (local) {
        const qint64 remoteMs = remote.updatedAt.toMSecsSinceEpoch();
        const qint64 localMs = local->updatedAt.toMSecsSinceEpoch();
        const bool queued = queuedVersion >= 0;
        // A queued local change at least as new as the server's copy will be pushed and win.
        if (queued ? remoteMs <= localMs : remoteMs < localMs)
            return true;
        if (!queued && sameContent(*local, remote))
            return true;
    }
    Connection incoming = remote;
    incoming.updatedAt = QDateTime::fromMSecsSinceEpoch(remote.updatedAt.toMSecsSinceEpoch(), Qt::UTC);
    if (!execUpsertRow(db, incoming, why))
        return false;
    if (queuedVersion >= 0) {
        QSqlQuery drop(db);  // the older local change lost to the server's newer one
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE connection_id = ?"));
        drop.addBindValue(remote.key());
        if (!drop.exec()) {
            *why = drop.lastError().text();
            return false;
        }
    }
    *changed = true;
    return true;
}

bool ConnectionStore::acknowledgePush(const QList<Pending> &pushed, const QList<Connection> &serverRows)
{
    QStringList changedTypes;
    const bool ok = transact(tr("Recording the upload failed: %1"), [&](QSqlDatabase &db, QString *why) {
        for (const Pending &p : pushed) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE connection_id = ? AND local_version = ?"));
            q.addBindValue(p.connection.key());
            q.addBindValue(p.version);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
        }
        return mergeAll(serverRows, &changedTypes, why);
    });
    if (!ok)
        return false; // rolled back: nothing changed
    for (const QString &type : std::as_const(changedTypes))
        Q_EMIT connectionChanged(type);
    return true;
}

bool ConnectionStore::mergeRemote(const QList<Connection> &serverRows, const QString &cursorKey,
                                  const QString &cursor)
{
    QStringList changedTypes;
    const bool ok = transact(tr("Merging the server's changes failed: %1"), [&](QSqlDatabase &db, QString *why) {
        if (!mergeAll(serverRows, &changedTypes, why))
            return false;
        if (cursorKey.isEmpty() || cursor.isEmpty())
            return true;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
        q.addBindValue(cursorKey);
        q.addBindValue(cursor);
        if (!q.exec())
            *why = q.lastError().text();
        return why->isEmpty();
    });
    if (!ok)
        return false; // rolled back: nothing changed
    for (const QString &type : std::as_const(changedTypes))
        Q_EMIT connectionChanged(type);
    return true;
}

bool ConnectionStore::mergeAll(const QList<Connection> &serverRows, QStringList *changedTypes, QString *why)
{
    for (const Connection &row : serverRows) {
        bool changed = false;
        if (!mergeOne(row, &changed, why))
            return false;
        // Whatever won, the server holds this row now: its later absence means a deletion.
        QSqlQuery mark(m_db.handle());
        mark.prepare(QStringLiteral("UPDATE connections SET on_server = 1 WHERE connection_id = ? AND integration_type = ?"));
        mark.addBindValue(row.key());
        mark.addBindValue(row.integrationType);
        if (!mark.exec()) {
            *why = mark.lastError().text();
            return false;
        }
        if (changed)
            *changedTypes << row.key();
    }
    return true;
}

bool ConnectionStore::transact(const QString &failure,
                               const std::function<bool(QSqlDatabase &, QString *why)> &body)
{
    QSqlDatabase db = m_db.handle();
    if (!db.transaction())
        return failed(tr("Cannot start a database transaction: %1").arg(db.lastError().text()));
    QString why;
    bool ok = body(db, &why);
    if (ok && !db.commit()) {
        ok = false;
        why = db.lastError().databaseText();
    }
    if (!ok) {
        db.rollback();
        QString message = failure.arg(why.trimmed());
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        // SQLite's words for a full disk or a failing write ("disk I/O error", "database or
        // disk is full"): say what to do. Nothing was written: the transaction rolled back.
        if (why.contains(QLatin1String("disk")))
            message += QLatin1Char(' ') + diskProblemAdvice();
        return failed(message);
    }
    return true;
}

bool ConnectionStore::adoptAccount(const QString &accountId)
{
    const bool hadAccount = !syncValue(QStringLiteral("account")).isEmpty();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    return transact(tr("Preparing the upload failed: %1"), [&](QSqlDatabase &db, QString *why) {
        QSqlQuery q(db);
        bool ok = true;
        if (hadAccount) {
            // The rows move from another account to this one: under it they are new rows, so
            // they get new ids (the old ids stay the previous account's rows on the server).
            QStringList types;
            ok = q.exec(QStringLiteral("SELECT connection_id FROM connections"));
            while (ok && q.next())
                types << q.value(0).toString();
            for (const QString &type : std::as_const(types)) {
                if (!ok)
                    break;
                q.prepare(QStringLiteral("UPDATE connections SET id = ? WHERE connection_id = ?"));
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                q.addBindValue(type);
                ok = q.exec();
            }
        }
        if (ok)
            ok = q.exec(QStringLiteral("DELETE FROM sync_state WHERE key = 'pull_cursor'"));
        if (ok)  // nothing here is known to be on this account's server rows yet
            ok = q.exec(QStringLiteral("UPDATE connections SET on_server = 0"));
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO outbox (connection_id, local_version, queued_at) "
                                     "SELECT connection_id, local_version, ? FROM connections WHERE true "
                                     "ON CONFLICT(connection_id) DO NOTHING"));
            q.addBindValue(now);
            ok = q.exec();
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('account', ?)"));
            q.addBindValue(accountId);
            ok = q.exec();
        }
        if (!ok)
            *why = q.lastError().text();
        return ok;
    });
}

QHash<QString, qint64> ConnectionStore::serverDeletionCandidates() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT connection_id, local_version FROM connections WHERE on_server = 1 "
                               "AND connection_id NOT IN (SELECT connection_id FROM outbox)"))) {
        qCWarning(lcStore).noquote() << "serverDeletionCandidates failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

bool ConnectionStore::removeDeletedOnServer(const QHash<QString, qint64> &candidates,
                                            const QSet<QString> &serverTypes, QStringList *removed)
{
    QStringList gone;
    // Deletions are the server's changes too (and this message is already translated).
    const bool ok = transact(tr("Merging the server's changes failed: %1"),
                             [&](QSqlDatabase &db, QString *why) {
        QSqlQuery q(db);
        for (const QString &type : serverTypes) {
            q.prepare(QStringLiteral("UPDATE connections SET on_server = 1 WHERE connection_id = ? AND on_server = 0"));
            q.addBindValue(type);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
        }
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
            if (serverTypes.contains(it.key()))
                continue;
            // Only if untouched since the candidates were read: a change made meanwhile (here
            // or by another process on this file) bumped local_version or queued the row.
            q.prepare(QStringLiteral("DELETE FROM connections WHERE connection_id = ? AND local_version = ? "
                                     "AND on_server = 1 AND connection_id NOT IN (SELECT connection_id FROM outbox)"));
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (q.numRowsAffected() > 0)
                gone << it.key();
        }
        return true;
    });
    if (!ok)
        return false;  // rolled back: nothing changed
    gone.sort();
    for (const QString &type : std::as_const(gone)) {
        qCDebug(lcStore) << "removed" << type << "(deleted on the server)";
        Q_EMIT connectionChanged(type);
    }
    if (removed)
        *removed = gone;
    return true;
}

bool ConnectionStore::renewRowId(QStringView connectionId)
{
    auto c = get(connectionId);
    if (!c)
        return failed(tr("There is no connection for %1.").arg(connectionId));
    c->rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return write(*c, false);  // same updated_at: the content did not change, only its id
}

QString ConnectionStore::syncValue(const QString &key) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool ConnectionStore::setSyncValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    return failed(tr("Saving the sync state failed: %1").arg(q.lastError().text()));
}

QList<std::pair<QString, qint64>> ConnectionStore::pendingChanges() const
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT connection_id, local_version FROM outbox ORDER BY queued_at"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    return out;
}

}  // namespace aria
