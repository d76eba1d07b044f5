#pragma once

#include <QFont>
#include <QString>

namespace aria::ui {

// Text measurement was most of the window's start-up cost: every QFontMetrics call shapes the
// string again with HarfBuzz (~0.1 M instructions for a short Inter string) and layout asks
// the same questions many times (each card at each width it is offered). These remember the
// answers per font and text. applyAppearance() empties the cache when the fonts change.
int textAdvance(const QFont &font, const QString &text); // QFontMetrics::horizontalAdvance
// Height of text word-wrapped to width (QFontMetrics::boundingRect with Qt::TextWordWrap).
int wrappedTextHeight(const QFont &font, const QString &text, int width);
// True when every character of text is one the bundled Inter draws itself (Latin, common
// punctuation): a line of it is then exactly as high as any other line in that font.
bool drawnByInter(const QFont &font, const QString &text);
void clearTextMetrics();

} // namespace aria::ui
