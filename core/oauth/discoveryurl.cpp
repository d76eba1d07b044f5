#include "discoveryurl.h"

namespace aria {
namespace {

const QLatin1String kOpenId("/.well-known/openid-configuration");
const QLatin1String kOAuth("/.well-known/oauth-authorization-server");

} // namespace

QStringList metadataUrlsOf(const QString &issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    const QString origin = url.toString(QUrl::RemovePath | QUrl::FullyEncoded);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/'))) // "https://id.example/" names the same issuer as without
        path.chop(1);
    return { origin + path + kOpenId, origin + kOpenId + path, origin + kOAuth + path };
}

bool issuerFitsDiscoveryUrl(const QString &issuer, const QUrl &discoveryUrl)
{
    return metadataUrlsOf(issuer).contains(
        discoveryUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded));
}

QUrl discoveryDocumentUrl(const QUrl &given)
{
    if (given.path().contains(QLatin1String("/.well-known/")))
        return given;
    QUrl url = given;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + kOpenId);
    return url;
}

} // namespace aria
