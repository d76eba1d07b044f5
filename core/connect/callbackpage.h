#pragma once

#include <QByteArray>
#include <QString>

namespace aria {

// The small page the browser shows after the redirect. All text is HTML-escaped here;
// callers pass plain text, including whatever a provider put in error_description.
enum class CallbackPageKind { Success, Denied, Failed, Expired, BadRequest, NotFound };

QByteArray renderCallbackPage(CallbackPageKind kind, const QString &detail = QString());

}  // namespace aria
