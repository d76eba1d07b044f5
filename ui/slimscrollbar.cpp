#include "slimscrollbar.h"

#include "theme.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace aria::ui {
namespace {

constexpr int kExtent = 12;    // the bar's breadth, hit area included
constexpr qreal kHandle = 6;   // the drawn handle's breadth
constexpr qreal kHovered = 8;  // while the pointer is over it or it is dragged

} // namespace

SlimScrollBar::SlimScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
    setAttribute(Qt::WA_Hover); // repaint on enter and leave
}

QSize SlimScrollBar::sizeHint() const
{
    const QSize hint = QScrollBar::sizeHint();
    return orientation() == Qt::Vertical ? QSize(kExtent, hint.height()) : QSize(hint.width(), kExtent);
}

QRectF SlimScrollBar::handleRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect slider = style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    if (slider.isEmpty() || maximum() <= minimum())
        return {};
    const qreal breadth = underMouse() || isSliderDown() ? kHovered : kHandle;
    const qreal inset = 2; // keeps the rounded ends off the bar's ends
    if (orientation() == Qt::Vertical)
        return { (width() - breadth) / 2.0, slider.top() + inset, breadth, slider.height() - 2 * inset };
    return { slider.left() + inset, (height() - breadth) / 2.0, slider.width() - 2 * inset, breadth };
}

void SlimScrollBar::paintEvent(QPaintEvent *)
{
    const QRectF handle = handleRect();
    if (handle.isEmpty())
        return;
    QColor colour = Theme::current().tokens().text;
    colour.setAlphaF(underMouse() || isSliderDown() ? 0.45 : 0.28);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const qreal radius = qMin(handle.width(), handle.height()) / 2.0;
    painter.drawRoundedRect(handle, radius, radius);
}

} // namespace aria::ui
