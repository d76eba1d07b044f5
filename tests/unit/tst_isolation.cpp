// Every test runs in a private profile (tests/with-home.sh via aria_add_test): a fresh HOME
// under the build tree, XDG folders inside it, a private runtime folder, and no way to the
// developer's session bus. Registered twice: plain (no bus at all) and KEYRING (a private bus
// with an unlocked gnome-keyring, tests/with-keyring.sh), which must fail loudly when the
// keyring does not come up.
#include "processrun.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestIsolation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void homeIsFreshAndUnderTheBuildTree();
    void standardPathsStayInside_data();
    void standardPathsStayInside();
    void runtimeDirIsPrivate();
    void sessionBusIsPrivate();
    void keyringWrapperFailsWhenTheKeyringDoesNotStart_data();
    void keyringWrapperFailsWhenTheKeyringDoesNotStart();

private:
    static bool withKeyring() { return qEnvironmentVariable("ARIA_EXPECT_KEYRING") == u"1"; }
};

void TestIsolation::homeIsFreshAndUnderTheBuildTree()
{
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY(!home.isEmpty());
    QVERIFY2(home.startsWith(QStringLiteral(ARIA_BINARY_DIR "/tests/homes/tst_isolation")), qPrintable(home));
    const QString outer = qEnvironmentVariable("ARIA_TEST_OUTER_HOME");
    QVERIFY2(outer.isEmpty() || QDir(outer).canonicalPath() != QDir(home).canonicalPath(), qPrintable(outer));
    // Nothing in it but the empty XDG folders the wrapper made (a reused HOME would hold more).
    const QStringList entries = QDir(home).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : entries)
        QVERIFY2(e == u".config" || e == u".local" || e == u".cache", qPrintable(e));
}

void TestIsolation::standardPathsStayInside_data()
{
    QTest::addColumn<int>("location");
    QTest::newRow("config") << int(QStandardPaths::ConfigLocation);
    QTest::newRow("app config") << int(QStandardPaths::AppConfigLocation);
    QTest::newRow("data") << int(QStandardPaths::GenericDataLocation);
    QTest::newRow("app data") << int(QStandardPaths::AppDataLocation);
    QTest::newRow("cache") << int(QStandardPaths::GenericCacheLocation);
    QTest::newRow("home") << int(QStandardPaths::HomeLocation);
}

void TestIsolation::standardPathsStayInside()
{
    QFETCH(int, location);
    const QString path = QStandardPaths::writableLocation(QStandardPaths::StandardLocation(location));
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY2(path == home || path.startsWith(home + QLatin1Char('/')), qPrintable(path));
    for (const char *var : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        QVERIFY2(qEnvironmentVariable(var).startsWith(home + QLatin1Char('/')), var);
}

void TestIsolation::runtimeDirIsPrivate()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    QCOMPARE(runtime, qEnvironmentVariable("XDG_RUNTIME_DIR"));
    QVERIFY2(QFileInfo(runtime).fileName().startsWith(QLatin1String("aria-run.")), qPrintable(runtime));
    const QFile::Permissions p = QFile::permissions(runtime);
    QCOMPARE(p & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(int(p & 0x0077), 0); // nothing for group or others
}

void TestIsolation::sessionBusIsPrivate()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString outer = qEnvironmentVariable("ARIA_TEST_OUTER_BUS");
    QVERIFY(!address.isEmpty()); // empty would let libdbus autolaunch a bus on $DISPLAY
    QVERIFY2(outer.isEmpty() || address != outer, qPrintable(address));
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!withKeyring()) {
        QVERIFY2(!bus.isConnected(), qPrintable(address));
        return;
    }
    // The private bus of with-keyring.sh: the keyring owns the secrets name, and the bus holds
    // nothing of a desktop session (no settings daemon, notifications, portals ...).
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    const QStringList names = bus.interface()->registeredServiceNames().value();
    QVERIFY2(names.contains(QStringLiteral("org.freedesktop.secrets")), qPrintable(names.join(u' ')));
    for (const QString &name : names) {
        QVERIFY2(name.startsWith(u':') || name == u"org.freedesktop.DBus" || name.startsWith(u"org.freedesktop.secrets")
                || name.startsWith(u"org.gnome.keyring") || name == u"org.freedesktop.impl.portal.Secret",
            qPrintable(name));
    }
}

void TestIsolation::keyringWrapperFailsWhenTheKeyringDoesNotStart_data()
{
    QTest::addColumn<QByteArray>("daemon");
    QTest::addColumn<QString>("reason");
    QTest::newRow("daemon fails") << QByteArray("#!/bin/sh\necho 'cannot unlock' >&2\nexit 1\n")
                                  << QStringLiteral("--unlock failed");
    QTest::newRow("daemon never owns the name") << QByteArray("#!/bin/sh\nexit 0\n")
                                                << QStringLiteral("did not take org.freedesktop.secrets");
}

void TestIsolation::keyringWrapperFailsWhenTheKeyringDoesNotStart()
{
    if (withKeyring())
        QSKIP("checked once, in the plain registration");
    QFETCH(QByteArray, daemon);
    QFETCH(QString, reason);
    QTemporaryDir stubs;
    QVERIFY(stubs.isValid());
    QFile stub(stubs.filePath(QStringLiteral("gnome-keyring-daemon")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write(daemon);
    stub.close();
    QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    ProcessOptions options;
    options.env.insert(QStringLiteral("PATH"), stubs.path() + QLatin1Char(':') + options.env.value(QStringLiteral("PATH")));
    options.env.insert(QStringLiteral("ARIA_KEYRING_WAIT_S"), QStringLiteral("2")); // the stub never gets there
    options.timeoutMs = 60000;
    const ProcessRun r = runProcess(QStringLiteral(ARIA_SOURCE_DIR "/tests/with-keyring.sh"),
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo the-test-ran") }, options);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(QLatin1String("the-test-ran")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(reason), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
