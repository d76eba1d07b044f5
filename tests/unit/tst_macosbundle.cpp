// macOS bundle settings, checked on Linux (macOS itself is not built here): the Info.plist
// template filled as CMake fills it for the bundle (packaging/macos/macos.cmake) is a plist
// with the app's id, name, version and icon, a Dock app (LSUIElement false) and Retina-ready.
#include "plistreader.h"

#include <QFile>
#include <QtTest>

class TestMacosBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void infoPlist_data();
    void infoPlist();

private:
    QVariantMap m_plist;
};

void TestMacosBundle::infoPlist_data()
{
    QFile file(QStringLiteral(ARIA_INFO_PLIST));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString problem;
    m_plist = readPlist(file.readAll(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("id") << "CFBundleIdentifier" << QVariant(QStringLiteral(ARIA_APP_ID));
    QTest::newRow("executable") << "CFBundleExecutable" << QVariant(QStringLiteral("aria-integrations"));
    QTest::newRow("name") << "CFBundleName" << QVariant(QStringLiteral("ARIA Integrations"));
    QTest::newRow("version") << "CFBundleShortVersionString" << QVariant(QStringLiteral(ARIA_VERSION));
    QTest::newRow("build") << "CFBundleVersion" << QVariant(QStringLiteral(ARIA_VERSION));
    QTest::newRow("type") << "CFBundlePackageType" << QVariant(QStringLiteral("APPL"));
    QTest::newRow("icon") << "CFBundleIconFile" << QVariant(QStringLiteral("aria-integrations.icns"));
    QTest::newRow("dock app") << "LSUIElement" << QVariant(false);
    QTest::newRow("retina") << "NSHighResolutionCapable" << QVariant(true);
}

void TestMacosBundle::infoPlist()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QVERIFY2(m_plist.contains(key), qPrintable(key));
    QCOMPARE(m_plist.value(key), value);
}

QTEST_GUILESS_MAIN(TestMacosBundle)
#include "tst_macosbundle.moc"
