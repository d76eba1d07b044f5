// The pure parts of the Composio client (error envelopes, account parsing, backoff,
// Retry-After) and the browser launcher's order of precedence.
#include "testhome.h"

#include "composio/composioclient.h"
#include "connect/browserlauncher.h"

#include <QJsonDocument>
#include <QtTest>

using namespace aria;

class TestComposioClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void unauthorizedSaysHowToFix();
    void parseAccountReadsDocumentedFields();
    void parseAccountNeverReadsState();
    void backoffIsCappedWithJitter();
    void retryAfter_data();
    void retryAfter();
    void printerWinsOverEverything();
    void ariaBrowserRunsTheCommand();
    void openerIsTheFallback();
};

void TestComposioClient::classify_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("inMessage");

    const QByteArray envelope
        = R"({"error":{"message":"Auth config ac_x not found","code":404,"slug":"AuthConfig_NotFound","status":404,"request_id":"r-1","suggested_fix":"Create one first."}})";
    QTest::newRow("ok") << int(QNetworkReply::NoError) << 200 << QByteArray("{}") << int(ComposioError::None)
                        << QString();
    QTest::newRow("404 envelope") << int(QNetworkReply::ContentNotFoundError) << 404 << envelope
                                  << int(ComposioError::NotFound)
                                  << QStringLiteral("Auth config ac_x not found Create one first.");
    QTest::newRow("409") << int(QNetworkReply::ContentConflictError) << 409
                         << QByteArray(R"({"error":{"message":"not revokable"}})")
                         << int(ComposioError::Conflict) << QStringLiteral("not revokable");
    QTest::newRow("400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400
                         << QByteArray(R"({"error":{"message":"bad"}})") << int(ComposioError::BadRequest)
                         << QStringLiteral("bad");
    QTest::newRow("429 plain message") << int(QNetworkReply::UnknownContentError) << 429
                                       << QByteArray(R"({"message":"Rate limit exceeded"})")
                                       << int(ComposioError::RateLimited) << QStringLiteral("limiting");
    QTest::newRow("502 html") << int(QNetworkReply::UnknownServerError) << 502
                              << QByteArray("<html>Bad gateway</html>") << int(ComposioError::Server)
                              << QStringLiteral("HTTP 502");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << QByteArray()
                             << int(ComposioError::Offline) << QStringLiteral("cannot be reached");
    QTest::newRow("transfer timeout") << int(QNetworkReply::OperationCanceledError) << 0 << QByteArray()
                                      << int(ComposioError::Timeout) << QStringLiteral("in time");
}

void TestComposioClient::classify()
{
    QFETCH(int, network);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, inMessage);
    const ComposioError e = ComposioClient::classify(
        QNetworkReply::NetworkError(network), status, body, QStringLiteral("Connection refused"));
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(inMessage), qPrintable(e.message));
    QCOMPARE(e.httpStatus, status);
}

void TestComposioClient::unauthorizedSaysHowToFix()
{
    for (int status : { 401, 403 }) {
        const ComposioError e = ComposioClient::classify(QNetworkReply::AuthenticationRequiredError, status,
            R"({"error":{"message":"Invalid API key","request_id":"r-9"}})", {});
        QCOMPARE(e.kind, ComposioError::Unauthorized);
        QVERIFY(e.message.contains(QLatin1String("secret set composio-api-key")));
        QCOMPARE(e.requestId, QStringLiteral("r-9"));
    }
}

void TestComposioClient::parseAccountReadsDocumentedFields()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({
        "toolkit": {"slug": "gmail"}, "auth_config": {"id": "ac_1", "auth_scheme": "OAUTH2", "is_composio_managed": true},
        "id": "ca_1", "user_id": "u-1", "status": "expired", "status_reason": "refresh failed",
        "created_at": "2026-01-01T10:00:00.000Z", "updated_at": "2026-01-02T10:00:00.000Z",
        "data": {"email": "a@example.com"}, "params": {}, "is_disabled": false})")
                              .object();
    const ComposioAccount a = ComposioClient::parseAccount(o);
    QCOMPARE(a.id, QStringLiteral("ca_1"));
    QCOMPARE(a.status, QStringLiteral("EXPIRED"));
    QCOMPARE(a.statusReason, QStringLiteral("refresh failed"));
    QCOMPARE(a.userId, QStringLiteral("u-1"));
    QCOMPARE(a.toolkit, QStringLiteral("gmail"));
    QCOMPARE(a.authConfigId, QStringLiteral("ac_1"));
    QCOMPARE(a.displayName, QStringLiteral("a@example.com"));
    QCOMPARE(a.updatedAt, QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));

    QJsonObject withAlias = o;
    withAlias.insert(QStringLiteral("alias"), QStringLiteral("Work mail"));
    QCOMPARE(ComposioClient::parseAccount(withAlias).displayName, QStringLiteral("Work mail"));
}

