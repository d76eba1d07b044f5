#include "common/autostart.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "testhome.h"

#include <QFile>
#include <QtTest>

using namespace aria;

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsXdgConfigHome();
    void writesAndRemovesTheEntry();
    void execQuoting_data();
    void execQuoting();
    void settingsAloneWriteNoEntry();
    void followAppliesTheSettings();
    void dependsOnTheTwoSettings();
};

void TestAutostart::followsXdgConfigHome()
{
    TestHome home;
    QCOMPARE(Autostart::entryPath(), home.path() + QStringLiteral("/.config/autostart/aria-integrations.desktop"));
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/elsewhere")).toUtf8());
    QCOMPARE(Autostart::entryPath(), home.path() + QStringLiteral("/elsewhere/autostart/aria-integrations.desktop"));
}

void TestAutostart::writesAndRemovesTheEntry()
{
    TestHome home;
    QVERIFY(!Autostart::isEnabled());
    QString error;
    QVERIFY2(Autostart::apply(true, true, QStringLiteral("/usr/bin/aria-integrations"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QFile file(Autostart::entryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
    QVERIFY(text.contains(QLatin1String("\nType=Application\n")));
    QVERIFY(text.contains(QLatin1String("\nExec=/usr/bin/aria-integrations --minimised\n")));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    file.close();
    QVERIFY(Autostart::apply(false, false, QString(), &error));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::apply(false, false, QString(), &error));  // removing twice is fine
}

void TestAutostart::execQuoting_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<bool>("minimised");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << "/opt/aria/aria-integrations" << false << "/opt/aria/aria-integrations";
    QTest::newRow("space") << "/home/a b/aria" << true << "\"/home/a b/aria\" --minimised";
    // Inside quotes: \" and \$, then every backslash doubled by the string escape rule.
    QTest::newRow("quote and dollar") << "/x/\"$y" << false << "\"/x/\\\\\"\\\\$y\"";
    QTest::newRow("percent") << "/x/100%" << false << "/x/100%%";
}

void TestAutostart::execQuoting()
{
    QFETCH(QString, executable);
    QFETCH(bool, minimised);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::execLine(executable, minimised), exec);
}

// Settings::set stores and nothing else: the entry is written by whoever applies it.
void TestAutostart::settingsAloneWriteNoEntry()
{
    TestHome home;
    Settings settings;
    QString error;
    QVERIFY2(settings.setValue(setting::autostart, true, &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::followAppliesTheSettings()
{
    TestHome home;
    Settings settings;
    const QString exe = QStringLiteral("/usr/bin/aria-integrations");
    QString error;
    QVERIFY(!settings.set(setting::autostart.key(), QStringLiteral("yes"), &error));
    QVERIFY(Autostart::follow(settings, exe, &error));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(settings.setValue(setting::autostart, true, &error));
    QVERIFY2(Autostart::follow(settings, exe, &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QVERIFY(settings.setValue(setting::startMinimised, true, &error));
    QVERIFY(Autostart::follow(settings, exe, &error));
    QFile file(Autostart::entryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QLatin1String(" --minimised\n")));
    settings.unset(setting::autostart.key());  // back to the default: off
    QVERIFY(Autostart::follow(settings, exe, &error));
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::dependsOnTheTwoSettings()
{
    QVERIFY(Autostart::dependsOn(setting::autostart.key()));
    QVERIFY(Autostart::dependsOn(setting::startMinimised.key()));
    QVERIFY(!Autostart::dependsOn(setting::theme.key()));
    QVERIFY(!Autostart::dependsOn(setting::trayHintShown.key()));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
