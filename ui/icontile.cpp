#include "icontile.h"

#include "painting.h"
#include "statusdot.h"
#include "theme.h"

#include <QFile>
#include <QPainter>

namespace aria::ui {
namespace {

QString pickIcon(const QString &integrationId, const QString &iconId)
{
    for (const QString &name : { integrationId, iconId }) {
        const QString path = QStringLiteral(":/ui/icons/providers/%1.svg").arg(name);
        if (!name.isEmpty() && QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/ui/icons/providers/generic.svg");
}

} // namespace

IconTile::IconTile(const QString &integrationId, const QString &iconId, QWidget *parent)
    : QWidget(parent)
    , m_integrationId(integrationId)
    , m_icon(pickIcon(integrationId, iconId))
    , m_dot(new StatusDot(this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFixedSize(sizeHint());
    // The dot's centre sits on the tile's bottom-right corner, 4 px inside.
    const QPoint corner(kInset + kTile - 4, kInset + kTile - 4);
    m_dot->move(corner - QPoint(m_dot->width() / 2, m_dot->height() / 2));
}

void IconTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF tile(kInset, kInset - 2, kTile, kTile);
    const auto [from, to] = Theme::current().tileGradient(m_integrationId);
    QColor glow = to;
    glow.setAlphaF(Theme::current().isDark() ? 0.45f : 0.30f);
    paintShadow(&p, tile, grid::tileRadius, 4, 2, glow);

    QLinearGradient gradient(tile.topLeft(), tile.bottomRight());
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRoundedRect(tile, grid::tileRadius, grid::tileRadius);
    // A faint top highlight gives the tile a glassy edge.
    QLinearGradient sheen(tile.topLeft(), tile.bottomLeft());
    sheen.setColorAt(0, QColor(255, 255, 255, 56));
    sheen.setColorAt(0.5, QColor(255, 255, 255, 0));
    p.setBrush(sheen);
    p.drawRoundedRect(tile, grid::tileRadius, grid::tileRadius);

    const int size = 24;
    const QPixmap icon = svgPixmap(m_icon, size, Qt::white, devicePixelRatioF());
    p.drawPixmap(QPointF(tile.center().x() - size / 2.0, tile.center().y() - size / 2.0), icon);
}

} // namespace aria::ui
