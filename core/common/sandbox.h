#pragma once

#include <QString>

namespace aria {

// The local sandbox of `make demo`: ARIA_SANDBOX=1 (or true/yes/on) in the environment says
// that every service the app talks to is a local stand-in, so the window must say so too.
bool isSandbox();
// The window title with the sandbox marker appended ("ARIA Integrations — Sandbox").
QString sandboxWindowTitle(const QString &title);

}  // namespace aria
