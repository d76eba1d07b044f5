// libFuzzer harness: each input is one raw HTTP request, sent over a real TCP connection to a
// listening LoopbackReplyHandler (the OAuth/Composio redirect listener), exactly as a browser
// or a hostile local process would. "@PORT@", "@NONCE@" and "@STATE@" in an input are replaced
// with the listener's port, one-time nonce and the state its callback check expects, so inputs
// can get past the Host, nonce and state checks and reach the query handling. An input that
// starts with "@IDLE@" first opens more idle connections than the listener has slots.
// Invariants: a callback is only ever accepted from a request that names the listener's own
// host:port, the exact callback path and the expected state; and whatever the input did, the
// genuine callback sent afterwards still gets through (nothing can end or wedge the flow).
#include "connect/loopbackreplyhandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdlib>
#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QCoreApplication *g_app = nullptr;
aria::LoopbackReplyHandler *g_handler = nullptr;
int g_callbacks = 0;
QByteArray g_state;  // what the callback check accepts, new for every listen

void pump() { QCoreApplication::processEvents(QEventLoop::AllEvents, 1); }

// A fresh listener for every input (each one ends the flow: its own callback or the genuine one).
bool listenFresh(bool idleFlood)
{
    aria::LoopbackReplyHandler::Options options;
    options.withNonce = true;
    options.connectionLifetimeMs = 2000;
    if (idleFlood)  // no deadline may free a slot: only making room lets the genuine callback in
        options.requestHeadTimeoutMs = options.connectionLifetimeMs = 600000;
    g_state = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    return g_handler->listen(options);
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

// Connections that never send anything (a local slowloris), more than the listener's slots.
std::vector<int> openIdle(quint16 port, int count)
{
    std::vector<int> fds;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            std::abort();
        ::fcntl(fd, F_SETFL, O_NONBLOCK);  // the listener accepts them while we pump
        const sockaddr_in addr = loopback(port);
        (void)::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
        fds.push_back(fd);
        pump();
    }
    return fds;
}

// Sends the request, half-closes and reads until the server closes (or 2 s pass).
void exchange(quint16 port, const QByteArray &request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        std::abort();
    const sockaddr_in addr = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {  // the backlog accepts
        ::close(fd);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    qsizetype sent = 0;
    while (sent < request.size() && clock.elapsed() < 2000) {
        const ssize_t n = ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            break;  // the server aborted (e.g. the size cap)
        pump();
    }
    ::shutdown(fd, SHUT_WR);
    char buf[4096];
    while (clock.elapsed() < 2000) {
        pump();
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 1) > 0) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
                break;
        }
    }
    ::close(fd);
    for (int i = 0; i < 5; ++i)
        pump();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aria.*.info=false"));  // one line per refusal otherwise
    g_handler = new aria::LoopbackReplyHandler;
    g_handler->setCallbackCheck([](const QVariantMap &values) {
        return values.value(QStringLiteral("state")).toByteArray() == g_state ? QString() : QStringLiteral("foreign state");
    });
    QObject::connect(g_handler, &aria::LoopbackReplyHandler::callbackReceived, g_handler, [] { ++g_callbacks; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray request(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool idleFlood = request.startsWith("@IDLE@");
    if (idleFlood)
        request.remove(0, 6);
    if (!listenFresh(idleFlood))
        std::abort();
    const quint16 port = g_handler->port();
    const QString callback = g_handler->callback();
    const QByteArray nonce = callback.section(QLatin1Char('/'), -1).toLatin1();
    const QByteArray path = QUrl(callback).path().toLatin1();
    std::vector<int> idle;
    if (idleFlood)
        idle = openIdle(port, 80);
    request.replace("@PORT@", QByteArray::number(port)).replace("@NONCE@", nonce).replace("@STATE@", g_state);

    const int before = g_callbacks;
    exchange(port, request);
    if (g_callbacks != before) {
        const QByteArray hostPort = ':' + QByteArray::number(port);
        const bool namedUs = request.contains(QByteArray("127.0.0.1" + hostPort)) || request.contains(QByteArray("localhost" + hostPort));
        if (!namedUs || !request.contains(path) || !request.contains(g_state))
            __builtin_trap();  // accepted a redirect that was not addressed to this listener
        if (g_handler->isListening())
            __builtin_trap();  // one callback per flow: it must stop listening
    } else {
        // The genuine redirect, after whatever the input did, still ends the flow.
        if (!g_handler->isListening())
            __builtin_trap();  // a refused request closed the listener
        exchange(port, "GET " + path + "?code=genuine&state=" + g_state + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                           QByteArray::number(port) + "\r\n\r\n");
        if (g_callbacks != before + 1)
            __builtin_trap();  // the genuine callback was refused or blocked
    }
    for (int fd : idle)
        ::close(fd);
    return 0;
}
