#pragma once

#include <QNetworkRequest>

namespace aria {

// Every request the app sends to a service (Composio, OAuth providers, Supabase, discovery)
// is built by serviceRequest(), so that what protects the request is decided in one place:
// - Redirects are followed only within the origin (scheme, host and port) the request was
//   made for. Qt's default (NoLessSafeRedirectPolicy) follows a redirect to any other host and
//   sends the same headers and body there: the Composio key, a client secret, an
//   authorization code and its PKCE verifier, bearer tokens. A refused redirect ends the
//   reply with QNetworkReply::InsecureRedirectError (replyErrorString() says what happened).
// - A transfer timeout (silence); guardReply() adds the size cap and the overall deadline.
QNetworkRequest serviceRequest(const QUrl &url, int transferTimeoutMs);

// The same redirect rule for a request built elsewhere (QOAuth2AuthorizationCodeFlow builds
// its token requests itself; LimitedNetworkAccessManager applies this to them): a policy
// weaker than same-origin is raised to it; ManualRedirectPolicy (follow none) stays.
void keepRedirectsOnOrigin(QNetworkRequest *request);

} // namespace aria
