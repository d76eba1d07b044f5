#pragma once

#include <QString>

namespace aria::app {

// Launches claiming the single-instance name take turns through this lock, on a file kept
// beside the socket. POSIX: an advisory flock(); Windows: LockFileEx. Either way the system
// drops it when its holder exits or is killed, so it is never stale, and nothing is written
// or synced (QLockFile writes its pid and fdatasyncs it, which cost ~6 ms of every start on ext4).
class TurnLock
{
public:
    explicit TurnLock(const QString &path);
    ~TurnLock(); // gives the turn back
    TurnLock(const TurnLock &) = delete;
    TurnLock &operator=(const TurnLock &) = delete;

    // Waits up to timeoutMs for the turn; false when another holder kept it, or the file
    // cannot be opened (errorString() says which).
    bool acquire(int timeoutMs);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    qintptr m_handle = -1; // a file descriptor, or a Windows HANDLE
};

} // namespace aria::app
