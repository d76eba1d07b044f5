// libFuzzer harness for what a direct OAuth connection reads from providers: the token
// endpoint's answer as Qt's reply handler parses it for FlowRun (JSON or form-encoded, chosen by
// the first byte's low bit as the Content-Type), and the userinfo / introspection answer as
// providerhttp reads it (the second byte picks the status and the endpoint kind). Invariants:
// 401 or an inactive introspection result is "unauthorized" and never ok; any other answer is
// ok with displayNameFrom() of the body; token fields come from the body unchanged.
#include "oauth/providerhttp.h"

#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QOAuthOobReplyHandler>

#include <cstdint>
#include <cstring>
#include <iterator>

namespace {

using fuzz::check;

// A finished reply over fixed bytes, as the token endpoint's answer reaches the handler.
class CannedReply : public QNetworkReply
{
public:
    CannedReply(const QByteArray &body, const QByteArray &contentType)
        : m_body(body)
    {
        setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override { }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_body.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_body.size() ? -1 : 0;
        memcpy(out, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

QCoreApplication *g_app = nullptr;
QOAuthOobReplyHandler *g_handler = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    g_handler = new QOAuthOobReplyHandler;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool json = data[0] & 1;
    const int statuses[] = { 200, 200, 401, 400, 403, 500 };
    const int status = statuses[data[1] % std::size(statuses)];
    const bool introspection = data[1] & 0x80;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    // Token endpoint answer through Qt's handler (what QOAuth2AuthorizationCodeFlow reads).
    QVariantMap received;
    bool gotTokens = false;
    QObject guard;
    QObject::connect(g_handler, &QAbstractOAuthReplyHandler::tokensReceived, &guard,
        [&](const QVariantMap &tokens) {
            received = tokens;
            gotTokens = true;
        });
    CannedReply reply(body, json ? QByteArrayLiteral("application/json; charset=utf-8")
                                 : QByteArrayLiteral("application/x-www-form-urlencoded"));
    static_cast<QAbstractOAuthReplyHandler *>(g_handler)->networkReplyFinished(&reply);
    if (gotTokens && json) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (o.value(QLatin1String("access_token")).isString())
            check(received.value(QStringLiteral("access_token")).toString()
                  == o.value(QLatin1String("access_token")).toString());
    }
    // What FlowRun derives: a lifetime from expires_in must not wrap around.
    const qint64 expiresIn = received.value(QStringLiteral("expires_in")).toLongLong();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764500000, Qt::UTC);
    if (expiresIn > 0 && expiresIn < 100LL * 365 * 86400)
        check(now.addSecs(expiresIn) > now);

    // Userinfo / introspection answer.
    const aria::oauth::ProfileResult p = aria::oauth::profileFromAnswer(status, introspection, body);
    const QJsonObject profile = QJsonDocument::fromJson(body).object();
    const bool inactive = introspection && status == 200 && !profile.value(QLatin1String("active")).toBool(true);
    if (status >= 200 && status < 300 && !QJsonDocument::fromJson(body).isObject()) {
        check(!p.ok && !p.unauthorized && !p.message.isEmpty()); // unreadable: never a passed check
    } else if (status == 401 || inactive) {
        check(p.unauthorized && !p.ok && !p.message.isEmpty());
    } else {
        check(p.ok && !p.unauthorized);
        check(p.displayName == aria::oauth::displayNameFrom(profile));
    }
    return 0;
}
