#include "directoauthconnector.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "oauth/oauthlog.h"
#include "oauth/providerhttp.h"
#include "store/connectionstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <algorithm>
#include <memory>
#include <utility>

namespace aria {

using oauth::FlowResult;
using oauth::FlowRun;
using oauth::TokenResponse;

namespace {

const QString kExpiresAt = QStringLiteral("expires_at");
const QString kLifetime = QStringLiteral("token_lifetime_s");
// Who the account is at the provider, hashed: enough to refuse the same account twice without
// copying the provider's user id (or e-mail address) into the synced metadata.
const QString kAccountKey = QStringLiteral("account_key");

QString identityKey(const QString &identity)
{
    if (identity.isEmpty())
        return QString();
    return QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

DirectOAuthConnector::Options DirectOAuthConnector::Options::fromSettings(const Settings &settings)
{
    Options options;
    const int seconds = settings.value(setting::connectTimeout);
    if (seconds > 0)
        options.flowTimeoutMs = seconds * 1000;
    return options;
}

DirectOAuthConnector::DirectOAuthConnector(
    ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent)
    : Connector(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_nam(nam)
    , m_ledger(new oauth::TokenLedger(store, secrets, this))
    , m_scheduler(new oauth::RefreshScheduler(this))
{
    // A running connect (its grant included), refresh, sync or disconnect owns the tokens;
    // setBusy(false) asks the ledger again.
    m_ledger->setBusyCheck([this](const QString &id) { return isBusy(id) || m_grants.contains(id); });
    connect(m_ledger, &oauth::TokenLedger::sweepStarted, this, &DirectOAuthConnector::cancelScheduledRefresh);
    connect(m_ledger, &oauth::TokenLedger::tokensRemoved, this, &DirectOAuthConnector::tokensRemoved);
    connect(m_scheduler, &oauth::RefreshScheduler::due, this, &DirectOAuthConnector::refreshDue);
    setOptions(m_options);
}

void DirectOAuthConnector::setOptions(const Options &options)
{
    m_options = options;
    oauth::RefreshScheduler::Policy policy = m_scheduler->policy();
    policy.maxMarginS = options.maxRefreshMarginS;
    policy.retryAfterFailureMs = options.retryAfterFailureMs;
    m_scheduler->setPolicy(policy);
}

DirectOAuthConnector::~DirectOAuthConnector()
{
    for (const Grant &grant : std::as_const(m_grants)) {
        if (grant.run)
            grant.run->disconnect(this);
    }
}

FailureKind DirectOAuthConnector::failureKindOf(oauth::Failure failure)
{
    switch (failure) {
    case oauth::Failure::None:
        return FailureKind::None;
    case oauth::Failure::Denied:
        return FailureKind::Denied;
    case oauth::Failure::StateMismatch:
        return FailureKind::Denied; // refused as forged
    case oauth::Failure::IssuerMismatch:
        return FailureKind::Denied;
    case oauth::Failure::InvalidGrant:
        return FailureKind::Unauthorized;
    case oauth::Failure::Timeout:
        return FailureKind::Timeout;
    case oauth::Failure::Network:
        return FailureKind::Network;
    case oauth::Failure::Server:
        return FailureKind::Remote;
    case oauth::Failure::Listen:
        return FailureKind::Local;
    case oauth::Failure::Cancelled:
        return FailureKind::Cancelled;
    }
    return FailureKind::Remote;
}

bool DirectOAuthConnector::isBusy(const QString &connectionId) const
{
    return m_busy.contains(connectionId);
}

void DirectOAuthConnector::setBusy(const QString &id, bool busy)
{
    if (busy) {
        m_busy.insert(id);
    } else {
        m_busy.remove(id);
        m_ledger->sweepLater(id); // a change that arrived meanwhile was left for now
    }
}

QDateTime DirectOAuthConnector::nextRefreshAt(const QString &connectionId) const
{
    return m_scheduler->nextRefreshAt(connectionId);
}

Connection DirectOAuthConnector::connectionFor(const QString &id) const
{
    Connection c;
    if (m_store) {
        if (auto stored = m_store->get(id))
            c = *stored;
    }
    c.connectionId = id;
    if (c.integrationType.isEmpty())
        c.integrationType = integrationOfConnectionId(id);
    c.mode = ConnectMode::Direct;
    return c;
}

bool DirectOAuthConnector::updateExisting(const Connection &c)
{
    return m_store && m_store->get(c.key()) && m_store->upsert(c);
}

QString DirectOAuthConnector::keychainProblem(const SecretStore::Reply &reply) const
{
    const QString detail
        = reply.message.isEmpty() ? QString() : QStringLiteral(" (") + reply.message + QLatin1Char(')');
    if (reply.result == SecretStore::Result::Unavailable)
        return tr("The system keychain is not available%1. Direct OAuth keeps tokens only there: "
                  "start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.")
            .arg(detail);
    if (reply.result == SecretStore::Result::Denied)
        return tr("Access to the system keychain was refused%1.").arg(detail);
    return tr("The system keychain failed%1.").arg(detail);
}

void DirectOAuthConnector::loadClient(const IntegrationSpec &spec, ClientReady ready, Done fail)
{
    // Failures found here are reported from the event loop, like every other outcome.
    auto failLater = [this, fail](const QString &message) {
        QTimer::singleShot(0, this, [fail, message] { fail(false, message); });
    };
    const OAuthEndpoints &ep = spec.direct;
    if (!ep.authorization.isValid() || !ep.token.isValid())
        return failLater(tr("%1 has no OAuth endpoints for a direct connection.").arg(spec.name));
    const QString clientId = m_clientId ? m_clientId(spec.id) : QString();
    if (clientId.isEmpty())
        return failLater(
            tr("No OAuth client id is set for %1. Register an OAuth client with the provider, then run: "
               "aria-integrations config set %2.client_id YOUR_CLIENT_ID")
                .arg(spec.name, spec.id));
    if (!m_secrets)
        return failLater(tr("The system keychain is not available."));

    m_secrets->read(
        clientSecretKey(spec.id), this, [this, spec, clientId, ready, fail](const SecretStore::Reply &reply) {
            if (reply.result != SecretStore::Result::Ok && reply.result != SecretStore::Result::NotFound) {
                const QString message = keychainProblem(reply);
                Q_EMIT problem(message);
                return fail(false, message);
            }
            Client client;
            client.clientSecret = reply.result == SecretStore::Result::Ok ? reply.value : QString();
            oauth::ClientConfig &c = client.config;
            c.authorizationUrl = spec.direct.authorization;
            c.tokenUrl = spec.direct.token;
            c.clientId = clientId;
            c.clientSecret = client.clientSecret;
            c.scopes = spec.defaultScopes;
            c.extraAuthorizationParameters = spec.direct.extraAuthorizationParameters;
            c.callbackPath
                = spec.direct.callbackPath.isEmpty() ? QStringLiteral("/callback") : spec.direct.callbackPath;
            c.redirectPort = m_redirectPort ? m_redirectPort(spec.id) : 0;
            c.issuer = spec.direct.issuer;
            c.requireIssuer = spec.direct.issuerInCallback;
            c.requestTimeoutMs = m_options.requestTimeoutMs;
            c.flowTimeoutMs = m_options.flowTimeoutMs;
            ready(client);
        });
}

// ---- connect -------------------------------------------------------------------------

Outcome DirectOAuthConnector::outcome(const QString &id, bool ok, const QString &message) const
{
    return ok ? Outcome::success(message) : Outcome::failure(m_failures.value(id, FailureKind::Local), message);
}

void DirectOAuthConnector::refuseBusy(const IntegrationSpec &spec, const QString &id, FinishSignal finished)
{
    const Outcome busy = Outcome::failure(
        FailureKind::Busy, tr("%1 is busy; wait for the running action to finish.").arg(spec.name));
    QTimer::singleShot(0, this, [this, id, busy, finished] { Q_EMIT(this->*finished)(id, busy); });
}

QString DirectOAuthConnector::acceptConnection(
    const IntegrationSpec &spec, const QString &connectionId, FinishSignal finished)
{
    if (connectionId.isEmpty() || connectionId == spec.id)
        return spec.id;
    if (integrationOfConnectionId(connectionId) == spec.id)
        return connectionId;
    const Outcome refused = Outcome::failure(
        FailureKind::Local, tr("\"%1\" is not a connection of %2.").arg(connectionId, spec.name));
    QTimer::singleShot(0, this, [this, connectionId, refused, finished] { Q_EMIT(this->*finished)(connectionId, refused); });
    return QString();
}

void DirectOAuthConnector::connectIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    const QString id = acceptConnection(spec, connectionId, &Connector::connectFinished);
    if (id.isEmpty())
        return;
    if (isBusy(id))
        return refuseBusy(spec, id, &Connector::connectFinished);
    m_failures.insert(id, FailureKind::Local); // until something more precise is known
    setBusy(id, true);
    loadClient(
        spec, [this, spec, id](const Client &client) { startGrant(spec, id, client); },
        [this, id](bool, const QString &message) { endConnect(id, false, message); });
}

void DirectOAuthConnector::startGrant(const IntegrationSpec &spec, const QString &id, const Client &client)
{
    Grant grant;
    grant.spec = spec;
    grant.client = client;
    grant.previous = m_store ? m_store->get(id) : std::nullopt;
    // A further account without a row yet (or one an earlier flow never connected) is being
    // added: until it is connected its row is this device's alone.
    grant.adding = id != spec.id && (!grant.previous || grant.previous->status == ConnectionStatus::NotConnected);
    Connection c = connectionFor(id);
    c.status = ConnectionStatus::Connecting;
    c.errorMessage.clear();
    // If this first write fails (disk full), later ones would too: stop before the browser.
    if (m_store && !(grant.adding ? m_store->upsertUnshared(c) : m_store->upsert(c)))
        return endConnect(id, false, m_store->errorString());

    auto *run = new FlowRun(client.config, this);
    grant.run = run;
    m_grants.insert(id, grant);
    connect(run, &FlowRun::authorizationUrlReady, this, [this, id](const QUrl &url) { authorizationReady(id, url); });
    connect(run, &FlowRun::finished, this, [this, id](const FlowResult &result) { grantFinished(id, result); });
    run->startGrant();
}

void DirectOAuthConnector::authorizationReady(const QString &id, const QUrl &url)
{
    Q_EMIT connectStarted(id, url);
    const Grant grant = m_grants.value(id);
    if (m_openBrowser && !m_openBrowser(url) && grant.run)
        grant.run->cancel();
}

void DirectOAuthConnector::grantFinished(const QString &id, const FlowResult &result)
{
    const Grant grant = m_grants.take(id);
    if (grant.run)
        grant.run->deleteLater();
    if (!result.ok())
        return grantFailed(id, grant, result.failure, result.message);
    // Whose account this is decides whether it may be stored: ask before anything is written,
    // so a duplicate leaves no token behind.
    const TokenResponse tokens = result.tokens;
    oauth::fetchProfile(m_nam, grant.spec.direct, tokens.accessToken, grant.client.credentials(),
        m_options.requestTimeoutMs, this,
        [this, id, grant, tokens](const oauth::ProfileResult &profile) { grantProfiled(id, grant, tokens, profile); });
}

void DirectOAuthConnector::grantFailed(
    const QString &id, const Grant &grant, oauth::Failure failure, const QString &message)
{
    if (failure == oauth::Failure::Cancelled)
        restoreRow(id, grant); // nothing went wrong with the connection: left as it was
    else
        rowAfterFailedConnect(id, grant, message);
    m_failures.insert(id, failureKindOf(failure));
    endConnect(id, false, message);
}

void DirectOAuthConnector::rowAfterFailedConnect(const QString &id, const Grant &grant, const QString &message)
{
    if (grant.adding) {
        // A failed add leaves nothing: the report says why, and no half account lingers.
        restoreRow(id, grant);
    } else if (m_store) {
        Connection failed = connectionFor(id);
        failed.status = ConnectionStatus::Error;
        failed.errorMessage = message;
        m_store->upsert(failed);
    }
}

void DirectOAuthConnector::restoreRow(const QString &id, const Grant &grant)
{
    if (!m_store)
        return;
    // An add leaves no row (none at all when another process's start-up tidied it already).
    if (grant.adding && (m_store->discardUnshared(id) || !m_store->get(id)))
        return;
    // The current row (a sync may have merged into it meanwhile) with the status it had; the
    // first connection without a row shows as not connected, as before the flow.
    Connection c = connectionFor(id);
    c.status = grant.previous ? grant.previous->status : ConnectionStatus::NotConnected;
    c.errorMessage = grant.previous ? grant.previous->errorMessage : QString();
    if (c.status == ConnectionStatus::Connecting) // left by a flow cut short
        c.status = ConnectionStatus::NotConnected;
    m_store->upsert(c);
}

QString DirectOAuthConnector::holderOf(
    const IntegrationSpec &spec, const QString &id, const oauth::ProfileResult &profile) const
{
    if (!m_store || !profile.ok)
        return QString();
    const QString key = identityKey(profile.identity);
    for (const Connection &other : m_store->connectionsOf(spec.id)) {
        if (other.key() == id || other.status == ConnectionStatus::Disconnected
            || other.status == ConnectionStatus::NotConnected)
            continue;
        const QString otherKey = other.metadata.value(kAccountKey).toString();
        if (!key.isEmpty() && !otherKey.isEmpty()) {
            if (otherKey == key)
                return other.key();
            continue;
        }
        // A row from before identities were kept: the e-mail address (display name) tells; a
        // mere name does not (two people may share one).
        if (profile.displayName.contains(QLatin1Char('@'))
            && other.displayName.compare(profile.displayName, Qt::CaseInsensitive) == 0)
            return other.key();
    }
    return QString();
}

void DirectOAuthConnector::grantProfiled(
    const QString &id, const Grant &grant, const TokenResponse &tokens, const oauth::ProfileResult &profile)
{
    const QString holder = holderOf(grant.spec, id, profile);
    if (!holder.isEmpty()) {
        // The new tokens are only forgotten (never written), not revoked: providers that keep
        // one grant per person and app (Google) would end the holder's grant with them.
        qCInfo(lcOAuth) << "refused" << id << "- the account is already connected as" << holder;
        restoreRow(id, grant);
        m_failures.insert(id, FailureKind::Local);
        return endConnect(id, false,
            tr("This %1 account is already connected as %2. It was not added again.").arg(grant.spec.name, holder));
    }
    storeTokens(id, tokens, true, [this, id, grant, tokens, profile](bool ok, const QString &message) {
        if (ok)
            return grantStored(id, grant, tokens, profile);
        // Nowhere else to keep the tokens: give the grant back rather than orphan it.
        revokeAll(grant.spec, grant.client, tokens.refreshToken, tokens.accessToken, [](bool, const QString &) {});
        rowAfterFailedConnect(id, grant, message);
        Q_EMIT problem(message);
        endConnect(id, false, message);
    });
}

void DirectOAuthConnector::grantStored(
    const QString &id, const Grant &grant, const TokenResponse &tokens, const oauth::ProfileResult &profile)
{
    Connection c = connectionFor(id);
    c.status = ConnectionStatus::Active;
    c.metadata = tokenMetadata(c.metadata, tokens);
    c.lastSyncAt = QDateTime::currentDateTimeUtc();
    if (profile.ok) {
        c.displayName = profile.displayName;
        c.syncStatus = SyncStatus::Success;
        c.errorMessage.clear();
        const QString key = identityKey(profile.identity);
        if (key.isEmpty())
            c.metadata.remove(kAccountKey);
        else
            c.metadata.insert(kAccountKey, key);
    } else {
        c.syncStatus = SyncStatus::Failed;
        c.errorMessage = profile.message;
    }
    if (m_store)
        m_store->upsert(c); // an added account is shared from here on
    scheduleRefresh(grant.spec, id, tokens.expiresAt, tokens.lifetimeSeconds);
    m_failures.remove(id);
    endConnect(id, true,
        c.displayName.isEmpty() ? tr("Connected to %1.").arg(grant.spec.name)
                                : tr("Connected as %1.").arg(c.displayName));
}

void DirectOAuthConnector::endConnect(const QString &id, bool ok, const QString &message)
{
    setBusy(id, false);
    Q_EMIT connectFinished(id, outcome(id, ok, message));
}

void DirectOAuthConnector::cancelConnect(const QString &connectionId)
{
    const Grant grant = m_grants.value(connectionId);
    if (grant.run)
        grant.run->cancel();
}

QJsonObject DirectOAuthConnector::tokenMetadata(
    const QJsonObject &previous, const TokenResponse &tokens) const
{
    // Only facts about the grant, never a token (id_token included).
    QJsonObject m = previous;
    if (tokens.expiresAt.isValid()) {
        m.insert(kExpiresAt, tokens.expiresAt.toUTC().toString(Qt::ISODateWithMs));
        m.insert(kLifetime, tokens.lifetimeSeconds);
    } else {
        m.remove(kExpiresAt);
        m.remove(kLifetime);
    }
    if (!tokens.scope.isEmpty())
        m.insert(QStringLiteral("scope"), tokens.scope);
    // Salesforce names the instance to call afterwards.
    const QString instance = tokens.extra.value(QStringLiteral("instance_url")).toString();
    if (!instance.isEmpty())
        m.insert(QStringLiteral("instance_url"), instance);
    return m;
}

// ---- tokens in the keychain -----------------------------------------------------------

void DirectOAuthConnector::storeTokens(
    const QString &id, const TokenResponse &tokens, bool isGrant, Done done)
{
    if (!m_secrets)
        return done(false, tr("The system keychain is not available."));
    m_ledger->setHeld(id, true); // before the first write: a kill in between leaves no unknown token
    auto writeAccess = [this, id, tokens, done] {
        m_secrets->write(
            accessTokenKey(id), tokens.accessToken, this, [this, done](const SecretStore::Reply &r) {
                if (r.result != SecretStore::Result::Ok)
                    return done(false, keychainProblem(r));
                done(true, QString());
            });
    };
    // The (possibly rotated) refresh token goes first: once it is safe, losing the rest
    // costs only a refresh, never the grant.
    auto afterRefreshToken = [this, done, writeAccess](const SecretStore::Reply &r) {
        if (r.result != SecretStore::Result::Ok)
            return done(false, keychainProblem(r));
        writeAccess();
    };
    if (!tokens.refreshToken.isEmpty())
        m_secrets->write(refreshTokenKey(id), tokens.refreshToken, this, afterRefreshToken);
    else if (isGrant) // a new grant without a refresh token: an older one belongs to a previous grant
        m_secrets->remove(refreshTokenKey(id), this, afterRefreshToken);
    else
        writeAccess();
}

// ---- refresh --------------------------------------------------------------------------

void DirectOAuthConnector::refreshNow(const IntegrationSpec &spec, const QString &id, RefreshDone done)
{
    loadClient(
        spec,
        [this, spec, id, done](const Client &client) {
            m_secrets->read(refreshTokenKey(id), this, [this, spec, id, client, done](const SecretStore::Reply &reply) {
                refreshWithClient(spec, id, client, reply, done);
            });
        },
        [done](bool, const QString &message) { done(false, false, QString(), message); });
}

void DirectOAuthConnector::refreshWithClient(const IntegrationSpec &spec, const QString &id, const Client &client,
    const SecretStore::Reply &reply, RefreshDone done)
{
    if (reply.result == SecretStore::Result::NotFound) {
        const QString message = tr("%1 gave no refresh token; reconnect to continue.").arg(spec.name);
        m_failures.insert(id, FailureKind::Unauthorized);
        Connection c = connectionFor(id);
        c.status = ConnectionStatus::Expired;
        c.errorMessage = message;
        updateExisting(c);
        return done(false, true, QString(), message);
    }
    if (reply.result != SecretStore::Result::Ok)
        return done(false, false, QString(), keychainProblem(reply));
    auto *run = new FlowRun(client.config, this);
    connect(run, &FlowRun::finished, this, [this, spec, id, run, done](const FlowResult &result) {
        run->deleteLater();
        refreshAnswered(spec, id, result, done);
    });
    run->startRefresh(reply.value);
}

void DirectOAuthConnector::refreshAnswered(
    const IntegrationSpec &spec, const QString &id, const FlowResult &result, RefreshDone done)
{
    if (!result.ok()) {
        m_failures.insert(id, failureKindOf(result.failure));
        const bool expired = result.failure == oauth::Failure::InvalidGrant;
        if (expired) {
            // The grant is gone (revoked, replayed, expired): only the user can renew it.
            cancelScheduledRefresh(id);
            Connection c = connectionFor(id);
            c.status = ConnectionStatus::Expired;
            c.errorMessage = result.message;
            updateExisting(c);
        }
        return done(false, expired, QString(), result.message);
    }
    if (m_store && !m_store->get(id)) { // removed while the refresh ran
        cancelScheduledRefresh(id);
        return done(false, false, QString(), tr("%1 is not connected.").arg(spec.name));
    }
    const TokenResponse tokens = result.tokens;
    storeTokens(id, tokens, false, [this, spec, id, tokens, done](bool ok, const QString &message) {
        if (!ok)
            return done(false, false, QString(), message);
        Connection c = connectionFor(id);
        c.metadata = tokenMetadata(c.metadata, tokens);
        if (c.status == ConnectionStatus::Expired || c.status == ConnectionStatus::Error)
            c.status = ConnectionStatus::Active;
        updateExisting(c);
        scheduleRefresh(spec, id, tokens.expiresAt, tokens.lifetimeSeconds);
        done(true, false, tokens.accessToken, QString());
    });
}

void DirectOAuthConnector::scheduleRefresh(
    const IntegrationSpec &spec, const QString &id, const QDateTime &expiresAt, qint64 lifetimeS)
{
    m_refreshSpecs.insert(id, spec);
    m_scheduler->schedule(id, expiresAt, lifetimeS);
}

void DirectOAuthConnector::cancelScheduledRefresh(const QString &id)
{
    m_scheduler->cancel(id);
}

void DirectOAuthConnector::refreshDue(const QString &id)
{
    if (m_store && !m_store->get(id)) {
        // Disconnected, or deleted on the server and removed by sync: nothing to keep fresh.
        qCInfo(lcOAuth) << "no refresh for" << id << "- its connection is gone";
        cancelScheduledRefresh(id);
        return m_ledger->sweepLater(id); // removed behind our back (another process): tokens too
    }
    if (isBusy(id)) // a connect, sync or disconnect is running: look again shortly
        return m_scheduler->retryWhileBusy(id);
    setBusy(id, true);
    qCInfo(lcOAuth) << "scheduled refresh for" << id;
    refreshNow(m_refreshSpecs.value(id), id, [this, id](bool ok, bool expired, const QString &, const QString &) {
        scheduledRefreshDone(id, ok, expired);
    });
}

void DirectOAuthConnector::scheduledRefreshDone(const QString &id, bool ok, bool expired)
{
    setBusy(id, false);
    // Offline or a server hiccup: try again later, the access token may still work. (A success
    // planned the next refresh already; an expired grant cancelled the plan.)
    if (!ok && !expired)
        m_scheduler->retryAfterFailure(id);
    Q_EMIT refreshed(id, ok, expired);
}

QList<std::pair<IntegrationSpec, QString>> DirectOAuthConnector::activeConnections(const QList<IntegrationSpec> &specs)
{
    QList<std::pair<IntegrationSpec, QString>> active;
    if (!m_store)
        return active;
    for (const IntegrationSpec &spec : specs) {
        for (const Connection &c : m_store->connectionsOf(spec.id)) {
            const QString id = c.key();
            if (c.mode != ConnectMode::Direct || isBusy(id))
                continue;
            if (c.status == ConnectionStatus::Connecting) {
                // A flow cut short (the process was killed): no grant runs for it any more. An
                // account that was being added goes; a connection that existed is not connected.
                if (id == spec.id || !m_store->discardUnshared(id))
                    m_store->setStatus(id, ConnectionStatus::NotConnected);
                continue;
            }
            if (c.status != ConnectionStatus::Active)
                continue;
            const QDateTime expiresAt = QDateTime::fromString(c.metadata.value(kExpiresAt).toString(), Qt::ISODate);
            scheduleRefresh(spec, id, expiresAt, qint64(c.metadata.value(kLifetime).toDouble()));
            active.append({ spec, id });
        }
    }
    return active;
}

void DirectOAuthConnector::refreshAll(const QList<IntegrationSpec> &specs)
{
    m_ledger->sweepAll(); // rows removed or changed by another process since we last looked
    const QList<std::pair<IntegrationSpec, QString>> active = activeConnections(specs);
    if (active.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT refreshFinished(Outcome::success(QString())); });
        return;
    }
    // Health-check each one; report once all have answered.
    struct Tally {
        QSet<QString> pending;
        QStringList problems;
        FailureKind kind = FailureKind::None; // the first problem's
    };
    auto tally = std::make_shared<Tally>();
    for (const auto &[spec, id] : active)
        tally->pending.insert(id);
    auto *context = new QObject(this);
    connect(this, &Connector::syncFinished, context, [this, tally, context](const QString &id, const Outcome &o) {
        if (!tally->pending.remove(id))
            return;
        // A busy one is being connected, synced or disconnected already: not a problem.
        if (!o.ok() && o.kind != FailureKind::Busy) {
            tally->problems << o.message;
            if (tally->kind == FailureKind::None)
                tally->kind = o.kind;
        }
        if (tally->pending.isEmpty()) {
            context->deleteLater();
            Q_EMIT refreshFinished({ tally->kind, tally->problems.join(QLatin1Char('\n')) });
        }
    });
    for (const auto &[spec, id] : active)
        syncIntegration(spec, id);
}

// ---- tokens of connections that are gone: oauth::TokenLedger -----------------------------

void DirectOAuthConnector::sweepTokens()
{
    m_ledger->sweepAll();
}

// ---- sync: refresh if needed, then the profile as health check --------------------------

void DirectOAuthConnector::syncIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    const QString id = acceptConnection(spec, connectionId, &Connector::syncFinished);
    if (id.isEmpty())
        return;
    if (isBusy(id))
        return refuseBusy(spec, id, &Connector::syncFinished);
    Q_EMIT syncStarted(id);
    m_failures.insert(id, FailureKind::Local);
    setBusy(id, true);
    loadClient(
        spec, [this, spec, id](const Client &client) { syncWithClient(spec, id, client); },
        [this, id](bool, const QString &message) { endSync(id, false, message); });
}

