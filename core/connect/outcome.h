#pragma once

#include <QMetaType>
#include <QString>

namespace aria {

// Why a connect, disconnect, sync or refresh failed; the command line maps it to its exit
// code (docs/CLI.md), the UI may pick an icon from it.
enum class FailureKind {
    None,
    Denied,        // the user refused consent, or the remote side refused the account
    Unauthorized,  // a missing or wrong credential (the Composio API key, an expired ARIA session)
    NotSignedIn,   // cloud mode without an ARIA sign-in: ask the user to sign in
    Network,       // offline, server errors, rate limiting that did not end
    Remote,        // the remote side answered something unusable or inconsistent
    Timeout,       // the browser never came back, or a link expired
    Cancelled,     // the user cancelled
    Local,         // a local problem: database, keychain, listener, unsupported mode
    Busy,          // another action on the same integration is still running; nothing was done
};

// How one call ended, carried by the signal that ends it (as oauth::FlowResult is by
// FlowRun::finished). The message is for the user: plain text, translated, never a secret.
struct Outcome {
    FailureKind kind = FailureKind::None;
    QString message;

    bool ok() const { return kind == FailureKind::None; }
    static Outcome success(const QString &message) { return { FailureKind::None, message }; }
    static Outcome failure(FailureKind kind, const QString &message) { return { kind, message }; }
};

} // namespace aria

Q_DECLARE_METATYPE(aria::Outcome)
Q_DECLARE_METATYPE(aria::FailureKind)
