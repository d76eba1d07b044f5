// The banner slide and the cards' entrance fade take shortcuts; these tests hold them to the
// plain way's pixels at several points of each animation:
// - the slide moves the painted card stack in the backing store (a blit) and paints only the
//   strip above it: the window's backing store after every slide frame equals a fresh render
//   of the whole window, and the card stack itself is not painted again;
// - the fade draws a snapshot of the card taken once, with opacity and rise: it equals the
//   card drawn the plain way (the whole card, children included, rendered again for that
//   frame and drawn with the same opacity and rise).
#include "appearance.h"
#include "errorbanner.h"
#include "guifixture.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "motion.h"
#include "revealeffect.h"
#include "theme.h"

#include <QGraphicsEffect>
#include <QPainter>
#include <QPaintEvent>
#include <QtTest>
#include <QScreen>

using namespace aria;
using namespace aria::ui;

namespace {

// Adds up the area each watched widget was asked to paint.
class PaintCounter : public QObject
{
public:
    QHash<QObject *, qint64> area;
    void watch(QWidget *w) { w->installEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                area[watched] += qint64(r.width()) * r.height();
        }
        return false;
    }
};

// The window's pixels as the last frame left them (offscreen: a copy of its backing store).
QImage backingStoreImage(QWidget *window)
{
    return window->screen()->grabWindow(window->winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

// The window rendered afresh, every widget painted whole.
QImage freshRender(QWidget *window)
{
    return window->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The largest difference of one colour channel between two images of the same size. A strip
// painted alone (the cards rising from below the fold on the way out) can differ by one unit
// where its clip edge cuts a card's antialiased corner over its shadow: the raster engine
// samples a clipped span from its clipped start. Anything the slide got wrong (a stale or
// misplaced strip) differs by far more.
int maxChannelDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 256;
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (pa[x] == pb[x])
                continue;
            most = qMax(most,
                qMax(qAbs(qRed(pa[x]) - qRed(pb[x])),
                    qMax(qAbs(qGreen(pa[x]) - qGreen(pb[x])), qAbs(qBlue(pa[x]) - qBlue(pb[x])))));
        }
    }
    return most;
}

// Lets every pending update be painted (one frame), with no animation running in between.
void paintPending()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// Old RevealEffect::draw: the card and its children rendered again for every frame.
class PlainRevealEffect : public QGraphicsEffect
{
public:
    explicit PlainRevealEffect(qreal progress)
        : m_progress(progress)
    {
    }
    QRectF boundingRectFor(const QRectF &rect) const override { return rect.adjusted(0, 0, 0, 12.0); }

protected:
    void draw(QPainter *painter) override
    {
        QPoint offset;
        const QPixmap pixmap = sourcePixmap(Qt::DeviceCoordinates, &offset, QGraphicsEffect::NoPad);
        painter->save();
        painter->setWorldTransform(QTransform());
        painter->setOpacity(painter->opacity() * m_progress);
        painter->drawPixmap(offset + QPoint(0, qRound((1.0 - m_progress) * 12.0)), pixmap);
        painter->restore();
    }

private:
    qreal m_progress;
};

} // namespace

class TestSlideAndFade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { applyAppearance(QStringLiteral("light"), QStringLiteral("off")); } // motion on
    void bannerSlideMovesPixelsLikeAFullRepaint();
    void fadeSnapshotPaintsLikeThePlainEffect_data();
    void fadeSnapshotPaintsLikeThePlainEffect();
    void fadeFollowsCardChanges();
    void entranceLeavesNoEffectAndRespectsReducedMotion();
};

