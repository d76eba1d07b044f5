#pragma once

#include <QString>
#include <QStringView>

namespace aria {

// Text from outside (a provider's userinfo, Composio, a synced Supabase row, a server's error
// message) is made safe once, where it enters, so a terminal (`list`, `status`, `connect`), a
// log line or a notification never receives something that acts instead of being read:
// - C0 and C1 control characters and DEL are removed (ESC starts terminal sequences that clear
//   the screen, move the cursor, set the title, or write to the clipboard; CSI U+009B does the
//   same in one character); tab, line feed, carriage return, vertical tab, form feed and the
//   line/paragraph separators U+2028/U+2029 become a space (these are one-line fields);
// - bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the
//   direction marks U+200E, U+200F, U+061C are removed: they make "moc.live@bob" read as a
//   different address ("Trojan Source").
// Everything else, including any script and emoji, is kept. safeLine(safeLine(s)) == safeLine(s).
QString safeLine(QStringView text);

// For a notification body or title, which the desktop's notification server may read as
// markup (org.freedesktop.Notifications "body-markup"): safeLine, then <, > and & escaped.
QString notificationText(QStringView text);

} // namespace aria
