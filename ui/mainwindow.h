#pragma once

#include "cardview.h"
#include "connect/outcome.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QScrollArea;

namespace aria {
class ConnectionService;
class ConnectionsModel;
} // namespace aria

namespace aria::ui {

class IntegrationCard;
class IntegrationsPage;

// The integrations window: one card per row of the model, actions sent to the connection
// service, outcomes shown inline on the card or in the error banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionsModel *model, QWidget *parent = nullptr);

    // nullptr (the default): the cards show their actions disabled.
    void setConnectionService(ConnectionService *service);
    // The account chip at the right of the header (built elsewhere). Ownership passes here.
    void setAccountWidget(QWidget *widget);
    // The first run's welcome: no ARIA sign-in, no Composio key, nothing connected yet.
    void setWelcomeShown(bool shown);
    void setSandbox(bool sandbox);
    // Skeleton cards while the first data arrives; when it ends the cards fade and rise in.
    void setLoading(bool loading);
    // A problem for the whole window; with retry the banner offers Retry, which runs it.
    void showProblem(const QString &message, std::function<void()> retry = {});
    // A problem that keeps the list from working (e.g. the database cannot be opened).
    void showFatalProblem(const QString &message);
    // Re-reads the theme and the reduced-motion preference (after the settings changed).
    void applyAppearance();
    // Restores the geometry from file now and saves it there when the window closes.
    void rememberGeometryIn(const QString &file);
    // Brings the window forward with that integration's card in view and focused (a tray
    // notification or menu line was clicked).
    void showIntegration(const QString &integrationId);

    // The card of an integration, or of the integration a connection id ("gmail-2") belongs to.
    IntegrationCard *card(const QString &id) const;
    IntegrationsPage *page() const { return m_page; }

Q_SIGNALS:
    void settingsRequested();
    // The user asked to sign in to ARIA: from the welcome, or a Connect that needs it (cloud mode).
    void signInRequested();
    // The welcome's other two ways in.
    void composioKeyRequested();
    void oauthClientRequested();
    void retryRequested(); // Retry on a problem reported by the service as a whole

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildCards();
    void updateRows(int first, int last);
    void setPending(const QString &id, PendingAction pending);
    void requestConnect(const QString &id);
    void requestDisconnect(const QString &id);
    void requestSync(const QString &id);
    void requestAddAccount(const QString &integrationId);
    void requestCancel(const QString &id);
    void onConnectFinished(const QString &id, bool ok, const QString &message, FailureKind kind);
    void onDisconnectFinished(const QString &id, bool ok, const QString &message);
    void onSyncFinished(const QString &id, bool ok, const QString &message);
    void revealCards();
    QString nameOf(const QString &id) const;

    ConnectionsModel *m_model;
    QPointer<ConnectionService> m_service;
    QScrollArea *m_scroll;
    IntegrationsPage *m_page;
    QHash<QString, PendingAction> m_pending;
    QSet<QString> m_cancelled; // connect flows the user cancelled: their failure is no news
    std::function<void()> m_retry;
    QString m_stateFile;
    bool m_revealed = false;
};

} // namespace aria::ui
