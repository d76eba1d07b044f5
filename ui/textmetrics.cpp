#include "textmetrics.h"

#include <QFontMetrics>
#include <QHash>

namespace aria::ui {
namespace {

struct Key {
    QFont font;
    QString text;
    int width; // -1: one line, no wrapping

    bool operator==(const Key &o) const { return width == o.width && text == o.text && font == o.font; }
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.text, k.width, k.font);
}

QHash<Key, int> &cache()
{
    static QHash<Key, int> values;
    return values;
}

template<typename Measure>
int remembered(Key key, Measure measure)
{
    QHash<Key, int> &values = cache();
    if (const auto it = values.constFind(key); it != values.cend())
        return *it;
    if (values.size() > 4096) // texts change (relative times, errors): keep it bounded
        values.clear();
    const int value = measure();
    values.insert(std::move(key), value);
    return value;
}

} // namespace

int textAdvance(const QFont &font, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return remembered(Key { font, text, -1 }, [&] { return QFontMetrics(font).horizontalAdvance(text); });
}

int wrappedTextHeight(const QFont &font, const QString &text, int width)
{
    return remembered(Key { font, text, qMax(1, width) }, [&] {
        return QFontMetrics(font).boundingRect(QRect(0, 0, qMax(1, width), 10000), Qt::TextWordWrap, text).height();
    });
}

bool drawnByInter(const QFont &font, const QString &text)
{
    if (font.family() != u"Inter")
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool covered = (u >= 0x20 && u <= 0x7e) || (u >= 0xa0 && u <= 0x17f)
            || (u >= 0x2010 && u <= 0x2027) || (u >= 0x2030 && u <= 0x203a) || u == 0x20ac;
        if (!covered)
            return false; // controls, line breaks, tabs, other scripts: measured in full
    }
    return true;
}

void clearTextMetrics()
{
    cache().clear();
}

} // namespace aria::ui
