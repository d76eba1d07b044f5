#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace aria {

// Replaces the file at path with data all at once (a temporary file renamed over it), or
// leaves it exactly as it was. Unlike a bare QSaveFile::commit() in Qt 6.4, a write that
// fails while its buffer is flushed (disk full) is caught: commit() would otherwise rename a
// short or empty temporary file over the good one. New files get `permissions`.
bool saveFile(const QString &path, const QByteArray &data,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

// What to do when a file could not be written or read (disk full, permissions): one
// sentence, appended to the message that says which file.
QString diskProblemAdvice();

} // namespace aria
