// The started app writes no core dump when it crashes (a dump would hold the tokens in its
// memory), unless ARIA_ALLOW_CORE_DUMPS=1 asks for one. The app runs with the core size limit
// raised in a folder of its own; with the kernel's plain "core" pattern a dump is a file there.
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

class TestProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void crash_data();
    void crash();
};

void TestProcessHardening::initTestCase()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer turns core dumps off by itself");
#endif
    QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
    QVERIFY(pattern.open(QIODevice::ReadOnly));
    const QByteArray value = pattern.readAll().trimmed();
    if (value.startsWith('|') || value.contains('/'))
        QSKIP(qPrintable(
            QStringLiteral("core dumps go elsewhere here (core_pattern %1)").arg(QString::fromUtf8(value))));
}

void TestProcessHardening::crash_data()
{
    QTest::addColumn<bool>("allow");
    QTest::addColumn<bool>("dumped");
    QTest::newRow("default: no dump") << false << false;
    QTest::newRow("ARIA_ALLOW_CORE_DUMPS=1: a dump") << true << true;
}

void TestProcessHardening::crash()
{
    QFETCH(bool, allow);
    QFETCH(bool, dumped);
    TestHome home;
    QTemporaryDir cwd;
    QVERIFY(cwd.isValid());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("aria.*.debug=true"));
    if (allow)
        env.insert(QStringLiteral("ARIA_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
    else
        env.remove(QStringLiteral("ARIA_ALLOW_CORE_DUMPS"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(cwd.path());
    app.setChildProcessModifier([] {
        const rlimit unlimited { RLIM_INFINITY, RLIM_INFINITY };
        ::setrlimit(RLIMIT_CORE, &unlimited);
    });
    QByteArray log;
    app.start(QStringLiteral(ARIA_APP_PATH), {});
    QVERIFY(app.waitForStarted(10000));
    QTRY_VERIFY2_WITH_TIMEOUT((log += app.readAllStandardError()).contains("single instance: listening on"),
        log.constData(), 30000);

    QCOMPARE(::kill(pid_t(app.processId()), SIGQUIT), 0); // the default action: dump core
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    const QStringList cores = QDir(cwd.path()).entryList({ QStringLiteral("core*") }, QDir::Files);
    QCOMPARE(!cores.isEmpty(), dumped);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
