// ComposioBrokerClient (cloud mode) against a scripted network: what it sends to ARIA's
// Composio function, and how it takes the faults no local peer produces (expired tokens,
// rate limits, outages, garbage, redirects). The real function is exercised in
// tests/integration.
#include "fakenetwork.h"

#include "composio/composiobrokerclient.h"
#include "domain/integration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace aria;
using aria::test::FakeAnswer;
using aria::test::FakeNetwork;
using aria::test::SeenRequest;

Q_DECLARE_METATYPE(aria::test::FakeAnswer)

namespace {

FakeAnswer json(int status, const QJsonObject &o, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    return { status, QJsonDocument(o).toJson(QJsonDocument::Compact), std::move(headers), QNetworkReply::NoError };
}

FakeAnswer brokerError(int status, const QString &code, const QString &message)
{
    return json(status,
        QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } });
}

QJsonObject account(const QString &id, const QString &status)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("status"), status },
        { QStringLiteral("user_id"), QStringLiteral("user-1") },
        { QStringLiteral("toolkit"), QJsonObject { { QStringLiteral("slug"), QStringLiteral("gmail") } } },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("email"), QStringLiteral("a@example.com") } } } };
}

IntegrationSpec gmail()
{
    for (const IntegrationSpec &s : builtInIntegrations()) {
        if (s.id == u"gmail")
            return s;
    }
    return {};
}

} // namespace

class TestComposioBroker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void linkSendsNoUserIdAndTheBearer();
    void expiredTokenIsRenewedOnce();
    void refusedTwiceIsUnauthorized();
    void signedOutSendsNothing();
    void bearerOnlyOverHttpsOrLoopback_data();
    void bearerOnlyOverHttpsOrLoopback();
    void faults_data();
    void faults();
    void listReadsItems();
    void removeIsOneDelete();

private:
    // A client over `network` whose token source hands out token-1, then token-2 after a renewal.
    std::unique_ptr<ComposioBrokerClient> client(FakeNetwork *network);
    int m_renewals = 0;
    bool m_signedIn = true;
};

void TestComposioBroker::init()
{
    m_renewals = 0;
    m_signedIn = true;
}

std::unique_ptr<ComposioBrokerClient> TestComposioBroker::client(FakeNetwork *network)
{
    auto c = std::make_unique<ComposioBrokerClient>(network);
    c->setUrl(QUrl(QStringLiteral("https://project.example/functions/v1/composio")));
    c->setAnonKey(QStringLiteral("anon-key"));
    c->setRetryPolicy({ 3, 1, 2, 1000 });
    c->setTokenSource([this](QObject *, bool renew, ComposioBrokerClient::TokenReady ready) {
        if (!m_signedIn)
            return ready(QString(), false, QString());
        if (renew)
            ++m_renewals;
        ready(QStringLiteral("token-%1").arg(m_renewals + 1), true, QString());
    });
    return c;
}

