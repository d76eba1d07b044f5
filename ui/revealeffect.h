#pragma once

#include <QGraphicsEffect>
#include <QPixmap>

namespace aria::ui {

// Fade and rise for a widget with children: the widget is drawn with opacity p and shifted
// down by (1 - p) * rise pixels. Installed only while a reveal runs (then removed, so
// settled cards paint directly).
//
// It draws a snapshot of the widget and its children, taken at the first visible frame and
// kept for the rest of the fade: a fade frame is one pixmap drawn with opacity, not the whole
// card rendered offscreen again (a spinner or pulsing dot inside stands still for the fade's
// fraction of a second). The owner calls invalidateSnapshot() when the widget's content or
// layout changes mid-fade; a new size invalidates it by itself.
class RevealEffect : public QGraphicsEffect
{
    Q_OBJECT
public:
    explicit RevealEffect(QObject *parent = nullptr, qreal rise = 12.0);
    void setProgress(qreal progress);
    qreal progress() const { return m_progress; }
    void invalidateSnapshot();
    QRectF boundingRectFor(const QRectF &rect) const override;

protected:
    void draw(QPainter *painter) override;
    void sourceChanged(ChangeFlags flags) override;

private:
    qreal m_progress = 0.0;
    qreal m_rise;
    QPixmap m_snapshot; // null: taken at the next visible frame
    QPoint m_snapshotOffset;
};

} // namespace aria::ui
