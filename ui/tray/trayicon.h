#pragma once

#include "model/overallstatus.h"
#include "traynotifier.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace aria {
class ConnectionsModel;
}

namespace aria::ui {

// The system-tray status indicator. Shows OverallStatus as icon and tooltip, lists every
// integration with its state in the menu and offers quick actions. It changes nothing
// itself: every action is an intent signal for the app to route (like a view).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(ConnectionsModel *model, OverallStatus *status, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    bool isVisible() const;
    void setSyncPaused(bool paused);
    bool isSyncPaused() const;
    // Hides "Sync now" and "Pause sync" when nothing could act on them (no service).
    void setSyncAvailable(bool available);

    // Shows a desktop notification; a click on it reports the integration (if any).
    void showNotification(const TrayNotification &notification);
    void showMessage(const QString &title, const QString &body);

    // Resource path of the icon for a state (":/tray/<stateKey>.svg").
    static QString iconPath(OverallState state);

    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void toggleWindowRequested();  // left click on the icon
    void showWindowRequested();
    void openIntegrationRequested(const QString &integrationId);  // notification or menu line
    void connectRequested(const QString &integrationId);          // "Reconnect …"
    void syncAllRequested();
    void pauseSyncToggled(bool paused);
    void quitRequested();
    // A notification went to the desktop, with title and body exactly as handed over.
    void messageShown(const QString &integrationId, const QString &title, const QString &body);

private:
    void refresh();
    void rebuildMenu();

    QPointer<ConnectionsModel> m_model;
    QPointer<OverallStatus> m_status;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QList<QAction *> m_rowActions;  // the per-integration part, rebuilt on change
    QString m_messageIntegrationId;  // of the last notification shown
};

}  // namespace aria::ui
