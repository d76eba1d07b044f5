#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRect>

class QLabel;
class QWidget;

namespace aria::ui {

// Width of a label's text on one line (plain text), plus the 2 px QLabel keeps for itself.
int naturalWidth(const QLabel *label);

// Places widgets left to right from x within maxWidth, wrapping to a new line when one does
// not fit; a label wider than a whole line wraps its words instead. Writes each rectangle to
// rects and, when separators is given, the centre of the gap between neighbours on a line
// (where the card paints a middle dot). Returns the bottom of the last line.
int flow(const QList<QWidget *> &items, int x, int y, int maxWidth, int gap, int lineGap,
    QHash<QWidget *, QRect> *rects, QList<QPointF> *separators = nullptr);

// The width of widgets side by side, gap apart (a label at its natural width): the sum of their
// widths and gaps, less one gap (so -gap for none).
int rowWidth(const QList<QWidget *> &items, int gap);

// Places widgets side by side from x, gap apart, each centred vertically in a row of rowHeight
// that starts at top (a card's or an account row's buttons). Returns the row's bottom.
int placeInRow(const QList<QWidget *> &items, int x, int top, int rowHeight, int gap,
    QHash<QWidget *, QRect> *rects);

} // namespace aria::ui
