// The pure parts of the Composio client (error envelopes, account parsing, backoff,
// Retry-After), the error kinds both Composio clients share, and the browser launcher's
// order of precedence.
#include "testhome.h"

#include "composio/composiobrokerclient.h"
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
    void bothClientsShareErrorKinds_data();
    void bothClientsShareErrorKinds();
    void idsAreOnePathSegment();
    void unauthorizedSaysHowToFix();
    void parseAccountReadsDocumentedFields();
    void parseAccountNeverReadsState();
    void parseLink_data();
    void parseLink();
    void parseAccountPageFollowsCursor();
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
    QTest::newRow("cut after the status line") << int(QNetworkReply::RemoteHostClosedError) << 200
                                               << QByteArray(R"({"id":"ca_1","sta)") << int(ComposioError::Offline)
                                               << QStringLiteral("cannot be reached");
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

void TestComposioClient::bothClientsShareErrorKinds_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    using E = ComposioError;
    const auto row = [](const char *name, QNetworkReply::NetworkError network, int status, E::Kind kind) {
        QTest::newRow(name) << int(network) << status << int(kind);
    };
    row("200", QNetworkReply::NoError, 200, E::None);
    row("204", QNetworkReply::NoError, 204, E::None);
    row("400", QNetworkReply::ProtocolInvalidOperationError, 400, E::BadRequest);
    row("401", QNetworkReply::AuthenticationRequiredError, 401, E::Unauthorized);
    row("403", QNetworkReply::ContentAccessDenied, 403, E::Unauthorized);
    row("404", QNetworkReply::ContentNotFoundError, 404, E::NotFound);
    row("405", QNetworkReply::ContentOperationNotPermittedError, 405, E::BadRequest);
    row("409", QNetworkReply::ContentConflictError, 409, E::Conflict);
    row("410", QNetworkReply::ContentGoneError, 410, E::BadRequest);
    row("422", QNetworkReply::UnknownContentError, 422, E::BadRequest);
    row("429", QNetworkReply::UnknownContentError, 429, E::RateLimited);
    row("499", QNetworkReply::UnknownContentError, 499, E::BadRequest);
    row("500", QNetworkReply::InternalServerError, 500, E::Server);
    row("503", QNetworkReply::ServiceUnavailableError, 503, E::Server);
    row("599", QNetworkReply::UnknownServerError, 599, E::Server);
    row("refused", QNetworkReply::ConnectionRefusedError, 0, E::Offline);
    row("host not found", QNetworkReply::HostNotFoundError, 0, E::Offline);
    row("socket timeout", QNetworkReply::TimeoutError, 0, E::Timeout);
    row("transfer timeout", QNetworkReply::OperationCanceledError, 0, E::Timeout);
    row("cut after a 200", QNetworkReply::RemoteHostClosedError, 200, E::Offline);
    row("cut after a 404", QNetworkReply::RemoteHostClosedError, 404, E::Offline);
}

void TestComposioClient::bothClientsShareErrorKinds()
{
    QFETCH(int, network);
    QFETCH(int, status);
    QFETCH(int, kind);
    const auto error = QNetworkReply::NetworkError(network);
    const QByteArray body = R"({"error":{"message":"as the server put it"}})";
    QCOMPARE(int(ComposioError::kindOf(error, status)), kind);
    // Each client words it its own way, on the same kind.
    const ComposioError key = ComposioClient::classify(error, status, body, QStringLiteral("refused"));
    const ComposioError cloud = ComposioBrokerClient::classify(error, status, body, QStringLiteral("refused"));
    QCOMPARE(int(key.kind), kind);
    QCOMPARE(int(cloud.kind), kind);
    QCOMPARE(key.message.isEmpty(), kind == ComposioError::None);
    QCOMPARE(cloud.message.isEmpty(), kind == ComposioError::None);
    if (kind != ComposioError::None) {
        QVERIFY2(key.message.startsWith(QLatin1String("Composio")), qPrintable(key.message));
        QVERIFY2(cloud.message.startsWith(QLatin1String("ARIA's server")) || cloud.message.startsWith(QLatin1String("Too many")),
            qPrintable(cloud.message));
    }
}

