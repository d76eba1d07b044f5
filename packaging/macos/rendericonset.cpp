// Build-time tool: renders an SVG into an Apple .iconset folder (icon_16x16.png ...
// icon_512x512@2x.png), which iconutil (macOS) or png2icns (Debian's icnsutils) turns into the
// bundle's .icns. Qt's own SVG renderer, so the build needs no other image tool.
//   aria-render-iconset <icon.svg> <out.iconset>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build step: no display
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: aria-render-iconset <icon.svg> <out.iconset>\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "aria-render-iconset: cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QDir out(args.at(2));
    if (!out.mkpath(QStringLiteral("."))) {
        err << "aria-render-iconset: cannot create " << args.at(2) << '\n';
        return 1;
    }
    for (const int size : { 16, 32, 128, 256, 512 }) {
        for (const int scale : { 1, 2 }) {
            QImage image(size * scale, size * scale, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
            painter.end();
            const QString name = scale == 1 ? QStringLiteral("icon_%1x%1.png").arg(size)
                                            : QStringLiteral("icon_%1x%1@2x.png").arg(size);
            if (!image.save(out.filePath(name))) {
                err << "aria-render-iconset: cannot write " << out.filePath(name) << '\n';
                return 1;
            }
        }
    }
    return 0;
}