void DirectOAuthConnector::syncWithClient(const IntegrationSpec &spec, const QString &id, const Client &client)
{
    const Connection c = connectionFor(id);
    const QDateTime expiresAt = QDateTime::fromString(c.metadata.value(kExpiresAt).toString(), Qt::ISODate);
    const Done finish = [this, id](bool ok, const QString &message) { endSync(id, ok, message); };
    if (m_scheduler->isExpiring(expiresAt, qint64(c.metadata.value(kLifetime).toDouble(3600)))) {
        refreshNow(spec, id, [this, spec, id, client, finish](bool ok, bool, const QString &fresh, const QString &message) {
            if (!ok)
                return finish(false, message);
            checkProfile(spec, id, client, fresh, false, finish);
        });
        return;
    }
    m_secrets->read(accessTokenKey(id), this, [this, spec, id, client, finish](const SecretStore::Reply &reply) {
        if (reply.result == SecretStore::Result::NotFound)
            return finish(false, tr("%1 is not connected.").arg(spec.name));
        if (reply.result != SecretStore::Result::Ok)
            return finish(false, keychainProblem(reply));
        checkProfile(spec, id, client, reply.value, true, finish);
    });
}

void DirectOAuthConnector::endSync(const QString &id, bool ok, const QString &message)
{
    if (m_store && m_store->get(id))
        m_store->recordSync(id, ok ? SyncStatus::Success : SyncStatus::Failed, QDateTime::currentDateTimeUtc(),
            ok ? QString() : message);
    setBusy(id, false);
    if (ok)
        m_failures.remove(id);
    Q_EMIT syncFinished(id, outcome(id, ok, message));
}

