#include "flow.h"

#include "textmetrics.h"

#include <QFontMetrics>
#include <QLabel>

namespace aria::ui {

int naturalWidth(const QLabel *label)
{
    return textAdvance(label->font(), label->text()) + 2;
}

int flow(const QList<QWidget *> &items, int x, int y, int maxWidth, int gap, int lineGap,
    QHash<QWidget *, QRect> *rects, QList<QPointF> *separators)
{
    int cx = x;
    int lineTop = y;
    int lineHeight = 0;
    for (QWidget *w : items) {
        const auto *label = qobject_cast<const QLabel *>(w);
        int width = label ? qMin(naturalWidth(label), maxWidth) : w->sizeHint().width();
        const int height = label ? label->heightForWidth(width) : w->sizeHint().height();
        if (cx > x && cx + gap + width > x + maxWidth) { // next line
            lineTop += lineHeight + lineGap;
            cx = x;
            lineHeight = 0;
        } else if (cx > x) {
            if (separators)
                separators->append(QPointF(cx + gap / 2.0, lineTop + QFontMetrics(w->font()).height() / 2.0));
            cx += gap;
        }
        rects->insert(w, QRect(cx, lineTop, width, height));
        cx += width;
        lineHeight = qMax(lineHeight, height);
    }
    int bottom = y;
    for (QWidget *w : items) {
        QRect &r = (*rects)[w];
        bottom = qMax(bottom, r.bottom() + 1);
    }
    return bottom;
}

namespace {
int widthInRow(const QWidget *w)
{
    const auto *label = qobject_cast<const QLabel *>(w);
    return label ? naturalWidth(label) : w->sizeHint().width();
}
} // namespace

int rowWidth(const QList<QWidget *> &items, int gap)
{
    int width = 0;
    for (const QWidget *w : items)
        width += widthInRow(w) + gap;
    return width - gap;
}

int placeInRow(const QList<QWidget *> &items, int x, int top, int rowHeight, int gap,
    QHash<QWidget *, QRect> *rects)
{
    for (QWidget *w : items) {
        const auto *label = qobject_cast<const QLabel *>(w);
        const int width = widthInRow(w);
        const int height = label ? QFontMetrics(label->font()).height() : w->sizeHint().height();
        rects->insert(w, QRect(x, top + (rowHeight - height) / 2, width, height));
        x += width + gap;
    }
    return top + rowHeight;
}

} // namespace aria::ui
