#include "autostart.h"
#include "savefile.h"

#include "apppaths.h"
#include "launchagent.h"
#include "settingkeys.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace aria {
namespace {

// Desktop Entry spec, "The Exec key": an argument with reserved characters is put in double
// quotes, inside which `"`, `` ` ``, `$` and `\` are backslash-escaped; then the whole value is
// a string value, whose own escape rule doubles every backslash.
[[maybe_unused]] QString quoteArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = arg.isEmpty();
    for (QChar c : arg)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return arg;
    QString quoted = QStringLiteral("\"");
    for (QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

}  // namespace

bool Autostart::follow(const Settings &settings, const QString &executable, QString *error)
{
    return apply(settings.value(setting::autostart), settings.value(setting::startMinimised), executable, error);
}

bool Autostart::dependsOn(const QString &key)
{
    return key == setting::autostart.key() || key == setting::startMinimised.key();
}

#ifdef Q_OS_WIN
// Windows: a value under HKCU\...\Run (per user, no administrator), through QSettings.
namespace {
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("ARIA Integrations");
} // namespace

QString Autostart::entryPath() { return kRunKey + u'\\' + kRunValue; }

bool Autostart::isEnabled() { return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue); }

QString Autostart::execLine(const QString &executable, bool minimised)
{
    QString line = u'"' + QDir::toNativeSeparators(executable) + u'"';
    if (minimised)
        line += QLatin1String(" --minimised");
    return line;
}

bool Autostart::apply(bool enabled, bool minimised, const QString &executable, QString *error)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, execLine(executable, minimised));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("Autostart", "Cannot write the autostart entry %1.").arg(entryPath());
    return false;
}
#elif defined(Q_OS_MACOS)
// macOS: a LaunchAgent (launchagent.h). Not built or tested on a Mac here; the LaunchAgent
// itself is tested on Linux (tst_launchagent).
QString Autostart::entryPath() { return LaunchAgent::plistPath(); }

bool Autostart::isEnabled() { return QFileInfo::exists(entryPath()); }

QString Autostart::execLine(const QString &executable, bool minimised)
{
    return LaunchAgent::programArguments(executable, minimised).join(u' '); // for messages only
}

bool Autostart::apply(bool enabled, bool minimised, const QString &executable, QString *error)
{
    return LaunchAgent::apply(enabled, minimised, executable, error);
}
#else
QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QLatin1String("/autostart/aria-integrations.desktop");
}

bool Autostart::isEnabled() { return QFileInfo::exists(entryPath()); }

QString Autostart::execLine(const QString &executable, bool minimised)
{
    QString line = quoteArgument(executable);
    if (minimised)
        line += QLatin1String(" --minimised");
    line.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    // '%' introduces field codes; a literal one is written "%%".
    line.replace(QLatin1Char('%'), QLatin1String("%%"));
    return line;
}

bool Autostart::apply(bool enabled, bool minimised, const QString &executable, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot remove the autostart entry %1.").arg(path);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
        return false;
    }
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=ARIA Integrations\n"
                                        "Comment=Connect work accounts and watch their state\n"
                                        "Exec=%1\n"
                                        "Icon=aria-integrations\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(execLine(executable, minimised));
    if (saveFile(path, text.toUtf8()))
        return AppPaths::restrictFile(path, error);
    if (error)
        *error = QCoreApplication::translate("Autostart", "Cannot write the autostart entry %1.").arg(path);
    return false;
}

#endif

}  // namespace aria