void DirectOAuthConnector::checkProfile(const IntegrationSpec &spec, const QString &id, const Client &client,
    const QString &accessToken, bool mayRefresh, Done done)
{
    oauth::fetchProfile(m_nam, spec.direct, accessToken, client.credentials(), m_options.requestTimeoutMs, this,
        [this, spec, id, client, mayRefresh, done](const oauth::ProfileResult &profile) {
            if (profile.unauthorized && mayRefresh) {
                // A 401 before the planned refresh (revoked token, clock skew): refresh once, retry once.
                refreshNow(spec, id, [this, spec, id, client, done](bool ok, bool, const QString &fresh, const QString &message) {
                    if (!ok)
                        return done(false, message);
                    checkProfile(spec, id, client, fresh, false, done);
                });
                return;
            }
            if (profile.ok && m_store) {
                Connection c = connectionFor(id);
                const QString key = identityKey(profile.identity);
                const bool renamed = !profile.displayName.isEmpty() && c.displayName != profile.displayName;
                // A connection from before identities were kept learns its own at the first check.
                const bool learned = !key.isEmpty() && c.metadata.value(kAccountKey).toString() != key;
                if (renamed)
                    c.displayName = profile.displayName;
                if (learned)
                    c.metadata.insert(kAccountKey, key);
                if (renamed || learned)
                    updateExisting(c);
            }
            if (!profile.ok)
                m_failures.insert(id, profile.kind);
            done(profile.ok, profile.ok ? tr("%1 is working.").arg(spec.name) : profile.message);
        });
}

