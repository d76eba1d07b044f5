// Colour tokens (WCAG AA contrast in both themes), scheme detection, bundled font, and the
// reduced-motion detection rules.
#include "appearance.h"
#include "motion.h"
#include "testhome.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>

using namespace aria::ui;

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastRatioFormula();
    void tokenPairsMeetWcagAA_data();
    void tokenPairsMeetWcagAA();
    void schemeFollowsPaletteLightness();
    void applySetsPaletteAndInter();
    void tileColoursAreStable();
    void reducedMotionDetection_data();
    void reducedMotionDetection();
    void reducedMotionSettingWins();
};

void TestTheme::contrastRatioFormula()
{
    QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // A known pair: #767676 on white is the classic 4.54:1.
    QCOMPARE(qRound(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestTheme::tokenPairsMeetWcagAA_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (auto scheme : { Theme::Scheme::Light, Theme::Scheme::Dark }) {
        const Theme theme = Theme::forScheme(scheme);
        const QList<Theme::ContrastPair> pairs = theme.contrastPairs();
        QVERIFY(pairs.size() >= 15);
        for (const Theme::ContrastPair &p : pairs) {
            const QByteArray name = QByteArray(scheme == Theme::Scheme::Dark ? "dark: " : "light: ") + p.name;
            QTest::newRow(name.constData()) << p.foreground << p.background << p.minimum;
        }
    }
}

void TestTheme::tokenPairsMeetWcagAA()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    const double ratio = Theme::contrastRatio(foreground, background);
    QVERIFY2(ratio >= minimum,
        qPrintable(QStringLiteral("%1 on %2: %3:1 < %4:1")
                       .arg(foreground.name(), background.name())
                       .arg(ratio, 0, 'f', 2)
                       .arg(minimum)));
}

void TestTheme::schemeFollowsPaletteLightness()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QVERIFY(Theme::isDarkPalette(dark));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    light.setColor(QPalette::WindowText, Qt::black);
    QVERIFY(!Theme::isDarkPalette(light));
    QCOMPARE(Theme::resolve(QStringLiteral("dark")), Theme::Scheme::Dark);
    QCOMPARE(Theme::resolve(QStringLiteral("light")), Theme::Scheme::Light);
    // "system" reads the platform palette (offscreen: light).
    QCOMPARE(Theme::resolve(QStringLiteral("system")), Theme::Scheme::Light);
}

void TestTheme::applySetsPaletteAndInter()
{
    QCOMPARE(loadBundledFonts(), QStringLiteral("Inter"));
    applyAppearance(QStringLiteral("dark"), QStringLiteral("system"));
    QVERIFY(Theme::current().isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::current().tokens().window);
    QCOMPARE(QFontInfo(QApplication::font()).family(), QStringLiteral("Inter"));
    applyAppearance(QStringLiteral("light"), QStringLiteral("system"));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
        Theme::forScheme(Theme::Scheme::Light).tokens().window);
}

void TestTheme::tileColoursAreStable()
{
    const Theme theme = Theme::forScheme(Theme::Scheme::Light);
    // The same id gives the same colours in every process (no seeded hash): the hue is
    // FNV-1a("acme_tasks") % 360 = 2, worked out independently of the app.
    const QColor from = theme.tileGradient(QStringLiteral("acme_tasks")).first;
    QVERIFY2(qAbs(from.hslHue() - 2) <= 1, qPrintable(QString::number(from.hslHue())));
    QVERIFY(theme.tileGradient(QStringLiteral("gmail")) != theme.tileGradient(QStringLiteral("hubspot")));
}

void TestTheme::reducedMotionDetection_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("reduced");
    QTest::newRow("nothing") << QByteArray() << QString() << QString() << false;
    QTest::newRow("QT_ANIMATIONS=0") << QByteArray("0") << QString() << QString() << true;
    QTest::newRow("QT_ANIMATIONS=1") << QByteArray("1") << QString() << QString() << false;
#ifdef Q_OS_UNIX // the desktop settings files of Linux (XDG config folder); Windows has none
    QTest::newRow("gtk3 off") << QByteArray() << QStringLiteral("gtk-3.0/settings.ini")
                              << QStringLiteral("[Settings]\ngtk-enable-animations=false\n") << true;
    QTest::newRow("gtk4 0") << QByteArray() << QStringLiteral("gtk-4.0/settings.ini")
                            << QStringLiteral("[Settings]\ngtk-enable-animations=0\n") << true;
    QTest::newRow("gtk on") << QByteArray() << QStringLiteral("gtk-3.0/settings.ini")
                            << QStringLiteral("[Settings]\ngtk-enable-animations=true\n") << false;
    QTest::newRow("kde 0") << QByteArray() << QStringLiteral("kdeglobals")
                           << QStringLiteral("[KDE]\nAnimationDurationFactor=0\n") << true;
    QTest::newRow("kde 1") << QByteArray() << QStringLiteral("kdeglobals")
                           << QStringLiteral("[KDE]\nAnimationDurationFactor=1\n") << false;
#endif
}

void TestTheme::reducedMotionDetection()
{
    QFETCH(QByteArray, env);
    QFETCH(QString, file);
    QFETCH(QString, content);
    QFETCH(bool, reduced);
    TestHome home;
    if (env.isEmpty())
        qunsetenv("QT_ANIMATIONS");
    else
        qputenv("QT_ANIMATIONS", env);
    if (!file.isEmpty()) {
        const QString path = home.path() + QLatin1String("/.config/") + file;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    }
    QCOMPARE(Motion::systemPrefersReduced(), reduced);
    qunsetenv("QT_ANIMATIONS");
}

void TestTheme::reducedMotionSettingWins()
{
    Motion::setPreference(QStringLiteral("on"));
    QVERIFY(Motion::reduced());
    Motion::setPreference(QStringLiteral("off"));
    QVERIFY(!Motion::reduced());
    Motion::setPreference(QStringLiteral("system"));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
