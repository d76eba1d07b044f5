#pragma once

#include "domain/connection.h"
#include "store/database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace aria {

// The local record of connections. Every local change bumps the row's local_version and
// queues it in the outbox in the same transaction, so sync can never miss one.
// Statements are small and indexed (well under a millisecond on this schema), so they run
// on the caller's thread.
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ConnectionStore(QObject *parent = nullptr);
    ~ConnectionStore() override;

    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    const Database &database() const { return m_db; }
    QString errorString() const { return m_lastError; }

    // For tests: the time stamped on changes (defaults to the current UTC time).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The profile's user id, stamped on rows created here.
    void setUserId(const QString &userId) { m_userId = userId; }

    // Every connection, oldest first.
    QList<Connection> list() const;
    // The connection with that key ("gmail", "gmail-2"). An integration's first connection
    // has the integration's id as its key, so get(integrationId) finds that one.
    std::optional<Connection> get(QStringView connectionId) const;
    // The connections of one integration, oldest first.
    QList<Connection> connectionsOf(QStringView integrationType) const;
    // The key another connection of the integration would get (the integration id when free).
    QString nextConnectionId(const QString &integrationType) const;

    // Inserts or replaces the row of connection.key() (an empty connectionId means the
    // integration's first connection). rowId and createdAt are kept for an existing row,
    // generated for a new one.
    bool upsert(Connection connection);
    // Writes a row that stays on this device until a later upsert() queues it: the placeholder
    // of a further account being added, which the window and `list` show while it connects but
    // which must not reach the server (or other devices) unless the account really connects.
    bool upsertUnshared(Connection connection);
    // Removes a row that never left this device (not on the server), with its outbox entry:
    // an added account whose connect was cancelled or failed leaves no trace. False, and nothing
    // changes, when the row has reached the server or does not exist.
    bool discardUnshared(QStringView connectionId);
    // On the connection with that key; a missing row is created (for a valid key).
    bool setStatus(QStringView connectionId, ConnectionStatus status,
                   const QString &errorMessage = QString());
    bool recordSync(QStringView connectionId, SyncStatus syncStatus, const QDateTime &at,
                    const QString &errorMessage = QString());

    // Rows waiting to be pushed, oldest first: (connection id, local version).
    QList<std::pair<QString, qint64>> pendingChanges() const;

    // --- Sync (see core/sync/syncengine.h) ---
    struct Pending {
        Connection connection;
        qint64 version = 0;  // local_version this copy was read at
    };
    // Up to limit rows waiting in the outbox, oldest first, with the version read.
    QList<Pending> pendingRows(int limit) const;
    // After a push: removes each pushed row's outbox entry if the row is still at the pushed
    // version (a change made meanwhile stays queued), then merges the server's copies, all in
    // one transaction.
    bool acknowledgePush(const QList<Pending> &pushed, const QList<Connection> &serverRows);
    // Applies rows from the server, last writer wins on updatedAt (compared in milliseconds),
    // without queuing them again, and stores the pull cursor in the same transaction.
    // A local change still queued and at least as new as the server's copy wins; an older
    // queued change loses and leaves the outbox. Returns false on a database error.
    bool mergeRemote(const QList<Connection> &serverRows, const QString &cursorKey = QString(),
                     const QString &cursor = QString());
    // When a different account than last time signs in: every local row is queued for upload
    // under it and the pull starts over (the cursor is cleared). Rows that were another
    // account's get new ids (they are new rows for this one). One transaction.
    bool adoptAccount(const QString &accountId);
    // Rows known to have reached the server (pushed or pulled) with nothing queued: the ones
    // whose absence on the server means they were deleted there. Connection id -> local version.
    QHash<QString, qint64> serverDeletionCandidates() const;
    // serverTypes: every connection key the server holds for this user, listed after
    // candidates were read. Rows present there are marked as on the server; each candidate
    // missing there is deleted locally, unless it changed or was queued since (a local change
    // not pushed yet wins and is pushed). One transaction; *removed lists the deleted keys.
    bool removeDeletedOnServer(const QHash<QString, qint64> &candidates, const QSet<QString> &serverTypes,
                               QStringList *removed = nullptr);
    // Gives the row a new id and queues it again (its id was taken on the server).
    bool renewRowId(QStringView connectionId);
    // Small persistent sync state (cursor, account id, last sync time); never secrets.
    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);

Q_SIGNALS:
    // Carries the connection id (the integration id for an integration's first connection).
    void connectionChanged(const QString &connectionId);
    // A local change was queued for push (not emitted for rows merged from the server).
    void localChangeQueued(const QString &connectionId);
    void errorOccurred(const QString &message);

private:
    // Fills in row id, creation and update time, user id; false when the row belongs elsewhere.
    bool prepare(Connection *connection);
    bool write(const Connection &connection, bool isNew, bool queue = true);
    // Within an open transaction: applies one server row if it wins; *changed tells whether
    // the local row changed.
    bool mergeOne(const Connection &remote, bool *changed, QString *why);
    // Within an open transaction: mergeOne() for each row, collecting the changed types.
    bool mergeAll(const QList<Connection> &serverRows, QStringList *changedTypes, QString *why);
    // Runs body in one transaction: commits when it returns true, else rolls back and
    // reports failure.arg(why).
    bool transact(const QString &failure, const std::function<bool(QSqlDatabase &, QString *why)> &body);
    bool failed(const QString &message);

    Database m_db;
    Clock m_clock;
    QString m_userId;
    QString m_lastError;
};

}  // namespace aria
