#pragma once

// A second SyncBackend, in memory: what one account holds "on the server", to test the sync
// engine against the interface (conflicts, refusals, retries, remote events) without a network.
// Writes follow the Supabase table's rules (supabase/migrations): an upsert by connection key
// keeps the row's id, a write older than the stored row is ignored (last writer wins on
// updatedAt), every accepted write gets a new server stamp. Answers come from the event loop,
// as a server's would. Faults are scripted per kind of request.

#include "sync/syncbackend.h"
#include "sync/timestamp.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QTimer>

#include <algorithm>

namespace aria::test {

class MemoryBackend : public sync::SyncBackend
{
public:
    enum class Request { Push, Pull, Keys };
    struct Fault {
        Outcome outcome = Outcome::Transient;
        QString message;
        int retryAfterMs = -1;
    };

    // Server side ----------------------------------------------------------------------------
    // Another device wrote this row.
    void putRemote(Connection c)
    {
        c.userId = m_userId;
        store(c);
    }
    void removeRemote(const QString &key) { m_rows.remove(key); }
    std::optional<Connection> remote(const QString &key) const
    {
        const auto it = m_rows.constFind(key);
        return it == m_rows.cend() ? std::nullopt : std::optional<Connection>(it->connection);
    }
    // The next `times` requests of that kind fail so.
    void failNext(Request request, const Fault &fault, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            m_faults[request].append(fault);
    }
    // A push carrying one of these keys is rejected whole (as PostgREST refuses a batch).
    QSet<QString> rejectKeys;
    // The next n pushes of this key alone are rejected with idTaken.
    QHash<QString, int> idTaken;
    // What was asked: the size of each pushed batch, the number of pulls and key lists.
    QList<int> pushedBatches;
    int pulls = 0;
    int keyLists = 0;

    // Account --------------------------------------------------------------------------------
    void signIn(const QString &userId)
    {
        m_state = AccountState::SignedIn;
        m_userId = userId;
        Q_EMIT accountStateChanged(m_state); // in AuthClient's order: state, then user
        Q_EMIT userIdChanged(m_userId);
    }
    void setLive(bool live)
    {
        m_live = live;
        Q_EMIT liveChanged(live);
    }

    AccountState accountState() const override { return m_state; }
    bool isConfigured() const override { return true; }
    QString userId() const override { return m_userId; }
    QString email() const override { return m_userId.isEmpty() ? QString() : m_userId + QStringLiteral("@example.com"); }
    void signOut() override
    {
        m_state = AccountState::SignedOut;
        m_userId.clear();
        Q_EMIT accountStateChanged(m_state);
        Q_EMIT userIdChanged(QString());
    }
    bool isLive() const override { return m_live; }

    void push(const QList<Connection> &rows, QObject *context, std::function<void(const PushAnswer &)> done) override
    {
        pushedBatches.append(int(rows.size()));
        PushAnswer answer;
        if (!takeFault(Request::Push, &answer)) {
            const QString key = rows.size() == 1 ? rows.first().key() : QString();
            const bool rejected = std::any_of(rows.cbegin(), rows.cend(), [this](const Connection &c) {
                return rejectKeys.contains(c.key());
            });
            if (rejected) {
                answer.outcome = Outcome::Rejected;
                answer.message = QStringLiteral("check constraint violated");
            } else if (!key.isEmpty() && idTaken.value(key) > 0) {
                --idTaken[key];
                answer.outcome = Outcome::Rejected;
                answer.idTaken = true;
                answer.message = QStringLiteral("duplicate key value violates unique constraint \"user_integrations_pkey\"");
            } else {
                answer.outcome = Outcome::Ok;
                for (Connection c : rows) {
                    c.userId = m_userId;
                    answer.stored.append(store(c));
                }
            }
        }
        later(context, [done, answer] { done(answer); });
    }

    void pull(const QString &since, int limit, QObject *context, std::function<void(const Page &)> done) override
    {
        ++pulls;
        Page page;
        if (!takeFault(Request::Pull, &page)) {
            page.outcome = Outcome::Ok;
            const qint64 after = since.isEmpty() ? -1 : sync::fromTimestamp(since).toMSecsSinceEpoch();
            QList<const Row *> newer;
            for (const Row &row : m_rows) {
                if (row.stamp > after)
                    newer.append(&row);
            }
            std::sort(newer.begin(), newer.end(), [](const Row *a, const Row *b) { return a->stamp < b->stamp; });
            for (const Row *row : newer.mid(0, limit)) {
                page.rows.append(row->connection);
                page.newestStamp = sync::toTimestamp(QDateTime::fromMSecsSinceEpoch(row->stamp, Qt::UTC));
            }
            page.size = int(page.rows.size());
        }
        later(context, [done, page] { done(page); });
    }

    void listKeys(int limit, QObject *context, std::function<void(const Keys &)> done) override
    {
        ++keyLists;
        Keys keys;
        if (!takeFault(Request::Keys, &keys)) {
            keys.outcome = Outcome::Ok;
            keys.count = int(m_rows.size());
            keys.complete = keys.count < limit;
            for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
                keys.keys.insert(it.key());
        }
        later(context, [done, keys] { done(keys); });
    }

private:
    struct Row {
        Connection connection;
        qint64 stamp = 0; // the server's clock at the last accepted write (ms)
    };

    Connection store(Connection c)
    {
        const auto it = m_rows.find(c.key());
        if (it != m_rows.end()) {
            if (c.updatedAt < it->connection.updatedAt)
                return it->connection; // a stale write changes nothing
            c.rowId = it->connection.rowId; // the row keeps its id and creation time
            c.createdAt = it->connection.createdAt;
        }
        m_clock += 1;
        m_rows[c.key()] = Row { c, m_clock };
        return c;
    }
    bool takeFault(Request request, Answer *answer)
    {
        if (m_state != AccountState::SignedIn) {
            answer->outcome = Outcome::Refused;
            answer->message = QStringLiteral("not signed in");
            return true;
        }
        if (m_faults[request].isEmpty())
            return false;
        const Fault f = m_faults[request].takeFirst();
        answer->outcome = f.outcome;
        answer->message = f.message;
        answer->retryAfterMs = f.retryAfterMs;
        return true;
    }
    template<typename F> static void later(QObject *context, F f) { QTimer::singleShot(0, context, f); }

    AccountState m_state = AccountState::SignedOut;
    QString m_userId;
    bool m_live = false;
    QMap<QString, Row> m_rows; // by connection key
    QMap<Request, QList<Fault>> m_faults;
    qint64 m_clock = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
};

} // namespace aria::test