void TestComposioClient::parseAccountNeverReadsState()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"id": "ca_2", "status": "ACTIVE",
        "state": {"authScheme": "OAUTH2", "val": {"access_token": "ya29.secret", "email": "leak@example.com"}}})")
                              .object();
    QVERIFY(ComposioClient::parseAccount(o).displayName.isEmpty());
}

void TestComposioClient::backoffIsCappedWithJitter()
{
    const ComposioClient::RetryPolicy policy { 6, 500, 8000, 60000 };
    QCOMPARE(ComposioClient::backoffDelayMs(1, policy, 0.0), 250);
    QCOMPARE(ComposioClient::backoffDelayMs(1, policy, 0.999999), 499);
    QCOMPARE(ComposioClient::backoffDelayMs(3, policy, 0.0), 1000);
    for (int retry = 5; retry < 30; ++retry) {
        QCOMPARE(ComposioClient::backoffDelayMs(retry, policy, 0.0), 4000);
        QVERIFY(ComposioClient::backoffDelayMs(retry, policy, 1.0) <= 8000);
    }
    // The jitter spreads clients apart: different draws, different delays.
    QVERIFY(ComposioClient::backoffDelayMs(2, policy, 0.1) < ComposioClient::backoffDelayMs(2, policy, 0.9));
}

void TestComposioClient::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");
    QTest::newRow("seconds") << QByteArray("3") << 3000;
    QTest::newRow("fraction") << QByteArray(" 0.5 ") << 500;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("junk") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-4") << -1;
    QTest::newRow("http date") << QByteArray("Mon, 30 Nov 2026 10:00:05 GMT") << 5000;
    QTest::newRow("date in the past") << QByteArray("Mon, 30 Nov 2026 09:00:00 GMT") << 0;
}

void TestComposioClient::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    QCOMPARE(ComposioClient::retryAfterMs(header, now), expected);
}

void TestComposioClient::printerWinsOverEverything()
{
    qputenv("ARIA_BROWSER", "/bin/false");
    BrowserLauncher launcher;
    QUrl printed;
    bool opened = false;
    launcher.setOpener([&opened](const QUrl &) { return opened = true; });
    launcher.setPrinter([&printed](const QUrl &url) { printed = url; });
    QVERIFY(launcher.open(QUrl(QStringLiteral("https://example.com/link?x=1"))));
    QCOMPARE(printed, QUrl(QStringLiteral("https://example.com/link?x=1")));
    QVERIFY(!opened);
    qunsetenv("ARIA_BROWSER");
}

void TestComposioClient::ariaBrowserRunsTheCommand()
{
    TestHome home;
    const QString out = home.path() + QStringLiteral("/opened.txt");
    // A browser command with an argument of its own; the URL arrives last, untouched by a shell.
    const QString script = home.path() + QStringLiteral("/browser.sh");
    QFile scriptFile(script);
    QVERIFY(scriptFile.open(QIODevice::WriteOnly));
    scriptFile.write("#!/bin/sh\nprintf '%s|%s' \"$1\" \"$2\" > \"$1.txt\"\n");
    scriptFile.close();
    QVERIFY(
        scriptFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("ARIA_BROWSER",
        QStringLiteral("\"%1\" %2").arg(script, home.path() + QStringLiteral("/opened")).toUtf8());
    BrowserLauncher launcher;
    bool opened = false;
    launcher.setOpener([&opened](const QUrl &) { return opened = true; });
    const QUrl url(QStringLiteral("http://127.0.0.1:9/link/lt_1?a=b&c=%20d"));
    QVERIFY(launcher.open(url));
    QVERIFY(QTest::qWaitFor([&out] { return QFileInfo(out).size() > 0; }, 5000));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
        home.path() + QStringLiteral("/opened|") + url.toString(QUrl::FullyEncoded));
    QVERIFY(!opened);

    qputenv("ARIA_BROWSER", "/nonexistent/browser");
    QString error;
    QVERIFY(!launcher.open(url, &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/browser")));
    qunsetenv("ARIA_BROWSER");
}

void TestComposioClient::openerIsTheFallback()
{
    qunsetenv("ARIA_BROWSER");
    BrowserLauncher launcher;
    QString error;
    QVERIFY(!launcher.open(QUrl(QStringLiteral("https://example.com/a")), &error));
    QVERIFY(error.contains(QLatin1String("https://example.com/a"))); // the user can open it by hand
    QUrl seen;
    launcher.setOpener([&seen](const QUrl &url) {
        seen = url;
        return true;
    });
    QVERIFY(launcher.open(QUrl(QStringLiteral("https://example.com/b"))));
    QCOMPARE(seen, QUrl(QStringLiteral("https://example.com/b")));
}

QTEST_GUILESS_MAIN(TestComposioClient)
#include "tst_composioclient.moc"
