#pragma once

#include "composio/composiotransport.h"

namespace aria {

class Settings;

// Key mode: Composio's API with the user's own project key (ComposioClient). Finds or creates
// the toolkit's auth config (remembered in "<id>.auth_config_id") before asking for a link,
// and disconnects with revoke, then delete.
class ComposioKeyTransport : public ComposioTransport
{
public:
    ComposioKeyTransport(ComposioClient *client, Settings *settings);

    void createLink(const IntegrationSpec &spec, const QString &userId, const QUrl &callbackUrl,
        QObject *context, ComposioClient::LinkDone done) override;
    void getAccount(const QString &id, QObject *context, ComposioClient::AccountDone done) override;
    void listAccounts(const QString &userId, QObject *context, ComposioClient::AccountsDone done) override;
    void removeAccount(const QString &id, QObject *context, ComposioClient::Done done) override;
    void deleteAccount(const QString &id, QObject *context, ComposioClient::Done done) override;

private:
    void linkWith(const IntegrationSpec &spec, const QString &authConfigId, const QString &userId,
        const QUrl &callbackUrl, QObject *context, ComposioClient::LinkDone done);

    ComposioClient *m_client;
    Settings *m_settings;
};

} // namespace aria
