#include "windowstate.h"

#include "common/apppaths.h"
#include "common/savefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>

namespace aria::ui {

WindowState::WindowState(const QString &file)
    : m_file(file)
{
}

QString WindowState::defaultFile()
{
    return AppPaths::configDir() + QLatin1String("/window-state.json");
}

bool WindowState::restore(QWidget *window) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QByteArray geometry
        = QByteArray::fromBase64(root.value(QLatin1String("geometry")).toString().toLatin1());
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

bool WindowState::save(const QWidget *window) const
{
    QJsonObject root;
    root.insert(QLatin1String("geometry"), QString::fromLatin1(window->saveGeometry().toBase64()));
    // A full disk must leave the previous geometry, not an empty file.
    return saveFile(m_file, QJsonDocument(root).toJson(QJsonDocument::Compact)) && AppPaths::restrictFile(m_file);
}

} // namespace aria::ui
