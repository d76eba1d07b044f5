#pragma once

#include <QIcon>
#include <QString>

namespace aria::ui {

// An icon drawn from one SVG by QSvgRenderer at whatever size is asked for, in full colour.
// QIcon("x.svg") loads Qt's SVG icon-engine plugin first (about 1 M instructions of every
// start, for the window icon alone); the renderer is linked anyway.
QIcon svgIcon(const QString &resource);

} // namespace aria::ui
