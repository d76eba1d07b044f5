// The command line speaks the chosen language: --lang for one run, the ui.language setting,
// else the system's locale. Plural rules and date formats are the language's own.
#include "domain/connection.h"
#include "common/apppaths.h"
#include "processrun.h"
#include "store/connectionstore.h"
#include "testhome.h"

#include <QDir>
#include <QLocale>
#include <QtTest>

namespace {

// The app with a fixed system locale (C unless given) so that only what the test chooses counts.
ProcessRun runIn(const QStringList &args, const QString &systemLocale = QStringLiteral("C.UTF-8"))
{
    ProcessOptions options;
    options.env.insert(QStringLiteral("LC_ALL"), systemLocale);
    options.env.remove(QStringLiteral("LANGUAGE"));
    return runApp(args, options);
}

}  // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }
    void helpInFrench();
    void pluralRules_data();
    void pluralRules();
    void listInGermanWithLocalDates();
    void settingThenOverride();
    void followsTheSystemLocale();
    void unknownLanguageIsAnError();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestCliLanguage::helpInFrench()
{
    const ProcessRun r = runIn({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Afficher cette aide et quitter.")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Commandes :")));
    QVERIFY(r.out.contains(QStringLiteral("Lister les intégrations et l’état de leur connexion")));
    QVERIFY2(r.out.startsWith(QStringLiteral("Utilisation :")), "Qt's own texts are French too (qtbase_fr)");
    QVERIFY(!r.out.contains(QStringLiteral("Show this help")));
}

void TestCliLanguage::pluralRules_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    // With no connection: French counts 0 as singular, the others as plural.
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("0 connectée\n");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("0 conectadas\n");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("0 verbunden\n");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("0 connected\n");
}

void TestCliLanguage::pluralRules()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const ProcessRun r = runIn({QStringLiteral("--lang"), language, QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
}

void TestCliLanguage::listInGermanWithLocalDates()
{
    const QDateTime synced(QDate(2026, 3, 2), QTime(9, 41), Qt::UTC);
    {
        QVERIFY(QDir().mkpath(aria::AppPaths::dataDir()));
        aria::ConnectionStore store;
        QVERIFY(store.open(aria::AppPaths::databaseFile()));
        aria::Connection c;
        c.integrationType = QStringLiteral("google_calendar");
        c.status = aria::ConnectionStatus::Active;
        c.displayName = QStringLiteral("maya@acme.test");
        c.lastSyncAt = synced;
        QVERIFY(store.upsert(c));
    }
    const ProcessRun r = runIn({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QString expectedDate =
        QLocale(QLocale::German, QLocale::Germany).toString(synced.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(r.out.contains(QStringLiteral("Google Kalender (maya@acme.test) · zuletzt synchronisiert: ") + expectedDate),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    QVERIFY(!r.out.contains(QStringLiteral("2026-03-02")));  // no ISO date in human output
}

void TestCliLanguage::settingThenOverride()
{
    QCOMPARE(runIn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.language"), QStringLiteral("es")})
                 .exitCode,
             0);
    ProcessRun r = runIn({QStringLiteral("status")});
    QCOMPARE(r.out, QStringLiteral("0 conectadas\n"));
    r = runIn({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("status")});
    QCOMPARE(r.out, QStringLiteral("0 connected\n"));
    r = runIn({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("status")});
    QCOMPARE(r.out, QStringLiteral("0 connectée\n"));
}

void TestCliLanguage::followsTheSystemLocale()
{
#ifdef Q_OS_WIN
    QSKIP("the system locale comes from the user's Windows settings, which no environment variable sets");
#endif
    ProcessRun r = runIn({QStringLiteral("status")}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(r.out, QStringLiteral("0 verbunden\n"));
    r = runIn({QStringLiteral("status")});
    QCOMPARE(r.out, QStringLiteral("0 connected\n"));
}

void TestCliLanguage::unknownLanguageIsAnError()
{
    const ProcessRun r = runIn({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("--lang takes en, de, fr, es or system.")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
