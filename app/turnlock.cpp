#include "turnlock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace aria::app {

TurnLock::TurnLock(const QString &path)
    : m_path(path)
{
}

TurnLock::~TurnLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock; the file stays for the next launch
#endif
}

bool TurnLock::acquire(int timeoutMs)
{
#ifdef Q_OS_UNIX
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            return true;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("held by another launch");
            return false;
        }
        QThread::msleep(5); // held for the few milliseconds of another launch's bind + listen
    }
#else
    m_portable = std::make_unique<QLockFile>(m_path);
    if (m_portable->tryLock(timeoutMs))
        return true;
    m_error = m_portable->error() == QLockFile::LockFailedError ? QStringLiteral("held by another launch")
                                                                 : QStringLiteral("cannot create the lock file");
    return false;
#endif
}

} // namespace aria::app
