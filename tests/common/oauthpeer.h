#pragma once

// Starts tests/peers/oauth (oidc-provider) on 127.0.0.1, port 0, and talks to its test-only
// control endpoints. Header-only so any test can include it.
#include "peerprocess.h"

#include "domain/integration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

class OAuthPeer
{
public:
    OAuthPeer() = default;
    OAuthPeer(const OAuthPeer &) = delete;
    OAuthPeer &operator=(const OAuthPeer &) = delete;

    static QString directory() { return QStringLiteral(ARIA_SOURCE_DIR "/tests/peers/oauth"); }

    // Starts the server; true once it printed its port ("PORT n").
    bool start(const QStringList &args = {})
    {
        const QList<QByteArray> words = m_process.start(directory(), QStringLiteral("server.mjs"), args).split(' ');
        if (words.size() != 2 || words.at(0) != "PORT")
            return false;
        m_port = words.at(1).toUShort();
        qInfo("oauth peer listening on 127.0.0.1:%u", m_port);
        return m_port != 0;
    }

    void stop() { m_process.stop(); }

    quint16 port() const { return m_port; }
    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QUrl url(const QString &path) const { return QUrl(issuer() + path); }

    // An added provider for this peer (direct mode, consent asked every time). route maps
    // the endpoints the app calls itself (token, revocation, userinfo), e.g. through a proxy;
    // the authorization page is the browser's.
    aria::IntegrationSpec integration(const QString &id, const std::function<QUrl(const QUrl &)> &route = {}) const
    {
        const auto routed = [&route](const QUrl &u) { return route ? route(u) : u; };
        aria::IntegrationSpec s;
        s.id = id;
        s.name = QStringLiteral("Peer");
        s.builtIn = false;
        s.defaultScopes = QStringList { QStringLiteral("openid"), QStringLiteral("email"),
            QStringLiteral("profile"), QStringLiteral("offline_access") };
        s.direct.authorization = url(QStringLiteral("/auth"));
        s.direct.token = routed(url(QStringLiteral("/token")));
        s.direct.revocation = routed(url(QStringLiteral("/token/revocation")));
        s.direct.userInfo = routed(url(QStringLiteral("/me")));
        s.direct.extraAuthorizationParameters = { { QStringLiteral("prompt"), QStringLiteral("consent") } };
        return s;
    }

    // Changes behaviour at run time: accessTtl (s), tokenDelayMs, deny, codePrefix.
    bool configure(const QJsonObject &changes)
    {
        QNetworkRequest request(url(QStringLiteral("/__peer/config")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return !send(request, "POST", QJsonDocument(changes).toJson()).isNull();
    }

    // Every request the server saw: {method, path, query, rawBody, body}.
    QJsonArray requestLog() { return getArray(QStringLiteral("/__peer/log")); }
    // Every code and token the server handed out: {kind, value}.
    QJsonArray issued() { return getArray(QStringLiteral("/__peer/issued")); }

    // The requests to one endpoint path, in order.
    QList<QJsonObject> requestsTo(const QString &path, const QString &method = QString())
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : requestLog()) {
            const QJsonObject entry = v.toObject();
            if (entry.value(QStringLiteral("path")).toString() == path
                && (method.isEmpty() || entry.value(QStringLiteral("method")).toString() == method))
                out << entry;
        }
        return out;
    }

    // How many refresh-token grants the token endpoint has received so far.
    int refreshGrants()
    {
        int n = 0;
        for (const QJsonObject &r : requestsTo(QStringLiteral("/token"), QStringLiteral("POST")))
            n += r.value(QLatin1String("body")).toObject().value(QLatin1String("grant_type")).toString() == u"refresh_token";
        return n;
    }

private:
    QJsonArray getArray(const QString &path)
    {
        return QJsonDocument::fromJson(send(QNetworkRequest(url(path)), "GET", {})).array();
    }

    QByteArray send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
    {
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            return {};
        const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        reply->deleteLater();
        return data;
    }

    PeerProcess m_process;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};
