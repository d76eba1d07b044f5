// The platform layer's POSIX side: the single-instance socket lives only in a runtime folder
// that is really private, and answers only processes of the same user.
#include "platform/localsocket.h"
#include "singleinstance.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using aria::app::LocalServer;
using aria::app::SingleInstance;
namespace localsocket = aria::app::localsocket;

class TestPlatform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_savedRuntime = qgetenv("XDG_RUNTIME_DIR"); }
    void cleanup() { qputenv("XDG_RUNTIME_DIR", m_savedRuntime); }
    void runtimeDirIsUsedOnlyWhenPrivate_data();
    void runtimeDirIsUsedOnlyWhenPrivate();
    void runtimeDirOfAnotherUserIsNotUsed();
    void otherUsersGetNoAnswer();

private:
    bool answeredChild(const QString &path, uid_t uid);
    QByteArray m_savedRuntime;
};

void TestPlatform::runtimeDirIsUsedOnlyWhenPrivate_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("used");
    QTest::newRow("0700") << 0700 << true;
    QTest::newRow("0777 (world-writable)") << 0777 << false;
    QTest::newRow("0755") << 0755 << false;
    QTest::newRow("0770") << 0770 << false;
}

void TestPlatform::runtimeDirIsUsedOnlyWhenPrivate()
{
    QFETCH(int, mode);
    QFETCH(bool, used);
    TestHome home;
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), mode_t(mode)), 0);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));

    QCOMPARE(localsocket::privateRuntimeDir() == runtime.path(), used);
    const QString socket = SingleInstance::defaultSocketPath();
    QCOMPARE(socket.startsWith(runtime.path() + u'/'), used);
    if (!used) // the profile's own private folder instead
        QVERIFY2(socket.startsWith(home.path() + u'/'), qPrintable(socket));
}

void TestPlatform::runtimeDirOfAnotherUserIsNotUsed()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a folder to another user");
    TestHome home;
    QTemporaryDir runtime;
    QCOMPARE(::chown(QFile::encodeName(runtime.path()).constData(), 65534, 65534), 0);
    QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QVERIFY(localsocket::privateRuntimeDir().isEmpty());
    QVERIFY(!SingleInstance::defaultSocketPath().startsWith(runtime.path()));
}

// A process of another user that reaches the socket (a permissive folder, a socket left
// world-writable) is hung up on without an answer; one of ours still gets one.
void TestPlatform::otherUsersGetNoAnswer()
{
    if (::geteuid() != 0)
        QSKIP("needs root to connect as another user");
    QTemporaryDir dir;
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0777), 0);
    const QString path = dir.path() + QStringLiteral("/s.sock");
    LocalServer server([](const QByteArray &) { return QByteArrayLiteral("ok\n"); });
    const mode_t old = ::umask(0); // the socket file writable by all: only the uid check is left
    QVERIFY2(server.listen(path), qPrintable(server.errorString()));
    ::umask(old);

    QCOMPARE(answeredChild(path, 0), true); // root: answered, as the test's own user
    QCOMPARE(answeredChild(path, 65534), false); // nobody: hung up on
}

// Whether a forked child running as uid got an answer to a ping. The child only makes
// system calls; it exits 1 when it got an answer, 0 when it did not.
bool TestPlatform::answeredChild(const QString &path, uid_t uid)
{
    const QByteArray native = QFile::encodeName(path);
    const pid_t child = ::fork();
    if (child < 0)
        return false;
    if (child == 0) {
        if (uid != ::geteuid() && (::setgid(uid) != 0 || ::setuid(uid) != 0))
            ::_exit(3);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            ::_exit(2);
        [[maybe_unused]] const ssize_t sent = ::write(fd, "ping\n", 5);
        pollfd p { fd, POLLIN, 0 };
        char answer[8];
        const bool answered = ::poll(&p, 1, 10000) == 1 && ::read(fd, answer, sizeof answer) > 0;
        ::_exit(answered ? 1 : 0);
    }
    int status = -1;
    // The server answers from this event loop while the child waits.
    if (!QTest::qWaitFor([&] { return ::waitpid(child, &status, WNOHANG) == child; }, 20000))
        return false;
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1)
        qWarning() << "child failed with status" << status;
    return WIFEXITED(status) && WEXITSTATUS(status) == 1;
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
