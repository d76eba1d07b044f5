#include "closetotray.h"

#include <QCloseEvent>

namespace aria::ui {

CloseToTray::CloseToTray(QWidget *window, TrayAvailable trayAvailable, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_trayAvailable(std::move(trayAvailable))
{
    if (m_window)
        m_window->installEventFilter(this);
}

bool CloseToTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_allowClose)
        return QObject::eventFilter(watched, event);
    if (m_trayAvailable && m_trayAvailable()) {
        event->ignore();
        m_window->hide();
        Q_EMIT hiddenToTray();
        return true;
    }
    Q_EMIT quitRequested();
    return QObject::eventFilter(watched, event);
}

}  // namespace aria::ui
