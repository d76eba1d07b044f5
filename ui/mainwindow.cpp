#include "mainwindow.h"

#include "actionbutton.h"
#include "slimscrollbar.h"
#include "connect/connectionservice.h"
#include "errorbanner.h"
#include "accountrow.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "model/connectionsmodel.h"
#include "motion.h"
#include "theme.h"
#include "welcomepanel.h"
#include "windowstate.h"

#include <QCloseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace aria::ui {

MainWindow::MainWindow(ConnectionsModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_scroll(new QScrollArea(this))
    , m_page(new IntegrationsPage(m_scroll->viewport()))
{
    setWindowTitle(tr("ARIA Integrations"));
    setMinimumSize(360, 480);
    m_scroll->setObjectName(QStringLiteral("scroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBar(new SlimScrollBar(Qt::Vertical));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // The page paints the background itself; a transparent viewport lets the window receive
    // its own paint event too (--quit-after-first-paint watches the window).
    m_scroll->viewport()->setAutoFillBackground(false);
    // The scroll area gets the page when the window is first shown (showEvent): it measures
    // its widget at once, and before the window has its size the viewport is 100 px wide, so
    // every card would be laid out for a width that is never used.
    m_page->hide();
    setCentralWidget(m_scroll);
    rebuildCards();
    resize(1040, 760);

    connect(m_page->settingsButton(), &QAbstractButton::clicked, this, &MainWindow::settingsRequested);
    connect(m_page->welcome(), &WelcomePanel::signInRequested, this, &MainWindow::signInRequested);
    connect(m_page->welcome(), &WelcomePanel::composioKeyRequested, this, &MainWindow::composioKeyRequested);
    connect(m_page->welcome(), &WelcomePanel::oauthClientRequested, this, &MainWindow::oauthClientRequested);
    connect(m_page->banner(), &ErrorBanner::retryClicked, this, [this] {
        if (auto retry = std::exchange(m_retry, {}))
            retry();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildCards);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::rebuildCards);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildCards);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { updateRows(from.row(), to.row()); });
    // "2 minutes ago" must not go stale while the window stays open.
    auto *clock = new QTimer(this);
    clock->setInterval(30 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        for (IntegrationCard *card : m_page->cards())
            card->refreshTimes();
    });
    clock->start();
}

void MainWindow::setConnectionService(ConnectionService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    for (IntegrationCard *card : m_page->cards())
        card->setActionsEnabled(service != nullptr);
    if (!service)
        return;
    connect(service, &ConnectionService::connectStarted, this,
        [this](const QString &id, const QUrl &) { setPending(id, PendingAction::Connecting); });
    connect(service, &ConnectionService::connectFinished, this, &MainWindow::onConnectFinished);
    connect(service, &ConnectionService::disconnectFinished, this, &MainWindow::onDisconnectFinished);
    connect(service, &ConnectionService::syncStarted, this,
        [this](const QString &id) { setPending(id, PendingAction::Syncing); });
    connect(service, &ConnectionService::syncFinished, this, &MainWindow::onSyncFinished);
    connect(service, &ConnectionService::problem, this,
        [this](const QString &message) { showProblem(message, [this] { Q_EMIT retryRequested(); }); });
}

void MainWindow::setAccountWidget(QWidget *widget)
{
    m_page->setAccountWidget(widget);
}

void MainWindow::setWelcomeShown(bool shown)
{
    m_page->setWelcomeShown(shown);
}

void MainWindow::setSandbox(bool sandbox)
{
    m_page->setSandbox(sandbox);
}

void MainWindow::setLoading(bool loading)
{
    const bool wasLoading = m_page->isLoading();
    m_page->setLoading(loading);
    if (wasLoading && !loading)
        revealCards();
}

void MainWindow::showProblem(const QString &message, std::function<void()> retry)
{
    m_retry = std::move(retry);
    m_page->banner()->showMessage(message, bool(m_retry));
}

void MainWindow::showFatalProblem(const QString &message)
{
    showProblem(message);
}

void MainWindow::applyAppearance()
{
    m_page->syncMotion();
    for (IntegrationCard *card : m_page->cards())
        card->refresh();
    m_page->update();
}

void MainWindow::rememberGeometryIn(const QString &file)
{
    m_stateFile = file;
    WindowState(file).restore(this);
}

IntegrationCard *MainWindow::card(const QString &id) const
{
    const QString integrationId = integrationOfConnectionId(id);
    for (IntegrationCard *c : m_page->cards()) {
        if (c->integrationId() == id || c->integrationId() == integrationId)
            return c;
    }
    return nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_stateFile.isEmpty())
        WindowState(m_stateFile).save(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_scroll->widget()) { // the viewport has its size now
        m_scroll->setWidget(m_page);
        m_page->setAutoFillBackground(false); // setWidget() turned it on
    }
    QMainWindow::showEvent(event);
    if (!m_revealed && !m_page->isLoading())
        revealCards();
}

void MainWindow::revealCards()
{
    m_revealed = true;
    int delay = 0;
    for (IntegrationCard *card : m_page->cards()) {
        card->reveal(delay);
        delay += 60; // the stagger
    }
}