void TestSlideAndFade::bannerSlideMovesPixelsLikeAFullRepaint()
{
    GuiFixture fx;
    // Settled states only: a spinner turning between a frame and the fresh render would differ.
    fx.put(QStringLiteral("gmail"), ConnectionStatus::Active, QStringLiteral("maya@acme.test"), 120);
    fx.put(QStringLiteral("salesforce"), ConnectionStatus::Expired, QStringLiteral("maya@acme.test"), 86400,
        SyncStatus::Success, QStringLiteral("Composio could not refresh the grant"));
    fx.model->setIntegrations(builtInIntegrations());
    MainWindow window(fx.model.get());
    window.resize(1000, 700); // the last cards are below the fold: the stack is clipped
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationsPage *page = window.page();
    QVERIFY(QTest::qWaitFor([&] {
        for (IntegrationCard *c : page->cards()) {
            if (c->revealProgress() < 1.0 || c->graphicsEffect())
                return false;
        }
        return true;
    }));
    paintPending();
    QVERIFY2(!backingStoreImage(&window).isNull(), "the offscreen backing store is an image");
    QCOMPARE(backingStoreImage(&window), freshRender(&window));

    auto *stack = page->findChild<QWidget *>(QStringLiteral("cardStack"));
    QVERIFY(stack);
    ErrorBanner *banner = page->banner();
    auto *slide = banner->findChild<Tween *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(slide);
    PaintCounter painted;
    painted.watch(stack);
    painted.watch(page);
    const int pageHeight = page->height();
    int slideFrames = 0;

    // In, then out; the times step unevenly, as frames do.
    struct Step {
        bool in;
        QList<int> times;
    };
    for (const Step &step : { Step { true, { 0, 16, 40, 90, 150, 230, 320 } }, Step { false, { 0, 70, 120, 180, 220 } } }) {
        if (step.in)
            window.showProblem(QStringLiteral("Could not reach Composio. Check your connection and try again."), [] {});
        else
            banner->dismiss();
        QCOMPARE(slide->state(), QAbstractAnimation::Running);
        slide->pause();
        paintPending(); // the banner shown or hidden: the page lays out once
        for (int t : step.times) {
            const int stackTop = stack->y();
            painted.area.clear();
            // The tween takes values only while running: run it to t, then hold it there.
            slide->resume();
            slide->setCurrentTime(t);
            if (slide->state() == QAbstractAnimation::Running)
                slide->pause();
            paintPending();
            const qint64 stackPainted = painted.area.value(stack); // before the fresh render below paints
            const qint64 pagePainted = painted.area.value(page);
            const int full = banner->fullHeightForWidth(banner->width());
            if (t > 0 && t < step.times.last()) // mid-slide: part of the banner is in
                QVERIFY(banner->height() > 0 && banner->height() < full);
            const QString where = QStringLiteral("%1 at %2 ms").arg(QLatin1String(step.in ? "in" : "out")).arg(t);
            const int off = maxChannelDifference(backingStoreImage(&window), freshRender(&window));
            QVERIFY2(off <= 1, qPrintable(where + QStringLiteral(": off by %1").arg(off)));
            // The page keeps its height while the banner is shown: no resize, no full repaint.
            if (banner->isVisible())
                QCOMPARE(page->height(), pageHeight + full + 16);
            if (stack->y() != stackTop && banner->isVisible()) {
                // A slide frame: the cards moved as pixels. Painted: the strip above them (the
                // banner and the gap); on the way up also the strip rising from below the fold
                // and the cards' top where the shrinking banner was.
                const int dy = qAbs(stack->y() - stackTop);
                QVERIFY2(stackPainted <= (step.in ? 0 : qint64(stack->width()) * 2 * dy),
                    qPrintable(where + QStringLiteral(": card stack painted %1 px").arg(stackPainted)));
                const qint64 strip = qint64(page->width()) * (dy + full + 16);
                QVERIFY2(pagePainted <= strip,
                    qPrintable(where + QStringLiteral(": page painted %1 px, strip %2").arg(pagePainted).arg(strip)));
                ++slideFrames;
            }
            if (step.in && t == 150) {
                const QString file = QStringLiteral("%1/slide-in-150ms.png").arg(QDir::tempPath());
                QVERIFY(backingStoreImage(&window).save(file));
                qInfo().noquote() << "wrote" << file;
            }
        }
        QCOMPARE(slide->state(), QAbstractAnimation::Stopped);
        paintPending();
        QCOMPARE(banner->isVisible(), step.in);
        QVERIFY(maxChannelDifference(backingStoreImage(&window), freshRender(&window)) <= 1);
    }
    QCOMPARE(page->height(), pageHeight); // the reserve went with the banner
    QCOMPARE(slideFrames, 6 + 3); // in: every step after 0 ms; out: those before the banner hides
}

