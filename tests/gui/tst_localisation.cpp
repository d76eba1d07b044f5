// The window in German: translated texts, plural forms, dates in the locale's format, and the
// language choice in the settings. One language per process: translators stack up.
#include "common/settings.h"
#include "domain/integration.h"
#include "guifixture.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"
#include "statustext.h"
#include "translator.h"

#include <QComboBox>
#include <QSignalSpy>

using namespace aria;
using namespace aria::ui;

namespace {

QStringList visibleButtonTexts(QWidget *w)
{
    QStringList out;
    for (auto *b : w->findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            out << b->text();
    }
    out.sort();
    return out;
}

}  // namespace

class TestLocalisation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowInGerman();
    void germanFitsInEveryCardState();
    void relativeTimesInGerman_data();
    void relativeTimesInGerman();
    void exactTimeFollowsTheLocale();
    void languageChoiceInSettings();
};

void TestLocalisation::initTestCase()
{
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);  // dates and numbers follow the language
}

void TestLocalisation::windowInGerman()
{
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("maya@acme.test"), 5 * 60);
    fx.model->setIntegrations(builtInIntegrations());
    MainWindow window(fx.model.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("title"))->text(), QStringLiteral("Integrationen"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("subtitle"))->text(),
             QStringLiteral("Verbinden Sie Ihre Tools, um alle Funktionen von ARIA zu nutzen"));
    QCOMPARE(visibleButtonTexts(window.card(QStringLiteral("hubspot"))), QStringList{QStringLiteral("Verbinden")});

    IntegrationCard *calendar = window.card(QStringLiteral("google_calendar"));
    QVERIFY(calendar->findChildren<QLabel *>().size() > 0);
    bool named = false;
    for (QLabel *l : calendar->findChildren<QLabel *>())
        named = named || l->text() == u"Google Kalender";
    QVERIFY2(named, "the integration's name is translated");

    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QCOMPARE(gmail->findChild<QLabel *>(QStringLiteral("lastSync"))->text(),
             QStringLiteral("Letzte Synchronisierung vor 5 Minuten"));
    QCOMPARE(gmail->view().pill, QStringLiteral("Verbunden"));
    QCOMPARE(gmail->view().account, QStringLiteral("maya@acme.test"));
    QVERIFY(visibleButtonTexts(gmail).contains(QStringLiteral("Trennen")));
    // Nothing in German is cut or overlaps (German words are long).
    const QStringList problems = layoutProblems(gmail);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// German words are long: every card state at the default and the narrowest window size.
void TestLocalisation::germanFitsInEveryCardState()
{
    GuiFixture fx;
    fx.fillEveryState();
    MainWindow window(fx.model.get());
    for (const QSize size : {QSize(1100, 800), window.minimumSizeHint().expandedTo(window.minimumSize())}) {
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        for (IntegrationCard *card : window.page()->cards()) {
            const QStringList problems = layoutProblems(card);
            QVERIFY2(problems.isEmpty(), qPrintable(card->integrationId() + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
        }
    }
}

void TestLocalisation::relativeTimesInGerman_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(10) << QStringLiteral("gerade eben");
    QTest::newRow("1 minute") << qint64(60) << QStringLiteral("vor 1 Minute");
    QTest::newRow("5 minutes") << qint64(5 * 60) << QStringLiteral("vor 5 Minuten");
    QTest::newRow("1 hour") << qint64(3600) << QStringLiteral("vor 1 Stunde");
    QTest::newRow("3 hours") << qint64(3 * 3600) << QStringLiteral("vor 3 Stunden");
    QTest::newRow("1 day") << qint64(86400) << QStringLiteral("vor 1 Tag");
    QTest::newRow("2 days") << qint64(2 * 86400) << QStringLiteral("vor 2 Tagen");
}

void TestLocalisation::relativeTimesInGerman()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    QCOMPARE(relativeTime(now.addSecs(-secondsAgo), now), expected);
}

void TestLocalisation::exactTimeFollowsTheLocale()
{
    GuiFixture fx;
    Connection c;
    c.integrationType = QStringLiteral("gmail");
    c.status = ConnectionStatus::Active;
    c.displayName = QStringLiteral("maya@acme.test");
    c.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    QVERIFY(fx.store.upsert(c));
    fx.model->setIntegrations(builtInIntegrations());
    MainWindow window(fx.model.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString tooltip = window.card(QStringLiteral("gmail"))->findChild<QLabel *>(QStringLiteral("lastSync"))->toolTip();
    const QDateTime local = c.lastSyncAt.toLocalTime();
    QCOMPARE(tooltip, QLocale(QLocale::German, QLocale::Germany).toString(local, QLocale::LongFormat));
    QVERIFY(tooltip != QLocale(QLocale::English, QLocale::UnitedStates).toString(local, QLocale::LongFormat));
    QVERIFY2(tooltip.contains(QLocale(QLocale::German).monthName(local.date().month())), qPrintable(tooltip));
}

void TestLocalisation::languageChoiceInSettings()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MemorySecretStore secrets;
    SettingsDialog dialog(&settings, &secrets, builtInIntegrations());
    auto *language = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("ui.language")));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
    QCOMPARE(language->currentText(), QStringLiteral("Systemstandard"));
    QStringList codes;
    for (int i = 0; i < language->count(); ++i)
        codes << language->itemData(i).toString();
    QCOMPARE(codes, (QStringList{QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"),
                                 QStringLiteral("fr"), QStringLiteral("es")}));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("languageHint"))->text(),
             QStringLiteral("Eine neue Sprache gilt ab dem nächsten Start der App."));

    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save();
    QVERIFY(saved.count() == 1 || saved.wait(2000));
    QCOMPARE(settings.get(QStringLiteral("ui.language")), QStringLiteral("fr"));
}

QTEST_MAIN(TestLocalisation)
#include "tst_localisation.moc"
