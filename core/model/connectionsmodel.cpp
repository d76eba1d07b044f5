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

void ConnectionsModel::setIntegrations(const QList<IntegrationSpec> &integrations)
{
    beginResetModel();
    m_specs = integrations;
    m_rows.clear();
    // One query for all rows, not one per integration (the window's start-up waits on this).
    QHash<QString, Connection> stored;
    if (m_store) {
        // The card shows the integration's first connection (keyed by the integration id):
        // the one its buttons act on. Further accounts are listed by `list`.
        for (const Connection &c : m_store->list()) {
            if (c.key() == c.integrationType)
                stored.insert(c.integrationType, c);
        }
    }
    m_storeHadRows = !stored.isEmpty();
    for (const IntegrationSpec &spec : m_specs) {
        Connection c = stored.value(spec.id);
        c.integrationType = spec.id;
        m_rows << c;
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
    // Only the integration's first connection is on the card (see setIntegrations()).
    const QString integrationId = connectionId;
    const int row = rowOf(integrationId);
    if (row < 0 || !m_store)
        return;
    // No row any more (deleted on the server): shown as never connected.
    Connection c = m_store->get(integrationId).value_or(Connection {});
    c.integrationType = integrationId;
    m_rows[row] = c;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx);
}

}  // namespace aria
