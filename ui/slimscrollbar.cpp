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
    const QRect handle = handleRect().toAlignedRect();
    if (handle.isEmpty())
        return;
    QColor colour = Theme::current().tokens().text;
    colour.setAlphaF(underMouse() || isSliderDown() ? 0.45 : 0.28);
    QPainter painter(this);
    // A pill as a rectangle between two antialiased half-discs, the rectangle filled in bands of
    // at most 64 lines: Qt's raster engine spreads any taller fill over a thread pool (two
    // threads and a dozen context switches in the first frame; the Fusion bar had that cost too).
    const bool vertical = orientation() == Qt::Vertical;
    const int diameter = vertical ? handle.width() : handle.height();
    const int radius = diameter / 2;
    const QRect body = vertical ? handle.adjusted(0, radius, 0, -radius) : handle.adjusted(radius, 0, -radius, 0);
    constexpr int kBand = 64;
    for (int top = body.top(); top <= body.bottom(); top += kBand)
        painter.fillRect(QRect(body.left(), top, body.width(), qMin(kBand, body.bottom() - top + 1)), colour);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    // Each end: the half of a disc that lies outside the rectangle.
    const QRect first(handle.topLeft(), QSize(diameter, diameter));
    const QRect last = vertical ? QRect(handle.left(), handle.bottom() - diameter + 1, diameter, diameter)
                                : QRect(handle.right() - diameter + 1, handle.top(), diameter, diameter);
    painter.setClipRect(vertical ? first.adjusted(0, 0, 0, -radius) : first.adjusted(0, 0, -radius, 0));
    painter.drawEllipse(first);
    painter.setClipRect(vertical ? last.adjusted(0, radius, 0, 0) : last.adjusted(radius, 0, 0, 0));
    painter.drawEllipse(last);
}

} // namespace aria::ui
