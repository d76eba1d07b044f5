#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace aria {

// Qt's transfer timeout only measures silence: a server that trickles a byte now and then
// never trips it, and a reply buffers whatever body arrives, however large. guardReply()
// bounds one reply: its body to maxBytes (checked against Content-Length first, then while
// it arrives) and its whole run to deadlineMs. Past either it is aborted (finished() with
// OperationCanceledError) and replyLimitHit() tells which limit it was. Qt's HTTP thread is
// told to stop reading too, so a reply holds at most maxBytes + 1 + 128 KB of an oversized
// body however late the abort runs (tst_replyguard). Call it right after the request is made.
struct ReplyLimits {
    qint64 maxBytes = 8 * 1024 * 1024;
    int deadlineMs = 0; // 0: no overall deadline
};

enum class ReplyLimitHit { None, TooLarge, Deadline };

// Whole megabytes, for messages. (A cast expression as tr()'s plural argument hangs lupdate.)
constexpr int megabytes(qint64 bytes)
{
    return int(bytes / (1024 * 1024));
}

void guardReply(QNetworkReply *reply, const ReplyLimits &limits);
ReplyLimitHit replyLimitHit(const QNetworkReply *reply);

// The overall deadline for a request whose transfer (silence) timeout is given: long enough
// for a slow but moving answer, short enough that a trickle cannot hold a flow for ever.
inline int deadlineForTimeout(int transferTimeoutMs)
{
    return transferTimeoutMs > 0 ? transferTimeoutMs * 3 : 0;
}

// The connection failed or broke (refused, reset, closed early, timed out), even when a status
// line had already arrived: the status and any body of such a reply cannot be trusted.
bool isTransportFailure(QNetworkReply::NetworkError error);

// reply->error(), except that an answer cut short of its declared Content-Length counts as the
// connection closing (RemoteHostClosedError): Qt 6.4 sometimes finishes a request whose
// connection broke after the headers with NoError and a short or empty body (seen for POSTs
// under load). Call these on finished(), before reading the body.
QNetworkReply::NetworkError replyError(const QNetworkReply *reply);
QString replyErrorString(const QNetworkReply *reply);

// Retry-After as delta-seconds or an HTTP date, in ms from now (capped at a day); -1 when
// absent or unreadable.
int retryAfterMs(const QByteArray &header, const QDateTime &now);

// A manager that guards every reply it creates, for code whose requests are made inside Qt
// (QOAuth2AuthorizationCodeFlow).
class LimitedNetworkAccessManager : public QNetworkAccessManager
{
public:
    LimitedNetworkAccessManager(const ReplyLimits &limits, QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_limits(limits)
    {
    }

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData = nullptr) override;

private:
    ReplyLimits m_limits;
};

} // namespace aria
