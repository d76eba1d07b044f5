#include "tokenledger.h"

#include "oauth/oauthlog.h"
#include "secrets/keynames.h"
#include "store/connectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace aria::oauth {

namespace {

// A missing entry is success: the end state is the same.
bool removed(const SecretStore::Reply &r)
{
    return r.result == SecretStore::Result::Ok || r.result == SecretStore::Result::NotFound;
}

} // namespace

TokenLedger::TokenLedger(ConnectionStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    // Every way a row goes away or stops being a direct connection passes through the store:
    // sync (server deletions, tombstones, rows of another mode), our own writes, kill recovery.
    if (m_store)
        connect(m_store, &ConnectionStore::connectionChanged, this, &TokenLedger::sweepLater);
}

bool TokenLedger::holdsTokens(const QString &id) const
{
    const auto c = m_store ? m_store->get(id) : std::nullopt;
    if (!c || c->mode != ConnectMode::Direct)
        return false;
    switch (c->status) {
    case ConnectionStatus::Connecting: // a reconnect keeps the old grant until the new one is in
    case ConnectionStatus::Active:
    case ConnectionStatus::Expired: // "Reconnect" replaces them
    case ConnectionStatus::Error:   // a failed check or reconnect: the grant may still work
        return true;
    case ConnectionStatus::NotConnected:
    case ConnectionStatus::Disconnected:
        return false;
    }
    return true;
}

QStringList TokenLedger::ids() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    const QString text = m_store->syncValue(key());
    if (text.isEmpty()) {
        // Never written (a profile from before the list): every direct row may have tokens.
        QStringList seeded;
        for (const Connection &c : m_store->list()) {
            if (c.mode == ConnectMode::Direct)
                seeded << c.key();
        }
        return seeded;
    }
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids << v.toString();
    ids.removeAll(QString());
    return ids;
}

void TokenLedger::setHeld(const QString &id, bool held)
{
    if (!m_store || !m_store->isOpen())
        return;
    QStringList list = ids();
    const bool listed = list.contains(id);
    // A ledger that was only seeded is written once, so that later reads need not guess.
    if (listed == held && !m_store->syncValue(key()).isEmpty())
        return;
    if (held && !listed)
        list << id;
    if (!held)
        list.removeAll(id);
    list.sort();
    m_store->setSyncValue(
        key(), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)));
}

void TokenLedger::sweepAll()
{
    const QStringList list = ids();
    sweepIds(QSet<QString>(list.cbegin(), list.cend()));
}

void TokenLedger::sweepLater(const QString &id)
{
    if (m_sweepQueue.isEmpty())
        QTimer::singleShot(0, this, &TokenLedger::sweepQueued);
    m_sweepQueue.insert(id);
}

void TokenLedger::sweepQueued()
{
    sweepIds(std::exchange(m_sweepQueue, {}));
}

void TokenLedger::sweepIds(const QSet<QString> &ids)
{
    if (ids.isEmpty())
        return;
    const QStringList ledger = this->ids(); // one read for a whole batch of changed rows
    for (const QString &id : ids) {
        if (ledger.contains(id))
            sweep(id);
    }
}

void TokenLedger::sweep(const QString &id)
{
    // A running connect, refresh, sync or disconnect decides for itself; it asks again when done.
    if (!m_secrets || isBusy(id) || m_sweeping.contains(id) || holdsTokens(id))
        return;
    m_sweeping.insert(id);
    Q_EMIT sweepStarted(id);
    // Keychain jobs run in the order issued, and a new connect marks the id busy long before it
    // writes tokens, so these removals cannot hit tokens of a grant that started after this check.
    m_secrets->remove(keys::refreshToken(id), this,
        [this, id](const SecretStore::Reply &reply) { refreshTokenRemoved(id, reply); });
}

void TokenLedger::refreshTokenRemoved(const QString &id, const SecretStore::Reply &reply)
{
    if (!removed(reply))
        return finishSweep(id, reply);
    m_secrets->remove(keys::accessToken(id), this,
        [this, id](const SecretStore::Reply &second) { finishSweep(id, second); });
}

void TokenLedger::finishSweep(const QString &id, const SecretStore::Reply &reply)
{
    m_sweeping.remove(id);
    if (!removed(reply)) {
        // The message names the keychain's problem, never a secret.
        qCWarning(lcOAuth) << "could not remove the keychain tokens of" << id << "-" << reply.result << reply.message;
        return Q_EMIT tokensRemoved(id, false);
    }
    qCInfo(lcOAuth) << "removed the keychain tokens of" << id << "- it has no live direct connection";
    // A connect that began meanwhile lists the id again itself.
    if (!isBusy(id) && !holdsTokens(id))
        setHeld(id, false);
    Q_EMIT tokensRemoved(id, true);
}

} // namespace aria::oauth
