#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

// Runs a program to completion and collects what it printed (tests only: blocking is fine).
struct ProcessRun {
    bool finished = false; // false: could not start, timed out (then killed) or crashed
    bool crashed = false;  // ended by a signal
    int exitCode = -1;     // -1 unless it finished normally
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1%2\n%3\n%4").arg(exitCode).arg(crashed ? QStringLiteral(" (crashed)") : QString(), out, err);
    }
    // The non-empty lines of standard error.
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

struct ProcessOptions {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QByteArray input; // written to stdin, which is then closed
    int timeoutMs = 60000;
    qint64 fileSizeLimit = -1; // bytes; >= 0 makes every write past it fail with EFBIG
};

// The environment and limits of options, applied to p before it starts. A file-size limit
// (RLIMIT_FSIZE in the child, SIGXFSZ ignored so write() fails with EFBIG instead of killing
// it) is a full disk without root.
inline void prepareProcess(QProcess &p, const ProcessOptions &options)
{
    p.setProcessEnvironment(options.env);
#ifndef Q_OS_UNIX
    // No RLIMIT_FSIZE elsewhere: the full-disk drills are Unix-only (NOWINE in CMake).
    if (options.fileSizeLimit >= 0)
        qFatal("prepareProcess: a file-size limit needs RLIMIT_FSIZE");
#else
    if (options.fileSizeLimit >= 0) {
        const rlim_t limit = rlim_t(options.fileSizeLimit);
        p.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const struct rlimit rl { limit, limit };
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
    }
#endif
}

// Ctrl-C for a running child: SIGINT on POSIX. Windows delivers Ctrl-C only to processes that
// share the sender's console (GenerateConsoleCtrlEvent), which a test's child does not: false.
inline bool sendCtrlC(QProcess &p)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(p.processId()), SIGINT) == 0;
#else
    Q_UNUSED(p);
    return false;
#endif
}
inline const char *const kNoCtrlC = "Ctrl-C reaches only processes that share the sender's console on Windows";

inline ProcessRun runProcess(const QString &program, const QStringList &args,
    const ProcessOptions &options = ProcessOptions())
{
    QProcess p;
    prepareProcess(p, options);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(10000)) {
        r.err = program + QLatin1String(": ") + p.errorString();
        return r;
    }
    p.write(options.input);
    p.closeWriteChannel();
    const bool ended = p.waitForFinished(options.timeoutMs);
    if (!ended) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = ended && p.exitStatus() != QProcess::NormalExit;
    r.finished = ended && !r.crashed;
    r.exitCode = r.finished ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
#ifdef Q_OS_WIN // a console program's text-mode stdout ends lines with CR LF there
    r.out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    r.err.replace(QLatin1String("\r\n"), QLatin1String("\n"));
#endif
    if (!ended)
        r.err += QLatin1Char('\n') + program + QLatin1String(": timed out (killed)");
    return r;
}

#ifdef ARIA_APP_PATH
// The aria-integrations binary under test.
inline ProcessRun runApp(const QStringList &args, const ProcessOptions &options = ProcessOptions())
{
    return runProcess(QStringLiteral(ARIA_APP_PATH), args, options);
}
#endif
