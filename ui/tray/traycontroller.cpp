#include "traycontroller.h"

#include "closetotray.h"
#include "common/logging.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "connect/connectionservice.h"
#include "trayicon.h"
#include "traynotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace aria::ui {

TrayController::TrayController(QWidget *window, ConnectionsModel *model, OverallStatus *status,
                               ConnectionService *service, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_service(service)
    , m_settings(settings)
    , m_tray(new TrayIcon(model, status, this))
    , m_notifier(new TrayNotifier(model, this))
    , m_closeToTray(new CloseToTray(window, [this] { return trayAvailable(); }, this))
{
    m_tray->setSyncAvailable(m_service != nullptr);
    // The tray starts unpaused: only a stored pause needs a second pass over the menu.
    if (m_settings && m_settings->value(setting::syncPaused))
        m_tray->setSyncPaused(true);
    // On X11 shown even without a tray yet: Qt docks the icon when a tray appears later (a
    // login start often races the panel). Whether closing hides or quits is decided at each close.
    if (QSystemTrayIcon::isSystemTrayAvailable() || QGuiApplication::platformName() == u"xcb")
        m_tray->show();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        qCInfo(lcUi) << "no system tray (yet): closing the window quits";
    // Hidden into the tray, the app has no window left; that must not end it. Without a tray
    // CloseToTray asks to quit when the window closes.
    QGuiApplication::setQuitOnLastWindowClosed(false);

    connect(m_notifier, &TrayNotifier::notify, m_tray, &TrayIcon::showNotification);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, &TrayController::toggleWindow);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &TrayController::showWindow);
    connect(m_tray, &TrayIcon::openIntegrationRequested, this, [this](const QString &id) {
        showWindow();
        Q_EMIT openIntegrationRequested(id);
    });
    connect(m_tray, &TrayIcon::connectRequested, this, &TrayController::reconnect);
    connect(m_tray, &TrayIcon::syncAllRequested, this, [this] {
        if (m_service)
            m_service->syncIntegration(QString());
    });
    connect(m_tray, &TrayIcon::pauseSyncToggled, this, [this](bool paused) {
        if (m_settings)
            m_settings->setValue(setting::syncPaused, paused);
        m_tray->setSyncPaused(paused);
        Q_EMIT syncPausedChanged(paused);
    });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_closeToTray->allowClose();
        Q_EMIT quitRequested();
    });
    connect(m_closeToTray, &CloseToTray::hiddenToTray, this, &TrayController::onHiddenToTray);
    connect(m_closeToTray, &CloseToTray::quitRequested, this, &TrayController::quitRequested);
}

TrayController::~TrayController() = default;

bool TrayController::trayAvailable() const { return m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable(); }

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    qCDebug(lcUi) << "window shown";
}

void TrayController::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

void TrayController::reconnect(const QString &integrationId)
{
    if (m_service) {
        m_service->connectIntegration(integrationId);
        return;
    }
    showWindow();
    Q_EMIT openIntegrationRequested(integrationId);
}

void TrayController::onHiddenToTray()
{
    // Said once per profile: afterwards the user knows where the app went.
    if (m_settings && m_settings->value(setting::trayHintShown))
        return;
    m_tray->showMessage(tr("ARIA Integrations is still running"),
                        tr("It keeps watching your connections from the tray. Choose Quit in the tray menu to exit."));
    if (m_settings)
        m_settings->setValue(setting::trayHintShown, true);
}

}  // namespace aria::ui
