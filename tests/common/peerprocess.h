#pragma once

// Runs one of the local peers under tests/peers/ (a node server) for a test: starts it, waits
// for the line it prints once it listens (its port), and stops it when the test is done.
// Test-only: blocking waits are fine here.
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

class PeerProcess
{
public:
    PeerProcess() = default;
    ~PeerProcess() { stop(); }
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // Starts `node script args` in dir; returns the first line the peer prints on stdout, or
    // an empty one when node is missing or the peer exits or stays silent (its stderr is
    // forwarded to the test's, so the reason is in the test log).
    QByteArray start(const QString &dir, const QString &script, const QStringList &args = {},
        int timeoutMs = 20000)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            qWarning("node is not on PATH: cannot start the peer %s", qPrintable(script));
            return {};
        }
        m_process.setWorkingDirectory(dir);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(node, QStringList { script } + args);
        if (!m_process.waitForStarted(10000)
            || !QTest::qWaitFor(
                [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                timeoutMs)
            || !m_process.canReadLine()) {
            qWarning("the peer %s/%s did not start", qPrintable(dir), qPrintable(script));
            return {};
        }
        return m_process.readLine().trimmed();
    }

    // SIGTERM, then SIGKILL if it has not exited within graceMs.
    void stop(int graceMs = 5000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(graceMs))
            m_process.kill();
        m_process.waitForFinished(3000);
    }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};
