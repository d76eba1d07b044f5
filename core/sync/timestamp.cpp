#include "timestamp.h"

namespace aria::sync {

QString toTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    // PostgreSQL prints microseconds and "+00:00"; Qt reads fractions beyond milliseconds
    // by rounding, so cut them to keep the store's millisecond precision exact.
    QString t = text;
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs).toUTC();
    // Only what can be written back: a UTC year outside 1..9999 (e.g. "0000-01-01T00:30+01:00")
    // parses but prints as nothing, so such a row could never be pushed again.
    return dt.isValid() && !toTimestamp(dt).isEmpty() ? dt : QDateTime();
}

} // namespace aria::sync
