#include "cachedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace aria::ui {

bool CachedText::canDraw(const QString &text)
{
    if (text.isEmpty() || text.isRightToLeft())
        return false;
    for (const QChar c : text) {
        // Qt rewrites these before laying out (tabs, line breaks, length variants).
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar(0x9c) || c == QChar::LineSeparator)
            return false;
    }
    return true;
}

void CachedText::draw(QPainter *painter, const QRectF &rect, int flags, const QString &text, const QFont &font)
{
    const bool wrap = flags & Qt::TextWordWrap;
    const qreal lineWidth = wrap ? qMax<qreal>(0, rect.width()) : qreal(0x01000000);
    if (!m_layout || m_text != text || m_font != font || m_lineWidth != lineWidth || m_rectHeight != rect.height()) {
        m_text = text;
        m_font = font;
        m_lineWidth = lineWidth;
        m_rectHeight = rect.height();
        m_layout = std::make_unique<QTextLayout>(text, font);
        QTextOption option;
        option.setTextDirection(Qt::LeftToRight);
        option.setAlignment(Qt::AlignLeft); // aligned below, line by line
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        const qreal leading = QFontMetricsF(font).leading();
        m_height = -leading;
        m_width = 0;
        m_layout->beginLayout();
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLineWidth(lineWidth);
            m_height = qCeil(m_height + leading); // lines start on whole pixels
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
            m_width = qMax(m_width, line.naturalTextWidth());
            if (m_height >= rect.height() && !(flags & Qt::TextDontClip))
                break; // the rest would be clipped away
        }
        m_layout->endLayout();
    }
    qreal yoff = 0;
    if (flags & Qt::AlignBottom)
        yoff = rect.height() - m_height;
    else if (flags & Qt::AlignVCenter)
        yoff = (rect.height() - m_height) / 2;
    qreal boundsX = 0;
    if (flags & Qt::AlignRight)
        boundsX = rect.width() - m_width;
    else if (flags & Qt::AlignHCenter)
        boundsX = (rect.width() - m_width) / 2;
    const QRectF bounds(rect.x() + boundsX, rect.y() + yoff, m_width, m_height);
    const bool clip = !rect.contains(bounds);
    if (clip) {
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
    }
    painter->setFont(font);
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        qreal xoff = 0;
        if (flags & Qt::AlignRight)
            xoff = rect.width() - line.horizontalAdvance();
        else if (flags & Qt::AlignHCenter)
            xoff = (rect.width() - line.horizontalAdvance()) / 2;
        line.draw(painter, QPointF(rect.x() + xoff, rect.y() + yoff));
    }
    if (clip)
        painter->restore();
}

} // namespace aria::ui
