#include "skeletoncard.h"

#include "integrationcard.h"
#include "motion.h"
#include "theme.h"

#include <QPainter>

namespace aria::ui {

SkeletonCard::SkeletonCard(QWidget *parent)
    : QWidget(parent)
    , m_shimmer(new Loop(this, 1600, [this](qreal) { update(); }))
{
    setAccessibleName(tr("Loading integrations"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

bool SkeletonCard::isShimmering() const
{
    return m_shimmer->state() == QAbstractAnimation::Running;
}

void SkeletonCard::syncMotion()
{
    m_shimmer->setRunning(isVisible());
}

int SkeletonCard::heightForWidth(int width) const
{
    return IntegrationCard::kLiftRoom + (width >= 600 ? 120 : 164);
}

void SkeletonCard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shimmer->setRunning(true);
}

void SkeletonCard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_shimmer->setRunning(false);
}

void SkeletonCard::paintEvent(QPaintEvent *)
{
    const auto &t = Theme::current().tokens();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF surface = QRectF(rect()).adjusted(0.5, IntegrationCard::kLiftRoom + 0.5, -0.5, -0.5);
    p.setPen(QPen(t.border, 1.0));
    p.setBrush(t.surface);
    p.drawRoundedRect(surface, grid::cardRadius, grid::cardRadius);

    const bool wide = width() >= 600;
    const qreal pad = width() >= 480 ? 24 : 16;
    const qreal x = surface.left() + pad + 64;
    const qreal top = surface.top() + pad;
    const qreal textWidth = surface.width() - pad - (wide ? 160 : pad) - 64;
    QList<std::pair<QRectF, qreal>> blocks {
        { QRectF(surface.left() + pad, top, 48, 48), 12.0 },
        { QRectF(x, top + 4, qMin(180.0, textWidth * 0.6), 16), 6.0 },
        { QRectF(x, top + 32, qMin(360.0, textWidth * 0.9), 12), 6.0 },
        { QRectF(x, top + 56, qMin(220.0, textWidth * 0.55), 10), 5.0 },
    };
    if (wide)
        blocks.append({ QRectF(surface.right() - pad - 112, top, 112, 36), 10.0 });
    else
        blocks.append({ QRectF(x, top + 84, 112, 36), 10.0 });

    // The sweep: a soft highlight band moving left to right across the whole card.
    const qreal phase = m_shimmer->phase();
    const qreal band = qMax(240.0, width() * 0.35);
    const qreal cx = -band + (width() + 2 * band) * phase;
    QLinearGradient sweep(cx - band / 2, 0, cx + band / 2, 0);
    sweep.setColorAt(0.0, t.skeleton);
    sweep.setColorAt(0.5, isShimmering() ? t.skeletonHighlight : t.skeleton);
    sweep.setColorAt(1.0, t.skeleton);
    p.setPen(Qt::NoPen);
    p.setBrush(sweep);
    for (const auto &[r, radius] : std::as_const(blocks))
        p.drawRoundedRect(r, radius, radius);
}

} // namespace aria::ui
