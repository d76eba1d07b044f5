#pragma once

#include "domain/status.h"

#include <QDateTime>
#include <QString>

namespace aria::ui {

// Short user-facing words for a connection state ("Connected", "Reconnect needed", ...).
QString statusLabel(ConnectionStatus status);
// "just now", "5 minutes ago", "3 days ago"; now is injectable for tests.
QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace aria::ui
