#include "painting.h"

#include "theme.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QtMath>

namespace aria::ui {
namespace {

// Three box-blur passes approximate a Gaussian; alpha only.
void boxBlurAlpha(QImage &image, int radius)
{
    if (radius < 1)
        return;
    const int w = image.width();
    const int h = image.height();
    uchar *const bits = image.bits(); // once: scanLine() checks for a detach on every call
    const qsizetype stride = image.bytesPerLine();
    QVector<int> line(qMax(w, h));
    for (int pass = 0; pass < 3; ++pass) {
        for (int dir = 0; dir < 2; ++dir) {
            const int outer = dir == 0 ? h : w;
            const int inner = dir == 0 ? w : h;
            for (int o = 0; o < outer; ++o) {
                auto px = [&](int i) -> uchar & { return dir == 0 ? bits[o * stride + i] : bits[i * stride + o]; };
                for (int i = 0; i < inner; ++i)
                    line[i] = px(i);
                int sum = 0;
                for (int i = -radius; i <= radius; ++i)
                    sum += line[qBound(0, i, inner - 1)];
                for (int i = 0; i < inner; ++i) {
                    px(i) = uchar(sum / (2 * radius + 1));
                    sum += line[qMin(i + radius + 1, inner - 1)] - line[qMax(i - radius, 0)];
                }
            }
        }
    }
}

// The blurred shape alone (alpha), per radius and blur. Kept apart from the colour: fades and
// hover lifts change the shadow's alpha every frame, and blurring again each time was most
// of an animated frame's cost.
const QImage &shadowMask(int radius, int blur)
{
    static QHash<quint64, QImage> masks;
    const quint64 key = (quint64(quint32(radius)) << 32) | quint32(blur);
    if (const auto it = masks.constFind(key); it != masks.cend())
        return *it;
    // blur pixels outside the shape fade out; blur pixels inside fade in; 2 flat pixels stretch.
    const int margin = blur;
    const int core = 2 * (radius + blur) + 2;
    const int side = core + margin * 2;
    QImage alpha(side, side, QImage::Format_Alpha8);
    alpha.fill(0);
    {
        QPainter p(&alpha);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawRoundedRect(QRectF(margin, margin, core, core), radius, radius);
    }
    boxBlurAlpha(alpha, qMax(1, blur / 3));
    return *masks.insert(key, alpha);
}

// A blurred rounded square whose middle can be stretched: corners hold the curve.
QPixmap shadowPatch(int radius, int blur, const QColor &color)
{
    const QString key = QStringLiteral("aria-shadow-%1-%2-%3").arg(radius).arg(blur).arg(color.rgba());
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;
    const QImage &alpha = shadowMask(radius, blur);
    const int side = alpha.width();
    QImage tinted(side, side, QImage::Format_ARGB32_Premultiplied);
    tinted.fill(Qt::transparent);
    {
        QPainter p(&tinted);
        p.drawImage(0, 0, alpha);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(tinted.rect(), color);
    }
    cached = QPixmap::fromImage(tinted);
    QPixmapCache::insert(key, cached);
    return cached;
}

} // namespace

void paintShadow(QPainter *painter, const QRectF &rect, qreal radius, qreal blur, qreal dy, const QColor &color,
    bool middleCovered)
{
    const int r = qRound(radius);
    const int b = qMax(1, qRound(blur));
    const QPixmap patch = shadowPatch(r, b, color);
    const int margin = b;
    const int corner = margin + r + b; // patch pixels that belong to one corner
    const QRect target = rect.translated(0, dy).toAlignedRect().adjusted(-margin, -margin, margin, margin);
    if (target.width() < 2 * corner || target.height() < 2 * corner) {
        painter->drawPixmap(target, patch); // too small to slice: stretch the whole patch
        return;
    }
    const int side = patch.width();
    const int mid = side - 2 * corner;
    const int tw = target.width() - 2 * corner;
    const int th = target.height() - 2 * corner;
    const int x0 = target.left(), y0 = target.top();
    const int x1 = x0 + corner, y1 = y0 + corner;
    const int x2 = x1 + tw, y2 = y1 + th;
    auto part = [&](int tx, int ty, int twid, int thei, int sx, int sy, int swid, int shei) {
        painter->drawPixmap(QRect(tx, ty, twid, thei), patch, QRect(sx, sy, swid, shei));
    };
    part(x0, y0, corner, corner, 0, 0, corner, corner);
    part(x2, y0, corner, corner, corner + mid, 0, corner, corner);
    part(x0, y2, corner, corner, 0, corner + mid, corner, corner);
    part(x2, y2, corner, corner, corner + mid, corner + mid, corner, corner);
    part(x1, y0, tw, corner, corner, 0, mid, corner);
    part(x1, y2, tw, corner, corner, corner + mid, mid, corner);
    part(x0, y1, corner, th, 0, corner, corner, mid);
    part(x2, y1, corner, th, corner + mid, corner, corner, mid);
    // The middle sits under the card: needed only while the card is translucent (fading in).
    if (!middleCovered)
        part(x1, y1, tw, th, corner, corner, mid, mid);
}

void paintFocusRing(QPainter *painter, const QRectF &controlRect, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Theme::current().tokens().focusRing, 2.0));
    painter->drawRoundedRect(controlRect.adjusted(-2, -2, 2, 2), radius + 2, radius + 2);
    painter->restore();
}

QPixmap svgPixmap(const QString &resource, int size, const QColor &color, qreal devicePixelRatio)
{
    const int px = qCeil(size * devicePixelRatio);
    const QString key = QStringLiteral("aria-svg-%1-%2-%3").arg(resource).arg(px).arg(color.rgba());
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QSvgRenderer renderer(resource);
        QPainter p(&image);
        renderer.render(&p, QRectF(0, 0, px, px));
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), color);
    }
    cached = QPixmap::fromImage(image);
    cached.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, cached);
    return cached;
}

} // namespace aria::ui
