#pragma once

// Starts the Composio simulator (tests/peers/composio/server.js) on 127.0.0.1, port 0, and
// talks to its admin endpoints. Test-only; blocking waits are fine here.
#include "../common/peerprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

class ComposioSim
{
public:
    static constexpr const char *kApiKey = "sim-test-key-7f3a9c";

    bool start()
    {
        const QByteArray line = m_process.start(QStringLiteral(ARIA_SOURCE_DIR "/tests/peers/composio"),
            QStringLiteral("server.js"), { QStringLiteral("--api-key"), QString::fromLatin1(kApiKey) });
        m_port = quint16(line.toUInt());
        return m_port != 0;
    }

    void stop() { m_process.stop(3000); }

    quint16 port() const { return m_port; }
    QUrl apiBase() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v3.1").arg(m_port)); }

    // A blocking admin call; returns the JSON answer (object or array).
    QJsonDocument admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return doc;
    }

    void configure(const QJsonObject &config) { admin("POST", QStringLiteral("/_admin/config"), config); }
    void fault(const QJsonObject &fault) { admin("POST", QStringLiteral("/_admin/faults"), fault); }
    void clearFaults() { admin("DELETE", QStringLiteral("/_admin/faults")); }
    void reset() { admin("POST", QStringLiteral("/_admin/reset")); }
    QJsonObject seedAccount(const QJsonObject &account)
    {
        return admin("POST", QStringLiteral("/_admin/accounts"), account).object();
    }
    QJsonObject patchAccount(const QString &id, const QJsonObject &patch)
    {
        return admin("PATCH", QStringLiteral("/_admin/accounts/") + id, patch).object();
    }

    // "METHOD /path" of every API request so far, in order (the consent page included).
    QStringList log()
    {
        QStringList lines;
        for (const QJsonValue &v : admin("GET", QStringLiteral("/_admin/log")).array()) {
            const QJsonObject e = v.toObject();
            QString path = e.value(QLatin1String("path")).toString();
            path.remove(QStringLiteral("/api/v3.1"));
            lines << e.value(QLatin1String("method")).toString() + QLatin1Char(' ') + path;
        }
        return lines;
    }

private:
    PeerProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

// Recursively searches every file under dir for needle; returns the files that contain it.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}
