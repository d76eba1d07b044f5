// The sandbox marker of `make demo`: which values of ARIA_SANDBOX turn it on, and the title.
#include "common/sandbox.h"

#include <QtTest>

class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsTheEnvironmentVariable_data();
    void detectsTheEnvironmentVariable();
    void unsetMeansNoSandbox();
    void titleCarriesTheMarker();
};

void TestSandbox::detectsTheEnvironmentVariable_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("sandbox");
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("YES") << QByteArray("YES") << true;
    QTest::newRow("on, padded") << QByteArray(" on ") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("other") << QByteArray("sandbox") << false;
}

void TestSandbox::detectsTheEnvironmentVariable()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, sandbox);
    qputenv("ARIA_SANDBOX", value);
    QCOMPARE(aria::isSandbox(), sandbox);
    qunsetenv("ARIA_SANDBOX");
}

void TestSandbox::unsetMeansNoSandbox()
{
    qunsetenv("ARIA_SANDBOX");
    QVERIFY(!aria::isSandbox());
}

void TestSandbox::titleCarriesTheMarker()
{
    QCOMPARE(aria::sandboxWindowTitle(QStringLiteral("ARIA Integrations")),
        QString::fromUtf8("ARIA Integrations — Sandbox"));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
