#include "textlabel.h"

#include "textmetrics.h"

#include <QEvent>
#include <QPainter>

namespace aria::ui {

TextLabel::TextLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

TextLabel::TextLabel(const QString &text, QWidget *parent)
    : TextLabel(parent)
{
    setText(text);
}

int TextLabel::heightForWidth(int width) const
{
    if (text() != m_measuredText) { // QLabel::setText is not virtual: notice it here
        m_heights.clear();
        m_measuredText = text();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.cend())
        return *it;
    // Text that fits on one line is one line high: no need to lay it out again (the layout
    // of the cards gives most labels exactly their natural width).
    const bool plain = !text().isEmpty() && margin() == 0 && indent() <= 0 && frameWidth() == 0 && contentsMargins().isNull()
        && minimumHeight() == 0;
    const int height = plain && naturalWidth() <= width && drawnByInter(font(), text())
        ? wrappedTextHeight(font(), QStringLiteral("x"), 10000)
        : QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

int TextLabel::naturalWidth() const
{
    return textAdvance(font(), text()) + 2;
}

// What QLabel::paintEvent does for plain, enabled, frameless text (through the style's
// drawItemText: the foreground colour, then QPainter::drawText), with the layout kept.
void TextLabel::paintEvent(QPaintEvent *event)
{
    const QString shown = text();
    if (!isEnabled() || frameWidth() != 0 || margin() != 0 || indent() > 0 || textFormat() != Qt::PlainText
        || !CachedText::canDraw(shown)) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    painter.setPen(QPen(palette().brush(foregroundRole()), painter.pen().widthF()));
    const int flags = int(alignment()) | (wordWrap() ? Qt::TextWordWrap : 0);
    m_painted.draw(&painter, contentsRect(), flags, shown, font());
}

void TextLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

TextLabel *makeLabel(QWidget *parent, const QFont &font, const char *name)
{
    auto *label = new TextLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

void setTextColor(QWidget *w, const QColor &color)
{
    if (w->palette().color(QPalette::WindowText) == color)
        return; // a palette change re-polishes the label
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    w->setPalette(p);
}

} // namespace aria::ui
