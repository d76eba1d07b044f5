// Runs against the real Secret Service (gnome-keyring) started by tests/with-keyring.sh.
#include "secrets/keychainsecretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#ifdef Q_OS_WIN
#include <windows.h>
#include <wincred.h>

#include <string>
#endif

using namespace aria;

namespace {

// Calls one SecretStore operation and waits (spinning the event loop) for its reply.
template <typename Call>
SecretStore::Reply await(Call call)
{
    std::optional<SecretStore::Reply> reply;
    QObject context;
    call(&context, [&reply](const SecretStore::Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000))
        return SecretStore::Reply{SecretStore::Result::Failed, {}, QStringLiteral("no reply")};
    return *reply;
}

}  // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove();
    void missingEntryIsNotFound();
    void removingMissingEntrySucceeds();
    void unicodeAndLongValues();
    void callbackSkippedWhenContextDies();
    void noSessionBusIsUnavailable();
};

void TestSecretStore::writeReadRemove()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("test/write-read");
    auto r = await([&](QObject *c, auto done) { store.write(key, QStringLiteral("s3cret"), c, done); });
    QCOMPARE(r.result, SecretStore::Result::Ok);
    r = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.result, SecretStore::Result::Ok);
    QCOMPARE(r.value, QStringLiteral("s3cret"));
    r = await([&](QObject *c, auto done) { store.remove(key, c, done); });
    QCOMPARE(r.result, SecretStore::Result::Ok);
    r = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.result, SecretStore::Result::NotFound);

    // The secret went to the system's keychain, under our service name: the Secret Service as
    // secret-tool sees it, or Windows' Credential Manager as CredEnumerate lists it.
    QVERIFY(await([&](QObject *c, auto done) { store.write(key, QStringLiteral("visible"), c, done); }).result
            == SecretStore::Result::Ok);
#ifdef Q_OS_WIN
    // Named "<service>/<key>": QtKeychain alone would name it by the key only.
    const std::wstring target = QStringLiteral("aria-integrations/%1").arg(key).toStdWString();
    PCREDENTIALW credential = nullptr;
    QVERIFY(::CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &credential));
    QVERIFY(credential->CredentialBlobSize > 0);
    ::CredFree(credential);
#else
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("server"), QStringLiteral("aria-integrations")});
    QVERIFY(tool.waitForFinished(10000));
    const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    QVERIFY2(listing.contains(key), qPrintable(listing));
#endif
}

void TestSecretStore::missingEntryIsNotFound()
{
    KeychainSecretStore store;
    const auto r = await([&](QObject *c, auto done) { store.read(QStringLiteral("test/never-written"), c, done); });
    QCOMPARE(r.result, SecretStore::Result::NotFound);
    QVERIFY(r.value.isEmpty());
}

void TestSecretStore::removingMissingEntrySucceeds()
{
    KeychainSecretStore store;
    const auto r = await([&](QObject *c, auto done) { store.remove(QStringLiteral("test/absent"), c, done); });
    QCOMPARE(r.result, SecretStore::Result::Ok);
}

void TestSecretStore::unicodeAndLongValues()
{
    KeychainSecretStore store;
    const QString value = QStringLiteral("ключ-🔑-") + QString(8192, QLatin1Char('x'));
    QCOMPARE(await([&](QObject *c, auto done) { store.write(QStringLiteral("test/long"), value, c, done); }).result,
             SecretStore::Result::Ok);
    const auto r = await([&](QObject *c, auto done) { store.read(QStringLiteral("test/long"), c, done); });
    QCOMPARE(r.value, value);
}

void TestSecretStore::callbackSkippedWhenContextDies()
{
    KeychainSecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(QStringLiteral("test/x"), &context, [&called](const SecretStore::Reply &) { called = true; });
    }
    // Let the job finish; the callback must not run for the destroyed context.
    QObject probe;
    std::optional<SecretStore::Reply> later;
    store.read(QStringLiteral("test/x"), &probe, [&later](const SecretStore::Reply &r) { later = r; });
    QVERIFY(QTest::qWaitFor([&] { return later.has_value(); }, 30000));
    QVERIFY(!called);
}

void TestSecretStore::noSessionBusIsUnavailable()
{
#ifdef Q_OS_WIN
    QSKIP("the Secret Service over D-Bus: Windows' Credential Manager needs no bus");
#endif
    // A child process without a session bus must fail with a clear error, not hang or
    // fall back to a plain-text file.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.insert(QStringLiteral("ARIA_SECRET_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childReadWithoutBus")});
    QVERIFY(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("RESULT Unavailable")), qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
}

// In the child: one read without a usable bus, result printed for the parent.
static int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store;
    store.setTimeout(15000);
    int code = 1;
    store.read(QStringLiteral("test/x"), &app, [&code](const SecretStore::Reply &r) {
        std::printf("RESULT %s %s\n", QMetaEnum::fromType<SecretStore::Result>().valueToKey(int(r.result)),
                    qPrintable(r.message));
        code = 0;
        QCoreApplication::exit(0);
    });
    app.exec();
    return code;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("ARIA_SECRET_CHILD"))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
