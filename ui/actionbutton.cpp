#include "actionbutton.h"

#include "motion.h"
#include "painting.h"
#include "textmetrics.h"
#include "theme.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QPainter>

namespace aria::ui {
namespace {

constexpr int kHeight = 36;
constexpr int kPadding = 16;
constexpr int kSpinner = 14;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t),
        float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor transparent(const QColor &c)
{
    QColor t = c;
    t.setAlpha(0);
    return t;
}

} // namespace

ActionButton::ActionButton(Kind kind, const QString &text, QWidget *parent)
    : QAbstractButton(parent)
    , m_kind(kind)
    , m_hover(new Tween(this, [this](qreal) { update(); }))
    , m_press(new Tween(this, [this](qreal) { update(); }))
    , m_spin(new Loop(this, 900, [this](qreal) { update(); }))
{
    setText(text);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setFont(Theme::font(14, QFont::Medium));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(this, &QAbstractButton::pressed, this, [this] { m_press->animateTo(1.0, 90); });
    connect(this, &QAbstractButton::released, this, [this] { m_press->animateTo(0.0, 160); });
}

void ActionButton::setIconResource(const QString &resource)
{
    m_iconResource = resource;
    updateGeometry();
    update();
}

void ActionButton::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_spin->setRunning(busy && isVisible());
    updateGeometry();
    update();
}

QSize ActionButton::sizeHint() const
{
    if (m_kind == Kind::Icon)
        return { kHeight, kHeight };
    int width = textAdvance(font(), text()) + 2 * kPadding;
    if (m_busy || !m_iconResource.isEmpty()) // a spinner or a leading icon, in the same place
        width += kSpinner + 8;
    return { width, kHeight };
}

QColor ActionButton::background(qreal hover) const
{
    const auto &t = Theme::current().tokens();
    switch (m_kind) {
    case Kind::Primary:
        return mix(t.accent, t.accentHover, hover);
    case Kind::Secondary:
        return mix(t.surface, t.quietHover, hover);
    case Kind::Quiet:
    case Kind::Icon:
        return mix(transparent(t.quietHover), t.quietHover, hover);
    case Kind::Danger:
        return mix(transparent(t.dangerBg), t.dangerBg, hover);
    case Kind::DangerSolid:
        return t.danger;
    }
    return t.surface;
}

QColor ActionButton::foreground(qreal hover) const
{
    const auto &t = Theme::current().tokens();
    switch (m_kind) {
    case Kind::Primary:
        return t.onAccent;
    case Kind::Secondary:
        return t.text;
    case Kind::Quiet:
    case Kind::Icon:
        return mix(t.textSecondary, t.text, hover);
    case Kind::Danger:
        return mix(t.textSecondary, t.danger, hover);
    case Kind::DangerSolid:
        return t.surface;
    }
    return t.text;
}

void ActionButton::paintEvent(QPaintEvent *)
{
    const auto &t = Theme::current().tokens();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal hover = isEnabled() ? m_hover->value() : 0.0;
    // Press-in: the button shrinks by up to 3 % around its centre.
    const qreal scale = 1.0 - 0.03 * m_press->value();
    QRectF r = QRectF(rect()).adjusted(2, 2, -2, -2);
    r = QRectF(r.center() - QPointF(r.width() * scale / 2, r.height() * scale / 2), r.size() * scale);
    const qreal radius = grid::controlRadius - 2;

    p.setOpacity(isEnabled() || m_busy ? 1.0 : 0.55);
    p.setPen(m_kind == Kind::Secondary ? QPen(t.borderStrong, 1.0) : Qt::NoPen);
    QColor bg = background(hover);
    if (isDown() && (m_kind == Kind::Primary))
        bg = t.accentPressed;
    p.setBrush(bg);
    p.drawRoundedRect(m_kind == Kind::Secondary ? r.adjusted(0.5, 0.5, -0.5, -0.5) : r, radius, radius);

    const QColor fg = foreground(hover);
    if (m_kind == Kind::Icon) {
        const int size = 20;
        const QPixmap icon = svgPixmap(m_iconResource, size, fg, devicePixelRatioF());
        p.drawPixmap(QPointF(r.center().x() - size / 2.0, r.center().y() - size / 2.0), icon);
    } else {
        QRectF textRect = r;
        if (m_busy) {
            const qreal w = textAdvance(font(), text()) + kSpinner + 8;
            const QRectF arc(r.center().x() - w / 2, r.center().y() - kSpinner / 2.0, kSpinner, kSpinner);
            QColor track = fg;
            track.setAlphaF(0.25f);
            p.setPen(QPen(track, 2.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(arc.adjusted(1, 1, -1, -1));
            p.setPen(QPen(fg, 2.0, Qt::SolidLine, Qt::RoundCap));
            const int start = int((90 - 360 * m_spin->phase()) * 16);
            p.drawArc(arc.adjusted(1, 1, -1, -1), start, -100 * 16);
            textRect.setLeft(arc.right() + 8);
            textRect.setWidth(w - kSpinner - 8);
        } else if (!m_iconResource.isEmpty()) {
            // A leading icon ("+ Add another account") where the spinner would turn.
            const qreal w = textAdvance(font(), text()) + kSpinner + 8;
            const QPixmap icon = svgPixmap(m_iconResource, kSpinner + 2, fg, devicePixelRatioF());
            p.drawPixmap(QPointF(r.center().x() - w / 2 - 1, r.center().y() - (kSpinner + 2) / 2.0), icon);
            textRect.setLeft(r.center().x() - w / 2 + kSpinner + 8);
            textRect.setWidth(w - kSpinner - 8);
        }
        p.setPen(fg);
        p.setFont(font());
        if (CachedText::canDraw(text()))
            m_label.draw(&p, textRect, Qt::AlignCenter | Qt::TextSingleLine, text(), font());
        else
            p.drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine, text());
    }
    p.setOpacity(1.0);
    if (hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange))
        paintFocusRing(&p, r, radius);
}

void ActionButton::enterEvent(QEnterEvent *event)
{
    m_hover->animateTo(1.0, 140);
    QAbstractButton::enterEvent(event);
}

void ActionButton::leaveEvent(QEvent *event)
{
    m_hover->animateTo(0.0, 200);
    QAbstractButton::leaveEvent(event);
}

void ActionButton::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !event->isAutoRepeat()) {
        animateClick();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

bool ActionButton::isSpinning() const { return m_spin->state() == QAbstractAnimation::Running; }

void ActionButton::showEvent(QShowEvent *event)
{
    QAbstractButton::showEvent(event);
    m_spin->setRunning(m_busy);
}

void ActionButton::hideEvent(QHideEvent *event)
{
    QAbstractButton::hideEvent(event);
    m_spin->setRunning(false);
}

void ActionButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        m_hover->jumpTo(0.0);
    QAbstractButton::changeEvent(event);
}

} // namespace aria::ui
