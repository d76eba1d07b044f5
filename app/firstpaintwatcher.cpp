#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>

namespace aria::app {

FirstPaintWatcher::FirstPaintWatcher(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        // The paint event is delivered after this filter returns; report on the next turn.
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstFrame);
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace aria::app
