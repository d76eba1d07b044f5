#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace aria {

// Where an issuer publishes its metadata, in order of preference: OpenID Connect Discovery 1.0
// (the issuer + /.well-known/openid-configuration) and RFC 8414 3.1 (the well-known segment
// inserted between the host and the issuer's path, for openid-configuration and
// oauth-authorization-server). Empty for something that cannot be an issuer (not http(s), or
// with a query or fragment).
QStringList metadataUrlsOf(const QString &issuer);

// Whether a document fetched from discoveryUrl may name this issuer: discoveryUrl (query and
// fragment aside) is one of metadataUrlsOf(issuer). A document at any other address could be
// anyone's, and the issuer it names is what every callback's `iss` is compared with.
bool issuerFitsDiscoveryUrl(const QString &issuer, const QUrl &discoveryUrl);

// What `provider add --discovery URL` fetches: URL itself when its path has a /.well-known/
// segment, else URL taken as the issuer (https://accounts.example.com) with
// /.well-known/openid-configuration appended.
QUrl discoveryDocumentUrl(const QUrl &given);

} // namespace aria
