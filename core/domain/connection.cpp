#include "connection.h"

#include "integration.h"

#include <QStringList>

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
        {QStringLiteral("id"), key()},
        {QStringLiteral("integration"), integrationType},
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

QString integrationOfConnectionId(QStringView id)
{
    const qsizetype dash = id.lastIndexOf(u'-');
    if (dash < 0)
        return isValidIntegrationId(id) ? id.toString() : QString();
    const QStringView number = id.mid(dash + 1);
    bool ok = false;
    const int n = number.toInt(&ok);
    // Exactly the form nextConnectionId() makes: no sign, no leading zero, 2 and up.
    if (!ok || n < 2 || n > 9999 || number.startsWith(u'0') || !number.front().isDigit())
        return QString();
    const QStringView integration = id.left(dash);
    return isValidIntegrationId(integration) ? integration.toString() : QString();
}

bool isValidConnectionId(QStringView id) { return !integrationOfConnectionId(id).isEmpty(); }

QString nextConnectionId(const QString &integration, const QStringList &taken)
{
    if (!taken.contains(integration))
        return integration;
    for (int n = 2;; ++n) {
        const QString candidate = integration + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

}  // namespace aria
