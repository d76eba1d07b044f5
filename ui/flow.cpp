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

} // namespace aria::ui
