#include "composioconnector.h"

#include "browserlauncher.h"
#include "common/logging.h"
#include "common/processprobe.h"
#include "common/safetext.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "composio/composiotransport.h"
#include "loopbackreplyhandler.h"
#include "store/connectionstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace aria {

// One running connect flow. It is also the context of every callback the flow starts, so
// cancelling (destroying it) silently drops late answers.
class ComposioConnector::Flow : public QObject
{
public:
    Flow(const IntegrationSpec &s, const QString &connection)
        : spec(s)
        , connectionId(connection)
    {
        pollTimer.setSingleShot(true);
    }
    IntegrationSpec spec;
    QString connectionId; // the connection this flow connects ("gmail", "gmail-2")
    QString userId;
    QString accountId; // the connected_account_id Composio created for this link
    std::optional<Connection> previous;
    LoopbackReplyHandler listener;
    QTimer pollTimer;
    int pollDelayMs = 0;
    bool confirming = false;
    int confirmAttempts = 0;
    bool finished = false; // taken out of m_flows; late answers are ignored
    bool restoreOnFailure = false; // the failure leaves the row as it was before the flow
    bool adding = false; // a further account being added: a failure leaves no row
};

ComposioConnector::ComposioConnector(ComposioTransport *transport, ConnectionStore *store, Settings *settings,
    BrowserLauncher *browser, QObject *parent)
    : Connector(parent)
    , m_transport(transport)
    , m_store(store)
    , m_settings(settings)
    , m_browser(browser)
    , m_userId([settings] { return settings->localUserId(); })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ComposioConnector::~ComposioConnector() = default;

void ComposioConnector::setPollInterval(int firstMs, int maxMs)
{
    m_pollFirstMs = std::max(10, firstMs);
    m_pollMaxMs = std::max(m_pollFirstMs, maxMs);
}

QString ComposioConnector::userId() const
{
    return m_userId();
}

bool ComposioConnector::isBusy(const QString &integrationId) const
{
    return m_flows.count(integrationId) > 0 || m_busy.contains(integrationId);
}

const LoopbackReplyHandler *ComposioConnector::listener(const QString &integrationId) const
{
    const auto it = m_flows.find(integrationId);
    return it == m_flows.end() ? nullptr : &it->second->listener;
}

FailureKind ComposioConnector::kindOf(const ComposioError &error)
{
    switch (error.kind) {
    case ComposioError::None:
        return FailureKind::None;
    case ComposioError::NoApiKey:
    case ComposioError::Unauthorized:
        return FailureKind::Unauthorized;
    case ComposioError::NotSignedIn:
        return FailureKind::NotSignedIn;
    case ComposioError::Keychain:
    case ComposioError::UnsafeUrl:
        return FailureKind::Local;
    case ComposioError::Timeout:
    case ComposioError::Offline:
    case ComposioError::Server:
    case ComposioError::RateLimited:
        return FailureKind::Network;
    default:
        return FailureKind::Remote;
    }
}

void ComposioConnector::refuseBusy(const IntegrationSpec &spec, const QString &connectionId, FinishSignal finished)
{
    const QString id = connectionId;
    const Outcome busy = Outcome::failure(
        FailureKind::Busy, tr("%1 is busy; wait for the running action to finish.").arg(spec.name));
    QTimer::singleShot(0, this, [this, id, busy, finished] { Q_EMIT(this->*finished)(id, busy); });
}

// ---- connect -----------------------------------------------------------------------------

