#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace aria {
namespace {

QString appDir(QStandardPaths::StandardLocation location, QLatin1String inProfile)
{
    // ARIA_PROFILE_DIR: the whole profile in one folder instead of the platform's places. On
    // Windows no environment variable moves those (they are the user's known folders), so a
    // second profile on one account (`make demo`, the tests: tests/common/testhome.h) needs it.
    const QString profile = qEnvironmentVariable("ARIA_PROFILE_DIR");
    if (!profile.isEmpty())
        return QDir::cleanPath(profile) + QLatin1Char('/') + inProfile;
    // GenericDataLocation + our own folder name keeps the layout independent of the
    // organization name: ~/.local/share/aria-integrations, ~/.config/aria-integrations.
    return QStandardPaths::writableLocation(location) + QLatin1String("/aria-integrations");
}

}  // namespace

QString AppPaths::dataDir() { return appDir(QStandardPaths::GenericDataLocation, QLatin1String("data")); }
QString AppPaths::configDir() { return appDir(QStandardPaths::GenericConfigLocation, QLatin1String("config")); }
QString AppPaths::databaseFile() { return dataDir() + QLatin1String("/integrations.sqlite"); }
QString AppPaths::settingsFile() { return configDir() + QLatin1String("/settings.ini"); }

bool AppPaths::ensurePrivateDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "Cannot create the folder %1.").arg(dir);
        return false;
    }
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (QFile::permissions(dir) != owner && !QFile::setPermissions(dir, owner)) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "Cannot restrict access to the folder %1.").arg(dir);
        return false;
    }
    return true;
}

bool AppPaths::restrictFile(const QString &file, QString *error)
{
    if (!QFileInfo::exists(file))
        return true;
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QFile::permissions(file) != owner && !QFile::setPermissions(file, owner)) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "Cannot restrict access to the file %1.").arg(file);
        return false;
    }
    return true;
}

}  // namespace aria
