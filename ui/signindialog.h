#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace aria::supabase {
class AuthClient;
}

namespace aria::ui {

// E-mail and password for Supabase. The password is handed to AuthClient and cleared from
// the field after each attempt; it is never stored. Closes itself once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(supabase::AuthClient *auth, QWidget *parent = nullptr);

    QString message() const;

private:
    void submit();
    void setBusy(bool busy);
    void updateButton();

    QPointer<supabase::AuthClient> m_auth;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace aria::ui