void ComposioConnector::connectIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    const QString cid = connectionId.isEmpty() ? spec.id : connectionId;
    if (isBusy(cid))
        return refuseBusy(spec, cid, &Connector::connectFinished);
    if (spec.composioToolkit.isEmpty()) {
        Q_EMIT connectFinished(cid,
            Outcome::failure(FailureKind::Local,
                tr("%1 cannot be connected through Composio; use direct mode.").arg(spec.name)));
        return;
    }
    auto owned = std::make_unique<Flow>(spec, cid);
    Flow *flow = owned.get();
    flow->previous = m_store->get(cid);
    flow->userId = userId();
    m_flows[cid] = std::move(owned);

    // The nonce in the path says the redirect comes from Composio for this run; an account id
    // other than this link's means a stale or forged redirect (the nonce leaked, e.g. through
    // history). The listener answers it 400 and keeps waiting for the real one.
    flow->listener.setCallbackCheck([flow](const QVariantMap &values) {
        QString id = values.value(QStringLiteral("connected_account_id")).toString();
        if (id.isEmpty())
            id = values.value(QStringLiteral("connectedAccountId")).toString();
        if (flow->accountId.isEmpty())
            return QStringLiteral("callback before the connect link exists");
        return id.isEmpty() || id == flow->accountId ? QString()
                                                     : QStringLiteral("callback for another account");
    });
    connect(&flow->listener, &QAbstractOAuthReplyHandler::callbackReceived, flow,
        [this, flow](const QVariantMap &values) { onCallback(flow, values); });
    connect(&flow->listener, &LoopbackReplyHandler::timedOut, flow, [this, flow] {
        failFlow(flow, FailureKind::Timeout,
            tr("No answer from the browser in time; the connect link has expired. Try again."));
    });
    // Refused requests are logged by the listener, which stops after the first few: a local
    // process can send them in a loop.
    connect(&flow->pollTimer, &QTimer::timeout, flow, [this, flow] { poll(flow); });

    // A further account without a row yet (or one an earlier flow never connected) is being
    // added: until it is connected its row is this device's alone, and a failure removes it.
    flow->adding = cid != spec.id && (!flow->previous || flow->previous->status == ConnectionStatus::NotConnected);
    // If this first write fails (disk full), later ones would too: stop before the browser.
    Connection connecting = flow->previous.value_or(Connection());
    connecting.connectionId = cid;
    connecting.integrationType = spec.id;
    connecting.status = ConnectionStatus::Connecting;
    connecting.errorMessage = flow->previous ? flow->previous->errorMessage : QString();
    if (!flow->previous)
        connecting.mode = ConnectMode::Composio;
    if (!(flow->adding ? m_store->upsertUnshared(connecting) : m_store->upsert(connecting)))
        return failFlow(flow, FailureKind::Local, m_store->errorString());
    startLink(flow);
}

void ComposioConnector::startLink(Flow *flow)
{
    if (flow->finished)
        return;
    LoopbackReplyHandler::Options options;
    options.withNonce = true;
    options.timeoutMs = m_flowTimeoutMs > 0
        ? m_flowTimeoutMs
        : m_settings->value(setting::connectTimeout) * 1000;
    if (options.timeoutMs <= 0)
        options.timeoutMs = 600000;
    if (!flow->listener.listen(options))
        return failFlow(flow, FailureKind::Local,
            tr("Cannot open the local address the browser returns to: %1").arg(flow->listener.errorString()));

    const QUrl callback(flow->listener.callback());
    m_transport->createLink(flow->spec, flow->userId, callback, flow,
        [this, flow](const ComposioError &e, const ComposioLink &link) {
            if (flow->finished)
                return;
            if (!e.ok())
                return failFlow(flow, kindOf(e), e.message);
            flow->accountId = link.connectedAccountId;
            notePendingLink(flow->spec.id, flow->accountId); // before the browser: a kill may follow
            Q_EMIT connectStarted(flow->connectionId, link.redirectUrl);
            QString error;
            if (!m_browser->open(link.redirectUrl, &error))
                Q_EMIT problem(error); // the flow goes on: the address is shown, the user may open it
            flow->pollDelayMs = m_pollFirstMs;
            schedulePoll(flow);
        });
}

void ComposioConnector::schedulePoll(Flow *flow)
{
    if (flow->confirming || flow->finished)
        return;
    flow->pollTimer.start(flow->pollDelayMs);
    flow->pollDelayMs = std::min(m_pollMaxMs, flow->pollDelayMs * 3 / 2);
}

