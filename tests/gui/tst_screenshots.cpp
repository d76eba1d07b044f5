// Renders every card state in both themes at 1200, 400 and 360 px wide, writes the PNGs to
// <build>/screenshots/ (test artifacts) and checks the structure of each layout.
#include "accountchip.h"
#include "accountrow.h"
#include "actionbutton.h"
#include "common/settings.h"
#include "errorbanner.h"
#include "fakeconnectionservice.h"
#include "guifixture.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"
#include "signindialog.h" // accountchip.h keeps a QPointer to it
#include "skeletoncard.h"
#include "supabase/supabaseaccount.h"
#include "theme.h"
#include "translator.h"
#include "welcomepanel.h"

#include <QDir>
#include <QEnterEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>

using namespace aria;
using namespace aria::ui;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyState_data();
    void everyState();
    void accountRows_data();
    void accountRows();
    void settingsDialog_data();
    void settingsDialog();
    void firstRunWelcomes_data();
    void firstRunWelcomes();

private:
    QString m_outDir;
};

void TestScreenshots::initTestCase()
{
    installTranslations(QStringLiteral("en"));
    m_outDir = QStringLiteral(ARIA_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestScreenshots::everyState_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("scene");
    for (const char *theme : { "light", "dark" }) {
        for (int width : { 1200, 400, 360 }) {
            for (const char *scene : { "cards", "loading", "banner-confirm" }) {
                const QByteArray name = QByteArray(scene) + '-' + theme + '-' + QByteArray::number(width);
                QTest::newRow(name.constData())
                    << QString::fromLatin1(theme) << width << QString::fromLatin1(scene);
            }
        }
    }
}

void TestScreenshots::everyState()
{
    QFETCH(QString, theme);
    QFETCH(int, width);
    QFETCH(QString, scene);
    applyAppearance(theme, QStringLiteral("on")); // static frames: no animation mid-way
    QCOMPARE(Theme::current().isDark(), theme == u"dark");

    GuiFixture fx;
    fx.fillEveryState();
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    // The real account chip (signed out: nothing configured) in the header's slot.
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    supabase::SupabaseAccount account(&fx.store, &secrets, &network, nullptr, supabase::SupabaseAccount::Sync::Off);
    window.setAccountWidget(new AccountChip(account.backend(), nullptr));
    window.resize(width, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    if (scene == u"loading") {
        window.setLoading(true);
    } else if (scene == u"banner-confirm") {
        window.showProblem(
            QStringLiteral("Could not reach Composio. Check your connection and try again."), [] {});
        IntegrationCard *calendar = window.card(QStringLiteral("google_calendar"));
        for (auto *b : calendar->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && b->text() == u"Disconnect") {
                QTest::mouseClick(b, Qt::LeftButton);
                break;
            }
        }
        QVERIFY(calendar->isConfirmingDisconnect());
        window.card(QStringLiteral("gmail"))->showNote(QStringLiteral("Connected as maya@acme.test"));
        // Hover on HubSpot (lifted, softer wider shadow) and keyboard focus on its Connect.
        IntegrationCard *hubspot = window.card(QStringLiteral("hubspot"));
        QEnterEvent enter(QPointF(20, 20), QPointF(20, 20), QPointF(20, 20));
        QCoreApplication::sendEvent(hubspot, &enter);
        QCOMPARE(hubspot->lift(), 1.0);
        window.setAttribute(Qt::WA_KeyboardFocusChange);
        for (auto *b : hubspot->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && b->text() == u"Connect")
                b->setFocus(Qt::TabFocusReason);
        }
    }
    QCoreApplication::processEvents();

    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("scroll"));
    IntegrationsPage *page = window.page();
    // Nothing wider than the viewport: no horizontal scrolling, ever.
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(page->width() <= scroll->viewport()->width(), qPrintable(QString::number(page->width())));
    QStringList problems = layoutProblems(page);
    // The cards and skeletons sit in the page's card stack: no overlaps there either.
    auto *stack = page->findChild<QWidget *>(QStringLiteral("cardStack"));
    QVERIFY(stack);
    QCOMPARE(stack->width(), page->width());
    problems << layoutProblems(stack);
    for (IntegrationCard *card : page->cards()) {
        if (!card->isVisible())
            continue;
        for (const QString &p : layoutProblems(card))
            problems << card->integrationId() + QLatin1String(": ") + p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    if (scene == u"loading") {
        QCOMPARE(page->skeletons().first()->isVisible(), true);
    } else {
        QCOMPARE(page->cards().size(), 6);
        // Every state's words are on screen in full.
        QCOMPARE(window.card(QStringLiteral("outlook"))->view().pill, QStringLiteral("Connecting…"));
        QVERIFY(window.card(QStringLiteral("gmail"))->view().problem.startsWith(u"Sync failed: "));
        QVERIFY(window.card(QStringLiteral("salesforce"))->view().problem.startsWith(u"Reconnect needed: "));
    }

    const QImage shot = page->grab().toImage();
    const QString file = QStringLiteral("%1/%2-%3-%4.png").arg(m_outDir, scene, theme).arg(width);
    QVERIFY(shot.save(file));
    qInfo().noquote() << "wrote" << file;
}

