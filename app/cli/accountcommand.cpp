#include "accountcommand.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "secrets/keychainsecretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"
#include "sync/syncengine.h"
#include "sync/timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "platform/console.h"

namespace aria::cli {
namespace {

// One line from stdin; echo is off while reading when stdin is a terminal.
QString readPassword()
{
    std::string line;
    {
        const platform::HiddenInput hidden;
        for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
            line.push_back(char(c));
        if (hidden.isTerminal())
            std::fputc('\n', stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

AccountCommand::AccountCommand(QObject *parent)
    : Command(parent)
{
}

AccountCommand::~AccountCommand()
{
    // The account's clients use the network and the keychain: it goes first.
    m_account.reset();
}

void AccountCommand::setUp(Context &ctx, bool withSync)
{
    using Sync = supabase::SupabaseAccount::Sync;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_account = std::make_unique<supabase::SupabaseAccount>(
        &ctx.store, m_secrets.get(), m_network.get(), nullptr, withSync ? Sync::On : Sync::Off);
    m_account->configure(ctx.settings);
    m_auth = m_account->auth();
    m_sync = m_account->sync();
}

void AccountCommand::start(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"login") {
        if (args.size() != 3 || args.at(1) != u"--email" || !args.at(2).contains(QLatin1Char('@')))
            return finishLater(usage(ctx,
                tr("Expected: account login --email <address> (the password is read from standard input).")));
        setUp(ctx, true);
        return login(ctx, args.at(2));
    }
    if (verb == u"logout" && args.size() == 1) {
        setUp(ctx, false);
        return logout(ctx);
    }
    if (verb == u"status" && (args.size() == 1 || (args.size() == 2 && args.at(1) == u"--json"))) {
        setUp(ctx, false);
        return status(ctx, args.size() == 2);
    }
    if (verb == u"sync" && args.size() == 1) {
        setUp(ctx, true);
        return sync(ctx);
    }
    finishLater(usage(ctx, tr("Expected login, logout, status or sync.")));
}

void AccountCommand::login(Context &ctx, const QString &email)
{
    if (!m_auth->isConfigured()) {
        const bool unset = m_auth->projectUrl().isEmpty() || m_auth->anonKey().isEmpty();
        ctx.err << (unset ? tr("Set the Supabase project first: config set supabase.url <url> and config set "
                               "supabase.anon_key <key>.")
                          : m_auth->projectProblem())
                << Qt::endl;
        return finishLater(Usage);
    }
    if (platform::stdinIsTerminal())
        ctx.err << tr("Password for %1: ").arg(email) << Qt::flush;
    const QString password = readPassword();
    if (password.isEmpty()) {
        ctx.err << tr("No password given on standard input.") << Qt::endl;
        return finishLater(Usage);
    }
    // Signing in starts the first sync (uploads local rows, fetches the account's rows). It
    // can end before signInFinished arrives (a local write that fails at once, e.g. a full
    // disk): keep its result until then.
    struct Login {
        bool signedIn = false;
        bool done = false;
        std::optional<std::pair<bool, QString>> sync;
    };
    auto state = std::make_shared<Login>();
    const auto reportSync = [this, &ctx](bool synced, const QString &why) {
        if (synced)
            ctx.out << tr("Synced; %n change(s) still waiting.", nullptr, m_sync->pendingCount()) << Qt::endl;
        else
            ctx.err << tr("Signed in, but the first sync failed: %1").arg(why) << Qt::endl;
        Q_EMIT finished(Ok);
    };
    connect(m_sync, &sync::SyncEngine::syncFinished, this,
        [state, reportSync](bool synced, const QString &why) {
            if (state->done)
                return;
            if (!state->signedIn) {
                state->sync = std::make_pair(synced, why);
                return;
            }
            state->done = true;
            reportSync(synced, why);
        });
    connect(m_auth, &supabase::AuthClient::signInFinished, this,
        [this, &ctx, state, reportSync](bool ok, const QString &message) {
            if (!ok) {
                ctx.err << message << Qt::endl;
                Q_EMIT finished(m_auth->signInFailedRemotely() ? RemoteFailure : Denied);
                return;
            }
            ctx.out << tr("Signed in as %1.").arg(m_auth->email()) << Qt::endl;
            state->signedIn = true;
            if (state->sync) {
                state->done = true;
                reportSync(state->sync->first, state->sync->second);
            }
        });
    m_auth->signIn(email, password);
}

void AccountCommand::logout(Context &ctx)
{
    connect(m_auth, &supabase::AuthClient::signedOut, this, [this, &ctx] {
        ctx.out << tr("Signed out. Connections stay on this device.") << Qt::endl;
        Q_EMIT finished(Ok);
    });
    connect(m_auth, &supabase::AuthClient::restored, this, [this, &ctx](bool signedIn) {
        if (!signedIn) {
            ctx.out << tr("Not signed in.") << Qt::endl;
            Q_EMIT finished(Ok);
            return;
        }
        m_auth->signOut();
    });
    m_auth->restore();
}

void AccountCommand::status(Context &ctx, bool json)
{
    connect(m_auth, &supabase::AuthClient::restored, this, [this, &ctx, json](bool signedIn) {
        if (!m_auth->keychainProblem().isEmpty()) {
            ctx.err << m_auth->keychainProblem() << Qt::endl;
            Q_EMIT finished(Failure);
            return;
        }
        const QDateTime last = sync::SyncEngine::lastSyncedAt(ctx.store);
        const int pending = int(ctx.store.pendingChanges().size());
        if (json) {
            const QJsonObject o {
                { QStringLiteral("signed_in"), signedIn },
                { QStringLiteral("email"), m_auth->email() },
                { QStringLiteral("user_id"), m_auth->userId() },
                { QStringLiteral("project_url"), m_auth->projectUrl().toString() },
                { QStringLiteral("pending_changes"), pending },
                { QStringLiteral("last_synced_at"),
                    last.isValid() ? QJsonValue(sync::toTimestamp(last)) : QJsonValue() },
            };
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else if (signedIn) {
            ctx.out << tr("Signed in as %1 (%2).").arg(m_auth->email(), m_auth->projectUrl().toString())
                    << Qt::endl
                    << (last.isValid() ? tr("Last synced %1.").arg(QLocale().toString(last.toLocalTime(), QLocale::LongFormat))
                                       : tr("Not synced yet."))
                    << QLatin1Char(' ') << tr("%n change(s) waiting to upload.", nullptr, pending)
                    << Qt::endl;
        } else {
            ctx.out << tr("Not signed in; connections are kept on this device only.") << QLatin1Char(' ')
                    << tr("%n change(s) waiting to upload.", nullptr, pending) << Qt::endl;
        }
        Q_EMIT finished(Ok);
    });
    m_auth->restore();
}

void AccountCommand::sync(Context &ctx)
{
    connect(m_sync, &sync::SyncEngine::syncFinished, this,
        [this, &ctx](bool ok, const QString &message) {
            if (ok) {
                ctx.out << tr("Synced; %n change(s) still waiting.", nullptr, m_sync->pendingCount())
                        << Qt::endl;
                Q_EMIT finished(Ok);
                return;
            }
            ctx.err << message << Qt::endl;
            const auto state = m_sync->state();
            Q_EMIT finished(state == sync::SyncEngine::State::Offline ? RemoteFailure : Denied);
        });
    connect(m_auth, &supabase::AuthClient::restored, this, [this, &ctx](bool signedIn) {
        if (!signedIn) {
            ctx.err << tr("Not signed in. Sign in with: aria-integrations account login --email <address>")
                    << Qt::endl;
            Q_EMIT finished(Denied);
            return;
        }
        if (m_sync->state() != sync::SyncEngine::State::Syncing)
            m_sync->syncNow(); // (restoring the session already starts one)
    });
    m_auth->restore();
}

} // namespace aria::cli
