// The typed settings layer: the one table in settingkeys.h (type, default, rule of each key)
// and Settings::value()/setValue() on top of it.
#include "common/settingkeys.h"
#include "common/settings.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

Q_DECLARE_METATYPE(aria::SettingKind)

class TestSettingValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachSetting_data();
    void eachSetting();
    void everySettingHasARow();
    void typedDefaults();
    void typedRoundTrip();
    void typedSetIsValidated();
    void perIntegrationKeys();
    void helpTextForEveryKey();
    void defaultsPassTheirOwnRules();

private:
    QTemporaryDir m_dir;
    QSet<QString> m_rows;
};

// One row per setting: its kind, its default as stored, a value it refuses (with the words of
// the message) and one it accepts. For per-integration settings the key uses "gmail".
void TestSettingValue::eachSetting_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<aria::SettingKind>("kind");
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<QString>("rejected");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("accepted");
    const auto row = [this](const char *key, SettingKind kind, const char *def, const char *bad,
                         const char *message, const char *good) {
        QTest::newRow(key) << QString::fromLatin1(key) << kind << QString::fromLatin1(def)
                           << QString::fromUtf8(bad) << QString::fromLatin1(message)
                           << QString::fromLatin1(good);
        m_rows << QString::fromLatin1(key);
    };
    using K = SettingKind;
    const char *plainHttp = "Plain http is allowed only on this computer";
    row("composio.base_url", K::Url, "https://backend.composio.dev/api/v3.1", "http://proxy.example/api",
        plainHttp, "http://127.0.0.1:8080/api/v3.1");
    row("composio.via", K::Choice, "", "both", "Expected cloud or key.", "cloud");
    row("composio.broker_url", K::Url, "", "http://p.example/functions/v1/composio", plainHttp,
        "https://p.example/functions/v1/composio");
    row("connect.timeout", K::Number, "600", "3601", "Expected a number of seconds from 10 to 3600.", "10");
    row("supabase.url", K::Url, "", "http://192.168.1.20:54321", plainHttp, "https://p.supabase.co");
    row("supabase.anon_key", K::Text, "", "a b", "The value must not contain spaces or control characters.",
        "eyJhbGc");
    row("ui.theme", K::Choice, "system", "blue", "Expected system, light or dark.", "dark");
    row("ui.reduced_motion", K::Choice, "system", "maybe", "Expected system, on or off.", "on");
    row("ui.language", K::Choice, "system", "it", "Expected system, en, de, fr or es.", "fr");
    row("ui.autostart", K::Flag, "false", "yes", "Expected true or false.", "true");
    row("ui.start_minimised", K::Flag, "false", "1", "Expected true or false.", "true");
    row("ui.tray_hint_shown", K::Flag, "false", "TRUE", "Expected true or false.", "true");
    row("sync.paused", K::Flag, "false", "", "Expected true or false.", "false");
    row("gmail.mode", K::Choice, "composio", "magic", "Expected composio or direct.", "direct");
    row("gmail.client_id", K::Text, "", "a\nb", "The value must not contain spaces or control characters.",
        "123.apps");
    row("gmail.redirect_port", K::Port, "", "80", "Expected a port number from 1024 to 65535.", "65535");
    row("gmail.auth_config_id", K::Text, "", "ac 1",
        "The value must not contain spaces or control characters.", "ac_1");
}

void TestSettingValue::eachSetting()
{
    QFETCH(QString, key);
    QFETCH(aria::SettingKind, kind);
    QFETCH(QString, defaultValue);
    QFETCH(QString, rejected);
    QFETCH(QString, message);
    QFETCH(QString, accepted);
    const SettingDef *def = Settings::definition(key);
    QVERIFY(def);
    QCOMPARE(def->kind, kind);
    Settings s(m_dir.filePath(QStringLiteral("each.ini")));
    s.unset(key);
    QCOMPARE(s.get(key), defaultValue);
    QString error;
    QVERIFY(!s.set(key, rejected, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("Invalid value for %1: ").arg(key)), qPrintable(error));
    QCOMPARE(s.get(key), defaultValue);
    QVERIFY2(s.set(key, accepted, &error), qPrintable(error));
    QCOMPARE(s.get(key), accepted);
}

// A setting added to the table without a row above fails here.
void TestSettingValue::everySettingHasARow()
{
    QSet<QString> keys;
    for (const SettingDef *def : setting::kAll) {
        const QString name = QString::fromLatin1(def->name);
        keys << (def->scope == SettingScope::Global ? name : QStringLiteral("gmail.") + name);
    }
    QCOMPARE(keys.size(), int(std::size(setting::kAll))); // no key twice
    QCOMPARE(keys, m_rows);
}

