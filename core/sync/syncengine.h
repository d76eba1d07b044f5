#pragma once

#include "syncbackend.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <random>

namespace aria {
class ConnectionStore;
}

namespace aria::sync {

// Two-way sync of connection metadata between the local store and a SyncBackend (Supabase's
// user_integrations in the app).
// A cycle pushes the outbox in batches (one upsert request per batch), then pulls what
// changed on the server since the last cursor (everything the first time) and merges it,
// last writer wins on updated_at, then lists the user's keys once to remove rows deleted on
// the server. Crash safety comes from the store: a change and its outbox
// entry commit together, an entry leaves the outbox only once the server confirmed that
// version, and upserts are idempotent, so replaying a push after a crash duplicates nothing.
//
// When it runs: shortly after a local change (debounced), at sign-in, when the network
// returns (networkAvailable()), and periodically while signed in. Failures that may pass
// (SyncBackend::Outcome::Transient: offline, timeouts, 5xx) retry with capped exponential
// backoff and jitter; refusals (4xx) stop and are shown (a refused batch is retried row by
// row, so one bad row holds back only itself).
// Signed out, no timer runs and everything stays local.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,
        Idle, // in sync as far as we know
        Pending, // local changes wait for the debounce
        Syncing,
        Offline, // a transient failure; a retry is scheduled
        Failed, // the server refused (4xx): see lastError(); retried on the next change or sign-in
    };
    Q_ENUM(State)

    struct Timing {
        int debounceMs = 1500;
        int periodicMs = 5 * 60 * 1000;
        int backoffBaseMs = 2000;
        int backoffCapMs = 5 * 60 * 1000;
        int batchSize = 100;
        int pageSize = 500;
        int pullOverlapMs = 5000; // re-read this much before the cursor (commits in flight)
        // Rows asked for when listing the user's keys to find server-side deletions (far
        // more than the catalog has; a full answer may be cut off and is not used).
        int keyListLimit = 1000;
        // Realtime events within this long of the first one lead to one pull (a transaction's
        // rows arrive as one event each, back to back).
        int remoteCoalesceMs = 100;
        // While live, other devices wait on our push: a local change goes out after this
        // instead of debounceMs (still batching a burst of changes into one request).
        int liveDebounceMs = 150;
    };

    // Both must outlive the engine. The backend's remoteChanged() and liveChanged() drive
    // remoteChanged() and setLive().
    SyncEngine(ConnectionStore *store, SyncBackend *backend, QObject *parent = nullptr);
    void setTiming(const Timing &timing) { m_timing = timing; }

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSyncedAt() const;
    // When the engine of this store last finished a cycle (for readers without an engine).
    static QDateTime lastSyncedAt(const ConnectionStore &store);
    int pendingCount() const;
    // True while a debounce, retry or periodic timer is armed (tests check none runs signed out).
    bool hasTimerRunning() const;
    int consecutiveFailures() const { return m_failures; }
    // Paused: no automatic cycle (after changes, periodic, retries, network back) and no
    // timer armed; an explicit syncNow() still runs. Unpausing catches up at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Live: a Realtime subscription tells about every change on the server, so the periodic
    // timer does not run; it comes back when the subscription is down.
    void setLive(bool live);
    bool isLive() const { return m_live; }

public Q_SLOTS:
    // Runs a cycle now (or right after the running one).
    void syncNow();
    // The network came back: retry at once instead of waiting for the backoff.
    void networkAvailable();
    // Calls networkAvailable() when the system reports reachability again (needs a
    // QNetworkInformation backend; without one, backoff retries still get there).
    void followSystemReachability();
    // The server says something changed (a Realtime event, or the subscription just started
    // and may have missed some): an incremental pull soon. Events are triggers, not data: the
    // pull cursor stays the single source of truth, and a burst leads to one pull.
    void remoteChanged();
    // Another process (the command line) committed to the store: push what it queued.
    void storeChangedExternally();

Q_SIGNALS:
    void stateChanged(aria::sync::SyncEngine::State state);
    // One cycle ended; ok=false carries the message shown to the user.
    void syncFinished(bool ok, const QString &message);

private:
    void setState(State state);
    void onAuthChanged();
    void arm(QTimer &timer, int delayMs);
    void push();
    void pull(const QString &cursor, bool first);
    // After the pull: one GET of the user's keys; rows synced before and missing there were
    // deleted on the server and are removed here (never pushed back).
    void removeDeletedOnServer();
    // Ends a cycle whose push and pull went through (reporting rows the server refused).
    void finishPulled();
    // retryAfterMs: the server asked to wait that long before the next attempt (-1: not).
    void finishCycle(bool ok, const QString &message, bool transient, int retryAfterMs = -1);
    // Ends the cycle with a failed request's answer.
    void finishFailed(const SyncBackend::Answer &answer);
    int backoffDelay();
    void queueLocalChange();

    bool m_paused = false;
    bool m_live = false;
    QPointer<ConnectionStore> m_store;
    QPointer<SyncBackend> m_backend;
    Timing m_timing;
    State m_state = State::SignedOut;
    QString m_lastError;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    int m_pushRounds = 0;
    bool m_isolating = false;         // a batch was refused: push one row at a time
    QMap<QString, QString> m_refused; // connection id -> why, in this cycle
    QSet<QString> m_renewed;          // rows given a new id in this cycle
    QTimer m_debounce;
    QTimer m_retry;
    QTimer m_periodic;
    QTimer m_remote;
    std::mt19937 m_random { std::random_device {}() };
};

} // namespace aria::sync
