#include "connectcommands.h"

#include "common/settings.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "domain/integration.h"
#include "platform/interruptwatcher.h"
#include "oauth/directoauthconnector.h"
#include "oauth/providerregistry.h"
#include "secrets/keychainsecretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"
#include "sync/syncbackend.h"
#include "sync/syncengine.h"

#include <QStandardPaths>

#include <algorithm>

namespace aria::cli {

ConnectionCommand::ConnectionCommand(QObject *parent)
    : Command(parent)
{
}

ConnectionCommand::~ConnectionCommand() = default;

void ConnectionCommand::setUp(Context &ctx)
{
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_stack = std::make_unique<ConnectionStack>(&ctx.settings, &ctx.store, m_secrets.get());
    // The signed-in session (if any) decides Composio's user id, and in cloud mode it is the
    // only way to reach Composio at all.
    m_stack->account()->auth()->restore();
    m_interrupts = std::make_unique<InterruptWatcher>();
    connect(m_stack->manager(), &ConnectionService::problem, this,
        [&ctx](const QString &message) { ctx.err << message << Qt::endl; });
    // A write the connectors could not make (disk full, database locked) is never silent.
    connect(&ctx.store, &ConnectionStore::errorOccurred, this, [this, &ctx](const QString &message) {
        if (m_storeErrors.contains(message))
            return;
        m_storeErrors << message;
        ctx.err << message << Qt::endl;
    });
}

void ConnectionCommand::report(Context &ctx, bool ok, const QString &message)
{
    if (!m_storeErrors.contains(message))
        (ok ? ctx.out : ctx.err) << message << Qt::endl;
}

int ConnectionCommand::withStoreFailures(int exitCode) const
{
    return exitCode == Ok && !m_storeErrors.isEmpty() ? int(Failure) : exitCode;
}

int ConnectionCommand::exitCodeFor(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return Ok;
    case FailureKind::Denied:
    case FailureKind::Unauthorized:
    case FailureKind::NotSignedIn:
        return Denied;
    case FailureKind::Network:
    case FailureKind::Remote:
        return RemoteFailure;
    case FailureKind::Timeout:
        return TimedOut;
    case FailureKind::Cancelled:
        return Cancelled;
    case FailureKind::Local:
    case FailureKind::Busy: // another process of this profile, or a queued action
        break;
    }
    return Failure;
}

void ConnectionCommand::whenSessionKnown(std::function<void()> then)
{
    sync::SyncBackend *account = m_stack->account()->backend();
    if (account->accountState() != sync::SyncBackend::AccountState::Restoring)
        return then();
    // Composio's user id depends on who is signed in: ask nothing before that is known.
    auto *once = new QObject(this);
    connect(account, &sync::SyncBackend::restored, once, [then, once](bool) {
        once->deleteLater();
        then();
    });
}

void ConnectionCommand::afterCloudSync(Context &ctx, std::function<void(bool)> then)
{
    sync::SyncBackend *account = m_stack->account()->backend();
    sync::SyncEngine *engine = m_stack->account()->sync();
    if (account->accountState() == sync::SyncBackend::AccountState::Restoring) {
        auto *once = new QObject(this);
        connect(account, &sync::SyncBackend::restored, once, [this, &ctx, then, once](bool) {
            once->deleteLater();
            afterCloudSync(ctx, then);
        });
        return;
    }
    if (!account->isSignedIn() || !account->isConfigured())
        return then(false);
    // A cycle already running (restoring the session starts one) may have read the store
    // before this command's change: wait for the one syncNow() queues after it.
    auto skip = std::make_shared<int>(engine->state() == sync::SyncEngine::State::Syncing ? 1 : 0);
    auto *once = new QObject(this);
    connect(engine, &sync::SyncEngine::syncFinished, once, [&ctx, then, once, skip](bool ok, const QString &message) {
        if (ok && (*skip)-- > 0)
            return;
        once->deleteLater();
        if (!ok)
            ctx.err << tr("ARIA's cloud could not be reached; the change is kept here and sent at the next sync: %1")
                           .arg(message)
                    << Qt::endl;
        then(ok);
    });
    engine->syncNow();
}

void ConnectionCommand::pushThenFinish(Context &ctx, int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    afterCloudSync(ctx, [this, exitCode](bool) { finishLater(exitCode); });
}

bool ConnectionCommand::takeIntegration(Context &ctx, const QStringList &args, QString *id)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        finishLater(usage(ctx, tr("Name one integration.")));
        return false;
    }
    const QList<IntegrationSpec> all = ProviderRegistry::loadAll();  // built-in and added
    const bool knownId = std::any_of(all.cbegin(), all.cend(), [&args](const IntegrationSpec &s) { return s.id == args.first(); })
        // a further connection ("gmail-2", as `list` shows it) of a known integration
        || ctx.store.get(args.first()).has_value();
    if (!knownId) {
        QStringList known;
        for (const IntegrationSpec &spec : all)
            known << spec.id;
        finishLater(usage(ctx,
            tr("Unknown integration \"%1\". Known: %2").arg(args.first(), known.join(QStringLiteral(", ")))));
        return false;
    }
    *id = args.first();
    return true;
}

