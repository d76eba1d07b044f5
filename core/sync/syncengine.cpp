#include "syncengine.h"

#include "common/logging.h"
#include "store/connectionstore.h"
#include "timestamp.h"

#include <QNetworkInformation>

#include <algorithm>

namespace aria::sync {
namespace {
const QString kCursorKey = QStringLiteral("pull_cursor");
const QString kLastSyncKey = QStringLiteral("last_synced_at");
const QString kAccountKey = QStringLiteral("account");
} // namespace

SyncEngine::SyncEngine(ConnectionStore *store, SyncBackend *backend, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backend(backend)
{
    for (QTimer *t : { &m_debounce, &m_retry, &m_remote })
        t->setSingleShot(true);
    for (QTimer *t : { &m_debounce, &m_retry, &m_periodic, &m_remote })
        connect(t, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(store, &ConnectionStore::localChangeQueued, this, &SyncEngine::queueLocalChange);
    connect(backend, &SyncBackend::accountStateChanged, this, &SyncEngine::onAuthChanged);
    connect(backend, &SyncBackend::userIdChanged, this, [this](const QString &userId) {
        if (!userId.isEmpty())
            syncNow(); // signed in: upload local rows, fetch the account's rows
    });
    connect(backend, &SyncBackend::liveChanged, this, &SyncEngine::setLive);
    connect(backend, &SyncBackend::remoteChanged, this, &SyncEngine::remoteChanged);
    onAuthChanged();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::onAuthChanged()
{
    if (m_backend->isSignedIn()) {
        if (!m_periodic.isActive() && !m_live)
            arm(m_periodic, m_timing.periodicMs);
        if (m_state == State::SignedOut)
            setState(pendingCount() > 0 ? State::Pending : State::Idle);
        return;
    }
    if (m_backend->accountState() == SyncBackend::AccountState::SignedOut) {
        m_debounce.stop();
        m_retry.stop();
        m_periodic.stop();
        m_remote.stop();
        m_failures = 0;
        setState(State::SignedOut);
    }
}

bool SyncEngine::hasTimerRunning() const
{
    return m_debounce.isActive() || m_retry.isActive() || m_periodic.isActive() || m_remote.isActive();
}

QDateTime SyncEngine::lastSyncedAt() const
{
    return lastSyncedAt(*m_store);
}

QDateTime SyncEngine::lastSyncedAt(const ConnectionStore &store)
{
    return fromTimestamp(store.syncValue(kLastSyncKey));
}

int SyncEngine::pendingCount() const
{
    return int(m_store->pendingChanges().size());
}

void SyncEngine::arm(QTimer &timer, int delayMs)
{
    if (!m_paused)
        timer.start(delayMs);
}

void SyncEngine::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        for (QTimer *t : { &m_debounce, &m_retry, &m_periodic, &m_remote })
            t->stop();
        return;
    }
    if (!m_backend->isSignedIn())
        return;
    if (!m_live)
        arm(m_periodic, m_timing.periodicMs);
    if (pendingCount() > 0 || m_state == State::Offline)
        syncNow();
}

void SyncEngine::queueLocalChange()
{
    if (!m_backend->isSignedIn())
        return; // stays queued; pushed at the next sign-in
    if (m_state != State::Syncing)
        setState(State::Pending);
    arm(m_debounce, m_live ? m_timing.liveDebounceMs : m_timing.debounceMs);
}

void SyncEngine::storeChangedExternally()
{
    if (pendingCount() > 0)
        queueLocalChange();
}

void SyncEngine::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (live)
        m_periodic.stop();
    else if (m_backend->isSignedIn())
        arm(m_periodic, m_timing.periodicMs);
}

void SyncEngine::remoteChanged()
{
    // Not restarted by later events: the first one bounds the latency of the burst.
    if (m_backend->isSignedIn() && !m_remote.isActive())
        arm(m_remote, m_timing.remoteCoalesceMs);
}

void SyncEngine::networkAvailable()
{
    if (!m_paused && m_backend->isSignedIn() && (m_state == State::Offline || pendingCount() > 0)) {
        m_failures = 0;
        syncNow();
    }
}

void SyncEngine::followSystemReachability()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability r) {
            if (r == QNetworkInformation::Reachability::Online)
                networkAvailable();
        });
}

void SyncEngine::syncNow()
{
    if (!m_backend->isSignedIn())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_debounce.stop();
    m_retry.stop();
    m_remote.stop();
    m_running = true;
    m_again = false;
    m_pushRounds = 0;
    m_isolating = false;
    m_refused.clear();
    m_renewed.clear();
    setState(State::Syncing);
    // A different account than the rows were last synced with: upload everything under it.
    if (m_store->syncValue(kAccountKey) != m_backend->userId() && !m_store->adoptAccount(m_backend->userId())) {
        finishCycle(false, m_store->errorString(), false);
        return;
    }
    push();
}