void ComposioConnector::poll(Flow *flow)
{
    if (flow->confirming || flow->finished)
        return;
    m_transport->getAccount(
        flow->accountId, flow, [this, flow](const ComposioError &e, const ComposioAccount &a) {
            if (flow->confirming || flow->finished)
                return;
            if (!e.ok()) {
                if (e.kind == ComposioError::Unauthorized || e.kind == ComposioError::NoApiKey
                    || e.kind == ComposioError::NotSignedIn || e.kind == ComposioError::NotFound)
                    return failFlow(flow, kindOf(e), e.message);
                return schedulePoll(flow); // offline for a moment: keep waiting
            }
            if (a.status == u"ACTIVE") {
                qCInfo(lcConnect).noquote() << flow->connectionId << "became ACTIVE before the browser returned";
                flow->confirming = true;
                flow->listener.close();
                return verifyAndStore(flow, a);
            }
            if (a.status == u"EXPIRED")
                return failFlow(flow, FailureKind::Timeout,
                    tr("The connect link expired before the sign-in finished. Try again."));
            if (a.status == u"FAILED" || a.status == u"INACTIVE" || a.status == u"REVOKED")
                return failFlow(flow, FailureKind::Denied,
                    tr("The connection was not completed: %1")
                        .arg(a.statusReason.isEmpty() ? a.status : a.statusReason));
            schedulePoll(flow);
        });
}

void ComposioConnector::onCallback(Flow *flow, const QVariantMap &values)
{
    if (flow->confirming || flow->finished)
        return;
    // Composio appends status and connected_account_id (older flows: connectedAccountId, appName).
    // They are hints only: the listener's check refused another account id, and the account
    // is confirmed with Composio below.
    const QString status = values.value(QStringLiteral("status")).toString().toLower();
    if (status != u"success") {
        QString reason = safeLine(values.value(QStringLiteral("error_description")).toString());
        if (reason.isEmpty())
            reason = safeLine(values.value(QStringLiteral("error")).toString());
        if (reason == u"access_denied" || reason.isEmpty())
            reason = tr("access was not granted");
        // Composio's status_reason says more than the redirect; ask, but fail either way.
        flow->confirming = true;
        flow->pollTimer.stop();
        m_transport->getAccount(
            flow->accountId, flow, [this, flow, reason](const ComposioError &, const ComposioAccount &a) {
                const QString why = a.statusReason.isEmpty() ? reason : a.statusReason;
                failFlow(
                    flow, FailureKind::Denied, tr("The connection was not completed: %1").arg(why.left(200)));
            });
        return;
    }
    confirm(flow);
}

void ComposioConnector::confirm(Flow *flow)
{
    flow->confirming = true;
    flow->pollTimer.stop();
    m_transport->getAccount(
        flow->accountId, flow, [this, flow](const ComposioError &e, const ComposioAccount &a) {
            if (flow->finished)
                return;
            if (!e.ok())
                return failFlow(flow, kindOf(e), e.message);
            // The redirect may overtake Composio's own bookkeeping: give a pending account a moment.
            const bool pending = a.status == u"INITIATED" || a.status == u"INITIALIZING";
            if (pending && ++flow->confirmAttempts < 5) {
                QTimer::singleShot(400, flow, [this, flow] { confirm(flow); });
                return;
            }
            verifyAndStore(flow, a);
        });
}