void ConnectCommand::start(Context &ctx, const QStringList &args)
{
    QStringList positional;
    bool printUrl = false;
    bool add = false;
    int timeoutSeconds = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--print-url") {
            printUrl = true;
        } else if (a == u"--add") {
            add = true;
        } else if (a == u"--timeout" || a.startsWith(QLatin1String("--timeout="))) {
            const QString value
                = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            timeoutSeconds = value.toInt(&ok);
            if (!ok || timeoutSeconds < 1 || timeoutSeconds > 86400)
                return finishLater(usage(ctx, tr("--timeout takes a number of seconds from 1 to 86400.")));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return finishLater(usage(ctx, tr("Unknown option: %1").arg(a)));
        } else {
            positional << a;
        }
    }
    QString id;
    if (!takeIntegration(ctx, positional, &id))
        return;
    const auto current = ctx.store.get(id);
    if (add && current && current->connectionId != current->integrationType)
        return finishLater(usage(ctx, tr("--add takes an integration id, not a connection id: %1").arg(current->integrationType)));
    // Connecting again over a working account would replace it silently; an expired or failed
    // one is reconnected (the same call). Another account is added with --add.
    if (!add && current && current->status == ConnectionStatus::Active) {
        const QString who = current->displayName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(current->displayName);
        ctx.err << tr("%1 is already connected%2. To connect another account, add it: "
                      "aria-integrations connect %1 --add. To connect this one again, disconnect it first: "
                      "aria-integrations disconnect %1")
                       .arg(id, who)
                << Qt::endl;
        return finishLater(Usage);
    }

    setUp(ctx);
    if (timeoutSeconds > 0) {
        m_stack->composioConnector()->setFlowTimeoutMs(timeoutSeconds * 1000);
        m_stack->directConnector()->setFlowTimeoutMs(timeoutSeconds * 1000);
    }
    if (printUrl) {
        m_stack->browser().setPrinter(
            [&ctx](const QUrl &url) { ctx.out << url.toString(QUrl::FullyEncoded) << Qt::endl; });
    } else {
        m_stack->browser().setOpener([](const QUrl &url) {
            const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
            return !opener.isEmpty() && BrowserLauncher::runCommand(opener, url, nullptr);
        });
    }
    ConnectionManager *manager = m_stack->manager();
    // An added account's connection id is known once its flow reports (the first signal of
    // the integration); the plain connect's is the one named.
    auto flowId = std::make_shared<QString>(add ? QString() : id);
    const auto ours = [flowId, id](const QString &which) {
        if (flowId->isEmpty() && integrationOfConnectionId(which) == id)
            *flowId = which;
        return which == *flowId;
    };
    connect(manager, &ConnectionService::connectStarted, this,
        [&ctx, printUrl, ours](const QString &which, const QUrl &url) {
            if (!ours(which))
                return;
            if (!printUrl)
                ctx.err << tr("Opening the sign-in page in the browser. If nothing opens, visit:") << Qt::endl
                        << url.toString(QUrl::FullyEncoded) << Qt::endl;
            ctx.err << tr("Waiting for the sign-in to finish (Ctrl-C cancels)…") << Qt::endl;
        });
    connect(manager, &ConnectionService::connectFinished, this,
        [this, &ctx, ours](const QString &which, bool ok, const QString &message, FailureKind kind) {
            if (!ours(which))
                return;
            report(ctx, ok, message);
            pushThenFinish(ctx, withStoreFailures(exitCodeFor(kind)));
        });
    connect(m_interrupts.get(), &InterruptWatcher::interrupted, this, [manager, flowId] {
        if (!flowId->isEmpty())
            manager->cancelConnect(*flowId);
    });
    whenSessionKnown([manager, id, add] {
        if (add)
            manager->addConnection(id);
        else
            manager->connectIntegration(id);
    });
}

void DisconnectCommand::start(Context &ctx, const QStringList &args)
{
    QString id;
    if (!takeIntegration(ctx, args, &id))
        return;
    setUp(ctx);
    ConnectionManager *manager = m_stack->manager();
    connect(manager, &ConnectionService::disconnectFinished, this,
        [this, &ctx, id](const QString &which, bool ok, const QString &message, FailureKind kind) {
            if (which != id)
                return;
            report(ctx, ok, message);
            pushThenFinish(ctx, withStoreFailures(exitCodeFor(kind)));
        });
    whenSessionKnown([manager, id] { manager->disconnectIntegration(id); });
}

void SyncCommand::start(Context &ctx, const QStringList &args)
{
    QString id;
    if (!args.isEmpty() && !takeIntegration(ctx, args, &id))
        return;
    setUp(ctx);
    ConnectionManager *manager = m_stack->manager();
    auto worst = std::make_shared<int>(Ok);
    connect(manager, &ConnectionService::syncFinished, this,
        [this, &ctx, id, worst](const QString &which, bool ok, const QString &message, FailureKind kind) {
            (ok ? ctx.out : ctx.err) << which << QStringLiteral(": ") << message << Qt::endl;
            if (!ok && *worst == Ok)
                *worst = exitCodeFor(kind);
            if (which == id)
                pushThenFinish(ctx, withStoreFailures(*worst));
        });
    if (!id.isEmpty())
        return whenSessionKnown([manager, id] { manager->syncIntegration(id); });
    connect(
        manager, &ConnectionManager::refreshFinished, this, [this, &ctx, worst](bool ok, const QString &, FailureKind kind) {
            // The reason was already printed through problem().
            pushThenFinish(ctx, withStoreFailures(ok ? *worst : exitCodeFor(kind)));
        });
    // First what other devices changed (they may have connected something), then the check.
    afterCloudSync(ctx, [manager](bool) { manager->syncIntegration(QString()); });
}

} // namespace aria::cli
