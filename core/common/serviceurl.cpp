#include "serviceurl.h"

#include <QCoreApplication>

namespace aria {

bool isLoopbackHost(const QString &host)
{
    // Names only, no resolution: "localhost" is loopback by RFC 6761, and a host name that
    // merely resolves to 127.0.0.1 today may not tomorrow.
    return host == u"127.0.0.1" || host == u"::1" || host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

bool isAcceptableServiceUrl(const QUrl &url, QString *why)
{
    auto refuse = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return refuse(QCoreApplication::translate("ServiceUrl",
            "Expected an https URL (plain http only on 127.0.0.1, ::1 or localhost)."));
    if (url.hasFragment())
        return refuse(QCoreApplication::translate("ServiceUrl", "The URL must not have a #fragment."));
    if (!url.userInfo().isEmpty())
        return refuse(QCoreApplication::translate(
            "ServiceUrl", "The URL must not contain a user name or password; keys go in the keychain."));
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        return refuse(QCoreApplication::translate("ServiceUrl",
            "Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost): over the network "
            "anyone on the way could read the keys and tokens sent to %1. Use https.")
                          .arg(url.host(QUrl::EncodeUnicode)));
    return true;
}

} // namespace aria
