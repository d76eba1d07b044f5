#pragma once

#include "composio/composioclient.h"

namespace aria {

struct IntegrationSpec;

// How ComposioConnector reaches Composio. Two ways (Settings::composioVia()):
// - ComposioKeyTransport: Composio's API with the user's own project key (key mode);
// - ComposioBrokerClient: ARIA's Edge Function, with the user's Supabase session (cloud
//   mode); the function holds the key and acts as the signed-in user only.
// The connect flow itself (loopback callback, polling, confirming the account by id, what is
// stored) is the connector's and the same for both. Callbacks run from the event loop and
// not at all once their context object is gone.
class ComposioTransport
{
public:
    virtual ~ComposioTransport() = default;

    // A hosted connect link for the integration; Composio sends the browser back to callbackUrl.
    // userId is the Composio user_id the connector expects to see on the account (cloud mode:
    // the function decides, and it is the signed-in Supabase user).
    virtual void createLink(const IntegrationSpec &spec, const QString &userId, const QUrl &callbackUrl,
        QObject *context, ComposioClient::LinkDone done) = 0;
    virtual void getAccount(const QString &id, QObject *context, ComposioClient::AccountDone done) = 0;
    // Every account of the user, all pages.
    virtual void listAccounts(const QString &userId, QObject *context, ComposioClient::AccountsDone done) = 0;
    // Disconnect: revoke the provider's tokens (best effort), then delete the account.
    virtual void removeAccount(const QString &id, QObject *context, ComposioClient::Done done) = 0;
    // Tidying an account that holds no live grant (an abandoned link, a replaced expired one).
    virtual void deleteAccount(const QString &id, QObject *context, ComposioClient::Done done) = 0;
};

} // namespace aria
