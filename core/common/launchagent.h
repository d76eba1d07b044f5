#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aria {

// macOS start at login: a per-user LaunchAgent, <folder>/<label>.plist, that launchd loads at
// the next login (RunAtLoad) and that runs the executable with its arguments directly (no
// shell, so no quoting). Autostart uses it on macOS only; it is plain Qt, so it is built and
// tested everywhere. macOS itself is not built or tested here (README).
class LaunchAgent
{
public:
    // Reverse DNS, the same as the bundle and AppStream id (ARIA_APP_ID in CMake).
    static QString label();
    // ARIA_LAUNCHAGENTS_DIR when set (tests), else ~/Library/LaunchAgents.
    static QString folder();
    static QString plistPath();
    static QStringList programArguments(const QString &executable, bool minimised);
    // The property list (Apple's plist 1.0 XML), made with QXmlStreamWriter.
    static QByteArray plist(const QStringList &programArguments);
    // Writes the plist (owner-only), or removes it when enabled is false. Returns false with
    // a message for the user on failure.
    static bool apply(bool enabled, bool minimised, const QString &executable, QString *error = nullptr);
};

} // namespace aria