void TestSlideAndFade::fadeSnapshotPaintsLikeThePlainEffect_data()
{
    QTest::addColumn<qreal>("progress");
    for (qreal p : { 0.0, 0.1, 0.35, 0.5, 0.8, 0.97 })
        QTest::newRow(qPrintable(QString::number(p))) << p;
}

void TestSlideAndFade::fadeSnapshotPaintsLikeThePlainEffect()
{
    QFETCH(qreal, progress);
    // A card on a flat background, as the card stack shows it.
    QWidget host;
    host.setAutoFillBackground(true);
    QPalette pal = host.palette();
    pal.setColor(QPalette::Window, Theme::current().tokens().window);
    host.setPalette(pal);
    host.resize(920, 200);
    IntegrationSpec spec = builtInIntegrations().first();
    Connection c;
    c.integrationType = spec.id;
    c.status = ConnectionStatus::Active;
    c.displayName = QStringLiteral("maya@acme.test");
    IntegrationCard card(spec, c, PendingAction::None, true, &host);
    card.setGeometry(20, 20, 880, card.heightForWidth(880));

    auto *fade = new RevealEffect(&card);
    card.setGraphicsEffect(fade);
    fade->setProgress(0.2); // the snapshot is taken here, at the first visible frame
    host.grab();
    fade->setProgress(progress);
    const QImage shortcut = host.grab().toImage();
    card.setGraphicsEffect(new PlainRevealEffect(progress)); // deletes fade
    const QImage plain = host.grab().toImage();
    QCOMPARE(shortcut, plain);
    card.setGraphicsEffect(nullptr);
    const QImage settled = host.grab().toImage();
    if (progress == 0.0)
        QVERIFY(shortcut != settled);
}

void TestSlideAndFade::fadeFollowsCardChanges()
{
    QWidget host;
    host.resize(920, 200);
    IntegrationSpec spec = builtInIntegrations().first();
    IntegrationCard card(spec, Connection {}, PendingAction::None, true, &host);
    card.setGeometry(20, 20, 880, card.heightForWidth(880));
    auto *fade = new RevealEffect(&card);
    card.setGraphicsEffect(fade);
    fade->setProgress(0.5);
    host.grab(); // snapshot of the disconnected card
    Connection c;
    c.integrationType = spec.id;
    c.status = ConnectionStatus::Active;
    c.displayName = QStringLiteral("maya@acme.test");
    card.setConnection(c); // mid-fade: the snapshot is taken again
    fade->setProgress(0.6);
    const QImage shortcut = host.grab().toImage();
    card.setGraphicsEffect(new PlainRevealEffect(0.6));
    QCOMPARE(shortcut, host.grab().toImage());
}

void TestSlideAndFade::entranceLeavesNoEffectAndRespectsReducedMotion()
{
    GuiFixture fx;
    fx.model->setIntegrations(builtInIntegrations());
    MainWindow window(fx.model.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationCard *last = window.page()->cards().last();
    QVERIFY(last->revealProgress() < 1.0);
    QVERIFY(qobject_cast<RevealEffect *>(last->graphicsEffect()));
    // Started again mid-way (new cards arrive the same way): from zero, with the stagger.
    QVERIFY(QTest::qWaitFor([&] { return last->revealProgress() > 0.3; }, 3000));
    last->reveal(0);
    QVERIFY(last->revealProgress() < 0.3);
    QVERIFY(QTest::qWaitFor([&] { return last->revealProgress() >= 1.0 && !last->graphicsEffect(); }, 3000));

    // Reduced motion switched on mid-fade: settled at once, no effect left.
    window.page()->cards().first()->reveal(0);
    QVERIFY(window.page()->cards().first()->graphicsEffect());
    Motion::setPreference(QStringLiteral("on"));
    window.applyAppearance();
    QCOMPARE(window.page()->cards().first()->revealProgress(), 1.0);
    QVERIFY(!window.page()->cards().first()->graphicsEffect());
    window.page()->cards().first()->reveal(100);
    QCOMPARE(window.page()->cards().first()->revealProgress(), 1.0);
    QVERIFY(!window.page()->cards().first()->graphicsEffect());
    Motion::setPreference(QStringLiteral("off"));
}

QTEST_MAIN(TestSlideAndFade)
#include "tst_slideandfade.moc"
