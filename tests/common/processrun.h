#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a program to completion and collects what it printed (tests only: blocking is fine).
struct ProcessRun {
    bool finished = false; // false: could not start, timed out (then killed) or crashed
    int exitCode = -1;     // -1 unless it finished normally
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(exitCode).arg(out, err); }
};

struct ProcessOptions {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QByteArray input; // written to stdin, which is then closed
    int timeoutMs = 60000;
};

inline ProcessRun runProcess(const QString &program, const QStringList &args,
    const ProcessOptions &options = ProcessOptions())
{
    QProcess p;
    p.setProcessEnvironment(options.env);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(10000)) {
        r.err = program + QLatin1String(": ") + p.errorString();
        return r;
    }
    p.write(options.input);
    p.closeWriteChannel();
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = program + QLatin1String(": timed out");
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = r.finished ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#ifdef ARIA_APP_PATH
// The aria-integrations binary under test.
inline ProcessRun runApp(const QStringList &args, const ProcessOptions &options = ProcessOptions())
{
    return runProcess(QStringLiteral(ARIA_APP_PATH), args, options);
}
#endif
