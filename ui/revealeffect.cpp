#include "revealeffect.h"

#include <QPainter>

namespace aria::ui {

RevealEffect::RevealEffect(QObject *parent, qreal rise)
    : QGraphicsEffect(parent)
    , m_rise(rise)
{
}

void RevealEffect::setProgress(qreal progress)
{
    m_progress = qBound(0.0, progress, 1.0);
    update();
}

QRectF RevealEffect::boundingRectFor(const QRectF &rect) const
{
    return rect.adjusted(0, 0, 0, m_rise);
}

void RevealEffect::draw(QPainter *painter)
{
    if (m_progress <= 0.0)
        return;
    QPoint offset;
    const QPixmap pixmap = sourcePixmap(Qt::DeviceCoordinates, &offset, QGraphicsEffect::NoPad);
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setOpacity(painter->opacity() * m_progress);
    painter->drawPixmap(offset + QPoint(0, qRound((1.0 - m_progress) * m_rise)), pixmap);
    painter->restore();
}

} // namespace aria::ui
