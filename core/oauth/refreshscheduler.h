#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

namespace aria::oauth {

// When to refresh the access token of each direct-mode connection ("gmail", "gmail-2"). Split from
// DirectOAuthConnector so that the timing rules (how long before expiry, what happens after a
// failure or while the connection is busy) can be read and tested apart from the grant.
//
// A refresh is due a margin before expiry: a fifth of the token's lifetime, at least 1 s and at
// most maxMarginS, so short-lived tokens are not refreshed almost at once and long-lived ones not
// hours early. The scheduler only says when (due()); the connector does the refresh and then
// plans the next one from the new expiry, or asks for a retry.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    // Tests pass a fixed time; the timers themselves still run on the event loop.
    using Clock = std::function<QDateTime()>;

    struct Policy {
        int maxMarginS = 300;              // refresh this long before expiry at most
        int retryAfterFailureMs = 60000;   // offline or a server hiccup: the token may still work
        int retryWhileBusyMs = 1000;       // a connect, sync or disconnect is running: look again soon
    };

    explicit RefreshScheduler(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    static qint64 marginS(qint64 lifetimeS, int maxMarginS);
    // How long from now until a token expiring at expiresAt should be refreshed; 0 when overdue.
    // A lifetime of 0 or less (not known) counts as an hour.
    qint64 delayMs(const QDateTime &expiresAt, qint64 lifetimeS) const;
    // True when a token expiring at expiresAt is within its margin (a sync refreshes it first).
    // False when expiresAt is invalid: such tokens are refreshed on a 401 only.
    bool isExpiring(const QDateTime &expiresAt, qint64 lifetimeS) const;

    // Plans the refresh of id, replacing any plan; an invalid expiresAt plans none.
    void schedule(const QString &id, const QDateTime &expiresAt, qint64 lifetimeS);
    // Asks again a little later, keeping the plan: after a failed refresh, or while busy.
    // Nothing happens when no plan exists (it was cancelled meanwhile).
    void retryAfterFailure(const QString &id);
    void retryWhileBusy(const QString &id);
    void cancel(const QString &id);

    bool isPlanned(const QString &id) const;
    // When the next refresh of id is due; invalid when none is planned.
    QDateTime nextRefreshAt(const QString &id) const;

Q_SIGNALS:
    // A refresh of id is due now. The plan stays (for retries) until schedule() or cancel().
    void due(const QString &connectionId);

private:
    void restart(const QString &id, qint64 delayMs);
    void fired(const QString &id, const QTimer *timer);

    Clock m_clock;
    Policy m_policy;
    QHash<QString, QTimer *> m_timers;
};

} // namespace aria::oauth
