#include "replyguard.h"

#include <QTimer>

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

QNetworkReply *LimitedNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    guardReply(reply, m_limits);
    return reply;
}

} // namespace aria
