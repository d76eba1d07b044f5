#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace aria {

class ConnectionStore;

namespace oauth {

// Which connections ("gmail", "gmail-2") may have direct-mode tokens in the keychain, and the
// removal of those whose connection is gone. Split from DirectOAuthConnector so that the rule "tokens never
// outlive their connection" lives in one small place that can be tested without a grant.
//
// The ledger is a small list of ids (never a token) in the store's sync_state: without it every
// store change would have to ask the keychain, which may prompt or be slow. A profile from before
// the ledger has no entry; then every direct row counts as listed, so nothing already stored is
// missed.
//
// A sweep removes the two token entries of a listed connection that has no live direct row
// (deleted on the server and removed by sync, a tombstone or another mode arrived by sync, a
// connect was killed). The store's change signals are coalesced into one sweep per event-loop
// turn, so a sync that touches many rows reads the ledger once.
class TokenLedger : public QObject
{
    Q_OBJECT
public:
    // True while a running connect, refresh, sync or disconnect owns a connection's tokens:
    // that action decides for itself, and the connector asks again (sweepLater) when it ends.
    using BusyCheck = std::function<bool(const QString &connectionId)>;

    TokenLedger(ConnectionStore *store, SecretStore *secrets, QObject *parent = nullptr);

    // The sync_state key of the ledger (not a keychain name: the ledger holds no secret).
    static QString key() { return QStringLiteral("oauth_tokens_held"); }

    void setBusyCheck(BusyCheck busy) { m_busy = std::move(busy); }

    // A row that uses the keychain tokens: direct mode, and connecting, active, expired or failed.
    bool holdsTokens(const QString &id) const;
    // The listed ids; every direct row when the ledger was never written.
    QStringList ids() const;
    // Lists (before the first token write, so a kill in between leaves no unknown token) or
    // unlists a connection. Writes only when something changes.
    void setHeld(const QString &id, bool held);

    // Sweeps every listed connection (start-up, "sync all": changes by other processes).
    void sweepAll();
    // Sweeps one connection on the next event-loop turn, together with the others queued.
    void sweepLater(const QString &id);

Q_SIGNALS:
    // The tokens of a connection are about to be removed: nothing may refresh them any more.
    void sweepStarted(const QString &connectionId);
    // The tokens were removed (ok) or could not be (the keychain failed; tried again at the
    // next change or start-up).
    void tokensRemoved(const QString &connectionId, bool ok);

private:
    bool isBusy(const QString &id) const { return m_busy && m_busy(id); }
    void sweepQueued();
    void sweepIds(const QSet<QString> &ids);
    void sweep(const QString &id);
    void refreshTokenRemoved(const QString &id, const SecretStore::Reply &reply);
    void finishSweep(const QString &id, const SecretStore::Reply &reply);

    QPointer<ConnectionStore> m_store;
    QPointer<SecretStore> m_secrets;
    BusyCheck m_busy;
    QSet<QString> m_sweepQueue; // changed rows to look at on the next event-loop turn
    QSet<QString> m_sweeping;   // token removals running
};

} // namespace oauth
} // namespace aria
