#include "statustext.h"

#include <QCoreApplication>

namespace aria::ui {
QString statusLabel(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected:
        return QCoreApplication::translate("StatusText", "Not connected");
    case ConnectionStatus::Connecting:
        return QCoreApplication::translate("StatusText", "Connecting…");
    case ConnectionStatus::Active:
        return QCoreApplication::translate("StatusText", "Connected");
    case ConnectionStatus::Expired:
        return QCoreApplication::translate("StatusText", "Reconnect needed");
    case ConnectionStatus::Error:
        return QCoreApplication::translate("StatusText", "Connection failed");
    case ConnectionStatus::Disconnected:
        return QCoreApplication::translate("StatusText", "Disconnected");
    }
    return QString();
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QCoreApplication::translate("StatusText", "never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 45)
        return QCoreApplication::translate("StatusText", "just now");
    const int minutes = int((seconds + 30) / 60);
    if (minutes < 60)
        return QCoreApplication::translate("StatusText", "%n minute(s) ago", nullptr, minutes);
    const int hours = int((seconds + 1800) / 3600);
    if (hours < 24)
        return QCoreApplication::translate("StatusText", "%n hour(s) ago", nullptr, hours);
    const int days = int((seconds + 43200) / 86400);
    return QCoreApplication::translate("StatusText", "%n day(s) ago", nullptr, days);
}

} // namespace aria::ui
