#include "connectionstore.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace aria {
namespace {

const QString kColumns = QStringLiteral(
    "integration_type, id, user_id, mode, composio_connection_id, composio_account_id, "
    "display_name, status, last_sync_at, sync_status, error_message, metadata, created_at, updated_at");

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
    return c;
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
    qCWarning(lcStore).noquote() << message;
    Q_EMIT errorOccurred(message);
    return false;
}

QList<Connection> ConnectionStore::list() const
{
    QList<Connection> out;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT %1 FROM connections ORDER BY created_at").arg(kColumns))) {
        qCWarning(lcStore).noquote() << "list failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<Connection> ConnectionStore::get(QStringView integrationType) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM connections WHERE integration_type = ?").arg(kColumns));
    q.addBindValue(integrationType.toString());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool ConnectionStore::upsert(Connection connection)
{
    if (connection.integrationType.isEmpty())
        return failed(tr("A connection needs an integration id."));
    const auto existing = get(connection.integrationType);
    if (existing) {
        connection.rowId = existing->rowId;
        connection.createdAt = existing->createdAt;
    } else {
        if (connection.rowId.isEmpty())
            connection.rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!connection.createdAt.isValid())
            connection.createdAt = m_clock();
    }
    if (connection.userId.isEmpty())
        connection.userId = existing ? existing->userId : m_userId;
    connection.updatedAt = m_clock();
    return write(connection, !existing);
}

bool ConnectionStore::setStatus(QStringView integrationType, ConnectionStatus status,
                                const QString &errorMessage)
{
    auto c = get(integrationType);
    if (!c) {
        Connection fresh;
        fresh.integrationType = integrationType.toString();
        c = fresh;
    }
    c->status = status;
    c->errorMessage = errorMessage;
    return upsert(*c);
}

bool ConnectionStore::recordSync(QStringView integrationType, SyncStatus syncStatus,
                                 const QDateTime &at, const QString &errorMessage)
{
    auto c = get(integrationType);
    if (!c)
        return failed(tr("There is no connection for %1 to record a sync on.").arg(integrationType));
    c->syncStatus = syncStatus;
    if (syncStatus == SyncStatus::Success)
        c->lastSyncAt = at;
    c->errorMessage = errorMessage;
    return upsert(*c);
}

bool ConnectionStore::write(const Connection &c, bool isNew)
{
    QSqlDatabase db = m_db.handle();
    if (!db.transaction())
        return failed(tr("Cannot start a database transaction: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    const QString upsertSql = QStringLiteral(
        "INSERT INTO connections (%1, local_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, 1) "
        "ON CONFLICT(integration_type) DO UPDATE SET user_id=excluded.user_id, mode=excluded.mode, "
        "composio_connection_id=excluded.composio_connection_id, "
        "composio_account_id=excluded.composio_account_id, display_name=excluded.display_name, "
        "status=excluded.status, last_sync_at=excluded.last_sync_at, sync_status=excluded.sync_status, "
        "error_message=excluded.error_message, metadata=excluded.metadata, "
        "updated_at=excluded.updated_at, local_version=local_version+1");
    q.prepare(upsertSql.arg(kColumns));
    for (const QVariant &v :
         {text(c.integrationType), text(c.rowId), text(c.userId), text(toWireName(c.mode)),
          text(c.composioConnectionId), text(c.composioAccountId), text(c.displayName),
          text(toWireName(c.status)), toMs(c.lastSyncAt), text(toWireName(c.syncStatus)),
          text(c.errorMessage),
          QVariant(QString::fromUtf8(QJsonDocument(c.metadata).toJson(QJsonDocument::Compact))),
          toMs(c.createdAt), toMs(c.updatedAt)})
        q.addBindValue(v);
    bool ok = q.exec();
    QString why = ok ? QString() : q.lastError().text();
    if (ok) {
        // Queue (or re-queue) the row for push at its new version.
        QSqlQuery outbox(db);
        outbox.prepare(QStringLiteral(
            "INSERT INTO outbox (integration_type, local_version, queued_at) "
            "SELECT integration_type, local_version, ? FROM connections WHERE integration_type = ? "
            "ON CONFLICT(integration_type) DO UPDATE SET local_version=excluded.local_version"));
        outbox.addBindValue(toMs(c.updatedAt));
        outbox.addBindValue(c.integrationType);
        ok = outbox.exec();
        if (!ok)
            why = outbox.lastError().text();
    }
    if (ok && !db.commit()) {
        ok = false;
        why = db.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return failed(tr("Saving %1 failed: %2").arg(c.integrationType, why));
    }
    qCDebug(lcStore) << (isNew ? "inserted" : "updated") << c.integrationType << toWireName(c.status);
    Q_EMIT connectionChanged(c.integrationType);
    return true;
}

QList<std::pair<QString, qint64>> ConnectionStore::pendingChanges() const
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT integration_type, local_version FROM outbox ORDER BY queued_at"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    return out;
}

}  // namespace aria
