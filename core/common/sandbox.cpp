#include "sandbox.h"

#include <QCoreApplication>

namespace aria {

bool isSandbox()
{
    const QString value = qEnvironmentVariable("ARIA_SANDBOX").trimmed().toLower();
    return value == u"1" || value == u"true" || value == u"yes" || value == u"on";
}

QString sandboxWindowTitle(const QString &title)
{
    //: Window title in the local demo (make demo); %1 is the normal title.
    return QCoreApplication::translate("Sandbox", "%1 — Sandbox").arg(title);
}

}  // namespace aria
