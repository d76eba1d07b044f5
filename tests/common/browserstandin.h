#pragma once

// Stands in for the system browser in tests: GETs the authorization URL and follows every
// redirect (keeping cookies, like a browser) until a page answers, normally the app's
// loopback listener. Nobody clicks anything: the OAuth peer consents (or denies) by itself.
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

#include <functional>

class BrowserStandIn : public QObject
{
public:
    // Called with the redirect that leaves the provider for the loopback; returns the URL to
    // visit instead (tests use it to forge or replay callbacks). Default: visit it unchanged.
    std::function<QUrl(const QUrl &)> beforeLoopback;
    // Every URL visited, in order.
    QList<QUrl> visited;
    // The loopback callback URL the provider redirected to (before any rewrite).
    QUrl callbackUrl;
    int finalStatus = 0;
    bool done = false;

    explicit BrowserStandIn(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    // Opens the URL; returns at once (the opener contract of the connector).
    bool open(const QUrl &url)
    {
        done = false;
        get(url, 0);
        return true;
    }

    // A plain GET with this browser's cookies, no redirect following (for forged callbacks).
    void getOnce(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    void get(QUrl url, int hop)
    {
        if (hop == 0)
            m_providerPort = url.port();
        const bool toLoopback = url.host() == u"127.0.0.1" && url.port() != m_providerPort;
        if (toLoopback) {
            callbackUrl = url;
            if (beforeLoopback)
                url = beforeLoopback(url);
        }
        visited << url;
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, url, hop] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (status >= 300 && status < 400 && target.isValid() && hop < 20)
                return get(url.resolved(target), hop + 1);
            finalStatus = status;
            done = true;
        });
    }

    QNetworkAccessManager m_nam;
    int m_providerPort = 0;
};
