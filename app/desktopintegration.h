#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace aria {
class ConnectionService;
class ConnectionStore;
class ConnectionsModel;
class DatabaseWatcher;
class OverallStatus;
class Settings;
namespace ui {
class TrayController;
}
}

namespace aria::app {

struct LaunchOptions;
class SingleInstance;

// Everything that ties the window to the desktop: single instance, tray, notifications,
// close-to-tray, start at login and noticing changes made by the command line. runGui()
// creates it first (a second launch hands over and exits), then attaches the window.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    explicit DesktopIntegration(const LaunchOptions &options, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // True when another instance was running and has been asked to show its window:
    // this process should exit with status 0.
    bool handedOver() const { return m_handedOver; }
    // True when another instance holds the profile but did not answer for several seconds
    // (frozen or stopped): this process must not open a second window on the same profile.
    bool otherInstanceUnresponsive() const { return m_otherUnresponsive; }

    // Wires single-instance activation and the database watcher to the window, then shows it
    // (or keeps it hidden in the tray for --minimised, which creates the tray first). store may
    // be null when the database could not be opened; service may be null while no connect
    // flows exist.
    void attach(QWidget *window, ConnectionsModel *model, ConnectionStore *store,
                ConnectionService *service = nullptr);
    // The tray and the database watcher. Neither is needed for the window's first frame and
    // each costs more than painting it (closing an inotify watch waits for a kernel RCU grace
    // period, 4-8 ms here), so runGui() calls this after the first frame. Needs attach() first.
    void completeStartup();
    // What the system's network monitor says (the network module follows it): the tray and
    // the overall state show "offline".
    void setOffline(bool offline);

    ui::TrayController *tray() const { return m_tray; }

Q_SIGNALS:
    // The window should scroll to and highlight this integration's card (a notification or
    // a tray menu line was clicked; the window is already shown).
    void openIntegrationRequested(const QString &integrationId);
    // "Pause sync" in the tray (also stored as the setting sync.paused).
    void syncPausedChanged(bool paused);
    // Another process (the command line) committed to the database.
    void storeChangedExternally();

private:
    bool m_handedOver = false;
    bool m_otherUnresponsive = false;
    bool m_minimised = false;
    std::unique_ptr<Settings> m_settings;
    SingleInstance *m_instance = nullptr;
    OverallStatus *m_status = nullptr;
    ui::TrayController *m_tray = nullptr;
    DatabaseWatcher *m_watcher = nullptr;
    ConnectionStore *m_store = nullptr;
    qint64 m_versionShown = -1; // the database's data_version when the window was filled
    QPointer<QWidget> m_window;
    ConnectionsModel *m_model = nullptr;
    ConnectionService *m_service = nullptr;

    void createTray();
    void watchDatabase();
};

}  // namespace aria::app
