#include "refreshscheduler.h"

#include <QTimer>

#include <limits>

namespace aria::oauth {

RefreshScheduler::RefreshScheduler(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

qint64 RefreshScheduler::marginS(qint64 lifetimeS, int maxMarginS)
{
    return qBound(qint64(1), lifetimeS / 5, qint64(maxMarginS));
}

qint64 RefreshScheduler::delayMs(const QDateTime &expiresAt, qint64 lifetimeS) const
{
    const qint64 margin = marginS(lifetimeS > 0 ? lifetimeS : 3600, m_policy.maxMarginS);
    return qMax<qint64>(0, m_clock().msecsTo(expiresAt) - margin * 1000);
}

bool RefreshScheduler::isExpiring(const QDateTime &expiresAt, qint64 lifetimeS) const
{
    return expiresAt.isValid() && m_clock().secsTo(expiresAt) <= marginS(lifetimeS, m_policy.maxMarginS);
}

void RefreshScheduler::schedule(const QString &id, const QDateTime &expiresAt, qint64 lifetimeS)
{
    cancel(id);
    if (!expiresAt.isValid())
        return; // the provider gave no lifetime: refresh on a 401 only
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, timer] { fired(id, timer); });
    m_timers.insert(id, timer);
    restart(id, delayMs(expiresAt, lifetimeS));
}

void RefreshScheduler::retryAfterFailure(const QString &id)
{
    restart(id, m_policy.retryAfterFailureMs);
}

void RefreshScheduler::retryWhileBusy(const QString &id)
{
    restart(id, m_policy.retryWhileBusyMs);
}

void RefreshScheduler::restart(const QString &id, qint64 delayMs)
{
    if (QTimer *timer = m_timers.value(id))
        timer->start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void RefreshScheduler::cancel(const QString &id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater(); // it may be the one whose timeout is being delivered
    }
}

bool RefreshScheduler::isPlanned(const QString &id) const
{
    const QTimer *timer = m_timers.value(id);
    return timer && timer->isActive();
}

QDateTime RefreshScheduler::nextRefreshAt(const QString &id) const
{
    const QTimer *timer = m_timers.value(id);
    if (!timer || !timer->isActive())
        return QDateTime();
    return m_clock().addMSecs(timer->remainingTime());
}

void RefreshScheduler::fired(const QString &id, const QTimer *timer)
{
    // Only the current plan counts; a replaced timer is on its way out (deleteLater).
    if (m_timers.value(id) == timer)
        Q_EMIT due(id);
}

} // namespace aria::oauth
