#pragma once

#include <QByteArray>
#include <QString>

namespace aria::oauth {

// RFC 7636 proof key: a fresh high-entropy verifier and its S256 challenge, one per grant.
struct Pkce {
    QByteArray verifier; // 43 base64url characters (32 random bytes)
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding
    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

// A one-time CSRF state: 32 base64url characters from the system CSPRNG.
QString randomState();

// Compares in constant time (for state values).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Qt 6.4.2 percent-encodes the authorization code once more than it should ("4/x" reaches the
// token endpoint as "4%252Fx"). Given the value the flow put into the token request's
// parameters, returns what to put there instead so the code goes over the wire encoded once.
QString codeForTokenRequest(const QString &flowValue);

} // namespace aria::oauth
