#include "windowstate.h"

#include "common/apppaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit() && AppPaths::restrictFile(m_file);
}

} // namespace aria::ui
