#include "trayicon.h"

#include "common/safetext.h"
#include "model/connectionsmodel.h"
#include "statustext.h"

#include <QAction>
#include <QMenu>

namespace aria::ui {

namespace {

// The tray icon a single connection would have: reuses the overall state pictures per row.
OverallState rowState(ConnectionStatus status)
{
    if (status == ConnectionStatus::Active)
        return OverallState::AllGood;
    if (status == ConnectionStatus::Connecting)
        return OverallState::Syncing;
    if (needsReconnect(status))
        return OverallState::NeedsAttention;
    return OverallState::SignedOut;
}

}  // namespace

TrayIcon::TrayIcon(ConnectionsModel *model, OverallStatus *status, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_status(status)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *rowsEnd = m_menu->addSeparator();
    rowsEnd->setObjectName(QStringLiteral("tray.rowsEnd"));

    m_syncAction = m_menu->addAction(tr("Sync now"), this, &TrayIcon::syncAllRequested);
    m_syncAction->setObjectName(QStringLiteral("tray.sync"));
    QAction *open = m_menu->addAction(tr("Open Integrations…"), this, &TrayIcon::showWindowRequested);
    open->setObjectName(QStringLiteral("tray.open"));
    m_pauseAction = m_menu->addAction(tr("Pause sync"));
    m_pauseAction->setObjectName(QStringLiteral("tray.pause"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_syncAction->setEnabled(!paused && m_status && m_status->connectedCount() > 0);
        Q_EMIT pauseSyncToggled(paused);
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("tray.quit"));
    m_tray->setContextMenu(m_menu);

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_messageIntegrationId.isEmpty())
            Q_EMIT showWindowRequested();
        else
            Q_EMIT openIntegrationRequested(m_messageIntegrationId);
    });
    if (m_status)
        connect(m_status, &OverallStatus::changed, this, &TrayIcon::refresh);
    // Row texts also change when the overall state does not (e.g. one of four reconnects).
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TrayIcon::rebuildMenu);
        connect(m_model, &QAbstractItemModel::modelReset, this, &TrayIcon::rebuildMenu);
    }
    refresh();
}

// The menu has no parent widget (QSystemTrayIcon does not own it): the icon goes first.
TrayIcon::~TrayIcon()
{
    delete m_tray;
    delete m_menu;
}

QString TrayIcon::iconPath(OverallState state) { return QStringLiteral(":/tray/%1.svg").arg(stateKey(state)); }

void TrayIcon::show() { m_tray->show(); }
bool TrayIcon::isVisible() const { return m_tray->isVisible(); }
bool TrayIcon::isSyncPaused() const { return m_pauseAction->isChecked(); }

void TrayIcon::setSyncAvailable(bool available)
{
    m_syncAction->setVisible(available);
    m_pauseAction->setVisible(available);
}

void TrayIcon::setSyncPaused(bool paused)
{
    const QSignalBlocker block(m_pauseAction);  // a state to show, not a user's request
    m_pauseAction->setChecked(paused);
    refresh();
}

void TrayIcon::showNotification(const TrayNotification &notification)
{
    m_messageIntegrationId = notification.integrationId;
    const auto icon = notification.kind == TrayNotification::Connected ? QSystemTrayIcon::Information
                                                                       : QSystemTrayIcon::Warning;
    // The desktop's notification server may read title and body as markup, and both can hold
    // outside text (a display name, a server's message): escaped, control characters gone.
    const QString title = notificationText(notification.title);
    const QString body = notificationText(notification.body);
    m_tray->showMessage(title, body, icon);
    Q_EMIT messageShown(notification.integrationId, title, body);
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_messageIntegrationId.clear();
    const QString safeTitle = notificationText(title);
    const QString safeBody = notificationText(body);
    m_tray->showMessage(safeTitle, safeBody, QSystemTrayIcon::Information);
    Q_EMIT messageShown(QString(), safeTitle, safeBody);
}

void TrayIcon::refresh()
{
    const OverallState state = m_status ? m_status->state() : OverallState::SignedOut;
    m_tray->setIcon(QIcon(iconPath(state)));
    QString tip = QStringLiteral("ARIA Integrations");
    if (m_status)
        tip += QLatin1Char('\n') + m_status->summary();
    if (isSyncPaused())
        tip += QLatin1Char('\n') + tr("Sync paused");
    m_tray->setToolTip(tip);
    m_syncAction->setEnabled(!isSyncPaused() && m_status && m_status->connectedCount() > 0);
    rebuildMenu();
}

void TrayIcon::rebuildMenu()
{
    // Later, not now: the change may come from one of these actions' own triggered() (a
    // Reconnect that marks the row as connecting at once).
    for (QAction *old : std::as_const(m_rowActions)) {
        m_menu->removeAction(old);
        old->deleteLater();
    }
    m_rowActions.clear();
    if (!m_model)
        return;
    QAction *before = m_menu->actions().constFirst();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QString id = index.data(ConnectionsModel::IdRole).toString();
        const QString name = index.data(ConnectionsModel::NameRole).toString();
        const auto status = ConnectionStatus(index.data(ConnectionsModel::StatusRole).toInt());
        // "Gmail — Connected", with the state's small disc; choosing it opens that card.
        auto *line = new QAction(QIcon(iconPath(rowState(status))), tr("%1 — %2").arg(name, statusLabel(status)), m_menu);
        line->setObjectName(QStringLiteral("tray.row.") + id);
        connect(line, &QAction::triggered, this, [this, id] { Q_EMIT openIntegrationRequested(id); });
        m_menu->insertAction(before, line);
        m_rowActions << line;
        if (needsReconnect(status)) {
            auto *reconnect = new QAction(tr("Reconnect %1…").arg(name), m_menu);
            reconnect->setObjectName(QStringLiteral("tray.reconnect.") + id);
            connect(reconnect, &QAction::triggered, this, [this, id] { Q_EMIT connectRequested(id); });
            m_menu->insertAction(before, reconnect);
            m_rowActions << reconnect;
        }
    }
}

}  // namespace aria::ui