void ComposioConnector::verifyAndStore(Flow *flow, const ComposioAccount &a)
{
    if (flow->finished)
        return;
    if (a.status != u"ACTIVE")
        return failFlow(flow, a.status == u"EXPIRED" ? FailureKind::Timeout : FailureKind::Denied,
            tr("Composio reports the account as %1, not active%2")
                .arg(a.status, a.statusReason.isEmpty() ? QString() : QStringLiteral(": ") + a.statusReason));
    if (a.userId != flow->userId)
        return failFlow(flow, FailureKind::Remote,
            tr("The account Composio returned belongs to another user. It was not stored."));
    if (a.toolkit != flow->spec.composioToolkit)
        return failFlow(flow, FailureKind::Remote,
            tr("The account Composio returned is for %1, not %2. It was not stored.")
                .arg(a.toolkit, flow->spec.composioToolkit));
    // The same provider account under another connection of the integration: adding it again
    // would show one account twice. The pending account is the holder's own: leave it be.
    QString holder = holderOf(flow->spec, flow->connectionId, a.id);
    const bool sameAccount = !holder.isEmpty();
    // A new link always makes a new Composio account: the same person signing in twice shows
    // as the same identity at the provider (the account's e-mail) instead.
    for (const Connection &other : m_store->connectionsOf(flow->spec.id)) {
        if (holder.isEmpty() && other.key() != flow->connectionId && !a.displayName.isEmpty()
            && other.displayName.compare(a.displayName, Qt::CaseInsensitive) == 0
            && other.status != ConnectionStatus::Disconnected && other.status != ConnectionStatus::NotConnected)
            holder = other.key();
    }
    if (!holder.isEmpty()) {
        // Nothing went wrong with this connection: it is left as it was, a new one is not kept.
        flow->restoreOnFailure = true;
        const QString message
            = tr("This %1 account is already connected as %2. It was not added again.").arg(flow->spec.name, holder);
        if (sameAccount || a.id == previousAccountOf(flow))
            return failFlow(flow, FailureKind::Local, message);
        // The duplicate's own new account at Composio is deleted (best effort) before the
        // report: the command line exits on it, and a full sync would otherwise adopt it.
        m_transport->deleteAccount(a.id, flow, [this, flow, message, id = a.id](const ComposioError &e) {
            if (e.ok() || e.kind == ComposioError::NotFound)
                forgetPendingLink(id);
            failFlow(flow, FailureKind::Local, message);
        });
        return;
    }
    const Connection previous = flow->previous.value_or(Connection());
    const QString replaced = previous.mode == ConnectMode::Composio && previous.composioConnectionId != a.id
        ? previous.composioConnectionId
        : QString();
    Connection c = activeConnection(previous, flow->spec, flow->userId, a);
    c.connectionId = flow->connectionId;
    if (!m_store->upsert(c))
        return failFlow(flow, FailureKind::Local, m_store->errorString());

    forgetPendingLink(a.id); // the row holds it now
    const QString id = flow->connectionId;
    const QString shown = a.displayName.isEmpty() ? flow->spec.name : a.displayName;
    takeFlow(flow).release()->deleteLater();
    const Outcome done = Outcome::success(tr("Connected as %1.").arg(shown));
    if (!replaced.isEmpty()) {
        // A reconnect leaves the old (expired) account behind at Composio: tidy it, best
        // effort, and only then report: the command line exits on the report and would
        // otherwise drop the request unsent.
        m_transport->deleteAccount(replaced, this,
            [this, id, done](const ComposioError &) { Q_EMIT connectFinished(id, done); });
        return;
    }
    Q_EMIT connectFinished(id, done);
}

std::unique_ptr<ComposioConnector::Flow> ComposioConnector::takeFlow(Flow *flow)
{
    auto it = m_flows.find(flow->connectionId);
    if (it == m_flows.end() || it->second.get() != flow)
        return nullptr;
    std::unique_ptr<Flow> owned = std::move(it->second);
    m_flows.erase(it);
    owned->finished = true;
    owned->pollTimer.stop();
    owned->listener.close();
    return owned;
}

void ComposioConnector::failFlow(Flow *flow, FailureKind kind, const QString &message)
{
    std::unique_ptr<Flow> owned = takeFlow(flow);
    if (!owned)
        return;
    const QString id = owned->connectionId;
    if (owned->adding && (m_store->discardUnshared(id) || !m_store->get(id))) {
        // A cancelled or failed add leaves no trace: the report says why.
        owned.release()->deleteLater(); // we may be inside one of its listener's signals
        Q_EMIT connectFinished(id, Outcome::failure(kind, message));
        return;
    }
    // Put the row back as it was; a failure on top of a working or expired connection keeps
    // that state, a failed first connect shows the error.
    // Cancelled, or not signed in to ARIA yet (cloud mode): nothing went wrong with the
    // connection itself, so it is left as it was.
    if (kind == FailureKind::Cancelled || kind == FailureKind::NotSignedIn || owned->restoreOnFailure) {
        if (owned->previous)
            m_store->upsert(*owned->previous);
        else
            m_store->setStatus(id, ConnectionStatus::NotConnected);
    } else {
        const ConnectionStatus before
            = owned->previous ? owned->previous->status : ConnectionStatus::NotConnected;
        const bool keep = before == ConnectionStatus::Active || before == ConnectionStatus::Expired;
        m_store->setStatus(id, keep ? before : ConnectionStatus::Error, message);
    }
    owned.release()->deleteLater(); // we may be inside one of its listener's signals
    Q_EMIT connectFinished(id, Outcome::failure(kind, message));
}

