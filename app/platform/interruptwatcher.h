#pragma once

#include <QObject>

namespace aria::cli {

// Turns Ctrl-C (and SIGTERM, or a closed console on Windows) into a Qt signal, delivered in the
// event loop. POSIX: the signal handler only writes one byte to a socket pair
// (async-signal-safe) that a QSocketNotifier reads. Windows: SetConsoleCtrlHandler, whose
// handler runs on a thread of its own and queues the signal. The previous handling comes back
// when the watcher is destroyed. One watcher at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    bool m_installed = false;
};

} // namespace aria::cli
