// Two real aria-integrations processes on one profile: the second launch (and `open`) hands
// over to the first and exits 0; a socket left by a killed instance does not block the next
// start; a commit made by another process is noticed by the running window. In-process: a
// launch claiming the name while another is between bind() and listen() does not take it.
#include "singleinstance.h"
#include "turnlock.h"
#include "store/connectionstore.h"
#include "testhome.h"

#include <QDir>
#include <QRegularExpression>
#include <QLocalSocket>
#include <QProcess>
#include <QtTest>

#include <future>
#include <thread>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using aria::app::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secondLaunchActivatesTheFirst();
    void staleSocketAfterCrashIsReplaced();
    void simultaneousLaunchesLeaveOne();
    void externalCommitIsNoticed();
    void openWithoutDisplayFailsCleanly();
    void nameBeingClaimedIsNotTakenForStale();
    void lockOfAKilledLaunchDoesNotBlock();
    void slowInstanceIsWaitedFor();
    void frozenInstanceGetsNoSecondWindow();

private:
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("aria.*.debug=true"));
        return e;
    }
    // Starts the first instance and waits until it listens.
    void startPrimary();
    // Starts the primary, stops it (SIGSTOP: it holds the name but cannot answer) and
    // starts a second launch.
    void launchBesideStoppedPrimary(QProcess &second, pid_t *primaryPid);
    // Runs a short-lived invocation to its end; returns its exit code (-1 on timeout).
    int runToEnd(const QStringList &args, QString *err = nullptr);
    // Everything the primary wrote to stderr so far.
    QString primaryLog()
    {
        m_log += QString::fromUtf8(m_primary->readAllStandardError());
        return m_log;
    }

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QProcess> m_primary;
    QString m_log;
};

void TestSingleInstance::init()
{
    m_home = std::make_unique<TestHome>();
    m_log.clear();
}

void TestSingleInstance::cleanup()
{
    if (m_primary && m_primary->state() != QProcess::NotRunning) {
        m_primary->kill();
        m_primary->waitForFinished(5000);
    }
    m_primary.reset();
    m_home.reset();
}

