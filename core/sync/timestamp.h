#pragma once

#include <QDateTime>
#include <QString>

namespace aria::sync {

// Sync stamps (a row's updated_at, the pull cursor, the time of the last sync) as text: ISO
// 8601 UTC with milliseconds, the store's precision.
QString toTimestamp(const QDateTime &time);
// Invalid for text that is not such a stamp, or one that could not be written back.
QDateTime fromTimestamp(const QString &text);

} // namespace aria::sync
