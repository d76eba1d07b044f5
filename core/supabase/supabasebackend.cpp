#include "supabasebackend.h"

#include "authclient.h"
#include "realtimeclient.h"
#include "restclient.h"
#include "rowcodec.h"

#include <QJsonArray>
#include <QUrl>

namespace aria::supabase {
namespace {

sync::SyncBackend::Outcome outcomeOf(RestClient::Response::Kind kind)
{
    using Kind = RestClient::Response::Kind;
    using Outcome = sync::SyncBackend::Outcome;
    switch (kind) {
    case Kind::Ok:
        return Outcome::Ok;
    case Kind::Transient:
        return Outcome::Transient;
    case Kind::Auth:
    case Kind::Denied:
        return Outcome::Refused;
    case Kind::Rejected:
        break;
    }
    return Outcome::Rejected;
}

// The parts of a REST answer every request reports.
template<typename T> T answerOf(const RestClient::Response &r)
{
    T a;
    a.outcome = outcomeOf(r.kind);
    a.message = r.message;
    a.retryAfterMs = r.retryAfterMs;
    return a;
}

} // namespace

SupabaseBackend::SupabaseBackend(AuthClient *auth, RestClient *rest, QObject *parent)
    : SyncBackend(parent)
    , m_auth(auth)
    , m_rest(rest)
{
    connect(auth, &AuthClient::stateChanged, this, [this] { Q_EMIT accountStateChanged(accountState()); });
    connect(auth, &AuthClient::userIdChanged, this, &SyncBackend::userIdChanged);
    connect(auth, &AuthClient::restored, this, &SyncBackend::restored);
    connect(auth, &AuthClient::signInFinished, this, &SyncBackend::signInFinished);
    connect(auth, &AuthClient::sessionExpired, this, &SyncBackend::sessionExpired);
}

void SupabaseBackend::setRealtime(RealtimeClient *realtime)
{
    m_realtime = realtime;
    connect(realtime, &RealtimeClient::liveChanged, this, &SyncBackend::liveChanged);
    connect(realtime, &RealtimeClient::changed, this, &SyncBackend::remoteChanged);
    connect(realtime, &RealtimeClient::subscribed, this, &SyncBackend::remoteChanged);
}

SupabaseBackend::AccountState SupabaseBackend::accountState() const
{
    switch (m_auth->state()) {
    case AuthClient::State::SignedOut:
        break;
    case AuthClient::State::Restoring:
        return AccountState::Restoring;
    case AuthClient::State::SigningIn:
        return AccountState::SigningIn;
    case AuthClient::State::SignedIn:
        return AccountState::SignedIn;
    }
    return AccountState::SignedOut;
}

bool SupabaseBackend::isConfigured() const
{
    return m_auth->isConfigured();
}

QString SupabaseBackend::userId() const
{
    return m_auth->userId();
}

QString SupabaseBackend::email() const
{
    return m_auth->email();
}

void SupabaseBackend::signOut()
{
    m_auth->signOut();
}

bool SupabaseBackend::isLive() const
{
    return m_realtime && m_realtime->isLive();
}

void SupabaseBackend::push(const QList<Connection> &batch, QObject *context, std::function<void(const PushAnswer &)> done)
{
    // One upsert for the batch (PostgREST takes all of it or refuses all of it).
    QJsonArray rows;
    for (const Connection &c : batch)
        rows.append(toRow(c, m_auth->userId()));
    const QByteArray body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    const bool single = batch.size() == 1;
    m_rest->send("POST", QStringLiteral("/user_integrations?on_conflict=user_id,connection_key"), body,
        "resolution=merge-duplicates,return=representation", context,
        [done, single](const RestClient::Response &r) {
            auto answer = answerOf<PushAnswer>(r);
            if (answer.outcome == Outcome::Rejected) {
                const QJsonObject error = r.body.object();
                answer.idTaken = single && error.value(QLatin1String("code")).toString() == u"23505"
                    && error.value(QLatin1String("message")).toString().contains(QLatin1String("_pkey"));
            }
            if (answer.ok()) {
                for (const QJsonValue &v : r.body.array()) {
                    Connection c;
                    if (fromRow(v.toObject(), &c))
                        answer.stored.append(c);
                }
            }
            done(answer);
        });
}

void SupabaseBackend::pull(const QString &since, int limit, QObject *context, std::function<void(const Page &)> done)
{
    QString query = QStringLiteral("/user_integrations?select=*");
    if (!since.isEmpty())
        query += QStringLiteral("&server_updated_at=gt.") + QString::fromLatin1(QUrl::toPercentEncoding(since));
    query += QStringLiteral("&order=server_updated_at.asc&limit=%1").arg(limit);
    m_rest->send("GET", query, QByteArray(), QByteArray(), context, [done](const RestClient::Response &r) {
        auto page = answerOf<Page>(r);
        if (page.ok()) {
            const QJsonArray rows = r.body.array();
            page.size = int(rows.size());
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                Connection c;
                if (fromRow(o, &c))
                    page.rows.append(c);
                const QString stamp = o.value(QLatin1String("server_updated_at")).toString();
                if (!stamp.isEmpty())
                    page.newestStamp = stamp; // ordered ascending: the last one is the newest
            }
        }
        done(page);
    });
}

void SupabaseBackend::listKeys(int limit, QObject *context, std::function<void(const Keys &)> done)
{
    m_rest->send("GET", QStringLiteral("/user_integrations?select=connection_key&limit=%1").arg(limit),
        QByteArray(), QByteArray(), context, [done, limit](const RestClient::Response &r) {
            auto keys = answerOf<Keys>(r);
            if (!keys.ok())
                return done(keys);
            const auto unreadable = [&](const QString &why) {
                keys.outcome = Outcome::Transient;
                keys.message = RestClient::unreadableMessage(why);
                done(keys);
            };
            if (!r.body.isArray())
                return unreadable(QStringLiteral("not a list"));
            const QJsonArray list = r.body.array();
            keys.count = int(list.size());
            // Possibly cut off by the server's row cap: an incomplete list proves nothing.
            keys.complete = list.size() < limit;
            if (!keys.complete)
                return done(keys);
            for (const QJsonValue &v : list) {
                const QString key = v.toObject().value(QLatin1String("connection_key")).toString();
                if (key.isEmpty()) // a list without the key column proves nothing either
                    return unreadable(QStringLiteral("no connection_key"));
                keys.keys.insert(key);
            }
            done(keys);
        });
}

} // namespace aria::supabase
