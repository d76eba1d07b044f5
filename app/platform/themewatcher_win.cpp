#include "themewatcher.h"

#include <QTimer>
#include <QWinEventNotifier>

#include <windows.h>

namespace aria::platform {
namespace {

const wchar_t kKey[] = L"Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";

HKEY key(qintptr k)
{
    return reinterpret_cast<HKEY>(k);
}

} // namespace

ThemeWatcher::ThemeWatcher(QObject *parent)
    : QObject(parent)
{
    HKEY opened = nullptr;
    if (::RegOpenKeyExW(HKEY_CURRENT_USER, kKey, 0, KEY_READ | KEY_NOTIFY, &opened) == ERROR_SUCCESS)
        m_key = reinterpret_cast<qintptr>(opened);
    const HANDLE event = ::CreateEventW(nullptr, FALSE, FALSE, nullptr);
    m_event = reinterpret_cast<qintptr>(event);
    if (m_key && event) {
        auto *notifier = new QWinEventNotifier(event, this);
        connect(notifier, &QWinEventNotifier::activated, this, [this] {
            read();
            watch(); // a notification fires once: ask again
        });
        watch();
    }
    QTimer::singleShot(0, this, &ThemeWatcher::read);
}

ThemeWatcher::~ThemeWatcher()
{
    if (m_key)
        ::RegCloseKey(key(m_key));
    qDeleteAll(findChildren<QWinEventNotifier *>());
    if (m_event)
        ::CloseHandle(reinterpret_cast<HANDLE>(m_event));
}

void ThemeWatcher::watch()
{
    ::RegNotifyChangeKeyValue(
        key(m_key), FALSE, REG_NOTIFY_CHANGE_LAST_SET, reinterpret_cast<HANDLE>(m_event), TRUE);
}

void ThemeWatcher::read()
{
    DWORD value = 0;
    DWORD size = sizeof value;
    if (!m_key
        || ::RegQueryValueExW(
               key(m_key), L"AppsUseLightTheme", nullptr, nullptr, reinterpret_cast<LPBYTE>(&value), &size)
            != ERROR_SUCCESS) {
        Q_EMIT preferenceChanged(std::nullopt);
        return;
    }
    Q_EMIT preferenceChanged(value == 0);
}

} // namespace aria::platform
