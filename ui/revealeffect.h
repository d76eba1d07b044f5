#pragma once

#include <QGraphicsEffect>

namespace aria::ui {

// Fade and rise for a widget with children: the widget is drawn with opacity p and shifted
// down by (1 - p) * rise pixels. Installed only while a reveal runs (then removed, so
// settled cards paint directly).
class RevealEffect : public QGraphicsEffect
{
    Q_OBJECT
public:
    explicit RevealEffect(QObject *parent = nullptr, qreal rise = 12.0);
    void setProgress(qreal progress);
    qreal progress() const { return m_progress; }
    QRectF boundingRectFor(const QRectF &rect) const override;

protected:
    void draw(QPainter *painter) override;

private:
    qreal m_progress = 0.0;
    qreal m_rise;
};

} // namespace aria::ui
