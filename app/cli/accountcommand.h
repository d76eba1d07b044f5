#pragma once

#include "command.h"

#include <memory>

class QNetworkAccessManager;

namespace aria {
class SecretStore;
namespace supabase {
class AuthClient;
class SupabaseAccount;
} // namespace supabase
namespace sync {
class SyncEngine;
}
} // namespace aria

namespace aria::cli {

// `account login --email E` (password on stdin, never echoed), `account logout`,
// `account status [--json]`, `account sync`: the Supabase account and its sync.
class AccountCommand : public Command
{
    Q_OBJECT
public:
    explicit AccountCommand(QObject *parent = nullptr);
    ~AccountCommand() override;
    QString name() const override { return QStringLiteral("account"); }
    QString synopsis() const override
    {
        return QStringLiteral("login --email <address> | logout | status [--json] | sync");
    }
    QString summary() const override { return tr("Sign in to Supabase, sign out, show or sync the account"); }
    void start(Context &ctx, const QStringList &args) override;

private:
    // The profile's Supabase account, wired as the window's (SupabaseAccount); withSync: with
    // its sync engine (restoring a session then starts a sync), else without one.
    void setUp(Context &ctx, bool withSync);
    void login(Context &ctx, const QString &email);
    void logout(Context &ctx);
    void status(Context &ctx, bool json);
    void sync(Context &ctx);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<supabase::SupabaseAccount> m_account;
    supabase::AuthClient *m_auth = nullptr; // the account's
    sync::SyncEngine *m_sync = nullptr; // the account's; null without sync
};

} // namespace aria::cli
