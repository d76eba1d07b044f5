#pragma once

#include "sync/syncbackend.h"

#include <QPointer>

namespace aria::supabase {

class AuthClient;
class RealtimeClient;
class RestClient;

// The sync backend on Supabase: the account is the Auth session (AuthClient), rows live in
// public.user_integrations behind row-level security (RestClient, PostgREST), and Realtime
// (RealtimeClient, optional) announces changes. SupabaseAccount wires one per profile.
class SupabaseBackend : public sync::SyncBackend
{
    Q_OBJECT
public:
    SupabaseBackend(AuthClient *auth, RestClient *rest, QObject *parent = nullptr);
    // Live changes; none without it (the command line).
    void setRealtime(RealtimeClient *realtime);

    AccountState accountState() const override;
    bool isConfigured() const override;
    QString userId() const override;
    QString email() const override;
    void signOut() override;

    void push(const QList<Connection> &rows, QObject *context, std::function<void(const PushAnswer &)> done) override;
    void pull(const QString &since, int limit, QObject *context, std::function<void(const Page &)> done) override;
    void listKeys(int limit, QObject *context, std::function<void(const Keys &)> done) override;
    bool isLive() const override;

private:
    QPointer<AuthClient> m_auth;
    QPointer<RestClient> m_rest;
    QPointer<RealtimeClient> m_realtime;
};

} // namespace aria::supabase
