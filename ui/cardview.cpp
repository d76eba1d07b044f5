#include "cardview.h"

#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

namespace aria::ui {

namespace {
QString lowerFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toLower();
    return s;
}
} // namespace

CardView describeCard(const QString &name, const Connection &c, PendingAction pending, const QDateTime &now)
{
    CardView v;
    const bool connecting = pending == PendingAction::Connecting || c.status == ConnectionStatus::Connecting;
    const QString reason = c.errorMessage.trimmed();
    QStringList spoken { name };

    switch (c.status) {
    case ConnectionStatus::Active:
        v.tone = CardView::Tone::Success;
        v.pill = QCoreApplication::translate("IntegrationCard", "Connected");
        v.actions = CardView::Actions::Connected;
        break;
    case ConnectionStatus::Expired:
        v.tone = CardView::Tone::Warning;
        v.pill = QCoreApplication::translate("IntegrationCard", "Expired");
        v.problemTone = CardView::Tone::Warning;
        v.problem = reason.isEmpty()
            ? QCoreApplication::translate("IntegrationCard", "Reconnect needed")
            : QCoreApplication::translate("IntegrationCard", "Reconnect needed: %1").arg(reason);
        v.actions = CardView::Actions::Reconnect;
        v.canDisconnect = true;
        break;
    case ConnectionStatus::Error:
        v.tone = CardView::Tone::Danger;
        v.pill = QCoreApplication::translate("IntegrationCard", "Failed");
        v.problem = reason.isEmpty()
            ? QCoreApplication::translate("IntegrationCard", "Connection failed")
            : QCoreApplication::translate("IntegrationCard", "Connection failed: %1").arg(reason);
        v.actions = CardView::Actions::Reconnect;
        v.canDisconnect = !c.displayName.isEmpty();
        break;
    case ConnectionStatus::NotConnected:
    case ConnectionStatus::Disconnected:
    case ConnectionStatus::Connecting:
        v.actions = CardView::Actions::Connect;
        break;
    }

    const bool hasAccount = c.status == ConnectionStatus::Active || c.status == ConnectionStatus::Expired
        || (c.status == ConnectionStatus::Error && !c.displayName.isEmpty());
    if (hasAccount) {
        v.account = c.displayName;
        if (c.lastSyncAt.isValid()) {
            const QString ago = relativeTime(c.lastSyncAt, now);
            v.lastSync = QCoreApplication::translate("IntegrationCard", "Last sync %1").arg(ago);
            v.lastSyncExact = QLocale().toString(c.lastSyncAt.toLocalTime(), QLocale::LongFormat);
        }
        if (c.status == ConnectionStatus::Active && c.syncStatus == SyncStatus::Failed)
            v.problem = reason.isEmpty()
                ? QCoreApplication::translate("IntegrationCard", "Sync failed")
                : QCoreApplication::translate("IntegrationCard", "Sync failed: %1").arg(reason);
    }

    if (connecting) {
        v.tone = CardView::Tone::Busy;
        v.pill = QCoreApplication::translate("IntegrationCard", "Connecting…");
        v.actions = CardView::Actions::Connecting;
        v.problem.clear();
    } else if (pending == PendingAction::Disconnecting) {
        v.actions = CardView::Actions::Disconnecting;
    } else if (pending == PendingAction::Syncing && c.status == ConnectionStatus::Active) {
        v.syncing = true;
    }

    // The sentence a screen reader speaks for the card.
    if (connecting)
        spoken << QCoreApplication::translate("IntegrationCard", "connecting");
    else if (c.status == ConnectionStatus::Active)
        spoken << (v.account.isEmpty()
                ? QCoreApplication::translate("IntegrationCard", "connected")
                : QCoreApplication::translate("IntegrationCard", "connected as %1").arg(v.account));
    else if (c.status == ConnectionStatus::Expired || c.status == ConnectionStatus::Error)
        spoken << lowerFirst(v.problem);
    else
        spoken << QCoreApplication::translate("IntegrationCard", "not connected");
    if (!connecting && c.lastSyncAt.isValid() && hasAccount)
        spoken << QCoreApplication::translate("IntegrationCard", "last synced %1")
                      .arg(relativeTime(c.lastSyncAt, now));
    if (c.status == ConnectionStatus::Active && c.syncStatus == SyncStatus::Failed && !connecting)
        spoken << lowerFirst(v.problem);
    v.accessibleDescription = spoken.join(QLatin1String(", "));
    return v;
}

} // namespace aria::ui
