#include "turnlock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <windows.h>

namespace aria::app {
namespace {

QString systemError(DWORD code)
{
    wchar_t *text = nullptr;
    ::FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    const QString message
        = text ? QString::fromWCharArray(text).trimmed() : QStringLiteral("error %1").arg(code);
    ::LocalFree(text);
    return message;
}

} // namespace

TurnLock::TurnLock(const QString &path)
    : m_path(path)
{
}

TurnLock::~TurnLock()
{
    if (m_handle != -1)
        ::CloseHandle(reinterpret_cast<HANDLE>(m_handle)); // releases the lock
}

bool TurnLock::acquire(int timeoutMs)
{
    if (m_handle == -1) {
        const std::wstring path = QDir::toNativeSeparators(m_path).toStdWString();
        const HANDLE file = ::CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (file == INVALID_HANDLE_VALUE) {
            m_error = systemError(::GetLastError());
            return false;
        }
        m_handle = reinterpret_cast<qintptr>(file);
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        OVERLAPPED at {};
        if (::LockFileEx(reinterpret_cast<HANDLE>(m_handle),
                LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at))
            return true;
        const DWORD error = ::GetLastError();
        if (error != ERROR_LOCK_VIOLATION && error != ERROR_IO_PENDING) {
            m_error = systemError(error);
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("held by another launch");
            return false;
        }
        QThread::msleep(5);
    }
}

} // namespace aria::app
