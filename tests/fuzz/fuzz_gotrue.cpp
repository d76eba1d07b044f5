// libFuzzer harness for reading Supabase's answers: GoTrue token answers as AuthClient adopts
// them (access_token, refresh_token, expires_at / expires_in, user) and GoTrue error bodies,
// and PostgREST answers as RestClient interprets them ({code,message,details,hint} under any
// status). The first two bytes pick an HTTP status, the rest is the body. Invariants: the
// session holds exactly the JSON's values, an accepted session (a refresh token, as sign-in
// and refresh require) has a valid expiry, and a non-2xx PostgREST answer is never Ok and
// always has a message. Messages are checked as safeLine() makes them (no control characters).
#include "common/safetext.h"
#include "supabase/authclient.h"
#include "supabase/restclient.h"

#include "fuzzcheck.h"

#include <QJsonDocument>

#include <cstdint>

using fuzz::check;

constexpr int kStatuses[] = { 200, 201, 204, 400, 401, 403, 404, 406, 408, 409, 422, 429, 500, 503 };

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Mostly a status the service really sends, sometimes any number (0 = no answer at all).
    const auto [status, body] = fuzz::httpAnswer(data, size, kStatuses);
    if (status < 0)
        return 0;
    const QJsonObject o = QJsonDocument::fromJson(body).object();

    using aria::supabase::AuthClient;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764500000, Qt::UTC);
    const AuthClient::Session s = AuthClient::parseSession(o, now);
    check(s.refreshToken == o.value(QLatin1String("refresh_token")).toString());
    check(s.accessToken == o.value(QLatin1String("access_token")).toString());
    check(s.userId == o.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString());
    if (!s.refreshToken.isEmpty())
        check(s.expiresAt.isValid());

    const QString message = AuthClient::errorMessage(o);
    if (!message.isEmpty()) {
        bool found = false;
        for (const char *field : { "msg", "error_description", "message", "error" })
            found = found || aria::safeLine(o.value(QLatin1String(field)).toString()) == message;
        check(found);
    }

    using Rest = aria::supabase::RestClient;
    const Rest::Response r = Rest::interpret(status, body, QStringLiteral("offline"));
    check(r.httpStatus == status);
    check(r.body == QJsonDocument::fromJson(body));
    QJsonParseError parseError {};
    QJsonDocument::fromJson(body, &parseError);
    if (status >= 200 && status < 300 && !body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError) {
        // Never a confirmation: the outbox must keep what an unreadable answer "acknowledged".
        check(r.kind == Rest::Response::Kind::Transient && !r.message.isEmpty());
    } else if (status >= 200 && status < 300) {
        check(r.kind == Rest::Response::Kind::Ok && r.message.isEmpty());
    } else {
        check(r.kind != Rest::Response::Kind::Ok && !r.message.isEmpty());
        if (status == 403)
            check(r.kind == Rest::Response::Kind::Denied);
        if (status == 0 || status >= 500 || status == 429)
            check(r.kind == Rest::Response::Kind::Transient);
    }
    return 0;
}
