#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace aria {

// Where a provider's OAuth 2.0 endpoints live, for direct (non-Composio) connections.
struct OAuthEndpoints {
    QUrl authorization;
    QUrl token;
    QUrl revocation;  // RFC 7009; empty when the provider has none
    QUrl userInfo;    // OpenID Connect userinfo or the provider's profile endpoint
    // Extra authorization-request parameters the provider needs to issue a refresh token.
    QList<std::pair<QString, QString>> extraAuthorizationParameters;
    // How the account behind a token is looked up: OpenID Connect userinfo (GET with the
    // bearer token) or token introspection (POST token + client credentials, as HubSpot does).
    enum class Profile { UserInfo, Introspection };
    Profile profile = Profile::UserInfo;
    // Path of the loopback redirect URI http://127.0.0.1:{port}{path}; no query string.
    QString callbackPath = QStringLiteral("/callback");
    // The OpenID issuer, when known (discovery). A callback's `iss` parameter (RFC 9207) must
    // match it, which stops an authorization-server mix-up.
    QString issuer = {};
    // The server's metadata promises `iss` in every callback
    // (authorization_response_iss_parameter_supported): a callback without it is refused, or an
    // attacker's server could answer in its place simply by leaving it out (RFC 9207, 2.4).
    bool issuerInCallback = false;
};

// One integration the app can connect: a built-in provider or one the user added.
struct IntegrationSpec {
    QString id;               // stable key: google_calendar, gmail, outlook, salesforce, hubspot
    QString name;             // shown name
    QString description;      // one line under the name
    QString composioToolkit;  // Composio toolkit slug; empty when only direct OAuth works
    QString iconId;           // resource name of the icon (calendar, mail, crm, generic)
    QStringList defaultScopes;
    OAuthEndpoints direct;
    bool builtIn = true;
};

// The five built-in integrations, in the order the window lists them.
const QList<IntegrationSpec> &builtInIntegrations();
// nullptr when no built-in integration has that id.
const IntegrationSpec *findBuiltIn(QStringView id);
// Ids are lower-case ASCII letters, digits and '_', 2 to 48 characters.
bool isValidIntegrationId(QStringView id);

}  // namespace aria
