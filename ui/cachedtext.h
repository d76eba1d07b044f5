#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace aria::ui {

// Paints a plain text the way QPainter::drawText(rect, flags, text) does, but keeps the text
// laid out between paints: drawText shapes the string with HarfBuzz on every call, and
// animation frames repaint the same labels and buttons dozens of times a second. The lines
// are placed as Qt's own qt_format_text places them (whole-pixel line tops, leading between
// lines, vertical and horizontal alignment inside rect), so the pixels are the same.
// Handles left-to-right text without tabs, newlines or mnemonics; canDraw() says when.
class CachedText
{
public:
    static bool canDraw(const QString &text);
    // flags: an alignment plus Qt::TextWordWrap or Qt::TextSingleLine.
    void draw(QPainter *painter, const QRectF &rect, int flags, const QString &text, const QFont &font);

private:
    std::unique_ptr<QTextLayout> m_layout;
    QString m_text;
    QFont m_font;
    qreal m_lineWidth = -1;
    qreal m_rectHeight = -1; // Qt stops adding lines once they fill the rectangle
    qreal m_height = 0; // of all lines, as qt_format_text sums them
    qreal m_width = 0; // of the widest line
};

} // namespace aria::ui
