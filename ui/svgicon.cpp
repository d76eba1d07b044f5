#include "svgicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

namespace aria::ui {
namespace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &resource)
        : m_resource(resource)
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent); // QIconEngine's own pixmap() leaves it uninitialised
        {
            QPainter painter(&image);
            paint(&painter, image.rect(), mode, state);
        }
        return QPixmap::fromImage(std::move(image));
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (!m_renderer) // parsed once, on the first size asked for (X11 asks for four)
            m_renderer = std::make_unique<QSvgRenderer>(m_resource);
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.4);
        m_renderer->render(painter, rect);
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_resource); }
    QString key() const override { return QStringLiteral("aria-svg"); }

private:
    QString m_resource;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon svgIcon(const QString &resource) { return QIcon(new SvgIconEngine(resource)); }

} // namespace aria::ui
