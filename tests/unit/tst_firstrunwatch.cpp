// The window's first-run question (core/connect/firstrunwatch.h): what it answers, and that
// the keychain and the files are read again only when something they hold may have changed,
// not on every store change.
#include "memorybackend.h"

#include "common/settings.h"
#include "connect/firstrunwatch.h"
#include "secrets/keynames.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

namespace {

// The in-memory keychain, counting what is asked of it.
class CountingSecretStore : public MemorySecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        MemorySecretStore::read(key, context, std::move(done));
    }
    int reads = 0;
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

// A profile with nothing in it: settings, store, keychain, account and the watch over them.
struct Profile {
    QTemporaryDir dir;
    Settings settings { dir.filePath(QStringLiteral("settings.ini")) };
    ConnectionStore store;
    CountingSecretStore secrets;
    test::MemoryBackend account;
    FirstRunWatch watch { &settings, &store, &secrets, &account };
    const QString providers = dir.filePath(QStringLiteral("providers.json"));

    Profile()
    {
        if (!store.open(dir.filePath(QStringLiteral("aria.sqlite"))))
            qFatal("cannot open the store");
        watch.setProvidersFile(providers);
    }
};

} // namespace

class TestFirstRunWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAgainOnlyAfterAChange_data();
    void readsAgainOnlyAfterAChange();
    void signedInOrUsedIsNoFirstRun();
};

void TestFirstRunWatch::readsAgainOnlyAfterAChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("reads"); // keychain reads in all
    QTest::addColumn<bool>("firstRun"); // the answer after the change
    QTest::newRow("a store change") << "store" << 1 << true;
    QTest::newRow("invalidated") << "invalidate" << 2 << true;
    QTest::newRow("settings file changed") << "settings" << 2 << true;
    QTest::newRow("providers file changed") << "providers" << 2 << true;
    QTest::newRow("key set in the settings dialog") << "key" << 2 << false;
    QTest::newRow("an integration in direct mode") << "direct" << 1 << false;
}

void TestFirstRunWatch::readsAgainOnlyAfterAChange()
{
    QFETCH(QString, change);
    QFETCH(int, reads);
    QFETCH(bool, firstRun);
    Profile p;
    Settings &settings = p.settings;
    ConnectionStore &store = p.store;
    CountingSecretStore &secrets = p.secrets;
    FirstRunWatch &watch = p.watch;
    const QString &providers = p.providers;
    QVERIFY(writeFile(providers, R"({"providers":[]})"));
    QObject::connect(&store, &ConnectionStore::connectionChanged, &watch, &FirstRunWatch::check);
    QSignalSpy answers(&watch, &FirstRunWatch::answered);

    watch.check();
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.last().at(0).toBool(), true);
    QCOMPARE(secrets.reads, 1);
    watch.check(); // nothing changed: the cached answer, at once
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.last().at(0).toBool(), true);
    QCOMPARE(secrets.reads, 1);

    QString error;
    if (change == u"store") {
        QVERIFY(store.setStatus(u"gmail", ConnectionStatus::NotConnected)); // emits connectionChanged
    } else if (change == u"invalidate") {
        watch.invalidate();
    } else if (change == u"settings") {
        QVERIFY(settings.set(QStringLiteral("gmail.mode"), QStringLiteral("composio"), &error));
        QVERIFY(settings.sync(&error));
    } else if (change == u"providers") {
        QVERIFY(writeFile(providers, R"({"providers": [ ]})"));
    } else if (change == u"key") {
        secrets.write(keys::composioApiKey(), QStringLiteral("ak_1"), &watch, [](const SecretStore::Reply &) {});
        watch.invalidate(); // as NetworkServices::reloadSettings() after the dialog saved
    } else if (change == u"direct") {
        QVERIFY(settings.set(QStringLiteral("gmail.mode"), QStringLiteral("direct"), &error));
        QVERIFY(settings.sync(&error));
    }
    const int before = int(answers.size());
    watch.check();
    QTRY_COMPARE(int(answers.size()), before + 1);
    QCOMPARE(answers.last().at(0).toBool(), firstRun);
    QCOMPARE(secrets.reads, reads);
}

void TestFirstRunWatch::signedInOrUsedIsNoFirstRun()
{
    Profile p; // (no providers file)
    QSignalSpy answers(&p.watch, &FirstRunWatch::answered);

    p.account.signIn(QStringLiteral("user-1"));
    p.watch.check();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.last().at(0).toBool(), false);
    p.account.signOut();
    QVERIFY(p.store.setStatus(u"gmail", ConnectionStatus::Active));
    p.watch.check();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.last().at(0).toBool(), false);
    QCOMPARE(p.secrets.reads, 0); // neither needed the keychain
}

QTEST_GUILESS_MAIN(TestFirstRunWatch)
#include "tst_firstrunwatch.moc"
