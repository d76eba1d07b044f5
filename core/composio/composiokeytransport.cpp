#include "composiokeytransport.h"

#include "common/logging.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "domain/integration.h"

#include <QCoreApplication>
#include <QPointer>

namespace aria {

ComposioKeyTransport::ComposioKeyTransport(ComposioClient *client, Settings *settings)
    : m_client(client)
    , m_settings(settings)
{
}

void ComposioKeyTransport::createLink(const IntegrationSpec &spec, const QString &userId,
    const QUrl &callbackUrl, QObject *context, ComposioClient::LinkDone done)
{
    const QString configured = m_settings->value(setting::authConfigId, spec.id);
    if (!configured.isEmpty())
        return linkWith(spec, configured, userId, callbackUrl, context, std::move(done));
    const QString toolkit = spec.composioToolkit;
    QPointer<QObject> guard(context);
    m_client->findAuthConfig(toolkit, context,
        [this, spec, toolkit, userId, callbackUrl, guard, done](const ComposioError &e, const QString &found) {
            if (!e.ok())
                return done(e, {});
            if (!found.isEmpty()) {
                m_settings->setValue(setting::authConfigId, spec.id, found);
                return linkWith(spec, found, userId, callbackUrl, guard, done);
            }
            m_client->createManagedAuthConfig(toolkit, guard,
                [this, spec, userId, callbackUrl, guard, done](const ComposioError &e2, const QString &created) {
                    if (!e2.ok())
                        return done(e2, {});
                    qCInfo(lcConnect).noquote() << "created a Composio-managed auth config for" << spec.id;
                    m_settings->setValue(setting::authConfigId, spec.id, created);
                    linkWith(spec, created, userId, callbackUrl, guard, done);
                });
        });
}

void ComposioKeyTransport::linkWith(const IntegrationSpec &spec, const QString &authConfigId,
    const QString &userId, const QUrl &callbackUrl, QObject *context, ComposioClient::LinkDone done)
{
    if (!context)
        return;
    const QString integrationId = spec.id;
    m_client->createLink(authConfigId, userId, callbackUrl, context,
        [integrationId, authConfigId, done](const ComposioError &e, const ComposioLink &link) {
            if (e.kind != ComposioError::NotFound)
                return done(e, link);
            ComposioError unknown = e;
            unknown.message = QCoreApplication::translate("aria::ComposioConnector",
                "Composio does not know the auth config %1. Clear or fix the setting %2.auth_config_id.")
                                  .arg(authConfigId, integrationId);
            done(unknown, link);
        });
}

void ComposioKeyTransport::getAccount(const QString &id, QObject *context, ComposioClient::AccountDone done)
{
    m_client->getAccount(id, context, std::move(done));
}

void ComposioKeyTransport::listAccounts(
    const QString &userId, QObject *context, ComposioClient::AccountsDone done)
{
    m_client->listAccounts(userId, context, std::move(done));
}

void ComposioKeyTransport::removeAccount(const QString &id, QObject *context, ComposioClient::Done done)
{
    QPointer<QObject> guard(context);
    // Revoke first: DELETE alone is a soft delete that leaves the provider's tokens valid.
    m_client->revokeAccount(id, context, [this, id, guard, done](const ComposioError &e) {
        const bool acceptable = e.ok()
            || e.kind == ComposioError::BadRequest // not supported for this toolkit
            || e.kind == ComposioError::Conflict // not ACTIVE: nothing to revoke
            || e.kind == ComposioError::NotFound;
        if (!acceptable)
            return done(e);
        if (!e.ok())
            qCInfo(lcConnect).noquote() << "revoke skipped:" << e.message;
        if (!guard)
            return;
        m_client->deleteAccount(id, guard, done);
    });
}

void ComposioKeyTransport::deleteAccount(const QString &id, QObject *context, ComposioClient::Done done)
{
    m_client->deleteAccount(id, context, std::move(done));
}

} // namespace aria
