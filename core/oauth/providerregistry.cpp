#include "providerregistry.h"

#include "common/apppaths.h"
#include "common/savefile.h"
#include "common/serviceurl.h"
#include "discoveryurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace aria {
namespace {

QUrl urlField(const QJsonObject &o, const char *key)
{
    return QUrl(o.value(QLatin1String(key)).toString());
}

} // namespace

ProviderRegistry::ProviderRegistry(const QString &file)
    : m_file(file.isEmpty() ? QDir(AppPaths::configDir()).filePath(QStringLiteral("providers.json")) : file)
{
}

bool ProviderRegistry::load(QString *error)
{
    m_added.clear();
    QFile f(m_file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ProviderRegistry", "Cannot read %1.").arg(m_file);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ProviderRegistry", "%1 is not valid JSON: %2")
                         .arg(m_file, parseError.errorString());
        return false;
    }
    const QJsonArray providers = doc.object().value(QStringLiteral("providers")).toArray();
    for (const QJsonValue &v : providers) {
        QString problem;
        if (auto spec = fromJson(v.toObject(), &problem))
            m_added << *spec;
        else if (error && error->isEmpty())
            *error = problem; // keep the others usable
    }
    return true;
}

QList<IntegrationSpec> ProviderRegistry::all() const
{
    return builtInIntegrations() + m_added;
}

std::optional<IntegrationSpec> ProviderRegistry::find(QStringView id) const
{
    if (const IntegrationSpec *builtIn = findBuiltIn(id))
        return *builtIn;
    for (const IntegrationSpec &spec : m_added) {
        if (spec.id == id)
            return spec;
    }
    return std::nullopt;
}

QList<IntegrationSpec> ProviderRegistry::loadAll()
{
    ProviderRegistry registry;
    registry.load();
    return registry.all();
}

bool ProviderRegistry::isAcceptableEndpoint(const QUrl &url)
{
    return isAcceptableServiceUrl(url);
}

bool ProviderRegistry::validate(const IntegrationSpec &spec, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isValidIntegrationId(spec.id))
        return fail(QCoreApplication::translate(
            "ProviderRegistry", "An id is 2 to 48 lower-case letters, digits or '_'."));
    const OAuthEndpoints &ep = spec.direct;
    const std::pair<const QUrl *, bool> endpoints[] = { { &ep.authorization, true }, { &ep.token, true },
        { &ep.revocation, false }, { &ep.userInfo, false } };
    for (const auto &[url, required] : endpoints) {
        if (url->isEmpty() && !required)
            continue;
        if (!isAcceptableEndpoint(*url))
            return fail(QCoreApplication::translate("ProviderRegistry",
                "\"%1\" is not a usable endpoint: use https "
                "(http only on 127.0.0.1 or localhost).")
                            .arg(url->toString()));
    }
    if (!spec.direct.callbackPath.startsWith(QLatin1Char('/'))
        || spec.direct.callbackPath.contains(QLatin1Char('?'))
        || spec.direct.callbackPath.contains(QLatin1Char('#')))
        return fail(QCoreApplication::translate(
            "ProviderRegistry", "The callback path must start with '/' and have no query or fragment."));
    if (spec.defaultScopes.isEmpty())
        return fail(QCoreApplication::translate("ProviderRegistry", "At least one scope is needed."));
    return true;
}

bool ProviderRegistry::add(const IntegrationSpec &spec, QString *error)
{
    if (findBuiltIn(spec.id)) {
        if (error)
            *error = QCoreApplication::translate("ProviderRegistry", "\"%1\" is a built-in integration.")
                         .arg(spec.id);
        return false;
    }
    if (find(spec.id)) {
        if (error)
            *error = QCoreApplication::translate(
                "ProviderRegistry", "A provider \"%1\" exists already; remove it first.")
                         .arg(spec.id);
        return false;
    }
    if (!validate(spec, error))
        return false;
    IntegrationSpec copy = spec;
    copy.builtIn = false;
    m_added << copy;
    if (!save(error)) {
        m_added.removeLast();
        return false;
    }
    return true;
}

bool ProviderRegistry::remove(const QString &id, QString *error)
{
    for (qsizetype i = 0; i < m_added.size(); ++i) {
        if (m_added.at(i).id == id) {
            const IntegrationSpec removed = m_added.takeAt(i);
            if (!save(error)) {
                m_added.insert(i, removed);
                return false;
            }
            return true;
        }
    }
    if (error)
        *error
            = QCoreApplication::translate("ProviderRegistry", "No added provider is called \"%1\".").arg(id);
    return false;
}

bool ProviderRegistry::save(QString *error) const
{
    if (!AppPaths::ensurePrivateDir(QFileInfo(m_file).absolutePath(), error))
        return false;
    QJsonArray providers;
    for (const IntegrationSpec &spec : m_added)
        providers.append(toJson(spec));
    const QByteArray text = QJsonDocument(
        QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("providers"), providers } })
                                .toJson(QJsonDocument::Indented);
    if (!saveFile(m_file, text)) {
        if (error)
            *error = QCoreApplication::translate("ProviderRegistry", "Cannot write %1.").arg(m_file) + QLatin1Char(' ')
                + diskProblemAdvice();
        return false;
    }
    return AppPaths::restrictFile(m_file, error);
}