// ---- disconnect: revoke (RFC 7009), forget, keep a tombstone ----------------------------

void DirectOAuthConnector::disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    const QString id = acceptConnection(spec, connectionId, &Connector::disconnectFinished);
    if (id.isEmpty())
        return;
    cancelConnect(id);
    if (isBusy(id) && !m_grants.contains(id))
        return refuseBusy(spec, id, &Connector::disconnectFinished);
    m_failures.insert(id, FailureKind::Local);
    setBusy(id, true);
    cancelScheduledRefresh(id);
    if (!m_secrets) {
        QTimer::singleShot(0, this, [this, id] { endDisconnect(id, false, tr("The system keychain is not available.")); });
        return;
    }
    m_secrets->read(refreshTokenKey(id), this, [this, spec, id](const SecretStore::Reply &rt) {
        if (rt.result != SecretStore::Result::Ok && rt.result != SecretStore::Result::NotFound)
            return endDisconnect(id, false, keychainProblem(rt));
        const QString refreshToken = rt.result == SecretStore::Result::Ok ? rt.value : QString();
        m_secrets->read(accessTokenKey(id), this, [this, spec, id, refreshToken](const SecretStore::Reply &at) {
            if (at.result != SecretStore::Result::Ok && at.result != SecretStore::Result::NotFound)
                return endDisconnect(id, false, keychainProblem(at));
            disconnectWithTokens(spec, id, refreshToken, at.result == SecretStore::Result::Ok ? at.value : QString());
        });
    });
}

