#include "textlabel.h"

#include "textmetrics.h"

#include <QEvent>

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
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

int TextLabel::naturalWidth() const
{
    return textAdvance(font(), text()) + 2;
}

void TextLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace aria::ui