void TestSingleInstance::startPrimary()
{
    m_primary = std::make_unique<QProcess>();
    m_primary->setProcessEnvironment(env());
    m_primary->start(QStringLiteral(ARIA_APP_PATH), {});
    QVERIFY(m_primary->waitForStarted(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(primaryLog().contains(QLatin1String("single instance: listening on")),
                              qPrintable(m_log), 20000);
}

void TestSingleInstance::launchBesideStoppedPrimary(QProcess &second, pid_t *primaryPid)
{
    startPrimary();
    *primaryPid = pid_t(m_primary->processId());
    QCOMPARE(::kill(*primaryPid, SIGSTOP), 0);
    second.setProcessEnvironment(env());
    second.start(QStringLiteral(ARIA_APP_PATH), {});
    QVERIFY(second.waitForStarted(10000));
}

int TestSingleInstance::runToEnd(const QStringList &args, QString *err)
{
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(ARIA_APP_PATH), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    startPrimary();
    QString err;
    QCOMPARE(runToEnd({}, &err), 0);
    QVERIFY2(err.contains(QLatin1String("another instance is running")), qPrintable(err));
    QTRY_COMPARE_WITH_TIMEOUT(primaryLog().count(QLatin1String("activation requested")), 1, 10000);

    QCOMPARE(runToEnd({QStringLiteral("open")}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(primaryLog().count(QLatin1String("activation requested")), 2, 10000);

    // A second login start (--minimised) leaves the running window alone.
    QCOMPARE(runToEnd({QStringLiteral("--minimised")}, &err), 0);
    QVERIFY2(err.contains(QLatin1String("another instance is running: left it as it is")), qPrintable(err));
    QTest::qWait(200);
    QCOMPARE(primaryLog().count(QLatin1String("activation requested")), 2);
    QCOMPARE(m_primary->state(), QProcess::Running);  // the first one keeps running
}

void TestSingleInstance::staleSocketAfterCrashIsReplaced()
{
    startPrimary();
    const QString log = primaryLog();
    const qsizetype at = log.indexOf(QLatin1String("listening on ")) + 13;
    const QString socket = log.mid(at, log.indexOf(QLatin1Char('\n'), at) - at).trimmed();
    m_primary->kill();  // SIGKILL: no chance to remove its socket
    QVERIFY(m_primary->waitForFinished(5000));
    QVERIFY2(QFileInfo::exists(socket), qPrintable(socket));

    QString err;
    QCOMPARE(runToEnd({QStringLiteral("--quit-after-first-paint")}, &err), 0);
    QVERIFY2(err.contains(QLatin1String("removing stale socket")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("listening on")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("another instance is running")));
}

void TestSingleInstance::simultaneousLaunchesLeaveOne()
{
    QProcess a, b;
    for (QProcess *p : {&a, &b}) {
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(ARIA_APP_PATH), {});
    }
    QVERIFY(a.waitForStarted(10000) && b.waitForStarted(10000));
    // Exactly one hands over and exits 0; the other keeps running.
    QTRY_VERIFY_WITH_TIMEOUT((a.state() == QProcess::NotRunning) != (b.state() == QProcess::NotRunning), 20000);
    QTest::qWait(500);
    QProcess &gone = a.state() == QProcess::NotRunning ? a : b;
    QProcess &alive = a.state() == QProcess::NotRunning ? b : a;
    QCOMPARE(alive.state(), QProcess::Running);
    QCOMPARE(gone.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gone.exitCode(), 0);
    QVERIFY(QString::fromUtf8(gone.readAllStandardError()).contains(QLatin1String("another instance is running")));
    alive.kill();
    alive.waitForFinished(5000);
}

void TestSingleInstance::externalCommitIsNoticed()
{
    startPrimary();
    QTRY_VERIFY2_WITH_TIMEOUT(primaryLog().contains(QLatin1String("watching the database")), qPrintable(m_log), 20000);
    aria::ConnectionStore other;  // what a CLI command does: its own connection, WAL
    QVERIFY(other.open(m_home->path() + QLatin1String("/.local/share/aria-integrations/integrations.sqlite")));
    aria::Connection c;
    c.integrationType = QStringLiteral("gmail");
    c.status = aria::ConnectionStatus::Active;
    QVERIFY(other.upsert(c));
    QTRY_VERIFY2_WITH_TIMEOUT(primaryLog().contains(QLatin1String("database changed by another connection")),
                              qPrintable(m_log), 10000);
    QString err;
    QCOMPARE(runToEnd({QStringLiteral("list")}, &err), 0);  // a CLI reader next to the window
}

void TestSingleInstance::openWithoutDisplayFailsCleanly()
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        e.remove(QLatin1String(var));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(ARIA_APP_PATH), {QStringLiteral("open")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("display")));
}

// Another launch caught between bind() and listen(): it holds its turn (the lock), its socket
// file exists but nobody answers on it yet, then it listens. The name must stay its own.
void TestSingleInstance::nameBeingClaimedIsNotTakenForStale()
{
    const QString path = m_home->path() + QStringLiteral("/claim.sock");
    std::promise<void> bound;
    std::promise<void> release;
    std::thread other([&, releaseSeen = release.get_future()]() mutable {
        int fd = -1;
        {
            aria::app::TurnLock turn(SingleInstance::lockFilePath(path));
            const bool locked = turn.acquire(5000);
            fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr {};
            addr.sun_family = AF_UNIX;
            qstrncpy(addr.sun_path, QFile::encodeName(path).constData(), sizeof addr.sun_path);
            const bool ok = locked && fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
            bound.set_value();
            if (ok) {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                ::listen(fd, 4);
            }
        } // the turn is given back after listen(), as a launch does
        releaseSeen.wait();
        if (fd >= 0)
            ::close(fd);
    });
    bound.get_future().wait();

    SingleInstance late(path);
    QString error;
    const bool listening = late.listen(&error);
    QLocalSocket probe;
    probe.connectToServer(path);
    const bool reachesOther = probe.waitForConnected(2000);
    release.set_value();
    other.join();
    QVERIFY2(!listening, "took the name while another launch was claiming it");
    QCOMPARE(error, QStringLiteral("Another instance is running."));
    QVERIFY(reachesOther);  // the socket file is still the other launch's
}

// A launch killed while it held its turn leaves the lock file (here with what QLockFile used
// to write): the next start goes ahead at once, as the kernel dropped the dead holder's lock.
void TestSingleInstance::lockOfAKilledLaunchDoesNotBlock()
{
    const QString path = m_home->path() + QStringLiteral("/killed.sock");
    QProcess gone;
    gone.start(QStringLiteral("sleep"), { QStringLiteral("0.1") });
    QVERIFY(gone.waitForStarted(5000));
    const qint64 pid = gone.processId();  // 0 once it has finished
    QVERIFY(pid > 0 && gone.waitForFinished(5000));
    QFile lock(SingleInstance::lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\naria-integrations\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    // Had the dead launch's lock counted, listen() would wait out its turn (5 s) and then warn
    // "no turn ... claiming anyway": that warning is the claim, not a stopwatch (flaky under load).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("no turn")));
    SingleInstance next(path);
    QVERIFY(next.listen());
    QVERIFY(next.isListening());
}


// Under load a running instance may answer seconds late: the second launch keeps asking
// instead of giving up and opening a second window.
void TestSingleInstance::slowInstanceIsWaitedFor()
{
    QProcess second;
    pid_t pid = 0;
    launchBesideStoppedPrimary(second, &pid);
    if (QTest::currentTestFailed())
        return;
    QTest::qWait(5000); // longer than one answer timeout (3 s)
    QCOMPARE(second.state(), QProcess::Running);
    QCOMPARE(::kill(pid, SIGCONT), 0);
    QVERIFY(second.waitForFinished(15000));
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(err.contains(QLatin1String("another instance is running")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("listening on")), qPrintable(err));
    QTRY_VERIFY_WITH_TIMEOUT(primaryLog().contains(QLatin1String("activation requested")), 10000);
}

// A stopped (or hung) instance still holds the profile: the second launch explains and
// never listens or opens its own window; the first is fine once it runs again.
void TestSingleInstance::frozenInstanceGetsNoSecondWindow()
{
    QProcess second;
    pid_t pid = 0;
    launchBesideStoppedPrimary(second, &pid);
    if (QTest::currentTestFailed())
        return;
    QString err;
    QTRY_VERIFY2_WITH_TIMEOUT((err += QString::fromUtf8(second.readAllStandardError()))
                                  .contains(QLatin1String("running but does not answer")),
                              qPrintable(err), 30000);
    QVERIFY2(!err.contains(QLatin1String("listening on")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("removing stale socket")), qPrintable(err));
    // It waits for the user to read its message; closing it would exit 1.
    QCOMPARE(second.state(), QProcess::Running);
    second.kill();
    second.waitForFinished(5000);
    QCOMPARE(::kill(pid, SIGCONT), 0);
    QCOMPARE(runToEnd({}, &err), 0);
    QVERIFY2(err.contains(QLatin1String("another instance is running")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
