#include "connection.h"

namespace aria {

QString toWireName(ConnectMode mode)
{
    return mode == ConnectMode::Direct ? QStringLiteral("direct") : QStringLiteral("composio");
}

bool fromWireName(QStringView name, ConnectMode *out)
{
    if (name == u"composio")
        *out = ConnectMode::Composio;
    else if (name == u"direct")
        *out = ConnectMode::Direct;
    else
        return false;
    return true;
}

QJsonObject Connection::toJson(const QString &shownName) const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("id"), integrationType},
        {QStringLiteral("name"), shownName},
        {QStringLiteral("status"), toWireName(status)},
        {QStringLiteral("display_name"), orNull(displayName)},
        {QStringLiteral("last_sync_at"),
         lastSyncAt.isValid() ? QJsonValue(lastSyncAt.toUTC().toString(Qt::ISODateWithMs))
                              : QJsonValue()},
        {QStringLiteral("sync_status"), toWireName(syncStatus)},
        {QStringLiteral("error_message"), orNull(errorMessage)},
        {QStringLiteral("mode"), toWireName(mode)},
    };
}

}  // namespace aria
