// node.exe (and psql.exe) for tests built for Windows and run under Wine (make test-windows):
// Wine gives a Windows process no pipes to a Linux program, so this stand-in forwards
// `node <args>` to tests/wine/node-bridge.mjs on the Linux side (ARIA_NODE_BRIDGE=<port>), which
// runs the real program its own name says. Its stdin goes there; the child's stdout, stderr and exit status come back. Killing this
// process closes the connection, and the bridge stops the child. See node-bridge.mjs for the
// frames. Test tooling only: blocking calls on two threads are the simple way here.
#include <winsock2.h>
#include <windows.h>
#include <ws2tcpip.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdint>
#include <cstdio>
#include <thread>

namespace {

[[noreturn]] void die(const char *message)
{
    std::fprintf(stderr, "node (Wine bridge): %s\n", message);
    ExitProcess(127);
}

bool readAll(SOCKET s, char *data, int size)
{
    while (size > 0) {
        const int n = recv(s, data, size, 0);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

void writeAll(HANDLE h, const char *data, DWORD size)
{
    DWORD written = 0;
    while (size > 0 && WriteFile(h, data, size, &written, nullptr) && written > 0) {
        data += written;
        size -= written;
    }
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int port = qEnvironmentVariableIntValue("ARIA_NODE_BRIDGE");
    if (port <= 0)
        die("ARIA_NODE_BRIDGE (the bridge's port) is not set");

    QJsonObject env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : system.keys())
        env.insert(name, system.value(name));
    const QStringList args = app.arguments().mid(1);
    const QByteArray request = QJsonDocument(QJsonObject {
        { QStringLiteral("program"), QFileInfo(app.applicationFilePath()).completeBaseName().toLower() },
        { QStringLiteral("args"), QJsonArray::fromStringList(args) },
        { QStringLiteral("cwd"), QDir::toNativeSeparators(QDir::currentPath()) },
        { QStringLiteral("env"), env },
    }).toJson(QJsonDocument::Compact) + '\n';

    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        die("no Winsock");
    const SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<u_short>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (s == INVALID_SOCKET || connect(s, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        die("cannot reach the bridge (tests/wine/node-bridge.mjs)");
    if (send(s, request.constData(), int(request.size()), 0) != int(request.size()))
        die("the bridge closed the connection");

    // stdin -> the child's stdin; its end (or no stdin at all) half-closes the connection.
    std::thread([s] {
        const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
        char buffer[16384];
        DWORD n = 0;
        while (in && in != INVALID_HANDLE_VALUE && ReadFile(in, buffer, sizeof buffer, &n, nullptr) && n > 0) {
            if (send(s, buffer, int(n), 0) != int(n))
                break;
        }
        shutdown(s, SD_SEND);
    }).detach();

    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    const HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    for (;;) {
        unsigned char head[5];
        if (!readAll(s, reinterpret_cast<char *>(head), sizeof head))
            die("the bridge went away before the child ended");
        const uint32_t size = uint32_t(head[1]) << 24 | uint32_t(head[2]) << 16 | uint32_t(head[3]) << 8 | head[4];
        QByteArray payload(int(size), Qt::Uninitialized);
        if (!readAll(s, payload.data(), int(size)))
            die("the bridge went away before the child ended");
        if (head[0] == 1)
            writeAll(out, payload.constData(), size);
        else if (head[0] == 2)
            writeAll(err, payload.constData(), size);
        else if (head[0] == 3 && size == 4) {
            const auto *b = reinterpret_cast<const unsigned char *>(payload.constData());
            ExitProcess(UINT(int32_t(uint32_t(b[0]) << 24 | uint32_t(b[1]) << 16 | uint32_t(b[2]) << 8 | b[3])));
        }
    }
}
