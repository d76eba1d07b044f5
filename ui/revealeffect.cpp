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

void RevealEffect::invalidateSnapshot()
{
    m_snapshot = QPixmap();
    update();
}

void RevealEffect::sourceChanged(ChangeFlags flags)
{
    if (flags & (SourceBoundingRectChanged | SourceDetached))
        m_snapshot = QPixmap();
}

QRectF RevealEffect::boundingRectFor(const QRectF &rect) const
{
    return rect.adjusted(0, 0, 0, m_rise);
}

void RevealEffect::draw(QPainter *painter)
{
    if (m_progress <= 0.0)
        return;
    // In the widget's own coordinates (DPR included), so the snapshot stays valid when the
    // widget moves: the card stack sliding under the banner, or the page scrolling.
    if (m_snapshot.isNull())
        m_snapshot = sourcePixmap(Qt::LogicalCoordinates, &m_snapshotOffset, QGraphicsEffect::NoPad);
    painter->save();
    painter->setOpacity(painter->opacity() * m_progress);
    painter->drawPixmap(m_snapshotOffset + QPoint(0, qRound((1.0 - m_progress) * m_rise)), m_snapshot);
    painter->restore();
}

} // namespace aria::ui