void TestComposioBroker::linkSendsNoUserIdAndTheBearer()
{
    FakeNetwork network([](const SeenRequest &) {
        return json(200,
            { { QStringLiteral("connected_account_id"), QStringLiteral("ca_1") },
                { QStringLiteral("redirect_url"), QStringLiteral("https://connect.example/link/1") } });
    });
    auto broker = client(&network);
    std::optional<std::pair<ComposioError, ComposioLink>> result;
    broker->createLink(gmail(), QStringLiteral("someone-else"), QUrl(QStringLiteral("http://127.0.0.1:4567/cb?n=x")),
        this, [&result](const ComposioError &e, const ComposioLink &l) { result = { e, l }; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QVERIFY2(result->first.ok(), qPrintable(result->first.message));
    QCOMPARE(result->second.connectedAccountId, QStringLiteral("ca_1"));
    QCOMPARE(result->second.redirectUrl, QUrl(QStringLiteral("https://connect.example/link/1")));

    QCOMPARE(network.seen.size(), 1);
    const SeenRequest &sent = network.seen.first();
    QCOMPARE(sent.verb, QByteArray("POST"));
    QCOMPARE(sent.request.url(), QUrl(QStringLiteral("https://project.example/functions/v1/composio/link")));
    QCOMPARE(sent.request.rawHeader("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(sent.request.rawHeader("apikey"), QByteArray("anon-key"));
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
        int(QNetworkRequest::ManualRedirectPolicy));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QLatin1String("integration")).toString(), QStringLiteral("gmail"));
    QCOMPARE(body.value(QLatin1String("callback_url")).toString(), QStringLiteral("http://127.0.0.1:4567/cb?n=x"));
    QVERIFY(!body.contains(QLatin1String("user_id"))); // the function decides who the caller is
}

void TestComposioBroker::expiredTokenIsRenewedOnce()
{
    FakeNetwork network([](const SeenRequest &s) {
        if (s.request.rawHeader("Authorization") == "Bearer token-1")
            return brokerError(401, QStringLiteral("unauthorized"), QStringLiteral("JWT expired"));
        return json(200, account(QStringLiteral("ca_1"), QStringLiteral("ACTIVE")));
    });
    auto broker = client(&network);
    std::optional<std::pair<ComposioError, ComposioAccount>> result;
    broker->getAccount(QStringLiteral("ca_1"), this,
        [&result](const ComposioError &e, const ComposioAccount &a) { result = { e, a }; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QVERIFY2(result->first.ok(), qPrintable(result->first.message));
    QCOMPARE(result->second.status, QStringLiteral("ACTIVE"));
    QCOMPARE(result->second.displayName, QStringLiteral("a@example.com"));
    QCOMPARE(m_renewals, 1);
    QCOMPARE(network.seen.size(), 2);
    QCOMPARE(network.seen.last().request.rawHeader("Authorization"), QByteArray("Bearer token-2"));
}

void TestComposioBroker::refusedTwiceIsUnauthorized()
{
    FakeNetwork network(
        [](const SeenRequest &) { return brokerError(401, QStringLiteral("unauthorized"), QStringLiteral("bad jwt")); });
    auto broker = client(&network);
    std::optional<ComposioError> result;
    broker->removeAccount(QStringLiteral("ca_1"), this, [&result](const ComposioError &e) { result = e; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QCOMPARE(result->kind, ComposioError::Unauthorized);
    QVERIFY2(result->message.contains(QLatin1String("bad jwt")), qPrintable(result->message));
    QCOMPARE(m_renewals, 1); // no loop of refreshes
    QCOMPARE(network.seen.size(), 2);
}

void TestComposioBroker::signedOutSendsNothing()
{
    FakeNetwork network([](const SeenRequest &) { return json(200, {}); });
    auto broker = client(&network);
    m_signedIn = false;
    std::optional<ComposioError> result;
    broker->listAccounts(QString(), this,
        [&result](const ComposioError &e, const QList<ComposioAccount> &) { result = e; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QCOMPARE(result->kind, ComposioError::NotSignedIn);
    QVERIFY(network.seen.isEmpty());
}

void TestComposioBroker::bearerOnlyOverHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sent");
    QTest::newRow("https") << QStringLiteral("https://x.example/functions/v1/composio") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:54321/functions/v1/composio") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:54321/functions/v1/composio") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:54321/functions/v1/composio") << true;
    QTest::newRow("http remote") << QStringLiteral("http://x.example/functions/v1/composio") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.x.example/functions/v1/composio") << false;
    QTest::newRow("no url") << QString() << false;
}

void TestComposioBroker::bearerOnlyOverHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, sent);
    FakeNetwork network([](const SeenRequest &) {
        return json(200, { { QStringLiteral("items"), QJsonArray {} } });
    });
    auto broker = client(&network);
    broker->setUrl(QUrl(url));
    std::optional<ComposioError> result;
    broker->listAccounts(QString(), this,
        [&result](const ComposioError &e, const QList<ComposioAccount> &) { result = e; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QCOMPARE(result->ok(), sent);
    QCOMPARE(network.seen.size(), sent ? 1 : 0);
}

void TestComposioBroker::faults_data()
{
    QTest::addColumn<FakeAnswer>("answer");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("says");
    QTest::newRow("composio outage passed on")
        << brokerError(502, QStringLiteral("composio_error"), QStringLiteral("Composio is unavailable"))
        << QByteArray("GET") << int(ComposioError::Server) << 3 << QStringLiteral("Composio is unavailable");
    QTest::newRow("rate limit that does not end")
        << brokerError(429, QStringLiteral("rate_limited"), QStringLiteral("slow down"))
        << QByteArray("POST") << int(ComposioError::RateLimited) << 3 << QStringLiteral("Too many requests");
    QTest::newRow("rate limit longer than allowed")
        << json(429, {}, { { "Retry-After", "3600" } }) << QByteArray("GET") << int(ComposioError::RateLimited) << 1
        << QStringLiteral("Too many requests");
    QTest::newRow("another user's account") << brokerError(404, QStringLiteral("not_found"), QStringLiteral("No such account."))
                                            << QByteArray("GET") << int(ComposioError::NotFound) << 1
                                            << QStringLiteral("No such account.");
    QTest::newRow("not loopback callback")
        << brokerError(400, QStringLiteral("bad_callback"), QStringLiteral("callback_url must be loopback"))
        << QByteArray("POST") << int(ComposioError::BadRequest) << 1 << QStringLiteral("must be loopback");
    QTest::newRow("garbage") << FakeAnswer { 200, "<html>proxy</html>", {}, QNetworkReply::NoError } << QByteArray("GET")
                             << int(ComposioError::InvalidResponse) << 1 << QStringLiteral("could not be read");
    QTest::newRow("redirect not followed")
        << FakeAnswer { 302, QByteArray(), { { "Location", "https://elsewhere.example/" } }, QNetworkReply::NoError }
        << QByteArray("GET") << int(ComposioError::InvalidResponse) << 1 << QStringLiteral("HTTP 302");
    QTest::newRow("offline GET retried") << FakeAnswer { 0, {}, {}, QNetworkReply::ConnectionRefusedError }
                                         << QByteArray("GET") << int(ComposioError::Offline) << 3
                                         << QStringLiteral("cannot be reached");
}

void TestComposioBroker::faults()
{
    QFETCH(FakeAnswer, answer);
    QFETCH(QByteArray, verb);
    QFETCH(int, kind);
    QFETCH(int, requests);
    QFETCH(QString, says);
    FakeNetwork network([answer](const SeenRequest &) { return answer; });
    auto broker = client(&network);
    std::optional<ComposioError> result;
    if (verb == "POST") {
        broker->createLink(gmail(), QString(), QUrl(QStringLiteral("http://127.0.0.1:1/cb")), this,
            [&result](const ComposioError &e, const ComposioLink &) { result = e; });
    } else {
        broker->getAccount(QStringLiteral("ca_1"), this,
            [&result](const ComposioError &e, const ComposioAccount &) { result = e; });
    }
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 10000));
    QCOMPARE(int(result->kind), kind);
    QVERIFY2(result->message.contains(says), qPrintable(result->message));
    QCOMPARE(network.seen.size(), requests);
}

void TestComposioBroker::listReadsItems()
{
    FakeNetwork network([](const SeenRequest &) {
        return json(200,
            { { QStringLiteral("items"),
                  QJsonArray { account(QStringLiteral("ca_1"), QStringLiteral("ACTIVE")),
                      account(QStringLiteral("ca_2"), QStringLiteral("EXPIRED")) } },
                { QStringLiteral("next_cursor"), QJsonValue() } });
    });
    auto broker = client(&network);
    std::optional<QList<ComposioAccount>> result;
    broker->listAccounts(QStringLiteral("ignored"), this,
        [&result](const ComposioError &e, const QList<ComposioAccount> &list) {
            QVERIFY(e.ok());
            result = list;
        });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(1).status, QStringLiteral("EXPIRED"));
    QCOMPARE(network.seen.first().request.url().path(), QStringLiteral("/functions/v1/composio/accounts"));
    QVERIFY(!network.seen.first().request.url().hasQuery()); // no user id: the caller is the token's
}

void TestComposioBroker::removeIsOneDelete()
{
    FakeNetwork network([](const SeenRequest &) {
        return json(200, { { QStringLiteral("id"), QStringLiteral("ca/1") }, { QStringLiteral("deleted"), true } });
    });
    auto broker = client(&network);
    std::optional<ComposioError> result;
    broker->removeAccount(QStringLiteral("ca/1"), this, [&result](const ComposioError &e) { result = e; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }));
    QVERIFY(result->ok());
    QCOMPARE(network.seen.size(), 1);
    QCOMPARE(network.seen.first().verb, QByteArray("DELETE"));
    QCOMPARE(network.seen.first().request.url().toString(QUrl::FullyEncoded),
        QStringLiteral("https://project.example/functions/v1/composio/accounts/ca%2F1"));
}


QTEST_GUILESS_MAIN(TestComposioBroker)
#include "tst_composiobroker.moc"
