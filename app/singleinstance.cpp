#include "singleinstance.h"

#include "common/apppaths.h"
#include "common/logging.h"
#include "platform/localsocket.h"
#include "platform/turnlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aria::app {
namespace {

const QByteArray kActivate = "activate\n";
const QByteArray kPing = "ping\n";
const QByteArray kAck = "ok\n";
// Another launch holds the lock only while it binds and listens: milliseconds, unless that
// process is stopped; then this one claims the name anyway rather than never start.
constexpr int kLockWaitMs = 5000;

}  // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    const QByteArray profile = QDir(AppPaths::dataDir()).absolutePath().toUtf8();
    const QString tag = QString::fromLatin1(QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16));
    // XDG_RUNTIME_DIR when it is ours and 0700; else the profile's own private data folder.
    QString dir = localsocket::privateRuntimeDir();
    if (dir.isEmpty()) {
        dir = AppPaths::dataDir();
        AppPaths::ensurePrivateDir(dir);
    }
    return dir + QStringLiteral("/aria-integrations-%1.sock").arg(tag);
}

bool SingleInstance::isListening() const { return m_server && m_server->isListening(); }

QString SingleInstance::lockFilePath(const QString &socketPath) { return socketPath + QStringLiteral(".lock"); }

bool SingleInstance::listen(QString *error)
{
    if (!m_server)
        m_server = new LocalServer([this](const QByteArray &line) { return answer(line); }, this);
    // Claiming the name is bind() then listen(), two steps: a launch probing in between finds
    // nobody answering, takes the file for a crash's leftover and removes it, and both end up
    // listening (likewise two launches replacing one stale file). Claimants take turns; the
    // lock is only held for this call, and the kernel drops it with a killed process.
    m_otherAlive = false;
    TurnLock turn(lockFilePath(m_socketPath));
    if (!turn.acquire(kLockWaitMs))
        qCWarning(lcApp).noquote() << "single instance: no turn:" << turn.errorString() << "- claiming anyway";
    if (m_server->listen(m_socketPath)) {
        qCInfo(lcApp).noquote() << "single instance: listening on" << m_socketPath;
        return true;
    }
    if (m_server->addressInUse()) {
        // Someone answers: a live instance. Nobody: the file is left over from a crash.
        if (localsocket::someoneListens(m_socketPath)) {
            m_otherAlive = true;
            if (error)
                *error = QCoreApplication::translate("SingleInstance", "Another instance is running.");
            return false;
        }
        qCInfo(lcApp).noquote() << "single instance: removing stale socket" << m_socketPath;
        QFile::remove(m_socketPath);
        if (m_server->listen(m_socketPath)) {
            qCInfo(lcApp).noquote() << "single instance: listening on" << m_socketPath;
            return true;
        }
    }
    if (error)
        *error = m_server->errorString();
    qCWarning(lcApp).noquote() << "single instance: cannot listen:" << m_server->errorString();
    return false;
}

QByteArray SingleInstance::answer(const QByteArray &line)
{
    if (line == kActivate) {
        qCInfo(lcApp) << "single instance: activation requested";
        Q_EMIT activationRequested();
    }
    return line == kActivate || line == kPing ? kAck : QByteArray();
}

bool SingleInstance::activateRunning(const QString &socketPath, int timeoutMs, bool show)
{
    return localsocket::exchange(socketPath, show ? kActivate : kPing, timeoutMs) == kAck;
}

}  // namespace aria::app
