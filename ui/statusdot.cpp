#include "statusdot.h"

#include "motion.h"
#include "theme.h"

#include <QPainter>

namespace aria::ui {

StatusDot::StatusDot(QWidget *parent)
    : QWidget(parent)
    , m_pulse(new Loop(this, 1400, [this](qreal) { update(); }))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(sizeHint());
}

void StatusDot::setTone(Tone tone)
{
    if (m_tone == tone)
        return;
    m_tone = tone;
    syncMotion();
    update();
}

bool StatusDot::isPulsing() const
{
    return m_pulse->state() == QAbstractAnimation::Running;
}

void StatusDot::syncMotion()
{
    m_pulse->setRunning(m_tone == Tone::Busy);
}

QColor StatusDot::color() const
{
    const auto &t = Theme::current().tokens();
    switch (m_tone) {
    case Tone::Success:
        return t.successDot;
    case Tone::Warning:
        return t.warningDot;
    case Tone::Danger:
        return t.dangerDot;
    case Tone::Busy:
        return t.accent;
    case Tone::Neutral:
        break;
    }
    return t.neutralDot;
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c = QRectF(rect()).center();
    const QColor dot = color();
    if (isPulsing()) {
        // The halo grows from the dot's edge and fades as it grows.
        const qreal phase = m_pulse->phase();
        QColor halo = dot;
        halo.setAlphaF(float(0.45 * (1.0 - phase)));
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        const qreal r = 6.0 + 5.0 * phase;
        p.drawEllipse(c, r, r);
    }
    // A ring in the card colour separates the dot from the tile under it.
    p.setPen(QPen(Theme::current().tokens().surface, 2.5));
    p.setBrush(dot);
    p.drawEllipse(c, 6.0, 6.0);
}

} // namespace aria::ui
