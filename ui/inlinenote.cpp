#include "inlinenote.h"

#include "motion.h"
#include "painting.h"
#include "textmetrics.h"
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
            clearNote(); // reduced motion: it jumped to 0
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

namespace {
constexpr int kIconSpace = 22; // 16 px check mark and a gap
}

QSize InlineNote::sizeHint() const
{
    return { textAdvance(font(), m_text) + kIconSpace + 2, 20 };
}

int InlineNote::heightForWidth(int width) const
{
    return qMax(20, wrappedTextHeight(font(), m_text, qMax(1, width - kIconSpace)));
}

void InlineNote::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    const QColor color = Theme::current().tokens().success;
    QPainter p(this);
    p.setOpacity(m_opacity->value());
    const qreal lineCentre = qMax(20, fontMetrics().height()) / 2.0;
    p.drawPixmap(QPointF(0, lineCentre - 8),
        svgPixmap(QStringLiteral(":/ui/icons/ui/check.svg"), 16, color, devicePixelRatioF()));
    p.setPen(color);
    p.drawText(rect().adjusted(kIconSpace, (20 - fontMetrics().height()) / 2, 0, 0),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text);
}

} // namespace aria::ui