void DirectOAuthConnector::disconnectWithTokens(
    const IntegrationSpec &spec, const QString &id, const QString &refreshToken, const QString &accessToken)
{
    if (!spec.direct.revocation.isValid() || (refreshToken.isEmpty() && accessToken.isEmpty())) {
        const QString note = spec.direct.revocation.isValid() || accessToken.isEmpty()
            ? QString()
            : tr("%1 is disconnected here. %2 offers no way to revoke the access from an app; "
                 "remove it in your account's security settings if you wish.")
                  .arg(spec.name, spec.name);
        return forgetTokens(spec, id, note);
    }
    loadClient(
        spec,
        [this, spec, id, refreshToken, accessToken](const Client &client) {
            revokeAll(spec, client, refreshToken, accessToken, [this, spec, id](bool ok, const QString &message) {
                forgetTokens(spec, id,
                    ok ? QString()
                       : tr("%1 is disconnected here, but the provider could not revoke the access (%2). "
                            "Remove it in your account's security settings.")
                             .arg(spec.name, message));
            });
        },
        [this, spec, id](bool, const QString &message) { forgetTokens(spec, id, message); });
}

void DirectOAuthConnector::forgetTokens(const IntegrationSpec &spec, const QString &id, const QString &warning)
{
    m_secrets->remove(refreshTokenKey(id), this, [this, spec, id, warning](const SecretStore::Reply &r1) {
        if (r1.result != SecretStore::Result::Ok)
            return endDisconnect(id, false, keychainProblem(r1));
        m_secrets->remove(accessTokenKey(id), this, [this, spec, id, warning](const SecretStore::Reply &r2) {
            if (r2.result != SecretStore::Result::Ok)
                return endDisconnect(id, false, keychainProblem(r2));
            tokensForgotten(spec, id, warning);
        });
    });
}

