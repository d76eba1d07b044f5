#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <random>

class QWebSocket;

namespace aria::supabase {

class AuthClient;

// Supabase Realtime for one profile: while enabled (the window runs) and signed in, keeps a
// WebSocket to <project>/realtime/v1/websocket?apikey=<anon key>&vsn=1.0.0 and one Phoenix
// channel joined with postgres_changes on public.user_integrations, filter user_id=eq.<uid>,
// and the user's access token. It carries no data to the store: changed() only says that the
// server has something new (the sync engine pulls), subscribed() that the subscription
// (re)started and may have missed changes meanwhile (pull once).
//
// Keeping it up: a `heartbeat` on topic "phoenix" every ~25 s (a heartbeat still unanswered at
// the next one means the connection is dead); each new access token of the session is sent on
// the channel (`access_token`); any loss (socket closed, join refused, channel closed by the
// server, e.g. an expired token) reconnects after a capped exponential backoff with jitter,
// asking for a refreshed token when the server refused the last one.
class RealtimeClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off, // disabled, signed out or not configured
        Connecting, // socket opening or channel joining
        Live, // subscribed: every change on the server is announced
        Waiting, // lost; a reconnect is scheduled
    };
    Q_ENUM(State)

    struct Timing {
        int heartbeatMs = 25 * 1000;
        int backoffBaseMs = 1000;
        int backoffCapMs = 60 * 1000;
    };

    // The topic's name and the table, as the Supabase dashboard would show the subscription.
    static constexpr const char *kChannel = "aria_user_integrations";

    explicit RealtimeClient(AuthClient *auth, QObject *parent = nullptr);
    ~RealtimeClient() override;
    void setTiming(const Timing &timing) { m_timing = timing; }
    // Tests: a socket URL other than the project's (a fake server for faults no peer makes).
    void setSocketUrlOverride(const QUrl &url) { m_urlOverride = url; }

    // Enabled while the window runs; the command line never subscribes.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    // Why the last connection ended (for a tooltip and the log); empty after a clean start.
    QString lastError() const { return m_lastError; }
    int failedAttempts() const { return m_attempts; }
    // The socket URL for a project (ws/wss from http/https); public for tests.
    static QUrl socketUrl(const QUrl &project, const QString &anonKey);

public Q_SLOTS:
    // The network is back: reconnect now instead of at the end of the backoff.
    void networkAvailable();

Q_SIGNALS:
    void stateChanged(aria::supabase::RealtimeClient::State state);
    void liveChanged(bool live);
    // A postgres_changes event for the user's rows arrived.
    void changed();
    // The subscription is (again) in place: changes made while it was not may need a pull.
    void subscribed();

private:
    void evaluate();
    void open();
    void teardown();
    void lost(const QString &why, bool tokenRefused = false);
    void setState(State state);
    void onConnected();
    void onText(const QString &text);
    void join(const QString &accessToken);
    void sendAccessToken();
    void heartbeat();
    void send(const QString &topic, const QString &event, const QJsonObject &payload, const QString &ref,
        const QString &joinRef = QString());
    QString topic() const;
    QString nextRef() { return QString::number(++m_ref); }

    QPointer<AuthClient> m_auth;
    Timing m_timing;
    QUrl m_urlOverride;
    bool m_enabled = false;
    State m_state = State::Off;
    QString m_lastError;
    QWebSocket *m_socket = nullptr;
    quint64 m_ref = 0;
    quint64 m_generation = 0; // bumped on every teardown: late callbacks of an old socket are ignored
    QString m_joinRef;
    QString m_pendingHeartbeat; // ref of a heartbeat not answered yet
    QString m_userId; // whose rows the channel was joined for
    bool m_refreshToken = false; // the server refused the token: refresh before the next join
    int m_attempts = 0;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    std::mt19937 m_random { std::random_device {}() };
};

} // namespace aria::supabase
