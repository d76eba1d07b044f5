#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLocalServer;
class QSocketNotifier;

namespace aria::app {

// The single-instance channel. POSIX: a Unix-domain socket, with QtCore only (QLocalServer would
// link Qt Network, and Kerberos, brotli, libproxy, into every start for a few bytes); a client
// whose uid is not ours (SO_PEERCRED, getpeereid on macOS) is hung up on at once. Windows: a
// named pipe through QLocalServer with UserAccessOption (a DACL for this user only), named after
// the path's file name; the path's folder then only holds the turn lock.
//
// Server side: accepts clients and answers each line (at most kMaxLine bytes) with what the
// handler returns (nothing: no answer). A client sending more without a newline is dropped.
class LocalServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLine = 64;
    using Handler = std::function<QByteArray(const QByteArray &line)>;

    explicit LocalServer(Handler handler, QObject *parent = nullptr);
    ~LocalServer() override; // closes and removes the socket file

    // Binds and listens at path. False with addressInUse() when the file exists already.
    bool listen(const QString &path);
    bool isListening() const;
    bool addressInUse() const { return m_addressInUse; }
    QString errorString() const { return m_error; }

private:
    void acceptClients();

    Handler m_handler;
    QString m_path;
#ifdef Q_OS_WIN
    QLocalServer *m_pipe = nullptr;
#else
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
#endif
    bool m_addressInUse = false;
    QString m_error;
};

// Client side, blocking with a deadline: it runs at start-up or in the command line, never
// while a window is up.
namespace localsocket {
// $XDG_RUNTIME_DIR when it is a folder of this user's with mode 0700, as the XDG spec promises;
// empty when unset, or when it is not (someone else could then replace or watch the socket),
// and on Windows.
QString privateRuntimeDir();
// Whether a process accepts connections at path (a socket file nobody listens on is a
// crashed instance's leftover).
bool someoneListens(const QString &path);
// Sends request and returns the first answered line (with its newline), or empty when nobody
// listens or no whole line came within timeoutMs.
QByteArray exchange(const QString &path, const QByteArray &request, int timeoutMs);
} // namespace localsocket

} // namespace aria::app
