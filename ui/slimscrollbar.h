#pragma once

#include <QScrollBar>

namespace aria::ui {

// The page's scroll bar: a rounded handle on a clear track, in the theme's text colour (firmer
// while hovered or dragged), like the cards around it rather than Fusion's grooved bar with
// arrow buttons. The handle is painted exactly where the style places the slider, so clicks
// and drags behave as in any QScrollBar. One rounded rectangle per paint: Fusion's gradient
// groove made Qt's raster engine start a thread pool for the window's first frame.
class SlimScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    explicit SlimScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // Where the handle is drawn (within the style's slider rectangle), for tests.
    QRectF handleRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace aria::ui