void ComposioConnector::cancelConnect(const QString &integrationId)
{
    const auto it = m_flows.find(integrationId);
    if (it == m_flows.end())
        return;
    failFlow(it->second.get(), FailureKind::Cancelled, tr("Connecting was cancelled."));
}

// ---- disconnect ----------------------------------------------------------------------------

void ComposioConnector::disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    const QString cid = connectionId.isEmpty() ? spec.id : connectionId;
    if (m_flows.count(cid))
        cancelConnect(cid);
    if (m_busy.contains(cid))
        return refuseBusy(spec, cid, &Connector::disconnectFinished);
    const std::optional<Connection> row = m_store->get(cid);
    // A row already shown as disconnected may still have its account at Composio (revoked
    // there, but a killed run never deleted it): go through revoke and delete again, both of
    // which accept an account that is already gone.
    if (!row || row->composioConnectionId.isEmpty()) {
        if (row)
            markDisconnected(cid);
        Q_EMIT disconnectFinished(cid, Outcome::success(tr("%1 is disconnected.").arg(spec.name)));
        return;
    }
    m_busy.insert(cid);
    revokeThenDelete(spec, cid, row->composioConnectionId);
}

void ComposioConnector::revokeThenDelete(const IntegrationSpec &spec, const QString &cid, const QString &accountId)
{
    m_transport->removeAccount(accountId, this, [this, spec, cid](const ComposioError &e) {
        m_busy.remove(cid);
        if (!e.ok() && e.kind != ComposioError::NotFound) {
            Q_EMIT disconnectFinished(cid, Outcome::failure(kindOf(e), e.message));
            return;
        }
        markDisconnected(cid);
        Q_EMIT disconnectFinished(cid, Outcome::success(tr("%1 is disconnected.").arg(spec.name)));
    });
}

void ComposioConnector::markDisconnected(const QString &integrationId)
{
    std::optional<Connection> c = m_store->get(integrationId);
    if (!c)
        return;
    c->status = ConnectionStatus::Disconnected; // the row stays: a tombstone for sync
    c->errorMessage.clear();
    m_store->upsert(*c);
}

// ---- sync and reconcile ------------------------------------------------------------------------

bool ComposioConnector::applyRemoteState(
    const IntegrationSpec &spec, const QString &cid, const ComposioAccount &a, QString *message)
{
    std::optional<Connection> c = m_store->get(cid);
    if (!c)
        return false;
    const ConnectionStatus status = fromComposioStatus(a.status);
    const bool healthy = status == ConnectionStatus::Active;
    c->status = status;
    if (!a.displayName.isEmpty())
        c->displayName = a.displayName;
    if (healthy) {
        c->lastSyncAt = m_clock();
        c->syncStatus = SyncStatus::Success;
        c->errorMessage.clear();
        *message = tr("%1 is connected.").arg(spec.name);
    } else {
        const QString reason
            = a.statusReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.statusReason);
        if (status == ConnectionStatus::Disconnected)
            *message = tr("%1 was disconnected at Composio%2.").arg(spec.name, reason);
        else
            *message = tr("Composio reports %1 as %2%3. Reconnect to restore access.")
                           .arg(spec.name, a.status, reason);
        c->syncStatus = SyncStatus::Failed;
        c->errorMessage = *message;
    }
    m_store->upsert(*c);
    return healthy;
}

FailureKind ComposioConnector::unhealthyKind(const QString &integrationId) const
{
    // An expired grant is an authorization problem (the user must reconnect), as for direct
    // OAuth's invalid_grant; anything else Composio reports is a remote failure.
    const std::optional<Connection> row = m_store->get(integrationId);
    return row && row->status == ConnectionStatus::Expired ? FailureKind::Unauthorized : FailureKind::Remote;
}

