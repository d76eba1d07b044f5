#pragma once

#include <QObject>

#include <optional>

namespace aria::platform {

// Windows' light/dark preference for apps: the value AppsUseLightTheme (0 dark, 1 light) of
// HKCU\Software\Microsoft\Windows\CurrentVersion\Themes\Personalize. Qt 6.4 reads it once,
// at start-up; this reads it and then waits on RegNotifyChangeKeyValue through a
// QWinEventNotifier (no polling). On Linux the XDG portal does the same job (ui/systemthemewatcher.h).
class ThemeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ThemeWatcher(QObject *parent = nullptr);
    ~ThemeWatcher() override;

Q_SIGNALS:
    // Once when first read (from the event loop) and on every change; nullopt: no value.
    void preferenceChanged(std::optional<bool> dark);

private:
    void read();
    void watch();

    qintptr m_key = 0; // HKEY
    qintptr m_event = 0; // HANDLE
};

} // namespace aria::platform
