// PKCE, state and the code re-encoding that works around Qt 6.4.2's double encoding.
#include "oauth/pkce.h"

#include <QSet>
#include <QtTest>

using namespace aria::oauth;

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636Vector();
    void verifiersAreFreshAndWellFormed();
    void statesAreFresh();
    void constantTimeCompare();
    void codeIsEncodedExactlyOnce_data();
    void codeIsEncodedExactlyOnce();
};

void TestPkce::rfc7636Vector()
{
    // RFC 7636, Appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifiersAreFreshAndWellFormed()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const Pkce p = Pkce::generate();
        QCOMPARE(p.verifier.size(), 43); // RFC 7636: 43..128 unreserved characters
        for (char c : p.verifier)
            QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
        QCOMPARE(p.challenge, Pkce::challengeFor(p.verifier));
        QVERIFY(!seen.contains(p.verifier));
        seen.insert(p.verifier);
    }
}

void TestPkce::statesAreFresh()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString s = randomState();
        QCOMPARE(s.size(), 32); // 192 bits
        QVERIFY(!seen.contains(s));
        seen.insert(s);
    }
}

void TestPkce::constantTimeCompare()
{
    QVERIFY(constantTimeEquals("abc", "abc"));
    QVERIFY(!constantTimeEquals("abc", "abd"));
    QVERIFY(!constantTimeEquals("abc", "abcd"));
    QVERIFY(!constantTimeEquals("", "a"));
}

void TestPkce::codeIsEncodedExactlyOnce_data()
{
    QTest::addColumn<QString>("flowValue");
    QTest::addColumn<QString>("expected");
    // Qt's own reply handler passes the code still encoded; the flow encodes it again.
    QTest::newRow("double-encoded") << QStringLiteral("4%252F0AbC%252Bd") << QStringLiteral("4%2F0AbC%2Bd");
    // A handler that decodes (ours) leaves one encoding from the flow.
    QTest::newRow("encoded-once") << QStringLiteral("4%2F0AbC%2Bd") << QStringLiteral("4%2F0AbC%2Bd");
    QTest::newRow("raw") << QStringLiteral("4/0AbC+d") << QStringLiteral("4%2F0AbC%2Bd");
    QTest::newRow("plain") << QStringLiteral("abc-DEF_123.~") << QStringLiteral("abc-DEF_123.~");
}

void TestPkce::codeIsEncodedExactlyOnce()
{
    QFETCH(QString, flowValue);
    QFETCH(QString, expected);
    QCOMPARE(codeForTokenRequest(flowValue), expected);
}

QTEST_MAIN(TestPkce)
#include "tst_pkce.moc"
