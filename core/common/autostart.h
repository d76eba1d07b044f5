#pragma once

#include <QString>

namespace aria {

class Settings;

// Start at login. Linux: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/aria-integrations.desktop (~/.config when unset). Windows: the
// value "ARIA Integrations" under HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
// macOS: a LaunchAgent, ~/Library/LaunchAgents/<app id>.plist (launchagent.h).
class Autostart
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes (or removes, when enabled is false) the entry that runs executable, with
    // --minimised when minimised is true. Returns false with a message for the user on failure.
    static bool apply(bool enabled, bool minimised, const QString &executable, QString *error = nullptr);

    // Writes or removes the entry as the settings ui.autostart and ui.start_minimised say.
    // Writing a setting does nothing else (Settings::set has no side effects), so whoever
    // changes one of these two calls this: `config set/unset` (ConfigCommand), and the window
    // at start (the entry may name an older path of the binary). Explicit calls rather than a
    // "changed" signal on Settings: every process and every user of settings opens its own
    // Settings object, so a signal would reach only listeners on that one object, and each
    // caller reports a failure its own way (the command line's exit status, the window's log).
    static bool follow(const Settings &settings, const QString &executable, QString *error = nullptr);
    // True for the setting keys the entry depends on (see follow()).
    static bool dependsOn(const QString &key);
    // The entry's Exec= value for executable: quoted per the Desktop Entry spec.
    static QString execLine(const QString &executable, bool minimised);
};

}  // namespace aria