void ComposioConnector::recordSyncFailure(const QString &integrationId, const QString &message)
{
    m_store->recordSync(integrationId, SyncStatus::Failed, m_clock(), message);
}

void ComposioConnector::syncIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    const QString cid = connectionId.isEmpty() ? spec.id : connectionId;
    if (isBusy(cid))
        return refuseBusy(spec, cid, &Connector::syncFinished);
    const std::optional<Connection> row = m_store->get(cid);
    if (!row || row->composioConnectionId.isEmpty() || row->status == ConnectionStatus::Disconnected
        || row->status == ConnectionStatus::NotConnected) {
        Q_EMIT syncFinished(cid, Outcome::failure(FailureKind::Local, tr("%1 is not connected.").arg(spec.name)));
        return;
    }
    checkAccount(spec, cid, row->composioConnectionId, {});
}

void ComposioConnector::checkAccount(const IntegrationSpec &spec, const QString &cid, const QString &accountId,
    std::function<void()> done)
{
    m_busy.insert(cid);
    Q_EMIT syncStarted(cid);
    m_transport->getAccount(
        accountId, this, [this, spec, cid, done](const ComposioError &e, const ComposioAccount &a) {
            m_busy.remove(cid);
            Outcome outcome;
            if (e.kind == ComposioError::NotFound) {
                markDisconnected(cid);
                outcome = Outcome::failure(FailureKind::Remote,
                    tr("%1 no longer exists at Composio; it is now disconnected.").arg(spec.name));
            } else if (!e.ok()) {
                recordSyncFailure(cid, e.message);
                outcome = Outcome::failure(kindOf(e), e.message);
            } else if (!applyRemoteState(spec, cid, a, &outcome.message)) {
                outcome.kind = unhealthyKind(cid);
            }
            Q_EMIT syncFinished(cid, outcome);
            if (done)
                done();
        });
}

Connection ComposioConnector::activeConnection(Connection c, const IntegrationSpec &spec,
    const QString &userId, const ComposioAccount &a) const
{
    c.integrationType = spec.id;
    c.userId = userId;
    c.mode = ConnectMode::Composio;
    c.composioConnectionId = a.id;
    c.displayName = a.displayName;
    c.status = ConnectionStatus::Active;
    c.lastSyncAt = m_clock();
    c.syncStatus = SyncStatus::Success;
    c.errorMessage.clear();
    c.metadata.insert(QStringLiteral("composio_auth_config_id"), a.authConfigId);
    return c;
}

QString ComposioConnector::previousAccountOf(const Flow *flow)
{
    return flow->previous ? flow->previous->composioConnectionId : QString();
}

QString ComposioConnector::holderOf(
    const IntegrationSpec &spec, const QString &connectionId, const QString &accountId) const
{
    for (const Connection &c : m_store->connectionsOf(spec.id)) {
        if (c.key() != connectionId && c.composioConnectionId == accountId && !accountId.isEmpty()
            && c.status != ConnectionStatus::Disconnected && c.status != ConnectionStatus::NotConnected)
            return c.key();
    }
    return QString();
}

void ComposioConnector::adopt(const IntegrationSpec &spec, const ComposioAccount &a)
{
    m_store->upsert(activeConnection(m_store->get(spec.id).value_or(Connection()), spec, userId(), a));
    qCInfo(lcConnect).noquote() << spec.id
                                << "is connected at Composio (from another device); shown here now";
}

bool ComposioConnector::hasLinkedRows(const QList<IntegrationSpec> &specs) const
{
    return std::any_of(specs.cbegin(), specs.cend(), [this](const IntegrationSpec &spec) {
        const std::optional<Connection> row = m_store->get(spec.id);
        return row && !row->composioConnectionId.isEmpty() && row->status != ConnectionStatus::Disconnected
            && row->status != ConnectionStatus::NotConnected;
    });
}

