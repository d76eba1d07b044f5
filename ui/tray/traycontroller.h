#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace aria {
class ConnectionService;
class ConnectionsModel;
class OverallStatus;
class Settings;
}

namespace aria::ui {

class CloseToTray;
class TrayIcon;
class TrayNotifier;

// Wires the tray to the window and to core: routes the tray's intents (show/hide, open a
// card, reconnect, sync, pause, quit) to the window and the ConnectionService, raises
// notifications and keeps the app running in the tray when the window closes.
class TrayController : public QObject
{
    Q_OBJECT
public:
    // service may be null (no connect flows yet): reconnect then opens the card instead.
    // settings keeps sync.paused and whether the "still running" notice was shown.
    TrayController(QWidget *window, ConnectionsModel *model, OverallStatus *status, ConnectionService *service,
                   Settings *settings, QObject *parent = nullptr);
    ~TrayController() override;

    // True when a system tray exists and the icon is shown in it.
    bool trayAvailable() const;
    // Brings the window forward (single-instance activation, "Open Integrations…").
    void showWindow();

    TrayIcon *trayIcon() const { return m_tray; }
    TrayNotifier *notifier() const { return m_notifier; }
    CloseToTray *closeToTray() const { return m_closeToTray; }

Q_SIGNALS:
    // The window should show this integration's card (notification clicked, reconnect
    // without a service).
    void openIntegrationRequested(const QString &integrationId);
    void syncPausedChanged(bool paused);
    // Quit from the menu, or the window closed without a tray. The app quits.
    void quitRequested();

private:
    void toggleWindow();
    void reconnect(const QString &integrationId);
    void onHiddenToTray();

    QPointer<QWidget> m_window;
    QPointer<ConnectionService> m_service;
    Settings *m_settings = nullptr;
    TrayIcon *m_tray = nullptr;
    TrayNotifier *m_notifier = nullptr;
    CloseToTray *m_closeToTray = nullptr;
};

}  // namespace aria::ui
