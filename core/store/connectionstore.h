#pragma once

#include "domain/connection.h"
#include "store/database.h"

#include <QObject>

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

    QList<Connection> list() const;
    std::optional<Connection> get(QStringView integrationType) const;

    // Inserts or replaces the row of connection.integrationType (rowId and createdAt are
    // kept for an existing row, generated for a new one).
    bool upsert(Connection connection);
    bool setStatus(QStringView integrationType, ConnectionStatus status,
                   const QString &errorMessage = QString());
    bool recordSync(QStringView integrationType, SyncStatus syncStatus, const QDateTime &at,
                    const QString &errorMessage = QString());

    // Rows waiting to be pushed, oldest first: (integration type, local version).
    QList<std::pair<QString, qint64>> pendingChanges() const;

Q_SIGNALS:
    void connectionChanged(const QString &integrationType);
    void errorOccurred(const QString &message);

private:
    bool write(const Connection &connection, bool isNew);
    bool failed(const QString &message);

    Database m_db;
    Clock m_clock;
    QString m_userId;
    QString m_lastError;
};

}  // namespace aria
