#include "replyguard.h"

#include "common/safetext.h"
#include "servicerequest.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace aria {
namespace {

const char *const kHitProperty = "aria_reply_limit_hit";

// The most Qt 6.4's HTTP thread reads from the socket in one piece for a body without
// Content-Length (QHttpNetworkReplyPrivate::readReplyBodyRaw). That thread stops passing data
// on short of the read-buffer size when the next piece does not fit whole (the loop in
// QHttpThreadDelegate::readyReadSlot compares the last piece, not the total, with what is
// left) and waits for the application to read, which ours does only on finished(). With this
// much slack it stops past the cap, where the readyRead check below sees it.
constexpr qint64 kQtReadBlock = 128 * 1024;

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
        // Qt's HTTP thread stops reading from the socket once this much waits unread, so the
        // bytes in memory stay bounded however late the checks below run (answers are read
        // whole on finished(); one byte over the cap is enough to see it was exceeded).
        // Qt 6.4 hands the size to that thread only as a queued signal that its request object
        // applies only if it exists already, i.e. if the request has started. A GET starts
        // inside QNetworkAccessManager::get(), so the call here reaches it; a request with a
        // body (POST, PUT, custom verbs, the token requests of QOAuth2AuthorizationCodeFlow)
        // starts on a call Qt queued on the reply, and the size given before it is dropped:
        // that thread then reads everything. Giving it again from a call queued behind Qt's
        // start puts it in the HTTP thread's queue right behind the start of the request, i.e.
        // before the connection is even opened. (A sequential upload device, buffered by Qt
        // over several turns of the event loop first, is not covered; none is used here.)
        const qint64 readBuffer = max + 1 + kQtReadBlock;
        reply->setReadBufferSize(readBuffer);
        QMetaObject::invokeMethod(
            reply,
            [reply, readBuffer] {
                if (!reply->isFinished())
                    reply->setReadBufferSize(readBuffer);
            },
            Qt::QueuedConnection);
        // With the read buffer bounded, the body stops there, and Qt rate-limits
        // downloadProgress (the last one of a burst may never come): check what is buffered on
        // every readyRead too, or a body with no Content-Length would wait for a timeout.
        QObject::connect(reply, &QIODevice::readyRead, reply, [reply, max] {
            if (reply->bytesAvailable() > max)
                hit(reply, ReplyLimitHit::TooLarge);
        });
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

namespace {

bool cutShort(const QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError || reply->operation() == QNetworkAccessManager::HeadOperation)
        return false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status == 204 || status == 304) // no body by definition
        return false;
    bool known = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (!known)
        return false;
    // Qt inflates a compressed body: its length is not the declared one.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    return reply->bytesAvailable() < declared;
}

} // namespace

QNetworkReply::NetworkError replyError(const QNetworkReply *reply)
{
    return cutShort(reply) ? QNetworkReply::RemoteHostClosedError : reply->error();
}

QString replyErrorString(const QNetworkReply *reply)
{
    if (cutShort(reply))
        return QCoreApplication::translate("ReplyGuard", "the connection closed before the whole answer arrived");
    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        // Qt says only "Insecure redirect"; say where to and that nothing went there.
        const QUrl target = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        const QString where = target.host().isEmpty()
            ? QCoreApplication::translate("ReplyGuard", "another server")
            : target.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                | QUrl::FullyEncoded);
        return QCoreApplication::translate("ReplyGuard",
            "the answer was a redirect to %1, which is not followed, so no key or token was sent there")
            .arg(where);
    }
    return safeLine(reply->errorString()); // holds the server's reason phrase for HTTP errors
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
    // HTTP/1.1 only: the bound above is what Qt's HTTP/1.1 code does with a read-buffer size
    // (measured by tst_replyguard and the drills); its HTTP/2 code (negotiated on https) was not
    // measured, and token endpoints gain nothing from it.
    QNetworkRequest http1(request);
    http1.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Qt builds the flow's token requests (code, verifier, client secret) without asking us.
    keepRedirectsOnOrigin(&http1);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, http1, outgoingData);
    guardReply(reply, m_limits);
    return reply;
}

} // namespace aria