void TestSettingValue::typedDefaults()
{
    Settings s(m_dir.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(s.value(setting::connectTimeout), 600);
    QCOMPARE(s.value(setting::autostart), false);
    QCOMPARE(s.value(setting::theme), QStringLiteral("system"));
    QCOMPARE(
        s.value(setting::composioBaseUrl), QUrl(QStringLiteral("https://backend.composio.dev/api/v3.1")));
    QVERIFY(s.value(setting::supabaseUrl).isEmpty());
    QCOMPARE(s.value(setting::redirectPort, QStringLiteral("gmail")), quint16(0)); // any free port
    QCOMPARE(s.value(setting::mode, QStringLiteral("gmail")), QStringLiteral("composio"));
    QCOMPARE(setting::connectTimeout.defaultTypedValue(), 600);
}

void TestSettingValue::typedRoundTrip()
{
    Settings s(m_dir.filePath(QStringLiteral("roundtrip.ini")));
    QString error;
    QVERIFY2(s.setValue(setting::syncPaused, true, &error), qPrintable(error));
    QCOMPARE(s.get(QStringLiteral("sync.paused")), QStringLiteral("true"));
    QCOMPARE(s.value(setting::syncPaused), true);
    QVERIFY(s.setValue(setting::connectTimeout, 120, &error));
    QCOMPARE(s.get(QStringLiteral("connect.timeout")), QStringLiteral("120"));
    QVERIFY(s.setValue(setting::supabaseUrl, QUrl(QStringLiteral("http://127.0.0.1:54321")), &error));
    QCOMPARE(s.value(setting::supabaseUrl), QUrl(QStringLiteral("http://127.0.0.1:54321")));
    QVERIFY(s.setValue(setting::redirectPort, QStringLiteral("outlook"), quint16(8765), &error));
    QCOMPARE(s.get(QStringLiteral("outlook.redirect_port")), QStringLiteral("8765"));
    QCOMPARE(s.value(setting::redirectPort, QStringLiteral("outlook")), quint16(8765));
    QVERIFY(s.setValue(setting::redirectPort, QStringLiteral("outlook"), quint16(0), &error));
    QCOMPARE(s.get(QStringLiteral("outlook.redirect_port")), QString()); // 0: any free port
    QVERIFY(s.unset(setting::mode, QStringLiteral("outlook")));
    QCOMPARE(s.value(setting::mode, QStringLiteral("outlook")), QStringLiteral("composio"));
}

// The typed setters go through the same rules as `config set`.
void TestSettingValue::typedSetIsValidated()
{
    Settings s(m_dir.filePath(QStringLiteral("typed-rules.ini")));
    QString error;
    QVERIFY(!s.setValue(setting::connectTimeout, 5, &error));
    QVERIFY2(error.contains(u"Expected a number of seconds from 10 to 3600."), qPrintable(error));
    QCOMPARE(s.value(setting::connectTimeout), 600);
    QVERIFY(!s.setValue(setting::supabaseUrl, QUrl(QStringLiteral("http://p.example")), &error));
    QVERIFY2(error.contains(u"Plain http is allowed only on this computer"), qPrintable(error));
    QVERIFY(!s.setValue(setting::redirectPort, QStringLiteral("gmail"), quint16(80), &error));
    QVERIFY(!s.setValue(setting::theme, QStringLiteral("blue"), &error));
    QCOMPARE(s.value(setting::theme), QStringLiteral("system"));
}

void TestSettingValue::perIntegrationKeys()
{
    QCOMPARE(setting::mode.key(QStringLiteral("my_crm")), QStringLiteral("my_crm.mode"));
    QCOMPARE(setting::theme.key(), QStringLiteral("ui.theme"));
    QVERIFY(Settings::definition(QStringLiteral("my_crm.redirect_port")) == &setting::redirectPort);
    QVERIFY(!Settings::definition(QStringLiteral("mode"))); // a per-integration name needs an id
    QVERIFY(!Settings::definition(QStringLiteral("gmail.theme"))); // a global name takes no id
    QVERIFY(!Settings::definition(QStringLiteral("Gmail.mode")));
}

void TestSettingValue::helpTextForEveryKey()
{
    for (const SettingDef *def : setting::kAll) {
        const QString key = def->scope == SettingScope::Global
            ? QString::fromLatin1(def->name)
            : QStringLiteral("gmail.") + QLatin1String(def->name);
        QVERIFY2(!Settings::describe(key).isEmpty(), qPrintable(key));
        QVERIFY2(def->kind == SettingKind::Url || def->expected, qPrintable(key));
    }
}

// What get() returns for an unset key is a value set() would take.
void TestSettingValue::defaultsPassTheirOwnRules()
{
    for (const SettingDef *def : setting::kAll) {
        const QString key = def->scope == SettingScope::Global ? QString::fromLatin1(def->name)
                                                                : QStringLiteral("gmail.") + QLatin1String(def->name);
        const QString problem = Settings::problemWith(key, QString::fromLatin1(def->defaultValue));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestSettingValue)
#include "tst_settingvalue.moc"
