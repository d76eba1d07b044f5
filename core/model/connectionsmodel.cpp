#include "connectionsmodel.h"

#include "store/connectionstore.h"

#include <QHash>

namespace aria {

ConnectionsModel::ConnectionsModel(ConnectionStore *store, QObject *parent)
    : ConnectionsModel(store, builtInIntegrations(), parent)
{
}

ConnectionsModel::ConnectionsModel(ConnectionStore *store, const QList<IntegrationSpec> &integrations, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &ConnectionStore::connectionChanged, this, &ConnectionsModel::refreshRow);
    setIntegrations(integrations);
}

namespace {

// A further account shows as a row while it is (or is becoming) connected; a disconnected
// one keeps only its tombstone in the store.
bool shownAsRow(const Connection &c)
{
    return c.status != ConnectionStatus::NotConnected && c.status != ConnectionStatus::Disconnected;
}

}  // namespace

void ConnectionsModel::setIntegrations(const QList<IntegrationSpec> &integrations)
{
    beginResetModel();
    m_specs = integrations;
    m_rows.clear();
    m_further.clear();
    // One query for all rows, not one per integration (the window's start-up waits on this).
    QHash<QString, Connection> stored;
    QHash<QString, QList<Connection>> further;
    if (m_store) {
        for (const Connection &c : m_store->list()) {
            if (c.key() == c.integrationType)
                stored.insert(c.integrationType, c);
            else if (shownAsRow(c))
                further[c.integrationType] << c;
        }
    }
    m_storeHadRows = !stored.isEmpty() || !further.isEmpty();
    for (const IntegrationSpec &spec : m_specs) {
        Connection c = stored.value(spec.id);
        c.integrationType = spec.id;
        m_rows << c;
        m_further << further.value(spec.id);
    }
    endResetModel();
}

void ConnectionsModel::reload() { setIntegrations(m_specs); }

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_specs.size());
}

int ConnectionsModel::rowOf(QStringView integrationId) const
{
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).id == integrationId)
            return i;
    }
    return -1;
}

Connection ConnectionsModel::connectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Connection();
}

QList<Connection> ConnectionsModel::furtherAccountsAt(int row) const
{
    return row >= 0 && row < m_further.size() ? m_further.at(row) : QList<Connection>();
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrationSpec &spec = m_specs.at(index.row());
    const Connection &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return spec.name;
    case IdRole:
        return spec.id;
    case DescriptionRole:
    case Qt::ToolTipRole:
        return spec.description;
    case IconRole:
        return spec.iconId;
    case StatusRole:
        return int(c.status);
    case DisplayNameRole:
        return c.displayName;
    case LastSyncRole:
        return c.lastSyncAt;
    case SyncStatusRole:
        return int(c.syncStatus);
    case ErrorRole:
        return c.errorMessage;
    case ModeRole:
        return int(c.mode);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionsModel::roleNames() const
{
    return {{IdRole, "integrationId"},      {NameRole, "name"},
            {DescriptionRole, "description"}, {IconRole, "icon"},
            {StatusRole, "status"},           {DisplayNameRole, "displayName"},
            {LastSyncRole, "lastSyncAt"},     {SyncStatusRole, "syncStatus"},
            {ErrorRole, "errorMessage"},      {ModeRole, "mode"}};
}

void ConnectionsModel::refreshRow(const QString &connectionId)
{
    // An integration's first connection has the integration's id.
    const QString integrationId
        = rowOf(connectionId) >= 0 ? connectionId : integrationOfConnectionId(connectionId);
    const int row = rowOf(integrationId);
    if (row < 0 || !m_store)
        return;
    // No row any more (deleted on the server): shown as never connected.
    Connection first;
    QList<Connection> further;
    for (const Connection &c : m_store->connectionsOf(integrationId)) {
        if (c.key() == integrationId)
            first = c;
        else if (shownAsRow(c))
            further << c;
    }
    first.integrationType = integrationId;
    m_rows[row] = first;
    m_further[row] = further;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx);
}

}  // namespace aria
