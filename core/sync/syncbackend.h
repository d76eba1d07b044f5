#pragma once

#include "domain/connection.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace aria::sync {

// Where the sync engine (syncengine.h) keeps the other copy of the profile's connections,
// and the account they belong to. The engine needs four things from it: who is signed in,
// the rows changed since a cursor, a place to push a batch of rows, and (optionally) word
// that something changed there. Supabase is one backend (supabase/supabasebackend.h); the
// engine, the account chip and the command line know only this interface.
//
// Requests answer through a callback that is dropped when `context` is destroyed, like
// every asynchronous call in the core.
class SyncBackend : public QObject
{
    Q_OBJECT
public:
    enum class AccountState {
        SignedOut,
        Restoring, // reading a saved session at start
        SigningIn,
        SignedIn,
    };
    Q_ENUM(AccountState)

    // How a request ended.
    enum class Outcome {
        Ok,
        Transient, // offline, timeout, server trouble, rate limited: retry later
        Refused, // not signed in, the session ended, access denied: retrying will not help
        Rejected, // the request itself is wrong (for a push: the rows it carried)
    };
    struct Answer {
        Outcome outcome = Outcome::Transient;
        QString message; // for the user when outcome is not Ok
        int retryAfterMs = -1; // the server asked to wait this long before trying again (-1: not)
        bool ok() const { return outcome == Outcome::Ok; }
    };
    // Pushing a batch: the server takes all of it or refuses all of it. The engine learns each
    // row's result by sending rows one at a time once a batch has been refused.
    struct PushAnswer : Answer {
        // Ok: the rows as the server now holds them (the readable ones).
        QList<Connection> stored;
        // Rejected, for a batch of one: the row's id is taken by a row this account cannot
        // see (e.g. a database copied from another account's device); under a new id the row
        // would be accepted.
        bool idTaken = false;
    };
    // One page of rows changed since a cursor, oldest first.
    struct Page : Answer {
        QList<Connection> rows; // the readable rows of the page
        int size = 0; // rows on the page, readable or not (a full page: ask for the next one)
        QString newestStamp; // the server's stamp of the newest row (sync/timestamp.h); empty: none
    };
    // The keys (Connection::key()) of every row the account has on the server.
    struct Keys : Answer {
        QSet<QString> keys;
        int count = 0; // entries in the answer
        bool complete = true; // false: the answer may have been cut off, so it proves nothing
    };

    using QObject::QObject;

    virtual AccountState accountState() const = 0;
    bool isSignedIn() const { return accountState() == AccountState::SignedIn; }
    // Set up with somewhere to sync to.
    virtual bool isConfigured() const = 0;
    // The signed-in user's id (empty when signed out), and the address shown for them.
    virtual QString userId() const = 0;
    virtual QString email() const = 0;
    // Ends the session; connections stay on this device.
    virtual void signOut() = 0;

    // Upserts the rows under the signed-in user (idempotent: a replayed push duplicates nothing).
    virtual void push(const QList<Connection> &rows, QObject *context, std::function<void(const PushAnswer &)> done) = 0;
    // Rows whose server stamp is after `since` (every row when empty), oldest first, at most `limit`.
    virtual void pull(const QString &since, int limit, QObject *context, std::function<void(const Page &)> done) = 0;
    // The keys of the user's rows; an answer of `limit` entries or more is not complete.
    virtual void listKeys(int limit, QObject *context, std::function<void(const Keys &)> done) = 0;

    // True while remoteChanged() is known to announce every change on the server.
    virtual bool isLive() const { return false; }

Q_SIGNALS:
    void accountStateChanged(aria::sync::SyncBackend::AccountState state);
    void userIdChanged(const QString &userId);
    // A saved session was read at start (signedIn: one was found and is in use).
    void restored(bool signedIn);
    void signInFinished(bool ok, const QString &message);
    // The server ended the session: sign in again.
    void sessionExpired(const QString &message);
    // Something changed on the server (or the live subscription just started and may have
    // missed changes): worth an incremental pull. Carries no data.
    void remoteChanged();
    void liveChanged(bool live);
};

} // namespace aria::sync
