#include "replyguard.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace aria {
namespace {

const char *const kHitProperty = "aria_reply_limit_hit";

void hit(QNetworkReply *reply, ReplyLimitHit why)
{
    if (reply->isFinished() || reply->property(kHitProperty).isValid())
        return;
    reply->setProperty(kHitProperty, int(why));
    reply->abort();
}

} // namespace

void guardReply(QNetworkReply *reply, const ReplyLimits &limits)
{
    if (limits.maxBytes > 0) {
        const qint64 max = limits.maxBytes;
        // Qt's network thread stops reading from the socket once this much waits unread, so the
        // bytes in memory stay bounded however late the abort below runs (answers are read
        // whole on finished(); one byte over the cap is enough to see it was exceeded).
        reply->setReadBufferSize(max + 1);
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, max] {
            // A declared length over the cap fails before a byte of the body is read.
            bool known = false;
            const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            if (known && declared > max)
                hit(reply, ReplyLimitHit::TooLarge);
        });
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, max](qint64 received, qint64) {
            if (received > max)
                hit(reply, ReplyLimitHit::TooLarge);
        });
    }
    if (limits.deadlineMs > 0) {
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [reply] { hit(reply, ReplyLimitHit::Deadline); });
        QObject::connect(reply, &QNetworkReply::finished, deadline, &QTimer::stop);
        deadline->start(limits.deadlineMs);
    }
}

ReplyLimitHit replyLimitHit(const QNetworkReply *reply)
{
    const QVariant v = reply->property(kHitProperty);
    return v.isValid() ? ReplyLimitHit(v.toInt()) : ReplyLimitHit::None;
}

bool isTransportFailure(QNetworkReply::NetworkError error)
{
    // Qt numbers connection-level errors 1-99 and proxy errors 101-199; 200 and up are
    // answers the server did send (404, 500, ...).
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

int retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = h.toDouble(&ok);
    if (ok)
        return !(seconds >= 0) ? -1 : int(std::min(seconds * 1000.0, 86400000.0)); // NaN: -1
    const QDateTime at
        = QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    // Capped like delta-seconds: a date weeks ahead must not overflow int into a negative delay.
    return int(std::clamp<qint64>(now.msecsTo(utc), 0, 86400000));
}

QNetworkReply *LimitedNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    guardReply(reply, m_limits);
    return reply;
}

} // namespace aria
