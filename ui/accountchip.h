#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace aria::supabase {
class AuthClient;
class RealtimeClient;
class SyncEngine;
} // namespace aria::supabase

namespace aria::ui {

class SignInDialog;

// A small header widget for the Supabase account: the signed-in e-mail, the sync state and
// when it last synced ("Synced 5 minutes ago"), with Sign in / Sign out. Self-contained:
// Sign in opens the SignInDialog, Sign out ends the session. Observes core objects only.
class AccountChip : public QWidget
{
    Q_OBJECT
public:
    AccountChip(supabase::AuthClient *auth, supabase::SyncEngine *sync, QWidget *parent = nullptr);
    // Shows "Live" while the Realtime subscription is up (changes from other devices arrive
    // as they happen) instead of the time of the last sync.
    void setRealtime(supabase::RealtimeClient *realtime);
    // For tests: the time relative times are measured from.
    void setClock(std::function<QDateTime()> clock);

    QString emailText() const;
    QString stateText() const;
    SignInDialog *signInDialog() const { return m_dialog; }

private:
    void refresh();
    void onButton();

    QPointer<supabase::AuthClient> m_auth;
    QPointer<supabase::SyncEngine> m_sync;
    QPointer<supabase::RealtimeClient> m_realtime;
    std::function<QDateTime()> m_clock;
    QLabel *m_email = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_liveDot = nullptr; // a green dot before "Live"
    QToolButton *m_button = nullptr;
    QPointer<SignInDialog> m_dialog;
    QString m_sessionNotice; // why the session ended, until the next sign-in
    QTimer m_tick; // keeps "n minutes ago" current while signed in
};

} // namespace aria::ui
