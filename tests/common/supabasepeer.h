#pragma once

// Starts tests/peers/supabase/server.js (a throwaway PostgreSQL 15 behind a local
// Supabase-compatible endpoint) for the lifetime of the object. The peer prints JSON lines:
// "ready" (url, anon key), one "request" per HTTP request, "held", and "ok" for each control
// command written to its stdin. Closing its stdin stops it and deletes the database.
// With options.functions, the peer also runs those supabase/functions/<name> under Deno behind
// /functions/v1/<name> (tests/peers/supabase/functions.js); options.environment is the
// environment of the peer and so of its functions (their secrets). See cloudpeers.h.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

#include <optional>

struct SupabasePeerOptions
{
    QStringList functions;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Apply only supabase/migrations up to this file (a server not upgraded yet); empty: all.
    QString migrationsUntil;
};

class SupabasePeer
{
public:
    SupabasePeer()
        : SupabasePeer(SupabasePeerOptions {})
    {
    }
    explicit SupabasePeer(const SupabasePeerOptions &options)
    {
        QStringList args { QStringLiteral("server.js") };
        for (const QString &name : options.functions)
            args << QStringLiteral("--function") << name;
        m_process.setWorkingDirectory(QStringLiteral(ARIA_SOURCE_DIR "/tests/peers/supabase"));
        QProcessEnvironment environment = options.environment;
        if (!options.migrationsUntil.isEmpty())
            environment.insert(QStringLiteral("ARIA_PEER_MIGRATIONS_UNTIL"), options.migrationsUntil);
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("node"), args);
    }
    ~SupabasePeer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    SupabasePeer(const SupabasePeer &) = delete;
    SupabasePeer &operator=(const SupabasePeer &) = delete;

    // Waits for the "ready" line; false when the peer failed to start.
    bool waitReady(int timeoutMs = 60000)
    {
        if (!QTest::qWaitFor(
                [this] {
                    readEvents();
                    return !m_url.isEmpty() || m_process.state() == QProcess::NotRunning;
                },
                timeoutMs))
            return false;
        return !m_url.isEmpty();
    }
    QString url() const { return m_url; }
    QString anonKey() const { return m_anonKey; }
    // Where Supabase serves a function: <project>/functions/v1/<name>.
    QString functionUrl(const QString &name) const { return m_url + QStringLiteral("/functions/v1/") + name; }
    // Every line the peer's functions wrote to stdout or stderr so far.
    QStringList functionOutput()
    {
        QStringList lines;
        for (const QJsonObject &e : events()) {
            if (e.value(QLatin1String("event")).toString() == u"function-log")
                lines << e.value(QLatin1String("line")).toString();
        }
        return lines;
    }

    // Sends a control command and waits for its "ok".
    bool command(const QString &line)
    {
        const int before = countOk(line);
        m_process.write((line + QLatin1Char('\n')).toUtf8());
        return QTest::qWaitFor(
            [&] {
                readEvents();
                return countOk(line) > before;
            },
            15000);
    }
    bool waitForEvent(const QString &name, int after, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(
            [&] {
                readEvents();
                return countEvents(name) > after;
            },
            timeoutMs);
    }
    int countEvents(const QString &name)
    {
        readEvents();
        int n = 0;
        for (const QJsonObject &e : std::as_const(m_events))
            n += e.value(QLatin1String("event")).toString() == name;
        return n;
    }
    // Requests seen so far whose method matches and whose path starts with prefix.
    int countRequests(const QString &method, const QString &prefix, int status = -1)
    {
        readEvents();
        int n = 0;
        for (const QJsonObject &e : std::as_const(m_events)) {
            n += e.value(QLatin1String("event")).toString() == u"request"
                && e.value(QLatin1String("method")).toString() == method
                && e.value(QLatin1String("path")).toString().startsWith(prefix)
                && (status < 0 || e.value(QLatin1String("status")).toInt() == status);
        }
        return n;
    }
    QList<QJsonObject> events()
    {
        readEvents();
        return m_events;
    }

    // A blocking HTTP call for test setup and checks (not the code under test).
    QJsonDocument http(const QByteArray &method, const QString &path, const QJsonDocument &body = {},
        const QString &bearer = QString(), int *status = nullptr)
    {
        QNetworkRequest request(QUrl(m_url + path));
        request.setRawHeader("apikey", m_anonKey.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + (bearer.isEmpty() ? m_anonKey : bearer).toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply
            = m_network.sendCustomRequest(request, method, body.isNull() ? QByteArray() : body.toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            reply->abort();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument out = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return out;
    }
    // Creates a user; returns the user id.
    QString signUp(const QString &email, const QString &password)
    {
        const QJsonObject o { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
        return http("POST", QStringLiteral("/auth/v1/signup"), QJsonDocument(o))
            .object()
            .value(QLatin1String("user"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    // A fresh access token for the user (a separate session).
    QString accessToken(const QString &email, const QString &password)
    {
        const QJsonObject o { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
        return http("POST", QStringLiteral("/auth/v1/token?grant_type=password"), QJsonDocument(o))
            .object()
            .value(QLatin1String("access_token"))
            .toString();
    }
    // The user's rows as the server has them, by connection key ("gmail", "gmail-2").
    QHash<QString, QJsonObject> rows(const QString &token)
    {
        QHash<QString, QJsonObject> out;
        const QJsonArray a
            = http("GET", QStringLiteral("/rest/v1/user_integrations?select=*"), {}, token).array();
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();  // a server not upgraded yet has no connection_key
            out.insert(o.value(QLatin1String("connection_key")).toString(o.value(QLatin1String("integration_type")).toString()), o);
        }
        return out;
    }

    // Runs one SQL statement on the peer's database as its owner (postgres), the way the
    // dashboard's SQL editor would; returns psql's output lines, or nothing on failure.
    std::optional<QStringList> sqlAsOwner(const QString &statement)
    {
        QJsonObject ready;
        for (const QJsonObject &e : events()) {
            if (e.value(QLatin1String("event")).toString() == u"ready")
                ready = e;
        }
        QProcess psql;
        psql.start(QStringLiteral("psql"),
            { QStringLiteral("-h"), ready.value(QLatin1String("pgSocketDir")).toString(), QStringLiteral("-p"),
                QString::number(ready.value(QLatin1String("pgPort")).toInt()), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAtc"), statement });
        if (!psql.waitForFinished(20000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
            qWarning("psql: %s", psql.readAllStandardError().constData());
            return std::nullopt;
        }
        return QString::fromUtf8(psql.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    int countOk(const QString &line)
    {
        int n = 0;
        for (const QJsonObject &e : std::as_const(m_events))
            n += e.value(QLatin1String("event")).toString() == u"ok"
                && e.value(QLatin1String("command")).toString() == line;
        return n;
    }
    void readEvents()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QJsonObject e = QJsonDocument::fromJson(m_buffer.left(nl)).object();
            m_buffer.remove(0, nl + 1);
            if (e.value(QLatin1String("event")).toString() == u"ready") {
                m_url = e.value(QLatin1String("url")).toString();
                m_anonKey = e.value(QLatin1String("anonKey")).toString();
            }
            m_events.append(e);
        }
    }

    QProcess m_process;
    QNetworkAccessManager m_network;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
    QString m_url;
    QString m_anonKey;
};
