#include "interruptwatcher.h"

#include <atomic>

#include <windows.h>

namespace aria::cli {
namespace {

std::atomic<InterruptWatcher *> g_watcher { nullptr };

// Runs on a thread the system creates for the event: queue the signal to the watcher's thread.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    InterruptWatcher *watcher = g_watcher.load();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE; // handled: the process is not ended by the default handler
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    InterruptWatcher *none = nullptr;
    if (!g_watcher.compare_exchange_strong(none, this))
        return;
    m_installed = ::SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
    if (!m_installed)
        g_watcher = nullptr;
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_installed)
        return;
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = nullptr;
}

} // namespace aria::cli
