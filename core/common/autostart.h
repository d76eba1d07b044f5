#pragma once

#include <QString>

namespace aria {

// Start at login. Linux: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/aria-integrations.desktop (~/.config when unset). Windows: the
// value "ARIA Integrations" under HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
class Autostart
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes (or removes, when enabled is false) the entry that runs executable, with
    // --minimised when minimised is true. Returns false with a message for the user on failure.
    static bool apply(bool enabled, bool minimised, const QString &executable, QString *error = nullptr);
    // The entry's Exec= value for executable: quoted per the Desktop Entry spec.
    static QString execLine(const QString &executable, bool minimised);
};

}  // namespace aria
