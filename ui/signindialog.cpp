#include "signindialog.h"

#include "supabase/authclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aria::ui {

SignInDialog::SignInDialog(supabase::AuthClient *auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Supabase"));
    auto *intro = new QLabel(tr("Sign in to sync your connections between devices. Tokens stay in this "
                                "device's keychain; only connection details are synced."),
        this);
    intro->setWordWrap(true);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setText(auth->email());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto *form = new QFormLayout;
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    if (!auth->isConfigured()) {
        const bool unset = auth->projectUrl().isEmpty() || auth->anonKey().isEmpty();
        m_message->setText(unset ? tr("Set the Supabase project URL and anon key in the settings first.")
                                 : auth->projectProblem());
        m_message->setVisible(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(auth, &supabase::AuthClient::signInFinished, this, [this](bool ok, const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        if (ok) {
            accept();
            return;
        }
        m_message->setText(message);
        m_message->setVisible(true);
        m_password->setFocus();
    });
    updateButton();
}

QString SignInDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && m_email->text().contains(QLatin1Char('@')) && !m_password->text().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    updateButton();
}

void SignInDialog::submit()
{
    if (!m_auth || m_busy)
        return;
    const QString password = m_password->text();
    m_password->clear(); // not kept in the widget once handed over
    m_message->setText(tr("Signing in…"));
    m_message->setVisible(true);
    setBusy(true);
    m_auth->signIn(m_email->text().trimmed(), password);
}

} // namespace aria::ui