void ComposioConnector::endAddsCutShort(const QList<IntegrationSpec> &specs)
{
    for (const IntegrationSpec &spec : specs) {
        for (const Connection &c : m_store->connectionsOf(spec.id)) {
            // A further account whose add was cut short (crash, kill): no flow waits on it. Its
            // Composio account, if one was made, is an abandoned link (deleteAbandonedLinks).
            if (c.key() != spec.id && c.status == ConnectionStatus::Connecting && !isBusy(c.key())
                && !m_store->discardUnshared(c.key()))
                m_store->setStatus(c.key(), ConnectionStatus::NotConnected);
        }
    }
}

void ComposioConnector::refreshAll(const QList<IntegrationSpec> &specs)
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_transport->listAccounts(
        userId(), this, [this, specs](const ComposioError &e, const QList<ComposioAccount> &accounts) {
            m_refreshing = false;
            // Cloud mode signed out, or key mode without a key, before anything was connected
            // here: a first run, not a failure (the window welcomes instead of warning). With
            // connections that depend on it, a missing key is a problem worth showing.
            const bool notSetUp = e.kind == ComposioError::NotSignedIn
                || (e.kind == ComposioError::NoApiKey && !hasLinkedRows(specs));
            if (notSetUp) {
                Q_EMIT refreshFinished(Outcome::success(QString()));
                return;
            }
            if (!e.ok()) {
                for (const IntegrationSpec &spec : specs) {
                    const std::optional<Connection> row = m_store->get(spec.id);
                    if (row && !row->composioConnectionId.isEmpty()
                        && row->status != ConnectionStatus::Disconnected && !isBusy(spec.id))
                        recordSyncFailure(spec.id, e.message);
                }
                Q_EMIT problem(e.message);
                Q_EMIT refreshFinished(Outcome::failure(kindOf(e), e.message));
                return;
            }
            // Rows not listed under this user id are checked one by one; the refresh ends
            // when the last of those checks has answered.
            auto outstanding = std::make_shared<int>(1);
            auto finishOne = [this, outstanding] {
                if (--*outstanding == 0)
                    Q_EMIT refreshFinished(Outcome::success(QString()));
            };
            deleteAbandonedLinks(accounts, [outstanding] { ++*outstanding; }, finishOne);
            endAddsCutShort(specs);
            for (const IntegrationSpec &spec : specs) {
                if (spec.composioToolkit.isEmpty() || isBusy(spec.id))
                    continue;
                QList<ComposioAccount> mine;
                // Accounts held by the integration's further connections are theirs, never
                // adopted by the first one.
                for (const ComposioAccount &a : accounts) {
                    if (a.toolkit == spec.composioToolkit && holderOf(spec, spec.id, a.id).isEmpty())
                        mine.append(a);
                }
                // The newest ACTIVE account of this toolkit, if any.
                const ComposioAccount *newestActive = nullptr;
                for (const ComposioAccount &a : mine) {
                    if (a.status == u"ACTIVE" && (!newestActive || a.updatedAt > newestActive->updatedAt))
                        newestActive = &a;
                }
                const std::optional<Connection> row = m_store->get(spec.id);
                const bool linked = row && !row->composioConnectionId.isEmpty()
                    && row->status != ConnectionStatus::Disconnected
                    && row->status != ConnectionStatus::NotConnected;
                if (!linked) {
                    if (newestActive)
                        adopt(spec, *newestActive);
                    else if (row
                        && row->status == ConnectionStatus::Connecting) // a flow cut short (crash, kill)
                        m_store->setStatus(spec.id, ConnectionStatus::NotConnected);
                    continue;
                }
                const auto match = std::find_if(mine.cbegin(), mine.cend(),
                    [&row](const ComposioAccount &a) { return a.id == row->composioConnectionId; });
                if (match == mine.cend() && !newestActive) {
                    // Not listed under this user id — e.g. made under the local id before signing
                    // in to Supabase. Ask for the account itself before calling it gone.
                    ++*outstanding;
                    checkAccount(spec, spec.id, row->composioConnectionId, finishOne);
                    continue;
                }
                QString message;
                bool ok = false;
                Q_EMIT syncStarted(spec.id);
                if (match != mine.cend() && match->status != u"ACTIVE" && newestActive) {
                    adopt(spec, *newestActive); // reconnected elsewhere meanwhile
                    ok = true;
                    message = tr("%1 is connected.").arg(spec.name);
                } else if (match != mine.cend()) {
                    ok = applyRemoteState(spec, spec.id, *match, &message);
                } else {
                    adopt(spec, *newestActive);
                    ok = true;
                    message = tr("%1 is connected.").arg(spec.name);
                }
                Q_EMIT syncFinished(
                    spec.id, ok ? Outcome::success(message) : Outcome::failure(unhealthyKind(spec.id), message));
            }
            finishOne();
        });
}

