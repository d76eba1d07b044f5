#pragma once

#include "theme.h"

#include <QObject>

#include <optional>

class QDBusMessage;
class QDBusVariant;

namespace aria::ui {

// Follows the desktop's light/dark preference through the XDG desktop portal
// (org.freedesktop.portal.Settings, "org.freedesktop.appearance" / "color-scheme": 0 no
// preference, 1 dark, 2 light), which GNOME and KDE both serve. Qt 6.4 reads the scheme once,
// at start-up; this asks the portal once and then only listens for its SettingChanged signal
// (no polling). Without a portal or session bus nothing happens.
class SystemThemeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SystemThemeWatcher(QObject *parent = nullptr);

    // The portal's value as a scheme; nullopt for "no preference" and anything unknown.
    static std::optional<Theme::Scheme> schemeFor(uint colorScheme);

Q_SIGNALS:
    // The desktop's preference, once when first read and on every change.
    void preferenceChanged(std::optional<aria::ui::Theme::Scheme> scheme);

private Q_SLOTS:
    void onSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    void onRead(const QDBusMessage &reply);
    void report(const QVariant &value); // the portal's value, however deeply wrapped
};

} // namespace aria::ui
