#include "rowcodec.h"

#include "common/safetext.h"
#include "domain/integration.h"

#include <QJsonValue>

namespace aria::supabase {

QJsonObject toRow(const Connection &c, const QString &userId)
{
    auto stamp = [](const QDateTime &t) { return t.isValid() ? QJsonValue(toTimestamp(t)) : QJsonValue(); };
    return QJsonObject {
        { QStringLiteral("id"), c.rowId },
        { QStringLiteral("user_id"), userId },
        { QStringLiteral("integration_type"), c.integrationType },
        { QStringLiteral("connection_key"), c.key() },
        { QStringLiteral("mode"), toWireName(c.mode) },
        { QStringLiteral("composio_connection_id"), c.composioConnectionId },
        { QStringLiteral("composio_account_id"), c.composioAccountId },
        { QStringLiteral("display_name"), c.displayName },
        { QStringLiteral("status"), toWireName(c.status) },
        { QStringLiteral("last_sync_at"), stamp(c.lastSyncAt) },
        { QStringLiteral("sync_status"), toWireName(c.syncStatus) },
        { QStringLiteral("error_message"), c.errorMessage },
        { QStringLiteral("metadata"), c.metadata },
        { QStringLiteral("created_at"), stamp(c.createdAt) },
        { QStringLiteral("updated_at"), stamp(c.updatedAt) },
    };
}

bool fromRow(const QJsonObject &row, Connection *out)
{
    Connection c;
    c.integrationType = row.value(QLatin1String("integration_type")).toString();
    c.rowId = row.value(QLatin1String("id")).toString();
    c.userId = row.value(QLatin1String("user_id")).toString();
    c.updatedAt = fromTimestamp(row.value(QLatin1String("updated_at")).toString());
    if (!isValidIntegrationId(c.integrationType) || c.rowId.isEmpty() || !c.updatedAt.isValid())
        return false;
    // A server without the column (not migrated yet) has one connection per integration,
    // keyed by the integration id. A key must name its own integration ("gmail-2" is gmail's).
    c.connectionId = row.value(QLatin1String("connection_key")).toString(c.integrationType);
    if (integrationOfConnectionId(c.connectionId) != c.integrationType)
        return false;
    fromWireName(row.value(QLatin1String("mode")).toString(), &c.mode);
    // Written by any device of the user (or anything holding the session): made safe here,
    // where synced text enters (safetext.h), like every other outside text.
    c.composioConnectionId = safeLine(row.value(QLatin1String("composio_connection_id")).toString());
    c.composioAccountId = safeLine(row.value(QLatin1String("composio_account_id")).toString());
    c.displayName = safeLine(row.value(QLatin1String("display_name")).toString());
    if (!fromWireName(row.value(QLatin1String("status")).toString(), &c.status))
        c.status = ConnectionStatus::Error;
    c.lastSyncAt = fromTimestamp(row.value(QLatin1String("last_sync_at")).toString());
    fromWireName(row.value(QLatin1String("sync_status")).toString(), &c.syncStatus);
    c.errorMessage = safeLine(row.value(QLatin1String("error_message")).toString());
    c.metadata = row.value(QLatin1String("metadata")).toObject();
    c.createdAt = fromTimestamp(row.value(QLatin1String("created_at")).toString());
    if (!c.createdAt.isValid())
        c.createdAt = c.updatedAt;
    *out = c;
    return true;
}

} // namespace aria::supabase
