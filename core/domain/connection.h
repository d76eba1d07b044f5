#pragma once

#include "status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace aria {

// How a connection was made.
enum class ConnectMode { Composio, Direct };
QString toWireName(ConnectMode mode);
bool fromWireName(QStringView name, ConnectMode *out);

// The metadata of one connection: the seed's user_integrations row plus local sync state.
// Never holds a secret; tokens and keys live in the keychain.
struct Connection {
    QString integrationType;       // IntegrationSpec::id; one connection per integration
    QString rowId;                 // UUID of the row, shared with the server
    QString userId;                // Supabase user id, or the local profile's id
    ConnectMode mode = ConnectMode::Composio;
    QString composioConnectionId;  // Composio connected_account id (composio mode)
    QString composioAccountId;     // account id at the provider, when known
    QString displayName;           // e.g. the account's e-mail address
    ConnectionStatus status = ConnectionStatus::NotConnected;
    QDateTime lastSyncAt;          // invalid when never synced
    SyncStatus syncStatus = SyncStatus::Success;
    QString errorMessage;          // why the last connect/sync failed, shown to the user
    QJsonObject metadata;          // integration-specific extras (instance URL, scopes, expiry)
    QDateTime createdAt;
    QDateTime updatedAt;           // last-writer-wins key for sync

    // The object `list --json` prints for this connection.
    QJsonObject toJson(const QString &shownName) const;
};

}  // namespace aria
