#pragma once

#include "connect/connector.h"
#include "domain/integration.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace aria::oauth {

// The requests a direct connection makes besides the token endpoint. Every request has a
// transfer timeout; callbacks run on the context's thread, not at all if it is destroyed.
// Userinfo, introspection and token answers are small; larger ones are cut off, not buffered.
constexpr qint64 kMaxProviderReplyBytes = 1024 * 1024;

struct ClientCredentials {
    QString clientId;
    QString clientSecret; // empty for public clients
};

struct ProfileResult {
    bool ok = false;
    bool unauthorized = false; // 401, or an inactive token: refresh and try again
    QString displayName; // e-mail address where the provider tells it, else a name
    // Who the account is at the provider, for telling two accounts apart: the OIDC subject
    // ("sub") where the provider gives one, else the e-mail address; empty when neither.
    QString identity;
    QString message; // for the user when !ok; never contains a token
    FailureKind kind = FailureKind::None;
};

// The account behind an access token: userinfo (GET, bearer) or introspection (POST).
void fetchProfile(QNetworkAccessManager *nam, const OAuthEndpoints &endpoints, const QString &accessToken,
    const ClientCredentials &client, int timeoutMs, QObject *context,
    std::function<void(const ProfileResult &)> done);

// What a userinfo (GET) or introspection (POST) answer says before transport errors are
// looked at: unauthorized on 401 or an inactive token, else ok with the display name.
ProfileResult profileFromAnswer(int httpStatus, bool introspection, const QByteArray &body);

// Picks what to show for an account from a userinfo or introspection answer.
QString displayNameFrom(const QJsonObject &profile);
// The account's identity in such an answer: "sub:<sub>", else "email:<address in lower case>".
QString identityFrom(const QJsonObject &profile);

struct RevokeResult {
    bool ok = false;
    QString message;
};

// RFC 7009: POST token + token_type_hint (+ client credentials) to the revocation endpoint.
void revokeToken(QNetworkAccessManager *nam, const QUrl &endpoint, const QString &token,
    const QString &tokenTypeHint, const ClientCredentials &client, int timeoutMs, QObject *context,
    std::function<void(const RevokeResult &)> done);

} // namespace aria::oauth