// ---- links left pending ----------------------------------------------------------------------

namespace {

const QString kAccount = QStringLiteral("account");
const QString kIntegration = QStringLiteral("integration");
const QString kPid = QStringLiteral("pid");
const QString kRun = QStringLiteral("run");

// This process among all that share the database: a pid alone can repeat (another sandbox's
// pid namespace, pid reuse after a kill).
const QString &thisRun()
{
    static const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return run;
}

} // namespace

QJsonArray ComposioConnector::pendingLinks() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return QJsonDocument::fromJson(m_store->syncValue(pendingLinksKey()).toUtf8()).array();
}

void ComposioConnector::notePendingLink(const QString &integrationId, const QString &accountId)
{
    if (!m_store || !m_store->isOpen() || accountId.isEmpty())
        return;
    QJsonArray links = pendingLinks();
    links.append(QJsonObject { { kAccount, accountId }, { kIntegration, integrationId },
        { kPid, QCoreApplication::applicationPid() }, { kRun, thisRun() } });
    m_store->setSyncValue(pendingLinksKey(), QString::fromUtf8(QJsonDocument(links).toJson(QJsonDocument::Compact)));
}

void ComposioConnector::forgetPendingLink(const QString &accountId)
{
    if (!m_store || !m_store->isOpen())
        return;
    const QJsonArray links = pendingLinks();
    QJsonArray kept;
    for (const QJsonValue &v : links) {
        if (v.toObject().value(kAccount).toString() != accountId)
            kept.append(v);
    }
    if (kept.size() != links.size())
        m_store->setSyncValue(pendingLinksKey(), QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
}

void ComposioConnector::deleteAbandonedLinks(const QList<ComposioAccount> &accounts,
    const std::function<void()> &started, const std::function<void()> &done)
{
    QSet<QString> stored; // accounts that rows point at are never abandoned
    for (const Connection &c : m_store->list())
        stored.insert(c.composioConnectionId);
    for (const QJsonValue &v : pendingLinks()) {
        const QJsonObject link = v.toObject();
        const QString id = link.value(kAccount).toString();
        const qint64 pid = qint64(link.value(kPid).toDouble());
        if (link.value(kRun).toString() == thisRun()) {
            const auto flow = m_flows.find(link.value(kIntegration).toString());
            if (flow != m_flows.end() && flow->second->accountId == id)
                continue; // our own flow still waits on it
        } else if (processRuns(pid)) {
            continue; // e.g. `connect` on the command line, waiting for the browser
        }
        const auto listed = std::find_if(
            accounts.cbegin(), accounts.cend(), [&id](const ComposioAccount &a) { return a.id == id; });
        // Not listed: deleted, or made under another user id (signed in since) and expiring.
        // ACTIVE: consent finished after all; the reconcile adopts it. Either way not ours to delete.
        if (listed == accounts.cend() || listed->status == u"ACTIVE" || stored.contains(id)) {
            forgetPendingLink(id);
            continue;
        }
        qCInfo(lcConnect).noquote() << "deleting the abandoned" << listed->status << "account of"
                                    << link.value(kIntegration).toString() << "at Composio";
        started();
        m_transport->deleteAccount(id, this, [this, id, done](const ComposioError &e) {
            if (e.ok() || e.kind == ComposioError::NotFound)
                forgetPendingLink(id);
            else // kept for the next reconcile
                qCInfo(lcConnect).noquote() << "could not delete an abandoned account:" << e.message;
            done();
        });
    }
}

} // namespace aria
