#include "turnlock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace aria::app {

TurnLock::TurnLock(const QString &path)
    : m_path(path)
{
}

TurnLock::~TurnLock()
{
    if (m_handle >= 0)
        ::close(int(m_handle)); // releases the flock; the file stays for the next launch
}

bool TurnLock::acquire(int timeoutMs)
{
    if (m_handle < 0)
        m_handle = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_handle < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (::flock(int(m_handle), LOCK_EX | LOCK_NB) == 0)
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
}

} // namespace aria::app
