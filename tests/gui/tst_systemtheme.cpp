// The desktop's light/dark switch reaches the app through a real session bus: this test serves
// org.freedesktop.portal.Settings on a second connection, as xdg-desktop-portal does.
#include "systemthemewatcher.h"
#include "theme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QtTest>

using aria::ui::SystemThemeWatcher;
using aria::ui::Theme;
using Preference = std::optional<Theme::Scheme>;
Q_DECLARE_METATYPE(Preference)

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");

} // namespace

class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint colorScheme = 0;
    bool nested = true; // v(v(u)) like portal versions before ReadOne; else v(u)

    void change(const QString &ns, const QString &key, uint value, QDBusConnection bus)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
        signal << ns << key << QVariant::fromValue(QDBusVariant(value));
        QVERIFY(bus.send(signal));
    }

public Q_SLOTS:
    QDBusVariant Read(const QString &ns, const QString &key)
    {
        if (ns != u"org.freedesktop.appearance" || key != u"color-scheme")
            return QDBusVariant(QString());
        const QDBusVariant inner(colorScheme);
        return nested ? QDBusVariant(QVariant::fromValue(inner)) : inner;
    }
};

class TestSystemTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstReadGivesThePreference_data();
    void firstReadGivesThePreference();
    void changesAreFollowed();
    void withoutPortalNothingChanges();
    void systemSettingResolvesToThePreference();

private:
    void servePortal();
    QDBusConnection portalBus() const { return QDBusConnection(QStringLiteral("fake-portal")); }
    FakePortal m_portal;
    bool m_serving = false;
};

void TestSystemTheme::init()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs a session bus (KEYRING tests get one)");
    qRegisterMetaType<Preference>();
}

void TestSystemTheme::cleanup()
{
    if (m_serving) {
        portalBus().unregisterObject(kPath);
        portalBus().unregisterService(kService);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
        m_serving = false;
    }
    Theme::setSystemPreference(std::nullopt);
}

void TestSystemTheme::servePortal()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal"));
    QVERIFY(bus.isConnected());
    QVERIFY(bus.registerObject(kPath, &m_portal, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(kService));
    m_serving = true;
}

void TestSystemTheme::firstReadGivesThePreference_data()
{
    QTest::addColumn<uint>("value");
    QTest::addColumn<bool>("nested");
    QTest::addColumn<Preference>("expected");
    QTest::newRow("dark, v(v(u))") << 1u << true << Preference(Theme::Scheme::Dark);
    QTest::newRow("light, v(v(u))") << 2u << true << Preference(Theme::Scheme::Light);
    QTest::newRow("dark, v(u)") << 1u << false << Preference(Theme::Scheme::Dark);
    QTest::newRow("no preference") << 0u << true << Preference();
    QTest::newRow("unknown value") << 7u << true << Preference();
}

void TestSystemTheme::firstReadGivesThePreference()
{
    QFETCH(uint, value);
    QFETCH(bool, nested);
    QFETCH(Preference, expected);
    m_portal.colorScheme = value;
    m_portal.nested = nested;
    servePortal();
    SystemThemeWatcher watcher;
    QSignalSpy spy(&watcher, &SystemThemeWatcher::preferenceChanged);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<Preference>(), expected);
}

void TestSystemTheme::changesAreFollowed()
{
    m_portal.colorScheme = 2;
    servePortal();
    SystemThemeWatcher watcher;
    QSignalSpy spy(&watcher, &SystemThemeWatcher::preferenceChanged);
    QVERIFY(spy.wait(5000)); // the first read: light
    m_portal.change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("accent-color"), 1, portalBus());
    m_portal.change(QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("color-scheme"), 1, portalBus());
    m_portal.change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"), 1, portalBus());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    QCOMPARE(spy.last().first().value<Preference>(), Preference(Theme::Scheme::Dark)); // only the real key
    m_portal.change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"), 0, portalBus());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 5000);
    QCOMPARE(spy.last().first().value<Preference>(), Preference());
}

void TestSystemTheme::withoutPortalNothingChanges()
{
    SystemThemeWatcher watcher; // nobody serves the portal on this bus
    QSignalSpy spy(&watcher, &SystemThemeWatcher::preferenceChanged);
    QTest::qWait(1000);
    QCOMPARE(spy.count(), 0);
}

void TestSystemTheme::systemSettingResolvesToThePreference()
{
    Theme::setSystemPreference(Theme::Scheme::Dark);
    QCOMPARE(Theme::resolve(QStringLiteral("system")), Theme::Scheme::Dark);
    QCOMPARE(Theme::resolve(QStringLiteral("light")), Theme::Scheme::Light); // a fixed choice wins
    Theme::setSystemPreference(Theme::Scheme::Light);
    QCOMPARE(Theme::resolve(QStringLiteral("system")), Theme::Scheme::Light);
    QCOMPARE(Theme::resolve(QStringLiteral("dark")), Theme::Scheme::Dark);
    Theme::setSystemPreference(std::nullopt); // back to the start-up palette
    QCOMPARE(Theme::resolve(QStringLiteral("system")),
        Theme::isDarkPalette(QGuiApplication::palette()) ? Theme::Scheme::Dark : Theme::Scheme::Light);
}

QTEST_MAIN(TestSystemTheme)
#include "tst_systemtheme.moc"
