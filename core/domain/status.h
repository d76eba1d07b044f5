#pragma once

#include <QString>
#include <QStringView>

namespace aria {

// State of one integration's connection, as the user sees it.
enum class ConnectionStatus {
    NotConnected,  // never connected on this profile
    Connecting,    // a connect flow is running (or Composio says INITIATED)
    Active,        // connected and usable
    Expired,       // the grant no longer works: the user must reconnect
    Error,         // the last connect attempt or health check failed
    Disconnected,  // the user disconnected it (kept as a tombstone for sync)
};

// Outcome of the last sync (health check) of a connection.
enum class SyncStatus { Success, Pending, Failed };

// Wire names: not_connected, connecting, active, expired, error, disconnected.
QString toWireName(ConnectionStatus status);
QString toWireName(SyncStatus status);
// Unknown names yield false and leave *out untouched.
bool fromWireName(QStringView name, ConnectionStatus *out);
bool fromWireName(QStringView name, SyncStatus *out);

// Maps a Composio connected-account status (INITIALIZING, INITIATED, ACTIVE, FAILED,
// EXPIRED, INACTIVE, REVOKED, DELETED) to ours. Unknown statuses map to Error so that
// they surface instead of passing for healthy.
ConnectionStatus fromComposioStatus(QStringView composioStatus);

// True for the states where the card offers "Reconnect".
bool needsReconnect(ConnectionStatus status);

}  // namespace aria
