#pragma once

#include <QString>

class QWidget;

namespace aria::ui {

// Remembers the window's geometry in a small JSON file under the config directory
// (window-state.json), so no QSettings file of Qt's own is created.
class WindowState
{
public:
    explicit WindowState(const QString &file);
    static QString defaultFile(); // <config dir>/window-state.json

    // False when there is nothing (valid) to restore; the window keeps its default size.
    bool restore(QWidget *window) const;
    bool save(const QWidget *window) const;

private:
    QString m_file;
};

} // namespace aria::ui
