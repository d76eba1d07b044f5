#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace aria::app {

// The single-instance channel on a Unix-domain socket, with QtCore only: QLocalServer would
// link Qt Network (and Kerberos, brotli, libproxy) into every start for a few bytes.
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
    bool isListening() const { return m_fd >= 0; }
    bool addressInUse() const { return m_addressInUse; }
    QString errorString() const { return m_error; }

private:
    void acceptClients();

    Handler m_handler;
    QString m_path;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    bool m_addressInUse = false;
    QString m_error;
};

// Client side, blocking with a deadline: it runs at start-up or in the command line, never
// while a window is up.
namespace localsocket {
// Whether a process accepts connections at path (a socket file nobody listens on is a
// crashed instance's leftover).
bool someoneListens(const QString &path);
// Sends request and returns the first answered line (with its newline), or empty when nobody
// listens or no whole line came within timeoutMs.
QByteArray exchange(const QString &path, const QByteArray &request, int timeoutMs);
} // namespace localsocket

} // namespace aria::app