void DirectOAuthConnector::tokensForgotten(const IntegrationSpec &spec, const QString &id, const QString &warning)
{
    m_ledger->setHeld(id, false);
    // The first connection keeps a tombstone for sync even when it had no row; a further one
    // that has no row (its add was cancelled just now) gets none.
    if (m_store && (id == spec.id || m_store->get(id))) {
        Connection c = connectionFor(id);
        c.status = ConnectionStatus::Disconnected; // tombstone: kept for sync
        c.errorMessage.clear();
        c.metadata.remove(kExpiresAt);
        c.metadata.remove(kLifetime);
        m_store->upsert(c);
    }
    m_failures.remove(id);
    endDisconnect(id, true, warning.isEmpty() ? tr("%1 is disconnected.").arg(spec.name) : warning);
}

void DirectOAuthConnector::endDisconnect(const QString &id, bool ok, const QString &message)
{
    setBusy(id, false);
    Q_EMIT disconnectFinished(id, outcome(id, ok, message));
}

void DirectOAuthConnector::revokeAll(const IntegrationSpec &spec, const Client &client,
    const QString &refreshToken, const QString &accessToken, Done done)
{
    if (!spec.direct.revocation.isValid())
        return done(true, QString());
    const oauth::ClientCredentials credentials = client.credentials();
    // Refresh token first: revoking it ends the grant at most providers, so a failure on the
    // access token afterwards matters less.
    auto revokeAccess
        = [this, spec, credentials, accessToken, done](bool firstOk, const QString &firstMessage) {
              if (accessToken.isEmpty())
                  return done(firstOk, firstMessage);
              oauth::revokeToken(m_nam, spec.direct.revocation, accessToken, QStringLiteral("access_token"),
                  credentials, m_options.requestTimeoutMs, this,
                  [done, firstOk, firstMessage](const oauth::RevokeResult &r) {
                      done(firstOk && r.ok, firstOk ? r.message : firstMessage);
                  });
          };
    if (refreshToken.isEmpty())
        return revokeAccess(true, QString());
    oauth::revokeToken(m_nam, spec.direct.revocation, refreshToken, QStringLiteral("refresh_token"),
        credentials, m_options.requestTimeoutMs, this,
        [revokeAccess](const oauth::RevokeResult &r) { revokeAccess(r.ok, r.message); });
}

} // namespace aria
