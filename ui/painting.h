#pragma once

#include <QColor>
#include <QPixmap>
#include <QRectF>
#include <QString>

class QPainter;

namespace aria::ui {

// Soft drop shadow of a rounded rectangle, painted from a cached blurred nine-patch (no
// QGraphicsEffect, no per-frame blur): blur is the spread in pixels, dy the vertical offset.
// middleCovered: an opaque surface is painted over rect next, so the shadow's middle (most
// of its pixels) is left out.
void paintShadow(QPainter *painter, const QRectF &rect, qreal radius, qreal blur, qreal dy, const QColor &color,
    bool middleCovered = false);

// The keyboard focus ring: 2 px in the focus colour, 2 px outside the control.
void paintFocusRing(QPainter *painter, const QRectF &controlRect, qreal radius);

// An SVG from the resources rendered at size (device pixels respected) and filled with
// color (the SVGs are drawn in white; color tints them). Cached.
QPixmap svgPixmap(const QString &resource, int size, const QColor &color, qreal devicePixelRatio);

} // namespace aria::ui
