#pragma once

#include <QString>
#include <QUrl>

namespace aria {

// Whether url may carry the app's keys and tokens: https anywhere, plain http only to this
// computer (127.0.0.1, ::1, localhost: local peers, a proxy on the same machine). Over plain
// http off the machine anyone on the network path reads the Composio key, the Supabase
// session and OAuth tokens. One rule for every service URL: composio.base_url,
// ARIA_COMPOSIO_BASE_URL, supabase.url, OAuth endpoints of added providers (and any further
// service URL setting). On false, *why (if given) says what is wrong, for the user.
bool isAcceptableServiceUrl(const QUrl &url, QString *why = nullptr);

// True for the loopback host names the rule above allows plain http on.
bool isLoopbackHost(const QString &host);

} // namespace aria
