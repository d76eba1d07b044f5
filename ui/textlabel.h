#pragma once

#include "cachedtext.h"

#include <QHash>
#include <QLabel>

namespace aria::ui {

// A plain-text QLabel that remembers its height for each width it was asked about (the page's
// layout asks again on every pass, and QLabel lays the text out, HarfBuzz shaping, every
// time) and paints its text from a kept layout (a card repaints its labels on every frame of
// its hover lift). The answers are dropped when the text or font changes.
class TextLabel : public QLabel
{
    Q_OBJECT
public:
    explicit TextLabel(QWidget *parent = nullptr);
    explicit TextLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    // Width of the text on one line, plus the 2 px QLabel keeps for itself.
    int naturalWidth() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    CachedText m_painted;
    mutable QString m_measuredText;
    mutable QHash<int, int> m_heights;
};

// A word-wrapping TextLabel with the given font; the object name is what tests and the style
// sheet-free theme code find it by. (The card and its account rows make theirs this way.)
TextLabel *makeLabel(QWidget *parent, const QFont &font, const char *name);
// Sets w's text colour only when it differs: a palette change re-polishes the widget.
void setTextColor(QWidget *w, const QColor &color);

} // namespace aria::ui
