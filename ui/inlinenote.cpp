#include "inlinenote.h"

#include "motion.h"
#include "painting.h"
#include "theme.h"

#include <QPainter>
#include <QTimer>

namespace aria::ui {

InlineNote::InlineNote(QWidget *parent)
    : QWidget(parent)
    , m_opacity(new Tween(this, [this](qreal) { update(); }))
    , m_hold(new QTimer(this))
{
    setFont(Theme::font(13, QFont::Medium));
    m_hold->setSingleShot(true);
    connect(m_hold, &QTimer::timeout, this, [this] {
        m_opacity->animateTo(0.0, 400);
        if (m_opacity->state() != QAbstractAnimation::Running)
            clearNote();  // reduced motion: it jumped to 0
    });
    connect(m_opacity, &QAbstractAnimation::finished, this, [this] {
        if (m_opacity->value() <= 0.0)
            clearNote();
    });
}

void InlineNote::flash(const QString &text, int visibleMs)
{
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    m_opacity->animateTo(1.0, 200);
    m_hold->start(visibleMs);
    update();
}

void InlineNote::clearNote()
{
    m_text.clear();
    Q_EMIT finished();
}

QSize InlineNote::sizeHint() const { return {fontMetrics().horizontalAdvance(m_text) + 24, 20}; }

void InlineNote::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    const QColor color = Theme::current().tokens().success;
    QPainter p(this);
    p.setOpacity(m_opacity->value());
    p.drawPixmap(QPointF(0, (height() - 16) / 2.0), svgPixmap(QStringLiteral(":/ui/icons/ui/check.svg"), 16, color, devicePixelRatioF()));
    p.setPen(color);
    p.drawText(rect().adjusted(22, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_text);
}

}  // namespace aria::ui
