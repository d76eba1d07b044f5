#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QToolButton;

namespace aria::sync {
class SyncBackend;
class SyncEngine;
} // namespace aria::sync

namespace aria::ui {

// A small header widget for the sync account: the signed-in e-mail, the sync state and when
// it last synced ("Synced 5 minutes ago", or "Live" while the backend announces changes from
// other devices as they happen), with Sign in / Sign out. Sign in opens the backend's
// sign-in dialog (setSignInDialog; SignInDialog for Supabase), Sign out ends the session.
// Observes core objects only, through the backend interface.
class AccountChip : public QWidget
{
    Q_OBJECT
public:
    // sync may be null (no engine: the e-mail and button only).
    AccountChip(sync::SyncBackend *account, sync::SyncEngine *sync, QWidget *parent = nullptr);
    // Makes the sign-in dialog (parented to the chip); without one, Sign in does nothing.
    using DialogFactory = std::function<QDialog *(QWidget *parent)>;
    void setSignInDialog(DialogFactory factory) { m_dialogFactory = std::move(factory); }
    // For tests: the time relative times are measured from.
    void setClock(std::function<QDateTime()> clock);

    QString emailText() const;
    QString stateText() const;
    QDialog *signInDialog() const { return m_dialog; }

private:
    void refresh();
    void onButton();

    QPointer<sync::SyncBackend> m_account;
    QPointer<sync::SyncEngine> m_sync;
    DialogFactory m_dialogFactory;
    std::function<QDateTime()> m_clock;
    QLabel *m_email = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_liveDot = nullptr; // a green dot before "Live"
    QToolButton *m_button = nullptr;
    QPointer<QDialog> m_dialog;
    QString m_sessionNotice; // why the session ended, until the next sign-in
    QTimer m_tick; // keeps "n minutes ago" current while signed in
};

} // namespace aria::ui
