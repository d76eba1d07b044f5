#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace aria {

class ConnectionsModel;
class ConnectionService;

// The one state the tray shows for all connections, in order of precedence.
enum class OverallState {
    Offline,         // the network is unreachable (set from outside: setOffline())
    NeedsAttention,  // at least one connection expired or failed: the user must reconnect
    Syncing,         // a connect flow or a sync is running
    SignedOut,       // nothing connected yet (fresh profile, or everything disconnected)
    AllGood,         // every connection made is active
};

// Short stable name of a state ("offline", "attention", "syncing", "signed-out", "ok"):
// the tray icon's resource name and the key tests look for.
QString stateKey(OverallState state);

// Folds ConnectionsModel into one OverallState and a one-line summary for a tooltip
// ("4 connected · Outlook needs reconnecting"). Recomputes on every model change and emits
// changed() only when the state or the summary actually changed.
class OverallStatus : public QObject
{
    Q_OBJECT
public:
    explicit OverallStatus(ConnectionsModel *model, QObject *parent = nullptr);

    // Follows syncStarted/syncFinished and connectStarted/connectFinished as "syncing".
    void trackService(ConnectionService *service);
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    OverallState state() const { return m_state; }
    QString summary() const { return m_summary; }
    int connectedCount() const { return m_connected; }
    // Names of the integrations that need reconnecting, in model order.
    QStringList needingAttention() const { return m_attention; }

Q_SIGNALS:
    void changed();

private:
    void recompute();
    void setBusy(const QString &integrationId, bool busy);

    QPointer<ConnectionsModel> m_model;
    QSet<QString> m_busy;  // integration ids with a running sync or connect flow
    bool m_offline = false;
    OverallState m_state = OverallState::SignedOut;
    QString m_summary;
    int m_connected = 0;
    QStringList m_attention;
};

}  // namespace aria
