#include "localsocket.h"

#include "common/logging.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace aria::app {
namespace {

// The pipe's name: the socket path's file name, which carries the profile's tag.
QString pipeName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Answers one client's whole lines, like the POSIX side.
void serve(QLocalSocket *client, const LocalServer::Handler &handler)
{
    QObject::connect(client, &QLocalSocket::readyRead, client, [client, handler] {
        while (client->canReadLine()) {
            const QByteArray line = client->readLine(LocalServer::kMaxLine + 1);
            if (!line.endsWith('\n')) { // longer than any of ours: hang up
                client->abort();
                return;
            }
            const QByteArray answer = handler(line);
            if (!answer.isEmpty())
                client->write(answer);
        }
        if (client->bytesAvailable() > LocalServer::kMaxLine)
            client->abort();
    });
    QObject::connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
}

} // namespace

LocalServer::LocalServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

LocalServer::~LocalServer() = default; // the pipe goes with the server

bool LocalServer::isListening() const
{
    return m_pipe && m_pipe->isListening();
}

bool LocalServer::listen(const QString &path)
{
    m_addressInUse = false;
    delete m_pipe;
    m_pipe = new QLocalServer(this);
    m_pipe->setSocketOptions(QLocalServer::UserAccessOption); // this user only (and SYSTEM)
    const QString name = pipeName(path);
    // A pipe name is taken while any instance of it exists: ask before creating ours.
    if (localsocket::someoneListens(path) || !m_pipe->listen(name)) {
        m_addressInUse = true;
        m_error = m_pipe->isListening() ? QString() : m_pipe->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("the pipe %1 is in use").arg(name);
        delete m_pipe;
        m_pipe = nullptr;
        return false;
    }
    m_path = path;
    connect(m_pipe, &QLocalServer::newConnection, this, &LocalServer::acceptClients);
    return true;
}

void LocalServer::acceptClients()
{
    while (QLocalSocket *client = m_pipe->nextPendingConnection())
        serve(client, m_handler);
}

namespace localsocket {

QString privateRuntimeDir()
{
    return {};
}

// Blocking with a deadline is what this side is for (start-up and the command line, never
// with a window up), so the waitFor calls are in place here.
bool someoneListens(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(pipeName(path));
    return socket.waitForConnected(1000);
}

QByteArray exchange(const QString &path, const QByteArray &request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(pipeName(path));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return {};
    socket.write(request);
    QByteArray answer;
    while (
        !deadline.hasExpired() && socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
        answer += socket.read(LocalServer::kMaxLine + 1 - answer.size());
        const qsizetype end = answer.indexOf('\n');
        if (end >= 0)
            return answer.left(end + 1);
        if (answer.size() > LocalServer::kMaxLine)
            break;
    }
    return {};
}

} // namespace localsocket
} // namespace aria::app
