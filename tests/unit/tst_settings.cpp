#include "common/apppaths.h"
#include "common/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void validation_data();
    void validation();
    void persistsPrivately();
    void localUserIdIsStable();
    void environmentOverridesBaseUrl();
    void cloudOnceSupabaseIsSet();
    void profileDirHoldsTheWholeProfile();
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("cfg/settings.ini")));
    QCOMPARE(s.get(QStringLiteral("composio.base_url")), QStringLiteral("https://backend.composio.dev/api/v3.1"));
    QCOMPARE(s.get(QStringLiteral("gmail.mode")), QStringLiteral("composio"));
    QCOMPARE(s.get(QStringLiteral("ui.theme")), QStringLiteral("system"));
    QVERIFY(Settings::isKnownKey(QStringLiteral("my_crm.client_id")));
    QVERIFY(!Settings::isKnownKey(QStringLiteral("gmail.password")));
    QVERIFY(!Settings::isKnownKey(QStringLiteral("Gmail.mode")));
}

void TestSettings::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("url ok") << "composio.base_url" << "http://127.0.0.1:8080/api/v3.1" << true;
    QTest::newRow("url no scheme") << "composio.base_url" << "backend.composio.dev" << false;
    QTest::newRow("url ftp") << "supabase.url" << "ftp://x.example" << false;
    QTest::newRow("url empty clears") << "supabase.url" << "" << true;
    // Keys and tokens travel to these: plain http only to this computer.
    QTest::newRow("url http remote") << "composio.base_url" << "http://proxy.example/api/v3.1" << false;
    QTest::newRow("url http lan") << "supabase.url" << "http://192.168.1.20:54321" << false;
    QTest::newRow("url http localhost") << "supabase.url" << "http://localhost:54321" << true;
    QTest::newRow("url http ::1") << "supabase.url" << "http://[::1]:54321" << true;
    QTest::newRow("url https remote") << "supabase.url" << "https://p.supabase.co" << true;
    QTest::newRow("url user info") << "composio.base_url" << "https://user:pw@proxy.example" << false;
    QTest::newRow("mode direct") << "outlook.mode" << "direct" << true;
    QTest::newRow("mode bogus") << "outlook.mode" << "magic" << false;
    QTest::newRow("redirect port") << "salesforce.redirect_port" << "8765" << true;
    QTest::newRow("redirect port empty clears") << "salesforce.redirect_port" << "" << true;
    QTest::newRow("redirect port privileged") << "salesforce.redirect_port" << "80" << false;
    QTest::newRow("redirect port too big") << "salesforce.redirect_port" << "70000" << false;
    QTest::newRow("redirect port words") << "salesforce.redirect_port" << "http" << false;
    QTest::newRow("theme") << "ui.theme" << "dark" << true;
    QTest::newRow("theme bogus") << "ui.theme" << "blue" << false;
    QTest::newRow("timeout") << "connect.timeout" << "120" << true;
    QTest::newRow("timeout tiny") << "connect.timeout" << "1" << false;
    QTest::newRow("timeout text") << "connect.timeout" << "soon" << false;
    QTest::newRow("client id") << "gmail.client_id" << "123.apps.example" << true;
    QTest::newRow("client id newline") << "gmail.client_id" << "a\nb" << false;
    QTest::newRow("unknown") << "composio.api_key" << "secret" << false;
    QTest::newRow("via cloud") << "composio.via" << "cloud" << true;
    QTest::newRow("via key") << "composio.via" << "key" << true;
    QTest::newRow("via bogus") << "composio.via" << "both" << false;
    QTest::newRow("broker https") << "composio.broker_url" << "https://p.example/functions/v1/composio" << true;
    QTest::newRow("broker http loopback") << "composio.broker_url" << "http://127.0.0.1:54321/functions/v1/composio" << true;
    QTest::newRow("broker http remote") << "composio.broker_url" << "http://p.example/functions/v1/composio" << false;
    QTest::newRow("broker http lookalike") << "composio.broker_url" << "http://127.0.0.1.p.example/f" << false;
}

