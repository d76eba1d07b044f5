#include "localsocket.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSocketNotifier>

#include "common/logging.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace aria::app {
namespace {

#ifndef MSG_NOSIGNAL // macOS: SO_NOSIGPIPE on the socket instead
#define MSG_NOSIGNAL 0
#endif

// Linux's accept4() flags, elsewhere fcntl and SO_NOSIGPIPE.
[[maybe_unused]] void configure(int fd)
{
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
}

// A non-blocking, close-on-exec stream socket (Linux sets both at creation; macOS afterwards).
int streamSocket()
{
#if defined(SOCK_CLOEXEC) && defined(SOCK_NONBLOCK)
    return ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
#else
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd >= 0)
        configure(fd);
    return fd;
#endif
}

int acceptClient(int server)
{
#if defined(Q_OS_LINUX)
    return ::accept4(server, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
#else
    const int fd = ::accept(server, nullptr, nullptr);
    if (fd >= 0)
        configure(fd);
    return fd;
#endif
}

// Whether the process at the other end runs as this user: the socket file's mode is only as
// good as its folder, and another user must not steer our window.
bool peerIsThisUser(int fd)
{
#if defined(SO_PEERCRED)
    ucred peer {};
    socklen_t size = sizeof peer;
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0 && peer.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(fd, &uid, &gid) == 0 && uid == ::geteuid();
#endif
}

bool addressFor(const QString &path, sockaddr_un *address)
{
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= int(sizeof address->sun_path))
        return false;
    std::memset(address, 0, sizeof *address);
    address->sun_family = AF_UNIX;
    std::memcpy(address->sun_path, native.constData(), size_t(native.size()));
    return true;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Reads what a client sent and answers its whole lines; false once it is to be closed.
class Client : public QObject
{
public:
    Client(int fd, const LocalServer::Handler &handler, QObject *parent)
        : QObject(parent)
        , m_fd(fd)
        , m_handler(handler)
        , m_notifier(fd, QSocketNotifier::Read, this)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] {
            if (!readAndAnswer())
                deleteLater();
        });
    }
    ~Client() override { ::close(m_fd); }

private:
    bool readAndAnswer()
    {
        char chunk[256];
        const ssize_t got = ::read(m_fd, chunk, sizeof chunk);
        if (got < 0)
            return errno == EAGAIN || errno == EINTR;
        if (got == 0) {
            m_notifier.setEnabled(false);
            return false; // the client hung up
        }
        m_buffer.append(chunk, got);
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            const QByteArray line = m_buffer.left(end + 1);
            m_buffer.remove(0, end + 1);
            const QByteArray answer = line.size() <= LocalServer::kMaxLine ? m_handler(line) : QByteArray();
            if (!answer.isEmpty()
                && ::send(m_fd, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL) < 0)
                return false;
        }
        if (m_buffer.size() > LocalServer::kMaxLine) { // not ours: hang up
            m_notifier.setEnabled(false);
            return false;
        }
        return true;
    }

    int m_fd;
    LocalServer::Handler m_handler;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

} // namespace

LocalServer::LocalServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

bool LocalServer::isListening() const
{
    return m_fd >= 0;
}

LocalServer::~LocalServer()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    ::unlink(QFile::encodeName(m_path).constData());
}

bool LocalServer::listen(const QString &path)
{
    m_addressInUse = false;
    sockaddr_un address;
    if (!addressFor(path, &address)) {
        m_error = QStringLiteral("socket path too long: %1").arg(path);
        return false;
    }
    const int fd = streamSocket();
    if (fd < 0) {
        m_error = systemError(errno);
        return false;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0) {
        const int error = errno;
        ::close(fd);
        m_addressInUse = error == EADDRINUSE;
        m_error = systemError(error);
        return false;
    }
    m_fd = fd;
    m_path = path;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalServer::acceptClients);
    return true;
}

void LocalServer::acceptClients()
{
    for (;;) {
        const int client = acceptClient(m_fd);
        if (client < 0)
            return; // EAGAIN: all taken; anything else: that client is gone
        if (!peerIsThisUser(client)) {
            qCWarning(lcApp) << "single instance: refused a connection from another user";
            ::close(client);
            continue;
        }
        new Client(client, m_handler, this);
    }
}

namespace localsocket {

QString privateRuntimeDir()
{
    const QByteArray dir = qgetenv("XDG_RUNTIME_DIR");
    struct stat info {
    };
    if (dir.isEmpty() || ::stat(dir.constData(), &info) != 0)
        return {};
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() || (info.st_mode & 0777) != 0700) {
        qCWarning(lcApp).noquote() << "single instance: XDG_RUNTIME_DIR" << QFile::decodeName(dir)
                                   << "is not a private folder of this user's; using the profile's";
        return {};
    }
    return QFile::decodeName(dir);
}

namespace {

// A connected (blocking-free) socket, or -1.
int connectTo(const QString &path)
{
    sockaddr_un address;
    if (!addressFor(path, &address))
        return -1;
    const int fd = streamSocket();
    if (fd < 0)
        return -1;
    // A Unix socket connects at once or fails at once; EAGAIN: a full backlog, still a listener.
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 && errno != EAGAIN) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

bool someoneListens(const QString &path)
{
    const int fd = connectTo(path);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

QByteArray exchange(const QString &path, const QByteArray &request, int timeoutMs)
{
    const int fd = connectTo(path);
    if (fd < 0)
        return {};
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray sent;
    QByteArray answer;
    while (!deadline.hasExpired()) {
        const bool sending = sent.size() < request.size();
        pollfd p { fd, short(sending ? POLLOUT : POLLIN), 0 };
        const int ready = ::poll(&p, 1, int(qMax<qint64>(1, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0 || (p.revents & (POLLERR | POLLNVAL)))
            break;
        if (sending) {
            const ssize_t n = ::send(
                fd, request.constData() + sent.size(), size_t(request.size() - sent.size()), MSG_NOSIGNAL);
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                break;
            if (n > 0)
                sent.append(request.constData() + sent.size(), n);
            continue;
        }
        char chunk[128];
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            break;
        answer.append(chunk, n);
        const qsizetype end = answer.indexOf('\n');
        if (end >= 0) {
            ::close(fd);
            return answer.left(end + 1);
        }
        if (answer.size() > LocalServer::kMaxLine)
            break;
    }
    ::close(fd);
    return {};
}

} // namespace localsocket
} // namespace aria::app
