#include "overallstatus.h"

#include "connect/connectionservice.h"
#include "model/connectionsmodel.h"

#include <QLocale>

namespace aria {

QString stateKey(OverallState state)
{
    switch (state) {
    case OverallState::Offline:
        return QStringLiteral("offline");
    case OverallState::NeedsAttention:
        return QStringLiteral("attention");
    case OverallState::Syncing:
        return QStringLiteral("syncing");
    case OverallState::SignedOut:
        return QStringLiteral("signed-out");
    case OverallState::AllGood:
        return QStringLiteral("ok");
    }
    return QString();
}

OverallStatus::OverallStatus(ConnectionsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &OverallStatus::recompute);
        connect(m_model, &QAbstractItemModel::modelReset, this, &OverallStatus::recompute);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &OverallStatus::recompute);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OverallStatus::recompute);
    }
    recompute();
}

void OverallStatus::trackService(ConnectionService *service)
{
    if (!service)
        return;
    connect(service, &ConnectionService::syncStarted, this, [this](const QString &id) { setBusy(id, true); });
    connect(service, &ConnectionService::syncFinished, this, [this](const QString &id) { setBusy(id, false); });
    connect(service, &ConnectionService::connectStarted, this, [this](const QString &id) { setBusy(id, true); });
    connect(service, &ConnectionService::connectFinished, this, [this](const QString &id) { setBusy(id, false); });
}

void OverallStatus::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    recompute();
}

void OverallStatus::setBusy(const QString &integrationId, bool busy)
{
    const bool was = m_busy.contains(integrationId);
    if (was == busy)
        return;
    if (busy)
        m_busy.insert(integrationId);
    else
        m_busy.remove(integrationId);
    recompute();
}

void OverallStatus::recompute()
{
    int connected = 0;
    bool syncing = !m_busy.isEmpty();
    QStringList attention;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const Connection c = m_model->connectionAt(row);
        if (c.status == ConnectionStatus::Active) {
            ++connected;
            syncing = syncing || c.syncStatus == SyncStatus::Pending;
        } else if (c.status == ConnectionStatus::Connecting) {
            syncing = true;
        } else if (needsReconnect(c.status)) {
            attention << m_model->index(row).data(ConnectionsModel::NameRole).toString();
        }
    }

    OverallState state = OverallState::AllGood;
    if (m_offline)
        state = OverallState::Offline;
    else if (!attention.isEmpty())
        state = OverallState::NeedsAttention;
    else if (syncing)
        state = OverallState::Syncing;
    else if (connected == 0)
        state = OverallState::SignedOut;

    QStringList parts;
    if (connected > 0)
        parts << tr("%n connected", nullptr, connected);
    else if (attention.isEmpty())
        parts << tr("No account connected");
    if (!attention.isEmpty()) {
        // Verb agreement differs by language, so one name and a list are separate texts.
        if (attention.size() == 1)
            parts << tr("%1 needs reconnecting").arg(attention.constFirst());
        else
            parts << tr("Reconnect needed: %1").arg(QLocale().createSeparatedList(attention));
    }
    if (syncing && !m_offline)
        parts << tr("syncing…");
    if (m_offline)
        parts << tr("offline");
    const QString summary = parts.join(QStringLiteral(" · "));

    if (state == m_state && summary == m_summary && connected == m_connected && attention == m_attention)
        return;
    m_state = state;
    m_summary = summary;
    m_connected = connected;
    m_attention = attention;
    Q_EMIT changed();
}

}  // namespace aria
