#pragma once

#include <QScrollBar>

namespace aria::ui {

// A QScrollBar painted in horizontal bands of at most 64 lines. Fusion fills the groove with
// a gradient, and Qt's raster engine splits any gradient fill taller than about 96 lines
// across a thread pool: for the window's first frame that meant starting two threads and
// ~80 context switches, a few milliseconds on a busy machine. Each band is the same paint,
// clipped, so the pixels do not change.
class BandedScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    using QScrollBar::QScrollBar;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace aria::ui