void TestComposioClient::idsAreOnePathSegment()
{
    QCOMPARE(ComposioClient::encodedId(QStringLiteral("ca_1")), QStringLiteral("ca_1"));
    QCOMPARE(ComposioClient::encodedId(QStringLiteral("../auth_configs?x=1#y")),
        QStringLiteral("..%2Fauth_configs%3Fx%3D1%23y"));
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

void TestComposioClient::parseLink_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("usable");
    QTest::newRow("link") << QByteArray(R"({"link_token": "lt_1", "redirect_url": "https://connect.example/link/lt_1",
        "expires_at": "2026-11-30T10:15:00.000Z", "connected_account_id": "ca_1"})") << true;
    QTest::newRow("no account id") << QByteArray(R"({"redirect_url": "https://connect.example/l"})") << false;
    QTest::newRow("javascript url") << QByteArray(R"j({"redirect_url": "javascript:alert(1)", "connected_account_id": "ca_1"})j")
                                    << false;
    QTest::newRow("garbage") << QByteArray("<html>") << false;
}

void TestComposioClient::parseLink()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, usable);
    bool gotUsable = !usable;
    const ComposioLink link = ComposioClient::parseLink(QJsonDocument::fromJson(body).object(), &gotUsable);
    QCOMPARE(gotUsable, usable);
    if (usable) {
        QCOMPARE(link.connectedAccountId, QStringLiteral("ca_1"));
        QCOMPARE(link.linkToken, QStringLiteral("lt_1"));
        QCOMPARE(link.expiresAt, QDateTime(QDate(2026, 11, 30), QTime(10, 15), Qt::UTC));
    }
}

void TestComposioClient::parseAccountPageFollowsCursor()
{
    QString next;
    const QList<ComposioAccount> page = ComposioClient::parseAccountPage(
        QJsonDocument::fromJson(R"({"items": [{"id": "ca_1"}, {"id": "ca_2"}], "next_cursor": "2"})").object(), &next);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(1).id, QStringLiteral("ca_2"));
    QCOMPARE(next, QStringLiteral("2"));
    ComposioClient::parseAccountPage(QJsonDocument::fromJson(R"({"items": [], "next_cursor": null})").object(), &next);
    QVERIFY(next.isEmpty());
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
    // Found by fuzz_composio: a date 30+ days ahead overflowed int into a negative delay.
    QTest::newRow("date a year ahead") << QByteArray("Tue, 30 Nov 2027 10:00:00 GMT") << 86400000;
    QTest::newRow("nan") << QByteArray("nan") << -1;
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
    // Node runs it on every platform (under Wine: through tests/wine/node-bridge.mjs).
    const QString script = home.path() + QStringLiteral("/browser.cjs");
    QFile scriptFile(script);
    QVERIFY(scriptFile.open(QIODevice::WriteOnly));
    scriptFile.write("require('fs').writeFileSync(process.argv[2] + '.txt', process.argv[2] + '|' + process.argv[3]);\n");
    scriptFile.close();
    qputenv("ARIA_BROWSER",
        QStringLiteral("node \"%1\" \"%2\"").arg(script, home.path() + QStringLiteral("/opened")).toUtf8());
    BrowserLauncher launcher;
    bool opened = false;
    launcher.setOpener([&opened](const QUrl &) { return opened = true; });
    const QUrl url(QStringLiteral("http://127.0.0.1:9/link/lt_1?a=b&c=%20d"));
    QVERIFY(launcher.open(url));
    QVERIFY(QTest::qWaitFor([&out] { return QFileInfo(out).size() > 0; }, 5000));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // The first argument as node saw it (under Wine, the same folder as a Linux path), then the URL.
    const QStringList parts = QString::fromUtf8(f.readAll()).split(QLatin1Char('|'));
    QCOMPARE(parts.size(), 2);
    QVERIFY2(parts.at(0).endsWith(QLatin1String("/opened")), qPrintable(parts.at(0)));
    QCOMPARE(parts.at(1), url.toString(QUrl::FullyEncoded));
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