void TestScreenshots::accountRows_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("accounts");
    for (const char *theme : { "light", "dark" }) {
        for (int width : { 1200, 400 }) {
            for (int accounts : { 1, 2, 3 }) {
                const QByteArray name = "accounts" + QByteArray::number(accounts) + '-' + theme + '-'
                    + QByteArray::number(width);
                QTest::newRow(name.constData()) << QString::fromLatin1(theme) << width << accounts;
            }
        }
    }
}

// One integration with one, two and three accounts: the card's own account, a row per
// further one (each with its own pill, last sync, problem and actions), Add another account.
void TestScreenshots::accountRows()
{
    QFETCH(QString, theme);
    QFETCH(int, width);
    QFETCH(int, accounts);
    applyAppearance(theme, QStringLiteral("on"));
    GuiFixture fx;
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("maya@acme.test"), 120);
    if (accounts >= 2)
        fx.put(QStringLiteral("gmail-2"), ConnectionStatus::Active, QStringLiteral("maya.lee@acme-corp.test"), 3600);
    if (accounts >= 3)
        fx.put(QStringLiteral("gmail-3"), ConnectionStatus::Expired, QStringLiteral("maya@old-job.test"),
            2 * 86400, SyncStatus::Success, QStringLiteral("Google revoked the grant"));
    fx.put(QStringLiteral("google_calendar"), ConnectionStatus::Active, QStringLiteral("maya@acme.test"), 300);
    fx.model->reload();
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    window.resize(width, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    IntegrationCard *gmail = window.card(QStringLiteral("gmail"));
    QCOMPARE(gmail->accountRows().size(), accounts - 1);
    QVERIFY(gmail->addAccountButton() && gmail->addAccountButton()->isVisible());
    QStringList problems = layoutProblems(window.page());
    for (IntegrationCard *card : window.page()->cards()) {
        for (const QString &p : layoutProblems(card))
            problems << card->integrationId() + QLatin1String(": ") + p;
    }
    for (AccountRow *row : gmail->accountRows()) {
        QVERIFY(row->isVisible());
        QCOMPARE(row->height(), row->heightForWidth(row->width()));
        if (!gmail->rect().contains(row->geometry()))
            problems << row->connectionId() + QLatin1String(" sticks out of the card");
        for (const QString &p : layoutProblems(row))
            problems << row->connectionId() + QLatin1String(": ") + p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The card with a margin of the page around it (its shadow, the window's background).
    IntegrationsPage *page = window.page();
    const QRect around = QRect(gmail->mapTo(page, QPoint(0, 0)), gmail->size()).adjusted(-16, -8, 16, 24) & page->rect();
    const QImage shot = page->grab(around).toImage();
    const QString file = QStringLiteral("%1/accounts%2-%3-%4.png").arg(m_outDir).arg(accounts).arg(theme).arg(width);
    QVERIFY(shot.save(file));
    qInfo().noquote() << "wrote" << file;
}

void TestScreenshots::firstRunWelcomes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("width");
    for (const char *theme : { "light", "dark" }) {
        for (int width : { 1200, 400 }) {
            const QByteArray name = QByteArray(theme) + '-' + QByteArray::number(width);
            QTest::newRow(name.constData()) << QString::fromLatin1(theme) << width;
        }
    }
}

void TestScreenshots::firstRunWelcomes()
{
    // Nothing configured, nothing connected: three ways in, and nothing shown as wrong.
    QFETCH(QString, theme);
    QFETCH(int, width);
    applyAppearance(theme, QStringLiteral("on"));
    GuiFixture fx;
    FakeConnectionService service(&fx.store);
    MainWindow window(fx.model.get());
    window.setConnectionService(&service);
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    supabase::SupabaseAccount account(&fx.store, &secrets, &network, nullptr, supabase::SupabaseAccount::Sync::Off);
    window.setAccountWidget(new AccountChip(account.backend(), nullptr));
    window.setWelcomeShown(true);
    window.resize(width, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    IntegrationsPage *page = window.page();
    WelcomePanel *welcome = page->welcome();
    QVERIFY(welcome->isVisible());
    QVERIFY(!page->banner()->isShowing()); // a first run is not an error
    const QList<ActionButton *> ways { welcome->signInButton(), welcome->composioKeyButton(), welcome->oauthClientButton() };
    QCOMPARE(ways.at(0)->text(), QStringLiteral("Sign in to ARIA"));
    QCOMPARE(ways.at(1)->text(), QStringLiteral("Use your own Composio key"));
    QCOMPARE(ways.at(2)->text(), QStringLiteral("Use your own OAuth client"));
    QStringList problems = layoutProblems(page) + layoutProblems(welcome);
    for (ActionButton *b : ways) {
        QVERIFY(b->isVisible());
        // The whole button inside the panel, the panel above the cards.
        if (!welcome->rect().contains(b->geometry()))
            problems << b->text() + QStringLiteral(" sticks out of the welcome");
    }
    auto *stack = page->findChild<QWidget *>(QStringLiteral("cardStack"));
    if (welcome->geometry().bottom() > stack->geometry().top() + IntegrationCard::kLiftRoom)
        problems << QStringLiteral("the welcome overlaps the cards");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QSignalSpy signIn(&window, &MainWindow::signInRequested);
    QTest::mouseClick(ways.at(0), Qt::LeftButton);
    QCOMPARE(signIn.count(), 1);

    const QString file = QStringLiteral("%1/welcome-%2-%3.png").arg(m_outDir, theme).arg(width);
    QVERIFY(page->grab().toImage().save(file));
    qInfo().noquote() << "wrote" << file;

    window.setWelcomeShown(false); // signed in, or a key saved: the welcome goes
    QVERIFY(!welcome->isVisible());
}

void TestScreenshots::settingsDialog_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("width");
    for (const char *theme : { "light", "dark" }) {
        for (int width : { 560, 360 })
            QTest::newRow(QByteArray(QByteArray(theme) + '-' + QByteArray::number(width)).constData())
                << QString::fromLatin1(theme) << width;
    }
}

void TestScreenshots::settingsDialog()
{
    QFETCH(QString, theme);
    QFETCH(int, width);
    applyAppearance(theme, QStringLiteral("on"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MemorySecretStore secrets;
    SettingsDialog dialog(&settings, &secrets, builtInIntegrations());
    dialog.resize(width, 900);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("supabase.url")))
        ->setText(QStringLiteral("not a url"));
    dialog.save(); // shows the inline error
    QVERIFY(!dialog.errorFor(QStringLiteral("supabase.url")).isEmpty());
    QCoreApplication::processEvents();
    // Nothing sticks out to the right of the dialog.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->isVisible() && !w->isWindow()) {
            const QRect r(w->mapTo(&dialog, QPoint(0, 0)), w->size());
            QVERIFY2(r.right() < dialog.width(), qPrintable(describe(w)));
        }
    }
    const QString file = QStringLiteral("%1/settings-%2-%3.png").arg(m_outDir, theme).arg(width);
    QVERIFY(dialog.grab().save(file));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
