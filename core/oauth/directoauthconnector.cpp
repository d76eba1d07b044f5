#include "directoauthconnector.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "oauth/oauthlog.h"
#include "oauth/providerhttp.h"
#include "store/connectionstore.h"

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
    for (const QPointer<FlowRun> &run : std::as_const(m_grants)) {
        if (run)
            run->disconnect(this);
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

bool DirectOAuthConnector::isBusy(const QString &integrationId) const
{
    return m_busy.contains(integrationId);
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

QDateTime DirectOAuthConnector::nextRefreshAt(const QString &integrationId) const
{
    return m_scheduler->nextRefreshAt(integrationId);
}

Connection DirectOAuthConnector::connectionFor(const QString &id) const
{
    Connection c;
    if (m_store) {
        if (auto stored = m_store->get(id))
            c = *stored;
    }
    c.integrationType = id;
    c.mode = ConnectMode::Direct;
    return c;
}

bool DirectOAuthConnector::updateExisting(const Connection &c)
{
    return m_store && m_store->get(c.integrationType) && m_store->upsert(c);
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

void DirectOAuthConnector::refuseBusy(const IntegrationSpec &spec, FinishSignal finished)
{
    const QString id = spec.id;
    const Outcome busy = Outcome::failure(
        FailureKind::Busy, tr("%1 is busy; wait for the running action to finish.").arg(spec.name));
    QTimer::singleShot(0, this, [this, id, busy, finished] { Q_EMIT(this->*finished)(id, busy); });
}

bool DirectOAuthConnector::refuseFurtherConnection(
    const IntegrationSpec &spec, const QString &connectionId, FinishSignal finished)
{
    if (connectionId.isEmpty() || connectionId == spec.id)
        return false;
    const Outcome refused = Outcome::failure(FailureKind::Local,
        tr("A further %1 account needs Composio mode; direct mode holds one account per integration.").arg(spec.name));
    QTimer::singleShot(0, this, [this, connectionId, refused, finished] { Q_EMIT(this->*finished)(connectionId, refused); });
    return true;
}

void DirectOAuthConnector::connectIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    if (refuseFurtherConnection(spec, connectionId, &Connector::connectFinished))
        return;
    const QString id = spec.id;
    if (isBusy(id))
        return refuseBusy(spec, &Connector::connectFinished);
    m_failures.insert(id, FailureKind::Local); // until something more precise is known
    setBusy(id, true);
    auto fail = [this, id](bool, const QString &message) {
        setBusy(id, false);
        Q_EMIT connectFinished(id, outcome(id, false, message));
    };
    loadClient(
        spec,
        [this, spec, id](const Client &client) {
            Connection c = connectionFor(id);
            const ConnectionStatus before = c.status;
            c.status = ConnectionStatus::Connecting;
            c.errorMessage.clear();
            // If this first write fails (disk full), later ones would too: stop before the browser.
            if (m_store && !m_store->upsert(c)) {
                setBusy(id, false);
                Q_EMIT connectFinished(id, outcome(id, false, m_store->errorString()));
                return;
            }

            auto *run = new FlowRun(client.config, this);
            m_grants.insert(id, run);
            connect(run, &FlowRun::authorizationUrlReady, this, [this, id, run](const QUrl &url) {
                Q_EMIT connectStarted(id, url);
                if (m_openBrowser && !m_openBrowser(url))
                    run->cancel();
            });
            connect(
                run, &FlowRun::finished, this, [this, spec, client, run, before](const FlowResult &result) {
                    m_grants.remove(spec.id);
                    run->deleteLater();
                    if (!result.ok()) {
                        Connection failed = connectionFor(spec.id);
                        // A cancelled attempt leaves the connection as it was; a failed one says why.
                        failed.status
                            = result.failure == oauth::Failure::Cancelled ? before : ConnectionStatus::Error;
                        if (failed.status == ConnectionStatus::Connecting)
                            failed.status = ConnectionStatus::NotConnected;
                        failed.errorMessage
                            = result.failure == oauth::Failure::Cancelled ? QString() : result.message;
                        if (m_store)
                            m_store->upsert(failed);
                        setBusy(spec.id, false);
                        m_failures.insert(spec.id, failureKindOf(result.failure));
                        Q_EMIT connectFinished(spec.id, outcome(spec.id, false, result.message));
                        return;
                    }
                    finishConnect(spec, result, client);
                });
            run->startGrant();
        },
        fail);
}

void DirectOAuthConnector::finishConnect(
    const IntegrationSpec &spec, const FlowResult &result, const Client &client)
{
    const QString id = spec.id;
    const TokenResponse tokens = result.tokens;
    storeTokens(id, tokens, true, [this, spec, client, tokens, id](bool ok, const QString &message) {
        if (!ok) {
            // Nowhere else to keep the tokens: give the grant back rather than orphan it.
            revokeAll(spec, client, tokens.refreshToken, tokens.accessToken, [](bool, const QString &) {});
            Connection c = connectionFor(id);
            c.status = ConnectionStatus::Error;
            c.errorMessage = message;
            if (m_store)
                m_store->upsert(c);
            setBusy(id, false);
            Q_EMIT problem(message);
            Q_EMIT connectFinished(id, outcome(id, false, message));
            return;
        }
        oauth::ClientCredentials credentials { client.config.clientId, client.clientSecret };
        oauth::fetchProfile(m_nam, spec.direct, tokens.accessToken, credentials, m_options.requestTimeoutMs,
            this, [this, spec, tokens, id](const oauth::ProfileResult &profile) {
                Connection c = connectionFor(id);
                c.status = ConnectionStatus::Active;
                c.metadata = tokenMetadata(c.metadata, tokens);
                c.lastSyncAt = QDateTime::currentDateTimeUtc();
                if (profile.ok) {
                    c.displayName = profile.displayName;
                    c.syncStatus = SyncStatus::Success;
                    c.errorMessage.clear();
                } else {
                    c.syncStatus = SyncStatus::Failed;
                    c.errorMessage = profile.message;
                }
                if (m_store)
                    m_store->upsert(c);
                scheduleRefresh(spec, tokens.expiresAt, tokens.lifetimeSeconds);
                setBusy(id, false);
                m_failures.remove(id);
                Q_EMIT connectFinished(id, outcome(id, true,
                    c.displayName.isEmpty() ? tr("Connected to %1.").arg(spec.name)
                                            : tr("Connected as %1.").arg(c.displayName)));
            });
    });
}

void DirectOAuthConnector::cancelConnect(const QString &integrationId)
{
    if (FlowRun *run = m_grants.value(integrationId))
        run->cancel();
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
    if (!tokens.refreshToken.isEmpty()) {
        m_secrets->write(refreshTokenKey(id), tokens.refreshToken, this,
            [this, done, writeAccess](const SecretStore::Reply &r) {
                if (r.result != SecretStore::Result::Ok)
                    return done(false, keychainProblem(r));
                writeAccess();
            });
    } else if (isGrant) {
        // A new grant without a refresh token: an older one belongs to a previous grant.
        m_secrets->remove(refreshTokenKey(id), this, [this, done, writeAccess](const SecretStore::Reply &r) {
            if (r.result != SecretStore::Result::Ok)
                return done(false, keychainProblem(r));
            writeAccess();
        });
    } else {
        writeAccess();
    }
}

// ---- refresh --------------------------------------------------------------------------

void DirectOAuthConnector::refreshNow(const IntegrationSpec &spec, RefreshDone done)
{
    const QString id = spec.id;
    loadClient(
        spec,
        [this, spec, id, done](const Client &client) {
            m_secrets->read(
                refreshTokenKey(id), this, [this, spec, id, client, done](const SecretStore::Reply &reply) {
                    if (reply.result == SecretStore::Result::NotFound) {
                        const QString message
                            = tr("%1 gave no refresh token; reconnect to continue.").arg(spec.name);
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
                    connect(
                        run, &FlowRun::finished, this, [this, spec, id, run, done](const FlowResult &result) {
                            run->deleteLater();
                            if (!result.ok()) {
                                m_failures.insert(id, failureKindOf(result.failure));
                                const bool expired = result.failure == oauth::Failure::InvalidGrant;
                                if (expired) {
                                    // The grant is gone (revoked, replayed, expired): only the user can renew
                                    // it.
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
                            storeTokens(id, tokens, false,
                                [this, spec, id, tokens, done](bool ok, const QString &message) {
                                    if (!ok)
                                        return done(false, false, QString(), message);
                                    Connection c = connectionFor(id);
                                    c.metadata = tokenMetadata(c.metadata, tokens);
                                    if (c.status == ConnectionStatus::Expired
                                        || c.status == ConnectionStatus::Error)
                                        c.status = ConnectionStatus::Active;
                                    updateExisting(c);
                                    scheduleRefresh(spec, tokens.expiresAt, tokens.lifetimeSeconds);
                                    done(true, false, tokens.accessToken, QString());
                                });
                        });
                    run->startRefresh(reply.value);
                });
        },
        [done](bool, const QString &message) { done(false, false, QString(), message); });
}

void DirectOAuthConnector::scheduleRefresh(
    const IntegrationSpec &spec, const QDateTime &expiresAt, qint64 lifetimeS)
{
    m_refreshSpecs.insert(spec.id, spec);
    m_scheduler->schedule(spec.id, expiresAt, lifetimeS);
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
    refreshNow(m_refreshSpecs.value(id), [this, id](bool ok, bool expired, const QString &, const QString &) {
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

void DirectOAuthConnector::refreshAll(const QList<IntegrationSpec> &specs)
{
    m_ledger->sweepAll(); // rows removed or changed by another process since we last looked
    QList<IntegrationSpec> active;
    for (const IntegrationSpec &spec : specs) {
        const auto c = m_store ? m_store->get(spec.id) : std::nullopt;
        if (c && c->mode == ConnectMode::Direct && c->status == ConnectionStatus::Connecting && !isBusy(spec.id)) {
            // A flow cut short (the process was killed): no grant runs for it any more.
            m_store->setStatus(spec.id, ConnectionStatus::NotConnected);
            continue;
        }
        if (!c || c->mode != ConnectMode::Direct || c->status != ConnectionStatus::Active)
            continue;
        const QDateTime expiresAt
            = QDateTime::fromString(c->metadata.value(kExpiresAt).toString(), Qt::ISODate);
        scheduleRefresh(spec, expiresAt, qint64(c->metadata.value(kLifetime).toDouble()));
        active << spec;
    }
    if (active.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT refreshFinished(Outcome::success(QString())); });
        return;
    }
    // Health-check each one; report once all have answered.
    struct Tally {
        int pending = 0;
        QStringList problems;
        FailureKind kind = FailureKind::None; // the first problem's
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(active.size());
    auto *context = new QObject(this);
    connect(this, &Connector::syncFinished, context,
        [this, tally, context, active](const QString &id, const Outcome &o) {
            const bool ours = std::any_of(
                active.cbegin(), active.cend(), [&id](const IntegrationSpec &s) { return s.id == id; });
            if (!ours)
                return;
            // A busy one is being connected, synced or disconnected already: not a problem.
            if (!o.ok() && o.kind != FailureKind::Busy) {
                tally->problems << o.message;
                if (tally->kind == FailureKind::None)
                    tally->kind = o.kind;
            }
            if (--tally->pending == 0) {
                context->deleteLater();
                Q_EMIT refreshFinished({ tally->kind, tally->problems.join(QLatin1Char('\n')) });
            }
        });
    for (const IntegrationSpec &spec : std::as_const(active))
        syncIntegration(spec);
}

// ---- tokens of connections that are gone: oauth::TokenLedger -----------------------------

void DirectOAuthConnector::sweepTokens()
{
    m_ledger->sweepAll();
}

// ---- sync: refresh if needed, then the profile as health check --------------------------

void DirectOAuthConnector::syncIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    if (refuseFurtherConnection(spec, connectionId, &Connector::syncFinished))
        return;
    const QString id = spec.id;
    if (isBusy(id))
        return refuseBusy(spec, &Connector::syncFinished);
    Q_EMIT syncStarted(id);
    m_failures.insert(id, FailureKind::Local);
    setBusy(id, true);
    auto finish = [this, id](bool ok, const QString &message) {
        if (m_store && m_store->get(id))
            m_store->recordSync(id, ok ? SyncStatus::Success : SyncStatus::Failed,
                QDateTime::currentDateTimeUtc(), ok ? QString() : message);
        setBusy(id, false);
        if (ok)
            m_failures.remove(id);
        Q_EMIT syncFinished(id, outcome(id, ok, message));
    };
    loadClient(
        spec,
        [this, spec, id, finish](const Client &client) {
            const Connection c = connectionFor(id);
            const QDateTime expiresAt
                = QDateTime::fromString(c.metadata.value(kExpiresAt).toString(), Qt::ISODate);
            const bool expiring
                = m_scheduler->isExpiring(expiresAt, qint64(c.metadata.value(kLifetime).toDouble(3600)));
            if (expiring) {
                refreshNow(spec,
                    [this, spec, client, finish](
                        bool ok, bool, const QString &accessToken, const QString &message) {
                        if (!ok)
                            return finish(false, message);
                        checkProfile(spec, client, accessToken, false, finish);
                    });
                return;
            }
            m_secrets->read(
                accessTokenKey(id), this, [this, spec, client, finish](const SecretStore::Reply &reply) {
                    if (reply.result == SecretStore::Result::NotFound)
                        return finish(false, tr("%1 is not connected.").arg(spec.name));
                    if (reply.result != SecretStore::Result::Ok)
                        return finish(false, keychainProblem(reply));
                    checkProfile(spec, client, reply.value, true, finish);
                });
        },
        finish);
}

void DirectOAuthConnector::checkProfile(
    const IntegrationSpec &spec, const Client &client, const QString &accessToken, bool mayRefresh, Done done)
{
    oauth::ClientCredentials credentials { client.config.clientId, client.clientSecret };
    oauth::fetchProfile(m_nam, spec.direct, accessToken, credentials, m_options.requestTimeoutMs, this,
        [this, spec, client, mayRefresh, done](const oauth::ProfileResult &profile) {
            if (profile.unauthorized && mayRefresh) {
                // A 401 before the planned refresh (revoked token, clock skew): refresh once, retry once.
                refreshNow(spec,
                    [this, spec, client, done](bool ok, bool, const QString &fresh, const QString &message) {
                        if (!ok)
                            return done(false, message);
                        checkProfile(spec, client, fresh, false, done);
                    });
                return;
            }
            if (profile.ok && !profile.displayName.isEmpty() && m_store) {
                Connection c = connectionFor(spec.id);
                if (c.displayName != profile.displayName) {
                    c.displayName = profile.displayName;
                    m_store->upsert(c);
                }
            }
            if (!profile.ok)
                m_failures.insert(spec.id, profile.kind);
            done(profile.ok, profile.ok ? tr("%1 is working.").arg(spec.name) : profile.message);
        });
}

// ---- disconnect: revoke (RFC 7009), forget, keep a tombstone ----------------------------

void DirectOAuthConnector::disconnectIntegration(const IntegrationSpec &spec, const QString &connectionId)
{
    if (refuseFurtherConnection(spec, connectionId, &Connector::disconnectFinished))
        return;
    const QString id = spec.id;
    cancelConnect(id);
    if (isBusy(id) && !m_grants.contains(id))
        return refuseBusy(spec, &Connector::disconnectFinished);
    m_failures.insert(id, FailureKind::Local);
    setBusy(id, true);
    cancelScheduledRefresh(id);
    auto fail = [this, id](bool, const QString &message) {
        setBusy(id, false);
        Q_EMIT disconnectFinished(id, outcome(id, false, message));
    };
    if (!m_secrets) {
        QTimer::singleShot(
            0, this, [fail, this] { fail(false, tr("The system keychain is not available.")); });
        return;
    }

    auto forget = [this, spec, id, fail](const QString &warning) {
        m_secrets->remove(
            refreshTokenKey(id), this, [this, spec, id, fail, warning](const SecretStore::Reply &r1) {
                if (r1.result != SecretStore::Result::Ok)
                    return fail(false, keychainProblem(r1));
                m_secrets->remove(
                    accessTokenKey(id), this, [this, spec, id, fail, warning](const SecretStore::Reply &r2) {
                        if (r2.result != SecretStore::Result::Ok)
                            return fail(false, keychainProblem(r2));
                        m_ledger->setHeld(id, false);
                        Connection c = connectionFor(id);
                        c.status = ConnectionStatus::Disconnected; // tombstone: kept for sync
                        c.errorMessage.clear();
                        c.metadata.remove(kExpiresAt);
                        c.metadata.remove(kLifetime);
                        if (m_store)
                            m_store->upsert(c);
                        setBusy(id, false);
                        m_failures.remove(id);
                        Q_EMIT disconnectFinished(id,
                            outcome(id, true, warning.isEmpty() ? tr("%1 is disconnected.").arg(spec.name) : warning));
                    });
            });
    };

    m_secrets->read(refreshTokenKey(id), this, [this, spec, id, fail, forget](const SecretStore::Reply &rt) {
        if (rt.result != SecretStore::Result::Ok && rt.result != SecretStore::Result::NotFound)
            return fail(false, keychainProblem(rt));
        m_secrets->read(
            accessTokenKey(id), this, [this, spec, id, rt, fail, forget](const SecretStore::Reply &at) {
                if (at.result != SecretStore::Result::Ok && at.result != SecretStore::Result::NotFound)
                    return fail(false, keychainProblem(at));
                const QString refreshToken = rt.result == SecretStore::Result::Ok ? rt.value : QString();
                const QString accessToken = at.result == SecretStore::Result::Ok ? at.value : QString();
                if (!spec.direct.revocation.isValid() || (refreshToken.isEmpty() && accessToken.isEmpty())) {
                    const QString note = spec.direct.revocation.isValid() || accessToken.isEmpty()
                        ? QString()
                        : tr("%1 is disconnected here. %2 offers no way to revoke the access from an app; "
                             "remove it in your account's security settings if you wish.")
                              .arg(spec.name, spec.name);
                    return forget(note);
                }
                loadClient(
                    spec,
                    [this, spec, refreshToken, accessToken, forget](const Client &client) {
                        revokeAll(spec, client, refreshToken, accessToken,
                            [forget, spec, this](bool ok, const QString &message) {
                                forget(ok ? QString()
                                          : tr("%1 is disconnected here, but the provider could not revoke "
                                               "the access (%2). "
                                               "Remove it in your account's security settings.")
                                                .arg(spec.name, message));
                            });
                    },
                    [forget](bool, const QString &message) { forget(message); });
            });
    });
}

void DirectOAuthConnector::revokeAll(const IntegrationSpec &spec, const Client &client,
    const QString &refreshToken, const QString &accessToken, Done done)
{
    if (!spec.direct.revocation.isValid())
        return done(true, QString());
    const oauth::ClientCredentials credentials { client.config.clientId, client.clientSecret };
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