QJsonObject ProviderRegistry::toJson(const IntegrationSpec &spec)
{
    QJsonObject extra;
    for (const auto &[key, value] : spec.direct.extraAuthorizationParameters)
        extra.insert(key, value);
    QJsonObject o {
        { QStringLiteral("id"), spec.id },
        { QStringLiteral("name"), spec.name },
        { QStringLiteral("description"), spec.description },
        { QStringLiteral("authorization_endpoint"), spec.direct.authorization.toString() },
        { QStringLiteral("token_endpoint"), spec.direct.token.toString() },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(spec.defaultScopes) },
        { QStringLiteral("callback_path"), spec.direct.callbackPath },
    };
    if (!spec.direct.revocation.isEmpty())
        o.insert(QStringLiteral("revocation_endpoint"), spec.direct.revocation.toString());
    if (!spec.direct.userInfo.isEmpty())
        o.insert(QStringLiteral("userinfo_endpoint"), spec.direct.userInfo.toString());
    if (!spec.direct.issuer.isEmpty())
        o.insert(QStringLiteral("issuer"), spec.direct.issuer);
    if (spec.direct.issuerInCallback)
        o.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra_authorization_parameters"), extra);
    return o;
}

std::optional<IntegrationSpec> ProviderRegistry::fromJson(const QJsonObject &o, QString *error)
{
    IntegrationSpec spec;
    spec.builtIn = false;
    spec.id = o.value(QStringLiteral("id")).toString();
    spec.name = o.value(QStringLiteral("name")).toString(spec.id);
    spec.description = o.value(QStringLiteral("description")).toString();
    spec.iconId = QStringLiteral("generic");
    spec.direct.authorization = urlField(o, "authorization_endpoint");
    spec.direct.token = urlField(o, "token_endpoint");
    if (o.contains(QStringLiteral("revocation_endpoint")))
        spec.direct.revocation = urlField(o, "revocation_endpoint");
    if (o.contains(QStringLiteral("userinfo_endpoint")))
        spec.direct.userInfo = urlField(o, "userinfo_endpoint");
    spec.direct.callbackPath = o.value(QStringLiteral("callback_path")).toString(QStringLiteral("/callback"));
    spec.direct.issuer = o.value(QStringLiteral("issuer")).toString();
    spec.direct.issuerInCallback
        = o.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    for (const QJsonValue &s : o.value(QStringLiteral("scopes")).toArray())
        spec.defaultScopes << s.toString();
    const QJsonObject extra = o.value(QStringLiteral("extra_authorization_parameters")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        spec.direct.extraAuthorizationParameters.append({ it.key(), it.value().toString() });
    if (!validate(spec, error))
        return std::nullopt;
    return spec;
}

std::optional<IntegrationSpec> ProviderRegistry::fromDiscovery(const QJsonObject &doc,
    const QUrl &discoveryUrl, const QString &id, const QString &name, const QStringList &scopes,
    QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<IntegrationSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // OpenID Connect Discovery 1.0, 4.3 and RFC 8414 3.3: the document must name the issuer
    // whose well-known address it was fetched from. Any other document could be anyone's, and
    // its issuer is what every callback's `iss` is checked against.
    const QString issuer = doc.value(QStringLiteral("issuer")).toString();
    if (!issuerFitsDiscoveryUrl(issuer, discoveryUrl)) {
        const QStringList expected = metadataUrlsOf(issuer);
        return fail(expected.isEmpty()
                ? QCoreApplication::translate("ProviderRegistry",
                    "The discovery document names no usable issuer (\"%1\").")
                      .arg(issuer)
                : QCoreApplication::translate("ProviderRegistry",
                    "The discovery document names the issuer \"%1\", whose document would be at %2, "
                    "not at %3.")
                      .arg(issuer, expected.first(), discoveryUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment)));
    }
    const QJsonArray pkce = doc.value(QStringLiteral("code_challenge_methods_supported")).toArray();
    if (!pkce.isEmpty() && !pkce.contains(QStringLiteral("S256")))
        return fail(QCoreApplication::translate(
            "ProviderRegistry", "The provider does not offer PKCE with S256, which this app requires."));
    const QJsonArray responseTypes = doc.value(QStringLiteral("response_types_supported")).toArray();
    if (!responseTypes.isEmpty() && !responseTypes.contains(QStringLiteral("code")))
        return fail(QCoreApplication::translate(
            "ProviderRegistry", "The provider does not offer the authorization-code flow."));

    IntegrationSpec spec;
    spec.id = id;
    spec.name = name.isEmpty() ? id : name;
    spec.builtIn = false;
    spec.iconId = QStringLiteral("generic");
    spec.description
        = QCoreApplication::translate("ProviderRegistry", "Added provider (%1)").arg(QUrl(issuer).host());
    spec.direct.authorization = urlField(doc, "authorization_endpoint");
    spec.direct.token = urlField(doc, "token_endpoint");
    spec.direct.revocation = urlField(doc, "revocation_endpoint");
    spec.direct.userInfo = urlField(doc, "userinfo_endpoint");
    spec.direct.issuer = issuer;
    spec.direct.issuerInCallback
        = doc.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    if (!scopes.isEmpty()) {
        spec.defaultScopes = scopes;
    } else {
        const QJsonArray supported = doc.value(QStringLiteral("scopes_supported")).toArray();
        for (const char *s : { "openid", "email", "profile", "offline_access" }) {
            const QString scope = QString::fromLatin1(s);
            if (supported.isEmpty() ? scope != u"offline_access" : supported.contains(scope))
                spec.defaultScopes << scope;
        }
        if (spec.defaultScopes.isEmpty())
            spec.defaultScopes << QStringLiteral("openid");
    }
    if (spec.defaultScopes.contains(QStringLiteral("offline_access")))
        spec.direct.extraAuthorizationParameters.append(
            { QStringLiteral("prompt"), QStringLiteral("consent") });
    if (!validate(spec, error))
        return std::nullopt;
    return spec;
}

} // namespace aria
