#include "statuspill.h"

#include "textmetrics.h"
#include "theme.h"

#include <QPainter>

namespace aria::ui {

StatusPill::StatusPill(QWidget *parent)
    : QWidget(parent)
{
    setFont(Theme::font(12, QFont::DemiBold));
}

void StatusPill::set(const QString &text, Tone tone)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize StatusPill::sizeHint() const
{
    return { textAdvance(font(), m_text) + 20, 22 };
}

void StatusPill::paintEvent(QPaintEvent *)
{
    const auto &t = Theme::current().tokens();
    QColor fg, bg;
    switch (m_tone) {
    case Tone::Success:
        fg = t.success, bg = t.successBg;
        break;
    case Tone::Warning:
        fg = t.warning, bg = t.warningBg;
        break;
    case Tone::Danger:
        fg = t.danger, bg = t.dangerBg;
        break;
    case Tone::Accent:
        fg = t.accentText, bg = t.quietHover;
        break;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    const QRectF r = rect();
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p.setPen(fg);
    if (CachedText::canDraw(m_text))
        m_painted.draw(&p, r, Qt::AlignCenter | Qt::TextSingleLine, m_text, font());
    else
        p.drawText(r, Qt::AlignCenter | Qt::TextSingleLine, m_text);
}

} // namespace aria::ui