void TestSettings::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    const QString before = s.get(key);
    QString error;
    QCOMPARE(s.set(key, value, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(s.get(key), accepted ? value : before);
    if (key.endsWith(u"url") && value.startsWith(u"http://") && !accepted)
        QVERIFY2(error.contains(u"Plain http is allowed only on this computer"), qPrintable(error));
}

void TestSettings::persistsPrivately()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes; on Windows the profile is private by the ACL of %LOCALAPPDATA% (docs/WINDOWS.md)");
#endif
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cfg/settings.ini"));
    {
        Settings s(file);
        QString error;
        QVERIFY(s.set(QStringLiteral("ui.theme"), QStringLiteral("dark"), &error));
    }
    QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("cfg")))
                 & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Settings again(file);
    QCOMPARE(again.get(QStringLiteral("ui.theme")), QStringLiteral("dark"));
}

void TestSettings::localUserIdIsStable()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QString first;
    {
        Settings s(file);
        first = s.localUserId();
    }
    QVERIFY(!QUuid::fromString(first).isNull());
    Settings s(file);
    QCOMPARE(s.localUserId(), first);
}

void TestSettings::environmentOverridesBaseUrl()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    qputenv("ARIA_COMPOSIO_BASE_URL", "http://127.0.0.1:9/api/v3.1");
    QCOMPARE(s.composioBaseUrl(), QStringLiteral("http://127.0.0.1:9/api/v3.1"));
    qunsetenv("ARIA_COMPOSIO_BASE_URL");
    QCOMPARE(s.composioBaseUrl(), QStringLiteral("https://backend.composio.dev/api/v3.1"));
}

void TestSettings::cloudOnceSupabaseIsSet()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("via.ini")));
    // Nothing configured: the user's own key is the only way.
    QCOMPARE(s.composioVia(), QStringLiteral("key"));
    QVERIFY(!s.composioBrokerUrl().isValid());
    QVERIFY(s.set(QStringLiteral("supabase.url"), QStringLiteral("https://abc.supabase.co/"), nullptr));
    QCOMPARE(s.composioVia(), QStringLiteral("cloud"));
    QCOMPARE(s.composioBrokerUrl(), QUrl(QStringLiteral("https://abc.supabase.co/functions/v1/composio")));
    QVERIFY(s.set(QStringLiteral("composio.via"), QStringLiteral("key"), nullptr));
    QCOMPARE(s.composioVia(), QStringLiteral("key"));
    QVERIFY(s.set(QStringLiteral("composio.broker_url"), QStringLiteral("https://proxy.example/composio"), nullptr));
    QCOMPARE(s.composioBrokerUrl(), QUrl(QStringLiteral("https://proxy.example/composio")));
}

QTEST_GUILESS_MAIN(TestSettings)
// ARIA_PROFILE_DIR moves data and settings together, wherever the platform keeps them otherwise.
void TestSettings::profileDirHoldsTheWholeProfile()
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("ARIA_PROFILE_DIR");
    qputenv("ARIA_PROFILE_DIR", (dir.path() + QStringLiteral("/p//")).toUtf8());
    const QString data = aria::AppPaths::databaseFile();
    const QString settings = aria::AppPaths::settingsFile();
    if (saved.isNull())
        qunsetenv("ARIA_PROFILE_DIR");
    else
        qputenv("ARIA_PROFILE_DIR", saved);
    QCOMPARE(data, dir.path() + QStringLiteral("/p/data/integrations.sqlite"));
    QCOMPARE(settings, dir.path() + QStringLiteral("/p/config/settings.ini"));
    QVERIFY(aria::AppPaths::databaseFile() != data); // unset: the platform's place again
}

#include "tst_settings.moc"
