#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace aria::app {

// Benchmark instrumentation, off unless ARIA_BENCH_IDLE_STATS=<file> is set (bench/ sets it):
// after a 2 s settle it counts, for ARIA_BENCH_IDLE_MS (default 60000) ms, every event the GUI
// thread delivers — timers, socket notifiers, queued calls, paints, window-system events — by
// type and receiver, then writes the counts to <file> (the benchmark ends the process). Tells *what*
// woke an idle app, which context-switch counts from /proc cannot.
class IdleEventCounter : public QObject
{
public:
    // Starts counting when the environment asks for it; otherwise does nothing.
    static void installFromEnvironment(QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdleEventCounter(const QString &file, int windowMs, QObject *parent);
    void start();
    void finish();

    QString m_file;
    int m_windowMs;
    bool m_counting = false;
    QTimer m_phase;  // settle, then the measuring window; its own events are not counted
    QElapsedTimer m_elapsed;
    QHash<QString, int> m_counts;
};

}  // namespace aria::app