void SyncEngine::push()
{
    // Rows the server refused in this cycle are left out; after a refused batch, rows go one
    // by one so that one bad row cannot hold back the others.
    const int limit = m_isolating ? 1 : m_timing.batchSize;
    QList<ConnectionStore::Pending> batch;
    for (const auto &p : m_store->pendingRows(limit + int(m_refused.size()))) {
        if (!m_refused.contains(p.connection.key()) && batch.size() < limit)
            batch.append(p);
    }
    // A row changed during its own push stays queued; bound the rounds so a busy writer
    // cannot keep one cycle alive forever (the next cycle picks the rest up).
    if (batch.isEmpty() || ++m_pushRounds > 20 + int(m_refused.size())) {
        pull(m_store->syncValue(kCursorKey), true);
        return;
    }
    QList<Connection> rows;
    for (const auto &p : batch)
        rows.append(p.connection);
    m_backend->push(rows, this, [this, batch](const SyncBackend::PushAnswer &r) {
        if (r.outcome == SyncBackend::Outcome::Rejected) {
            const QString type = batch.first().connection.key();
            if (batch.size() > 1) {
                m_isolating = true;
            } else if (r.idTaken && !m_renewed.contains(type)) {
                // Under this account it is a new row: give it a new id (once per cycle).
                m_renewed.insert(type);
                if (!m_store->renewRowId(type))
                    m_refused.insert(type, m_store->errorString());
            } else {
                m_refused.insert(type, r.message);
            }
            push();
            return;
        }
        if (!r.ok())
            return finishFailed(r);
        if (!m_store->acknowledgePush(batch, r.stored)) {
            finishCycle(false, m_store->errorString(), false);
            return;
        }
        qCDebug(lcApp) << "pushed" << batch.size() << "row(s)";
        push();
    });
}

void SyncEngine::pull(const QString &cursor, bool first)
{
    QString from = cursor;
    if (first && !cursor.isEmpty()) { // overlap: a write committed late may carry an earlier server stamp
        const QDateTime t = fromTimestamp(cursor);
        if (t.isValid())
            from = toTimestamp(t.addMSecs(-m_timing.pullOverlapMs));
    }
    m_backend->pull(from, m_timing.pageSize, this, [this, cursor](const SyncBackend::Page &page) {
        if (!page.ok())
            return finishFailed(page);
        QString next = page.newestStamp.isEmpty() ? cursor : page.newestStamp;
        // Never move the cursor backwards (the overlap re-reads older rows).
        if (!cursor.isEmpty() && fromTimestamp(next) < fromTimestamp(cursor))
            next = cursor;
        if (!m_store->mergeRemote(page.rows, kCursorKey, next)) {
            finishCycle(false, m_store->errorString(), false);
            return;
        }
        if (page.size >= m_timing.pageSize && next != cursor) {
            pull(next, false);
            return;
        }
        removeDeletedOnServer();
    });
}

void SyncEngine::removeDeletedOnServer()
{
    // The incremental pull only sees rows that still exist. Rows deleted on the server
    // (dashboard, SQL) show up as keys missing from the user's list of connection keys;
    // only rows known to have reached the server and with nothing queued can be gone there.
    // Read before the request, so that a row pushed or changed meanwhile is never taken.
    const QHash<QString, qint64> candidates = m_store->serverDeletionCandidates();
    if (candidates.isEmpty()) {
        finishPulled(); // nothing could have been deleted: no request
        return;
    }
    m_backend->listKeys(m_timing.keyListLimit, this, [this, candidates](const SyncBackend::Keys &keys) {
        if (!keys.ok())
            return finishFailed(keys);
        if (!keys.complete) {
            qCWarning(lcApp) << "server lists" << keys.count << "rows or more; deletions not checked";
            finishPulled();
            return;
        }
        QStringList removed;
        if (!m_store->removeDeletedOnServer(candidates, keys.keys, &removed)) {
            finishCycle(false, m_store->errorString(), false);
            return;
        }
        if (!removed.isEmpty())
            qCInfo(lcApp).noquote() << "deleted on the server, removed here:" << removed.join(u", ");
        finishPulled();
    });
}

void SyncEngine::finishFailed(const SyncBackend::Answer &answer)
{
    finishCycle(false, answer.message, answer.outcome == SyncBackend::Outcome::Transient, answer.retryAfterMs);
}

void SyncEngine::finishPulled()
{
    if (m_refused.isEmpty()) {
        finishCycle(true, QString(), false);
        return;
    }
    QStringList why;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        why << tr("%1: %2").arg(it.key(), it.value());
    finishCycle(false, why.join(QLatin1Char('\n')), false);
}

int SyncEngine::backoffDelay()
{
    // Capped exponential backoff with "equal jitter": half fixed, half random.
    const qint64 exp = qint64(m_timing.backoffBaseMs) << qMin(m_failures - 1, 20);
    const qint64 capped = qMin<qint64>(exp, m_timing.backoffCapMs);
    std::uniform_int_distribution<qint64> jitter(0, capped / 2);
    return int(capped / 2 + jitter(m_random));
}

void SyncEngine::finishCycle(bool ok, const QString &message, bool transient, int retryAfterMs)
{
    m_running = false;
    m_lastError = message;
    if (ok) {
        m_failures = 0;
        m_store->setSyncValue(kLastSyncKey, toTimestamp(QDateTime::currentDateTimeUtc()));
        setState(pendingCount() > 0 ? State::Pending : State::Idle);
    } else if (!m_backend->isSignedIn()) {
        setState(State::SignedOut);
    } else if (transient) {
        ++m_failures;
        // Never sooner than a rate-limiting server asked for (at most an hour).
        const int delay = std::max(backoffDelay(), std::min(retryAfterMs, 3600 * 1000));
        qCInfo(lcApp).noquote() << "sync failed, retry in" << delay << "ms:" << message;
        arm(m_retry, delay);
        setState(State::Offline);
    } else {
        qCWarning(lcApp).noquote() << "sync refused:" << message;
        setState(State::Failed);
    }
    Q_EMIT syncFinished(ok, message);
    if (m_again && m_backend->isSignedIn() && (ok || !transient))
        syncNow();
    else if (ok && pendingCount() > 0 && m_backend->isSignedIn())
        arm(m_debounce, m_timing.debounceMs);
}

} // namespace aria::sync
