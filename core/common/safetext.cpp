#include "safetext.h"

namespace aria {
namespace {

enum class Action { Keep, Drop, Space };

Action actionFor(char16_t c)
{
    switch (c) {
    case u'\t':
    case u'\n':
    case u'\v':
    case u'\f':
    case u'\r':
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return Action::Space;
    case 0x061C: // Arabic letter mark
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
        return Action::Drop;
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) // C0, DEL, C1
        return Action::Drop;
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) // embeddings, overrides, isolates
        return Action::Drop;
    return Action::Keep;
}

} // namespace

QString safeLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (actionFor(ch.unicode())) {
        case Action::Keep:
            out.append(ch);
            break;
        case Action::Space:
            out.append(QLatin1Char(' '));
            break;
        case Action::Drop:
            break;
        }
    }
    return out;
}

QString notificationText(QStringView text)
{
    return safeLine(text).toHtmlEscaped();
}

} // namespace aria
