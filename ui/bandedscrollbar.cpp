#include "bandedscrollbar.h"

#include <QPaintEngine>
#include <QPaintEvent>
#include <QPainter>

namespace aria::ui {

void BandedScrollBar::paintEvent(QPaintEvent *event)
{
    constexpr int kBand = 64;
    QPaintEngine *engine = nullptr;
    QRegion systemClip;
    QTransform toDevice;
    {
        QPainter probe(this);
        engine = probe.paintEngine();
        toDevice = probe.deviceTransform();
    }
    if (engine)
        systemClip = engine->systemClip(); // device coordinates: the dirty region
    if (!engine || systemClip.isEmpty() || !toDevice.isAffine() || toDevice.isRotating()) {
        QScrollBar::paintEvent(event);
        return;
    }
    const QRect dirty = event->rect();
    for (int top = dirty.top(); top <= dirty.bottom(); top += kBand) {
        const QRect band(dirty.left(), top, dirty.width(), qMin(kBand, dirty.bottom() - top + 1));
        const QRegion bandOnDevice = systemClip & toDevice.mapRect(QRectF(band)).toAlignedRect();
        if (bandOnDevice.isEmpty())
            continue;
        engine->setSystemClip(bandOnDevice);
        QPaintEvent piece(event->region() & band);
        QScrollBar::paintEvent(&piece);
    }
    engine->setSystemClip(systemClip);
}

} // namespace aria::ui
