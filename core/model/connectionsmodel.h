#pragma once

#include "domain/connection.h"
#include "domain/integration.h"

#include <QAbstractListModel>
#include <QPointer>

namespace aria {

class ConnectionStore;

// One row per integration (built-in and user-added), joined with its stored connection.
// The UI observes this model; it never reads the store or the network itself.
class ConnectionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        IconRole,
        StatusRole,       // ConnectionStatus as int
        DisplayNameRole,  // account shown on the card
        LastSyncRole,     // QDateTime, invalid when never synced
        SyncStatusRole,   // SyncStatus as int
        ErrorRole,
        ModeRole,         // ConnectMode as int
    };
    Q_ENUM(Role)

    // The built-in integrations, or those given (the store is read once either way).
    explicit ConnectionsModel(ConnectionStore *store, QObject *parent = nullptr);
    ConnectionsModel(ConnectionStore *store, const QList<IntegrationSpec> &integrations, QObject *parent = nullptr);

    void setIntegrations(const QList<IntegrationSpec> &integrations);
    const QList<IntegrationSpec> &integrations() const { return m_specs; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Whether the store held any row at the last read (false on a first run).
    bool storeHadRows() const { return m_storeHadRows; }
    int rowOf(QStringView integrationId) const;
    Connection connectionAt(int row) const;
    // The integration's further accounts (every connection but the first, which is
    // connectionAt()), in the order they were added; disconnected ones are left out.
    QList<Connection> furtherAccountsAt(int row) const;

    // Re-reads every row from the store (after a change made by another process).
    void reload();

private:
    // After a change of one connection (its id): re-reads its integration's row.
    void refreshRow(const QString &connectionId);

    QPointer<ConnectionStore> m_store;
    QList<IntegrationSpec> m_specs;
    QList<Connection> m_rows;  // parallel to m_specs: each integration's first connection
    QList<QList<Connection>> m_further;  // parallel to m_specs: furtherAccountsAt()
    bool m_storeHadRows = false;
};

}  // namespace aria
