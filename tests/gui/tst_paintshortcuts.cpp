// The paint shortcuts give the same pixels as the plain way: text from a kept layout
// (TextLabel) against QLabel, a card's partial repaint inside its surface (a flat fill)
// against the full antialiased outline, resting and lifted, and the scroll bar painted in
// bands against QScrollBar.
#include "actionbutton.h"
#include "appearance.h"
#include "guifixture.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "slimscrollbar.h"
#include "integrationcard.h"
#include "statusdot.h"
#include "textlabel.h"
#include "theme.h"

#include <QEnterEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QtTest>

using namespace aria;
using namespace aria::ui;

class TestPaintShortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { applyAppearance(QStringLiteral("light"), QStringLiteral("on")); }
    void textLabelPaintsLikeQLabel_data();
    void textLabelPaintsLikeQLabel();
    void cardInteriorRepaintMatchesFullPaint_data();
    void cardInteriorRepaintMatchesFullPaint();
    void slimScrollBarDrawsItsHandleWhereTheSliderIs();
    void pageRepaintUnderSettledCardMatchesFullPaint();
};

namespace {

QImage paintOf(QWidget *w, const QRegion &region = {})
{
    QImage image(w->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // render() puts the region's top left at the offset given: keep it where it is.
    const QRegion source = region.isEmpty() ? QRegion(w->rect()) : region;
    w->render(&image, source.boundingRect().topLeft(), source, QWidget::RenderFlags(QWidget::DrawChildren));
    return image;
}

} // namespace

void TestPaintShortcuts::textLabelPaintsLikeQLabel_data()
{
    QTest::addColumn<QFont>("font");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("name") << Theme::font(16, QFont::DemiBold) << QStringLiteral("Google Calendar") << 200;
    QTest::newRow("wrapped description") << Theme::font(14)
                                         << QStringLiteral("Sync your calendar for meeting briefs and scheduling")
                                         << 150;
    QTest::newRow("problem, accents") << Theme::font(13, QFont::Medium)
                                      << QStringLiteral("Échec de la synchronisation : « jeton révoqué »") << 180;
    QTest::newRow("title") << Theme::font(28, QFont::DemiBold) << QStringLiteral("Integrations") << 400;
}

void TestPaintShortcuts::textLabelPaintsLikeQLabel()
{
    QFETCH(QFont, font);
    QFETCH(QString, text);
    QFETCH(int, width);
    QLabel reference;
    TextLabel label;
    for (QLabel *l : { static_cast<QLabel *>(&reference), static_cast<QLabel *>(&label) }) {
        l->setFont(font);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setText(text);
        l->resize(width, reference.heightForWidth(width));
    }
    const QImage expected = paintOf(&reference);
    QCOMPARE(paintOf(&label), expected);
    QCOMPARE(paintOf(&label), expected); // painted again from the kept layout
}

void TestPaintShortcuts::cardInteriorRepaintMatchesFullPaint_data()
{
    QTest::addColumn<bool>("lifted");
    QTest::newRow("resting") << false;
    QTest::newRow("lifted") << true;
}

void TestPaintShortcuts::cardInteriorRepaintMatchesFullPaint()
{
    QFETCH(bool, lifted);
    IntegrationSpec spec = builtInIntegrations().first();
    Connection c;
    c.integrationType = spec.id;
    c.status = ConnectionStatus::Connecting; // a spinner and a pulsing dot: the repainted pieces
    IntegrationCard card(spec, c, PendingAction::None, true);
    card.resize(880, card.heightForWidth(880)); // not shown: no pointer enters it by chance
    if (lifted) {
        QEnterEvent enter(QPointF(10, 10), QPointF(10, 10), QPointF(10, 10));
        QCoreApplication::sendEvent(&card, &enter); // reduced motion: lifted at once
        QCOMPARE(card.lift(), 1.0);
    }
    QCOMPARE(card.lift(), lifted ? 1.0 : 0.0);
    const QImage full = paintOf(&card);
    // What the animations repaint: the spinning button and the pulsing dot (inside the
    // surface: the flat fill), and a piece on the border (the full outline).
    QList<QRect> pieces { QRect(card.surfaceRect().toAlignedRect().topLeft(), QSize(60, 20)) };
    for (QWidget *w : { static_cast<QWidget *>(card.findChild<ActionButton *>()),
             static_cast<QWidget *>(card.findChild<StatusDot *>()) }) {
        QVERIFY(w);
        pieces << QRect(w->mapTo(&card, QPoint(0, 0)), w->size());
    }
    for (const QRect &piece : pieces) {
        const QImage part = paintOf(&card, QRegion(piece));
        QCOMPARE(card.lift(), lifted ? 1.0 : 0.0);
        QVERIFY2(part.copy(piece) == full.copy(piece),
            qPrintable(QStringLiteral("piece at %1,%2").arg(piece.x()).arg(piece.y())));
    }
}

// The slim bar paints only its handle, and only inside the style's slider rectangle, so
// what is seen is what a click or drag hits; it moves with the value and is firmer on hover.
void TestPaintShortcuts::slimScrollBarDrawsItsHandleWhereTheSliderIs()
{
    SlimScrollBar bar(Qt::Vertical);
    bar.setRange(0, 900);
    bar.setPageStep(760);
    bar.resize(bar.sizeHint().width(), 760);
    QCOMPARE(bar.width(), 12);
    QStyleOptionSlider option;
    option.initFrom(&bar);
    option.orientation = Qt::Vertical;
    option.minimum = bar.minimum();
    option.maximum = bar.maximum();
    option.pageStep = bar.pageStep();
    option.singleStep = bar.singleStep();
    QRectF lastHandle;
    for (int value : { 0, 450, 900 }) {
        bar.setValue(value);
        option.sliderPosition = option.sliderValue = value;
        const QRect slider = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, &bar);
        const QRectF handle = bar.handleRect();
        QVERIFY2(QRectF(slider).contains(handle), qPrintable(QStringLiteral("value %1").arg(value)));
        QVERIFY(handle.height() > slider.height() / 2);
        QVERIFY(handle.top() > lastHandle.top() || lastHandle.isNull());
        lastHandle = handle;

        QImage image(bar.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        bar.render(&image, QPoint(), QRegion(), QWidget::RenderFlags(QWidget::DrawChildren));
        int inside = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) == 0)
                    continue;
                QVERIFY2(handle.adjusted(-1, -1, 1, 1).contains(QPointF(x + 0.5, y + 0.5)),
                    qPrintable(QStringLiteral("paint outside the handle at %1,%2").arg(x).arg(y)));
                ++inside;
            }
        }
        QVERIFY(inside > handle.width() * handle.height() / 2); // the handle is there
    }
    bar.setRange(0, 0); // nothing to scroll: nothing drawn
    QVERIFY(bar.handleRect().isEmpty());
}

void TestPaintShortcuts::pageRepaintUnderSettledCardMatchesFullPaint()
{
    // The page leaves out rectangles a settled card covers opaquely; the window's pixels there
    // come from the card alone and must not change.
    GuiFixture fx;
    fx.fillEveryState();
    MainWindow window(fx.model.get());
    window.resize(1200, 1100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IntegrationsPage *page = window.page();
    const QImage full = paintOf(page);
    int checked = 0;
    for (IntegrationCard *card : page->cards()) {
        QCOMPARE(card->revealProgress(), 1.0); // reduced motion: settled at once
        for (QWidget *w : card->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<ActionButton *>(w) || qobject_cast<StatusDot *>(w)))
                continue;
            const QRect piece(w->mapTo(page, QPoint(0, 0)), w->size());
            QVERIFY(card->coversOpaquely(piece.translated(-card->pos())));
            const QImage part = paintOf(page, QRegion(piece));
            QVERIFY2(part.copy(piece) == full.copy(piece), qPrintable(card->integrationId()));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

QTEST_MAIN(TestPaintShortcuts)
#include "tst_paintshortcuts.moc"
