#include "servicerequest.h"

namespace aria {

QNetworkRequest serviceRequest(const QUrl &url, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    keepRedirectsOnOrigin(&request);
    return request;
}

void keepRedirectsOnOrigin(QNetworkRequest *request)
{
    const QVariant policy = request->attribute(QNetworkRequest::RedirectPolicyAttribute);
    if (policy.isValid() && policy.toInt() == QNetworkRequest::ManualRedirectPolicy)
        return;
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
}

} // namespace aria
