#pragma once

#include <QString>

// Every name the app uses in the system keychain (SecretStore), in one place: the window, the
// command line and the connectors must agree on them, and `secret set` accepts some of them.
namespace aria::keys {

// The Composio project API key (key mode only; in cloud mode ARIA's server holds it).
inline QString composioApiKey() { return QStringLiteral("composio-api-key"); }

// The OAuth client secret a user registered for a direct-mode integration.
inline QString clientSecret(const QString &integrationId) { return integrationId + QStringLiteral("-client-secret"); }
inline QString clientSecretSuffix() { return QStringLiteral("-client-secret"); }

// Direct mode's tokens of one connection ("gmail", "gmail-2"). An integration's first
// connection has the integration's id, so its names are those from before several accounts.
inline QString accessToken(const QString &connectionId)
{
    return QStringLiteral("oauth/") + connectionId + QStringLiteral("/access-token");
}
inline QString refreshToken(const QString &connectionId)
{
    return QStringLiteral("oauth/") + connectionId + QStringLiteral("/refresh-token");
}

// The Supabase session: its refresh token, and the account's id and e-mail next to it (not
// secret, kept there so both leave together).
inline QString supabaseRefreshToken() { return QStringLiteral("supabase/refresh-token"); }
inline QString supabaseAccount() { return QStringLiteral("supabase/account"); }

} // namespace aria::keys
