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
    // The connection's own key, unique per user: the integration's first connection keeps the
    // integration id ("gmail"), later ones get "gmail-2", "gmail-3" (see nextConnectionId()).
    // Empty means "the integration's first connection" when stored.
    QString connectionId;
    QString integrationType;       // IntegrationSpec::id; an integration has zero or more connections
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
    // connectionId, or the integration id for a row stored before connections had their own key.
    QString key() const { return connectionId.isEmpty() ? integrationType : connectionId; }
};

// "gmail" -> true; "gmail-2" -> true; "Gmail", "gmail-", "gmail-0", "gmail-1" -> false.
bool isValidConnectionId(QStringView id);
// The integration a connection id belongs to ("gmail-2" -> "gmail"); empty when invalid.
QString integrationOfConnectionId(QStringView id);
// The first free id for another connection of integration among taken: the integration id
// itself when free, else "<id>-2", "<id>-3", ...
QString nextConnectionId(const QString &integration, const QStringList &taken);

}  // namespace aria
