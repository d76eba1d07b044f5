#pragma once

#include "domain/status.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace aria {
class ConnectionsModel;
}

namespace aria::ui {

// A desktop notification about one integration.
struct TrayNotification {
    enum Kind { Connected, Failed, Expired };
    Kind kind = Connected;
    QString integrationId;
    QString title;
    QString body;
};

// Watches the model for state changes worth a notification (connected, connection failed,
// connection expired) and emits at most one per integration and kind within a window, so a
// flapping connection does not spam the desktop. Dropped ones are counted, not queued.
// The clock is injectable for tests; nothing here runs a timer.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit TrayNotifier(ConnectionsModel *model, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRateLimit(qint64 seconds) { m_windowSeconds = seconds; }
    qint64 rateLimit() const { return m_windowSeconds; }
    int suppressedCount() const { return m_suppressed; }

Q_SIGNALS:
    void notify(const aria::ui::TrayNotification &notification);

private:
    void compare();
    void raise(TrayNotification::Kind kind, int row);

    QPointer<ConnectionsModel> m_model;
    Clock m_clock;
    qint64 m_windowSeconds = 300;
    QHash<QString, ConnectionStatus> m_last;  // integration id -> status last seen
    QHash<QString, QDateTime> m_lastRaised;   // "id/kind" -> when last notified
    int m_suppressed = 0;
};

}  // namespace aria::ui
