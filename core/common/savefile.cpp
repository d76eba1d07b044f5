#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace aria {

bool saveFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(permissions);
    // flush() pushes the buffered bytes to the temporary file now, where a failure is seen;
    // on any failure the QSaveFile is dropped uncommitted, which removes the temporary file.
    if (file.write(data) != data.size() || !file.flush() || file.error() != QFileDevice::NoError)
        return false;
    return file.commit();
}

QString diskProblemAdvice()
{
    return QCoreApplication::translate("AppPaths",
        "Check the free disk space and the file's permissions, then try again; the file was not changed.");
}

} // namespace aria