void MainWindow::rebuildCards()
{
    QList<IntegrationCard *> cards;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const IntegrationSpec &spec = m_model->integrations().at(row);
        auto *card = new IntegrationCard(spec, m_model->connectionAt(row),
            m_pending.value(spec.id, PendingAction::None), m_service != nullptr);
        connect(card, &IntegrationCard::connectRequested, this, &MainWindow::requestConnect);
        connect(card, &IntegrationCard::cancelRequested, this, &MainWindow::requestCancel);
        connect(card, &IntegrationCard::disconnectRequested, this, &MainWindow::requestDisconnect);
        connect(card, &IntegrationCard::syncRequested, this, &MainWindow::requestSync);
        connect(card, &IntegrationCard::addAccountRequested, this, &MainWindow::requestAddAccount);
        card->setFurtherAccounts(m_model->furtherAccountsAt(row), false);
        for (AccountRow *accountRow : card->accountRows())
            accountRow->setPending(m_pending.value(accountRow->connectionId(), PendingAction::None));
        cards << card;
    }
    m_page->setCards(cards);
    if (isVisible() && !m_page->isLoading())
        revealCards(); // new cards arrive the same way as at start
}

void MainWindow::updateRows(int first, int last)
{
    for (int row = qMax(0, first); row <= last && row < m_model->rowCount(); ++row) {
        if (IntegrationCard *c = card(m_model->integrations().at(row).id)) {
            c->setConnection(m_model->connectionAt(row));
            c->setFurtherAccounts(m_model->furtherAccountsAt(row));
            for (AccountRow *accountRow : c->accountRows())
                accountRow->setPending(m_pending.value(accountRow->connectionId(), PendingAction::None));
        }
    }
}

void MainWindow::setPending(const QString &id, PendingAction pending)
{
    if (pending == PendingAction::None)
        m_pending.remove(id);
    else
        m_pending.insert(id, pending);
    IntegrationCard *c = card(id);
    if (!c)
        return;
    if (c->integrationId() == id)
        c->setPending(pending);
    else if (AccountRow *row = c->accountRow(id))
        row->setPending(pending);
    // else: a further account whose row has not arrived yet (the card shows "Connecting…"
    // on its Add another account button meanwhile).
}

QString MainWindow::nameOf(const QString &id) const
{
    int row = m_model->rowOf(id);
    if (row < 0)
        row = m_model->rowOf(integrationOfConnectionId(id));
    return row >= 0 ? m_model->integrations().at(row).name : id;
}

void MainWindow::requestConnect(const QString &id)
{
    if (!m_service)
        return;
    m_cancelled.remove(id);
    setPending(id, PendingAction::Connecting);
    m_service->connectIntegration(id);
}

void MainWindow::requestCancel(const QString &id)
{
    if (!m_service)
        return;
    m_cancelled.insert(id);
    setPending(id, PendingAction::None);
    m_service->cancelConnect(id);
}

void MainWindow::requestDisconnect(const QString &id)
{
    if (!m_service)
        return;
    setPending(id, PendingAction::Disconnecting);
    m_service->disconnectIntegration(id);
}

void MainWindow::requestSync(const QString &id)
{
    if (!m_service)
        return;
    setPending(id, PendingAction::Syncing);
    m_service->syncIntegration(id);
}

void MainWindow::requestAddAccount(const QString &integrationId)
{
    if (!m_service)
        return;
    if (IntegrationCard *c = card(integrationId))
        c->setAdding(true);
    m_service->addConnection(integrationId);
}

void MainWindow::onConnectFinished(const QString &id, bool ok, const QString &message, FailureKind kind)
{
    setPending(id, PendingAction::None);
    const bool cancelled = m_cancelled.remove(id);
    if (kind == FailureKind::NotSignedIn) {
        // Cloud mode without a sign-in: not an error, a step the user has not taken yet.
        Q_EMIT signInRequested();
        return;
    }
    IntegrationCard *c = card(id);
    if (c)
        c->setAdding(false);
    if (ok) {
        if (m_page->banner()->isShowing())
            m_page->banner()->dismiss();
        const QString account = c ? c->accountOf(id) : QString();
        if (c)
            c->showNote(account.isEmpty() ? tr("Connected") : tr("Connected as %1").arg(account));
        return;
    }
    if (cancelled)
        return;
    const QString text = message.isEmpty() ? tr("Could not connect %1.").arg(nameOf(id))
                                           : tr("Could not connect %1: %2").arg(nameOf(id), message);
    // A failed add leaves no connection behind: Retry adds again (with the next free id) rather
    // than connecting an id that may belong to another account by then.
    const QString integration = integrationOfConnectionId(id);
    bool added = false;
    if (!integration.isEmpty() && integration != id) {
        const QList<Connection> further = m_model->furtherAccountsAt(m_model->rowOf(integration));
        added = std::none_of(further.cbegin(), further.cend(), [&id](const Connection &f) { return f.key() == id; });
    }
    if (added)
        showProblem(text, [this, integration] { requestAddAccount(integration); });
    else
        showProblem(text, [this, id] { requestConnect(id); });
}

void MainWindow::onDisconnectFinished(const QString &id, bool ok, const QString &message)
{
    setPending(id, PendingAction::None);
    if (ok) {
        if (IntegrationCard *c = card(id))
            c->showNote(tr("Disconnected"));
        return;
    }
    const QString text = message.isEmpty() ? tr("Could not disconnect %1.").arg(nameOf(id))
                                           : tr("Could not disconnect %1: %2").arg(nameOf(id), message);
    showProblem(text, [this, id] { requestDisconnect(id); });
}

void MainWindow::onSyncFinished(const QString &id, bool ok, const QString &)
{
    // A failed sync shows on the card's details line (the store records it with the reason).
    setPending(id, PendingAction::None);
    if (ok) {
        if (IntegrationCard *c = card(id))
            c->showNote(tr("Synced"));
    }
}

void MainWindow::showIntegration(const QString &integrationId)
{
    showNormal();
    raise();
    activateWindow();
    for (IntegrationCard *card : m_page->cards()) {
        if (card->integrationId() == integrationId) {
            m_scroll->ensureWidgetVisible(card);
            card->focusFirstAction();
            return;
        }
    }
}

} // namespace aria::ui
