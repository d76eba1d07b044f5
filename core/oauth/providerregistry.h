#pragma once

#include "domain/integration.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace aria {

// Providers the user added (any standards-compliant OAuth 2.0 / OpenID Connect server), kept
// in providers.json in the config dir (0600 in a 0700 dir). A JSON file rather than SQLite:
// these are configuration like settings.ini, small and hand-editable, and they are not part of
// the user_integrations rows that sync to Supabase (the store's schema stays the store's).
// No secret is ever in it: client secrets live in the keychain ("<id>-client-secret").
class ProviderRegistry
{
public:
    explicit ProviderRegistry(const QString &file = QString()); // empty: configDir()/providers.json

    // Reads the file; a missing file is an empty registry.
    bool load(QString *error = nullptr);
    QString fileName() const { return m_file; }

    const QList<IntegrationSpec> &added() const { return m_added; }
    // Built-in integrations followed by the added ones: what the window and the CLI list.
    QList<IntegrationSpec> all() const;
    std::optional<IntegrationSpec> find(QStringView id) const;

    // Adds and saves; refuses built-in ids, duplicates and unusable endpoints.
    bool add(const IntegrationSpec &spec, QString *error);
    bool remove(const QString &id, QString *error);

    // builtInIntegrations() plus the providers of the default file (errors ignored).
    static QList<IntegrationSpec> loadAll();

    // An OAuth endpoint must be https, or http on the loopback interface (local servers):
    // isAcceptableServiceUrl() (common/serviceurl.h), the rule of every service URL.
    static bool isAcceptableEndpoint(const QUrl &url);
    static bool validate(const IntegrationSpec &spec, QString *error);

    // A provider from an OpenID Connect discovery document fetched from discoveryUrl.
    // Empty scopes pick openid, email, profile and, where offered, offline_access.
    static std::optional<IntegrationSpec> fromDiscovery(const QJsonObject &document, const QUrl &discoveryUrl,
        const QString &id, const QString &name, const QStringList &scopes, QString *error);

    static QJsonObject toJson(const IntegrationSpec &spec);
    static std::optional<IntegrationSpec> fromJson(const QJsonObject &object, QString *error);

private:
    bool save(QString *error) const;

    QString m_file;
    QList<IntegrationSpec> m_added;
};

} // namespace aria
