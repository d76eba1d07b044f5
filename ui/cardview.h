#pragma once

#include "domain/connection.h"

#include <QDateTime>
#include <QString>

namespace aria::ui {

// What the window is doing for one integration right now (the store does not know yet).
enum class PendingAction { None, Connecting, Disconnecting, Syncing };

// Everything a card shows, worked out from the connection without any widget, so the rules
// ("Reconnect for expired", "Sync failed with the reason") are testable on their own.
struct CardView {
    enum class Tone { Neutral, Success, Warning, Danger, Busy };
    enum class Actions {
        Connect, // Connect
        Connecting, // Connecting… (spinner) + Cancel
        Connected, // Sync now + Disconnect
        Reconnect, // Reconnect (+ Disconnect when an account is known)
        Disconnecting, // Disconnecting… (spinner)
    };

    Tone tone = Tone::Neutral; // status dot and pill colour
    QString pill; // empty: no pill
    QString account; // "a@b.com"
    QString lastSync; // "Last sync 2 minutes ago"; empty when never
    QString lastSyncExact; // tooltip: the exact local time
    QString problem; // "Sync failed: token revoked"
    Tone problemTone = Tone::Danger;
    Actions actions = Actions::Connect;
    bool canDisconnect = false; // Reconnect state: a Disconnect is offered too
    bool syncing = false; // Sync now shows its spinner
    QString accessibleDescription; // "Gmail, connected as a@b.com, last synced 2 minutes ago"

    friend bool operator==(const CardView &a, const CardView &b)
    {
        return a.tone == b.tone && a.pill == b.pill && a.account == b.account && a.lastSync == b.lastSync
            && a.lastSyncExact == b.lastSyncExact && a.problem == b.problem && a.problemTone == b.problemTone
            && a.actions == b.actions && a.canDisconnect == b.canDisconnect && a.syncing == b.syncing
            && a.accessibleDescription == b.accessibleDescription;
    }
    friend bool operator!=(const CardView &a, const CardView &b) { return !(a == b); }
};

CardView describeCard(const QString &name, const Connection &connection, PendingAction pending,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace aria::ui
