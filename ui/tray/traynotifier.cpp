#include "traynotifier.h"

#include "model/connectionsmodel.h"

namespace aria::ui {

TrayNotifier::TrayNotifier(ConnectionsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (!m_model)
        return;
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TrayNotifier::compare);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrayNotifier::compare);  // reload() after external change
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrayNotifier::compare);
    // The state at start-up is known to the user already (or shown by the window): no notice.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Connection c = m_model->connectionAt(row);
        m_last.insert(c.integrationType, c.status);
    }
}

void TrayNotifier::compare()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Connection c = m_model->connectionAt(row);
        const auto previous = m_last.constFind(c.integrationType);
        // A row seen for the first time (an integration added later) has no change to report.
        const bool changed = previous != m_last.constEnd() && *previous != c.status;
        m_last.insert(c.integrationType, c.status);
        if (!changed)
            continue;
        if (c.status == ConnectionStatus::Active)
            raise(TrayNotification::Connected, row);
        else if (c.status == ConnectionStatus::Error)
            raise(TrayNotification::Failed, row);
        else if (c.status == ConnectionStatus::Expired)
            raise(TrayNotification::Expired, row);
    }
}

void TrayNotifier::raise(TrayNotification::Kind kind, int row)
{
    const Connection c = m_model->connectionAt(row);
    const QString key = c.integrationType + QLatin1Char('/') + QString::number(int(kind));
    const QDateTime now = m_clock();
    const QDateTime last = m_lastRaised.value(key);
    if (last.isValid() && last.secsTo(now) < m_windowSeconds) {
        ++m_suppressed;
        return;
    }
    m_lastRaised.insert(key, now);

    const QString integration = m_model->index(row).data(ConnectionsModel::NameRole).toString();
    // The account, not just the integration: with a work and a personal Gmail, "Gmail needs
    // reconnecting" would not say which.
    const QString name = c.displayName.isEmpty() ? integration : tr("%1 (%2)").arg(integration, c.displayName);
    TrayNotification n;
    n.kind = kind;
    n.integrationId = c.integrationType;
    switch (kind) {
    case TrayNotification::Connected:
        n.title = tr("%1 connected").arg(integration);
        n.body = c.displayName.isEmpty() ? tr("The account is ready to use.") : tr("Signed in as %1.").arg(c.displayName);
        break;
    case TrayNotification::Failed:
        n.title = tr("%1: connection failed").arg(name);
        n.body = c.errorMessage.isEmpty() ? tr("Click to open it and try again.") : c.errorMessage;
        break;
    case TrayNotification::Expired:
        n.title = tr("%1 needs reconnecting").arg(name);
        n.body = tr("The connection expired. Click to open it and reconnect.");
        break;
    }
    Q_EMIT notify(n);
}

}  // namespace aria::ui
