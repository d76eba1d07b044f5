#pragma once

#include <QObject>
#include <QString>


namespace aria::app {

class LocalServer;

// One running window per profile. The first instance listens on a local socket; a second
// launch (or `aria-integrations open`) connects, asks it to show its window and exits.
// The socket lives in $XDG_RUNTIME_DIR (private to the user) and its name carries a hash of
// the profile's data folder, so separate profiles (and tests) never meet.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketPath();

    // Becomes the primary instance. A socket file left by a crashed instance (nobody
    // answers on it) is removed and listening retried. False when another instance is
    // alive or the socket cannot be created.
    // Launches claiming the name at once take turns on a lock file next to the socket.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    // After a failed listen(): whether it failed because a live instance holds the name.
    bool otherInstanceAlive() const { return m_otherAlive; }
    QString socketPath() const { return m_socketPath; }
    static QString lockFilePath(const QString &socketPath);

    // Asks the instance listening at socketPath to show its window (or, with show false,
    // only whether it is alive); true once it answered. Blocks for at most timeoutMs: it runs
    // at start-up or in the command line, never while a window is up.
    static bool activateRunning(const QString &socketPath = defaultSocketPath(), int timeoutMs = 3000,
                                bool show = true);

Q_SIGNALS:
    void activationRequested();

private:
    QByteArray answer(const QByteArray &line);

    QString m_socketPath;
    LocalServer *m_server = nullptr;
    bool m_otherAlive = false;
};

}  // namespace aria::app
