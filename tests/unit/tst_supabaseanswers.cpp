// The pure parts of reading Supabase's answers: a GoTrue session (AuthClient::parseSession) and
// a PostgREST answer (RestClient::interpret). Rows marked "fuzz_gotrue" were found by it. And the
// project URL rule, which decides before anything is sent.
#include "secrets/secretstore.h"
#include "supabase/authclient.h"
#include "supabase/restclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace aria::supabase;

class TestSupabaseAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionExpiry_data();
    void sessionExpiry();
    void sessionFields();
    void restKind_data();
    void restKind();
    void plainHttpProjectSendsNothing();
};

namespace {
const QDateTime kNow(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
}

void TestSupabaseAnswers::sessionExpiry_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("expires_at") << QByteArray(R"({"expires_at": 1796036400, "expires_in": 60})")
                                << QDateTime::fromSecsSinceEpoch(1796036400, Qt::UTC);
    QTest::newRow("expires_in only") << QByteArray(R"({"expires_in": 60})") << kNow.addSecs(60);
    QTest::newRow("neither") << QByteArray("{}") << kNow.addSecs(3600);
    // fuzz_gotrue: beyond QDateTime's range the expiry was invalid (refresh every second).
    QTest::newRow("expires_at out of range") << QByteArray(R"({"expires_at": 8900000000000000000})")
                                             << kNow.addSecs(3600);
}

void TestSupabaseAnswers::sessionExpiry()
{
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, expected);
    const AuthClient::Session s = AuthClient::parseSession(QJsonDocument::fromJson(body).object(), kNow);
    QVERIFY(s.expiresAt.isValid());
    QCOMPARE(s.expiresAt, expected);
}

void TestSupabaseAnswers::sessionFields()
{
    const AuthClient::Session s = AuthClient::parseSession(QJsonDocument::fromJson(R"({"access_token": "a.b.c",
        "token_type": "bearer", "expires_in": 3600, "refresh_token": "rt-1",
        "user": {"id": "6f1c0c6e-8d3a-4c1e-9a55-2f0f3c6b1d22", "email": "ada@example.com"}})")
                                                               .object(),
        kNow);
    QCOMPARE(s.accessToken, QStringLiteral("a.b.c"));
    QCOMPARE(s.refreshToken, QStringLiteral("rt-1"));
    QCOMPARE(s.userId, QStringLiteral("6f1c0c6e-8d3a-4c1e-9a55-2f0f3c6b1d22"));
    QCOMPARE(s.email, QStringLiteral("ada@example.com"));
    QCOMPARE(AuthClient::errorMessage(QJsonDocument::fromJson(
                 R"({"code": 400, "error_code": "invalid_credentials", "msg": "Invalid login credentials"})")
                                          .object()),
        QStringLiteral("Invalid login credentials"));
}

void TestSupabaseAnswers::restKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    using Kind = RestClient::Response::Kind;
    const QByteArray rls = R"({"code":"42501","details":null,"hint":null,"message":"new row violates row-level security policy"})";
    QTest::newRow("rows") << 200 << QByteArray("[]") << int(Kind::Ok);
    QTest::newRow("unreadable 201") << 201 << QByteArray("[{\"id\": tru") << int(Kind::Transient);
    QTest::newRow("offline") << 0 << QByteArray() << int(Kind::Transient);
    QTest::newRow("503") << 503 << QByteArray("upstream") << int(Kind::Transient);
    QTest::newRow("429") << 429 << QByteArray() << int(Kind::Transient);
    QTest::newRow("401 after refresh") << 401 << QByteArray(R"({"code":"PGRST303","message":"JWT expired"})")
                                       << int(Kind::Auth);
    QTest::newRow("403") << 403 << rls << int(Kind::Denied);
    QTest::newRow("42501 as 400") << 400 << rls << int(Kind::Denied);
    QTest::newRow("409") << 409 << QByteArray(R"({"code":"23505","message":"duplicate key"})") << int(Kind::Rejected);
}

void TestSupabaseAnswers::restKind()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    using Kind = RestClient::Response::Kind;
    const RestClient::Response r = RestClient::interpret(status, body, QStringLiteral("refused"));
    QCOMPARE(int(r.kind), kind);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.message.isEmpty(), kind == int(Kind::Ok));
    if (status >= 300 && status < 500 && status != 429)
        QVERIFY(r.message.contains(QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString()));
}

void TestSupabaseAnswers::plainHttpProjectSendsNothing()
{
    // A settings file edited by hand bypasses `config set`: the password, and a session signed in
    // earlier, must still not go out in clear text.
    QNetworkAccessManager nam;
    QSignalSpy sent(&nam, &QNetworkAccessManager::finished);
    aria::MemorySecretStore secrets;
    AuthClient auth(&nam, &secrets);
    auth.setProject(QUrl(QStringLiteral("http://supabase.example.test")), QStringLiteral("anon"));
    QVERIFY(!auth.isConfigured());
    QVERIFY2(auth.projectProblem().contains(QLatin1String("Plain http is allowed only on this computer")),
        qPrintable(auth.projectProblem()));
    QSignalSpy signedIn(&auth, &AuthClient::signInFinished);
    auth.signIn(QStringLiteral("a@example.test"), QStringLiteral("pw"));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(!signedIn.first().at(0).toBool());
    QCOMPARE(signedIn.first().at(1).toString(), auth.projectProblem());
    std::optional<QString> error;
    auth.accessToken(this, [&error](const QString &token, const QString &e) {
        QVERIFY(token.isEmpty());
        error = e;
    });
    QCOMPARE(error.value_or(QString()), auth.projectProblem());
    QTest::qWait(50);
    QCOMPARE(sent.size(), 0);

    auth.setProject(QUrl(QStringLiteral("http://127.0.0.1:54321")), QStringLiteral("anon"));
    QVERIFY(auth.isConfigured());
    auth.setProject(QUrl(QStringLiteral("https://p.supabase.co")), QStringLiteral("anon"));
    QVERIFY(auth.isConfigured());
}

QTEST_GUILESS_MAIN(TestSupabaseAnswers)
#include "tst_supabaseanswers.moc"
