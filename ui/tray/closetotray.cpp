#include "closetotray.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QTimer>

namespace aria::ui {

CloseToTray::CloseToTray(QWidget *window, TrayAvailable trayAvailable, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_trayAvailable(std::move(trayAvailable))
{
    if (m_window)
        m_window->installEventFilter(this);
    // On the application object a filter sees every event; it only compares the type.
    QCoreApplication::instance()->installEventFilter(this);
}

bool CloseToTray::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Quit && watched == QCoreApplication::instance()) {
        // The windows are asked to close right after this filter; if something else vetoes
        // the quit, closing hides into the tray again from the next turn of the event loop.
        m_quitting = true;
        QTimer::singleShot(0, this, [this] { m_quitting = false; });
        return false;
    }
    if (watched == m_window && event->type() == QEvent::Show)
        m_quitAsked = false;
    if (watched != m_window || event->type() != QEvent::Close || m_allowClose || m_quitting)
        return QObject::eventFilter(watched, event);
    if (m_trayAvailable && m_trayAvailable()) {
        event->ignore();
        m_window->hide();
        Q_EMIT hiddenToTray();
        return true;
    }
    // Qt 6 may deliver two close events for one close() of a top-level: ask once.
    if (!m_quitAsked) {
        m_quitAsked = true;
        Q_EMIT quitRequested();
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace aria::ui
