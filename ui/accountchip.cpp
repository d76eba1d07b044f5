#include "accountchip.h"

#include "statustext.h"
#include "sync/syncbackend.h"
#include "sync/syncengine.h"
#include "theme.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace aria::ui {

using sync::SyncBackend;
using sync::SyncEngine;

AccountChip::AccountChip(SyncBackend *account, SyncEngine *sync, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
    , m_sync(sync)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("accountChip"));
    m_email = new QLabel(this);
    m_email->setObjectName(QStringLiteral("accountEmail"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("accountSyncState"));
    QFont small = m_state->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_state->setFont(small);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("accountButton"));
    m_button->setAutoRaise(true);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(0);
    m_liveDot = new QLabel(QStringLiteral("\u25CF"), this);
    m_liveDot->setObjectName(QStringLiteral("accountLiveDot"));
    m_liveDot->setFont(small);
    m_liveDot->setAccessibleName(tr("Live"));
    m_liveDot->hide();
    auto *stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(0, 0, 0, 0);
    stateRow->setSpacing(4);
    stateRow->addWidget(m_liveDot);
    stateRow->addWidget(m_state, 1);
    text->addWidget(m_email);
    text->addLayout(stateRow);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 2, 2, 2);
    row->setSpacing(6);
    row->addLayout(text);
    row->addWidget(m_button);

    connect(m_button, &QToolButton::clicked, this, &AccountChip::onButton);
    connect(account, &SyncBackend::accountStateChanged, this, &AccountChip::refresh);
    connect(account, &SyncBackend::userIdChanged, this, &AccountChip::refresh);
    connect(account, &SyncBackend::liveChanged, this, &AccountChip::refresh);
    connect(account, &SyncBackend::sessionExpired, this, [this](const QString &message) {
        m_sessionNotice = message;
        refresh();
    });
    connect(account, &SyncBackend::signInFinished, this, [this](bool ok) {
        if (ok)
            m_sessionNotice.clear();
    });
    if (sync) {
        connect(sync, &SyncEngine::stateChanged, this, &AccountChip::refresh);
        connect(sync, &SyncEngine::syncFinished, this, &AccountChip::refresh);
    }
    connect(&m_tick, &QTimer::timeout, this, &AccountChip::refresh);
    refresh();
}

void AccountChip::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString AccountChip::emailText() const
{
    return m_email->text();
}
QString AccountChip::stateText() const
{
    return m_state->text();
}

void AccountChip::refresh()
{
    const bool signedIn = m_account && m_account->isSignedIn();
    const bool busy = m_account
        && (m_account->accountState() == SyncBackend::AccountState::SigningIn
            || m_account->accountState() == SyncBackend::AccountState::Restoring);
    m_button->setEnabled(!busy);
    m_state->setToolTip(QString());
    m_liveDot->hide();
    if (!signedIn) {
        m_tick.stop();
        m_email->setText(tr("Not signed in"));
        if (busy)
            m_state->setText(tr("Signing in…"));
        else if (!m_sessionNotice.isEmpty())
            m_state->setText(tr("Session ended. Sign in again."));
        else
            m_state->setText(tr("Connections stay on this device"));
        m_state->setToolTip(m_sessionNotice);
        m_button->setText(tr("Sign in"));
        m_button->setAccessibleName(tr("Sign in to Supabase"));
        m_button->setToolTip(tr("Sign in to Supabase to sync connections between your devices"));
        return;
    }
    if (!m_tick.isActive())
        m_tick.start(30 * 1000);
    m_email->setText(m_account->email());
    m_button->setText(tr("Sign out"));
    m_button->setAccessibleName(tr("Sign out of Supabase"));
    m_button->setToolTip(tr("Sign out of Supabase; connections stay on this device"));
    if (!m_sync) {
        m_state->setText(QString());
        return;
    }
    const int pending = m_sync->pendingCount();
    const QDateTime last = m_sync->lastSyncedAt();
    const QString lastText
        = last.isValid() ? tr("Synced %1").arg(relativeTime(last, m_clock())) : tr("Not synced yet");
    switch (m_sync->state()) {
    case SyncEngine::State::Syncing:
        m_state->setText(tr("Syncing…"));
        break;
    case SyncEngine::State::Offline:
        m_state->setText(tr("Offline · %n change(s) waiting", nullptr, pending));
        m_state->setToolTip(m_sync->lastError());
        break;
    case SyncEngine::State::Failed:
        m_state->setText(tr("Sync failed"));
        m_state->setToolTip(m_sync->lastError());
        break;
    case SyncEngine::State::Pending:
        m_state->setText(tr("%n change(s) waiting", nullptr, pending));
        break;
    case SyncEngine::State::Idle:
    case SyncEngine::State::SignedOut:
        if (m_account->isLive()) {
            m_state->setText(tr("Live"));
            QPalette dot = m_liveDot->palette();
            dot.setColor(QPalette::WindowText, Theme::current().tokens().successDot);
            m_liveDot->setPalette(dot);
            m_liveDot->show();
            m_state->setToolTip(tr("Changes from your other devices appear as they happen. %1").arg(lastText));
        } else {
            m_state->setText(lastText);
        }
        break;
    }
}

void AccountChip::onButton()
{
    if (!m_account)
        return;
    if (m_account->isSignedIn()) {
        m_account->signOut();
        return;
    }
    if (!m_dialog && m_dialogFactory) {
        m_dialog = m_dialogFactory(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (m_dialog)
        m_dialog->open();
}

} // namespace aria::ui
