#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace aria {
class SecretStore;
}

namespace aria::supabase {

// Supabase Auth (GoTrue) for one profile: password sign-in, refresh, logout.
// The access token lives only in memory; the refresh token only in the keychain
// (SecretStore key "supabase/refresh-token"), next to the account's id and e-mail
// ("supabase/account", not secret, kept there so both leave together). Refresh tokens
// rotate: the new one is written to the keychain before the old one is dropped.
class AuthClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,
        Restoring, // reading the keychain at start
        SigningIn,
        SignedIn, // a session exists (the access token may need a refresh)
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>;
    // Called with a valid access token, or an empty one and a message for the user.
    using TokenCallback = std::function<void(const QString &accessToken, const QString &error)>;

    // A GoTrue token answer (/auth/v1/token) as adoptSession reads it; pure, public for tests.
    struct Session {
        QString accessToken;
        QString refreshToken;
        QString userId; // user.id
        QString email; // user.email
        QDateTime expiresAt; // expires_at, else now + expires_in (default 3600 s)
    };
    static Session parseSession(const QJsonObject &session, const QDateTime &now);
    // The message of a GoTrue error body: msg, error_description, message or error.
    static QString errorMessage(const QJsonObject &body);

    AuthClient(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);

    void setProject(const QUrl &url, const QString &anonKey);
    QUrl projectUrl() const { return m_url; }
    QString anonKey() const { return m_anonKey; }
    // Set, and a URL the session may travel to (https, or http on loopback only): nothing is
    // sent to Supabase otherwise, not even a refresh of a session signed in earlier.
    bool isConfigured() const { return projectProblem().isEmpty(); }
    // Why the project cannot be used, for the user; empty when it can.
    QString projectProblem() const;
    bool signInFailedRemotely() const { return m_signInFailedRemotely; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Refresh this long before the access token expires (default 60 s).
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // The Supabase user id (a UUID) while signed in, else empty. Composio uses it as user_id.
    QString userId() const { return m_userId; }
    QString email() const { return m_email; }

    // Reads a saved session from the keychain (no network); emits restored().
    void restore();
    // Why the last restore() could not read the keychain (empty when it could, or when
    // there simply was no saved session).
    QString keychainProblem() const { return m_keychainProblem; }
    void signIn(const QString &email, const QString &password);
    // Ends the session on the server (best effort) and forgets it here; emits signedOut().
    void signOut();

    // Gives a valid access token, refreshing first when it is missing or about to expire.
    void accessToken(QObject *context, TokenCallback done);
    // The server said the token is no longer valid (401/PGRST303): drop it and refresh.
    void refreshNow(QObject *context, TokenCallback done);

Q_SIGNALS:
    void stateChanged(aria::supabase::AuthClient::State state);
    // The signed-in user changed (empty when signed out).
    void userIdChanged(const QString &userId);
    void restored(bool signedIn);
    // When ok is false, signInFailedRemotely() tells a network or server failure (try again)
    // from a refusal (wrong password, unknown user).
    void signInFinished(bool ok, const QString &message);
    void signedOut();
    // The session ended on the server side (refresh token revoked or reused): sign in again.
    void sessionExpired(const QString &message);
    // A new access token was adopted (sign-in or refresh); Realtime sends it to its channel.
    void accessTokenChanged();

private:
    bool m_signInFailedRemotely = false;
    QNetworkReply *post(
        const QString &pathAndQuery, const QByteArray &body, const QString &bearer = QString());
    void setState(State state);
    void requestRefresh();
    void finishWaiters(const QString &token, const QString &error);
    // Saves the account and the refresh token, then adopts the session (tokens in memory).
    void adoptSession(const QJsonObject &session, std::function<void(bool ok, const QString &error)> done);
    void forgetSession(const QString &expiredMessage);
    void scheduleRefresh();

    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    QUrl m_url;
    QString m_anonKey;
    Clock m_clock;
    int m_marginSeconds = 60;
    int m_timeoutMs = 15000;

    State m_state = State::SignedOut;
    QString m_userId;
    QString m_email;
    QString m_accessToken; // memory only
    QDateTime m_accessExpiresAt;
    QString m_refreshToken; // mirrors the keychain entry
    QString m_keychainProblem;
    bool m_refreshing = false;
    QList<std::pair<QPointer<QObject>, TokenCallback>> m_waiters;
    QTimer m_refreshTimer;
};

} // namespace aria::supabase
