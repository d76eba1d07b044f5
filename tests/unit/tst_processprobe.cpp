// Whether a pid still runs: core's ProcessProbe and the platform layer's answer (POSIX kill 0,
// Windows OpenProcess + GetExitCodeProcess), with a real child process. Runs under Wine too.
#include "common/processprobe.h"
#include "platform/process.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QtTest>

class TestProcessProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAProbeEveryPidRuns();
    void thisProcessRuns();
    void aChildRunsUntilItEnds();
};

void TestProcessProbe::withoutAProbeEveryPidRuns()
{
    aria::setProcessProbe(nullptr);
    QVERIFY(aria::processRuns(QCoreApplication::applicationPid()));
    QVERIFY(aria::processRuns(999999)); // unknown: left alone
    QVERIFY(!aria::processRuns(0));
    QVERIFY(!aria::processRuns(-1));
}

void TestProcessProbe::thisProcessRuns()
{
    aria::setProcessProbe(&aria::platform::processRuns);
    QVERIFY(aria::processRuns(QCoreApplication::applicationPid()));
    QVERIFY(!aria::processRuns(0));
}

void TestProcessProbe::aChildRunsUntilItEnds()
{
    aria::setProcessProbe(&aria::platform::processRuns);
    QProcess child; // this test again, waiting for the end of its stdin (main below)
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--wait-for-stdin") });
    QVERIFY(child.waitForStarted());
    const qint64 pid = child.processId();
    QVERIFY(aria::processRuns(pid));
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(!aria::processRuns(pid));
}

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], "--wait-for-stdin") == 0) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 1;
        in.readAll(); // until the parent closes it
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestProcessProbe test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processprobe.moc"
