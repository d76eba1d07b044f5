#pragma once

#include <QObject>

class QSocketNotifier;

namespace aria::cli {

// Turns SIGINT/SIGTERM into a Qt signal. The handler only writes one byte to a socket pair
// (async-signal-safe); a QSocketNotifier picks it up in the event loop. The previous
// handlers come back when the watcher is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace aria::cli
