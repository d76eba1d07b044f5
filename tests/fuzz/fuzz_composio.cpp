// libFuzzer harness for reading Composio's answers (core/composio/composioclient): the first two
// bytes pick an HTTP status, the rest is the body. classify() must give an error exactly for
// non-2xx answers (with a message), parseAccount/parseLink/parseAccountPage must read what the
// JSON says and nothing else: a link is "usable" only with an http(s) redirect_url and an
// account id, a page has one account per item and the next_cursor it names.
#include "composio/composioclient.h"

#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using fuzz::check;

constexpr int kStatuses[] = { 200, 201, 204, 400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503 };

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Mostly a status the service really sends, sometimes any number (0 = no answer at all).
    const auto [status, body] = fuzz::httpAnswer(data, size, kStatuses);
    if (status < 0)
        return 0;

    using aria::ComposioClient;
    using aria::ComposioError;
    const ComposioError e = ComposioClient::classify(QNetworkReply::NoError, status, body, QString());
    check(e.httpStatus == status);
    if (status == 0 || (status >= 200 && status < 300)) {
        check(e.ok() && e.message.isEmpty());
    } else {
        check(!e.ok() && !e.message.isEmpty());
        check((status == 429) == (e.kind == ComposioError::RateLimited));
        check((status == 401 || status == 403) == (e.kind == ComposioError::Unauthorized));
        check((status >= 500) == (e.kind == ComposioError::Server));
    }
    const ComposioError offline = ComposioClient::classify(QNetworkReply::ConnectionRefusedError, 0, body, QString());
    check(offline.kind == ComposioError::Offline && !offline.message.isEmpty());

    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const aria::ComposioAccount a = ComposioClient::parseAccount(o);
    check(a.id == o.value(QLatin1String("id")).toString());
    check(a.status == a.status.toUpper());
    check(fuzz::safeForTerminal(a.displayName) && fuzz::safeForTerminal(a.statusReason));
    check(fuzz::safeForTerminal(e.message) && fuzz::safeForTerminal(e.suggestedFix));
    if (!a.updatedAt.isNull())
        check(a.updatedAt.isValid());

    bool usable = false;
    const aria::ComposioLink link = ComposioClient::parseLink(o, &usable);
    if (usable) {
        check(link.redirectUrl.isValid() && !link.redirectUrl.scheme().isEmpty());
        check(link.redirectUrl.scheme() == u"https" || link.redirectUrl.scheme() == u"http");
        check(!link.connectedAccountId.isEmpty());
    }

    QString next = QStringLiteral("unset");
    const QList<aria::ComposioAccount> page = ComposioClient::parseAccountPage(o, &next);
    check(page.size() == o.value(QLatin1String("items")).toArray().size());
    check(next == o.value(QLatin1String("next_cursor")).toString());

    // The body's bytes as a Retry-After header: -1 or a delay, never negative otherwise.
    const int retryAfter = ComposioClient::retryAfterMs(body.left(64), QDateTime::fromSecsSinceEpoch(1764500000, Qt::UTC));
    check(retryAfter >= -1);
    return 0;
}
