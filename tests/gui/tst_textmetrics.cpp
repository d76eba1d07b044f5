// The start-up shortcuts for text measurement give exactly what Qt's own measurement gives:
// the cached advances and wrapped heights, and TextLabel's one-line height next to a plain
// QLabel laid out in full, across the window's fonts, texts that wrap or fall back to other
// fonts, and widths around the natural width.
#include "appearance.h"
#include "textlabel.h"
#include "textmetrics.h"
#include "theme.h"

#include <QApplication>
#include <QtTest>

using namespace aria::ui;

class TestTextMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { applyAppearance(QStringLiteral("light"), QStringLiteral("off")); }
    void sameAsQLabel_data();
    void sameAsQLabel();
    void followsTextChanges();
};

void TestTextMetrics::sameAsQLabel_data()
{
    QTest::addColumn<QFont>("font");
    QTest::addColumn<QString>("text");
    const QList<std::pair<const char *, QFont>> fonts {
        { "name", Theme::font(16, QFont::DemiBold) },
        { "body", Theme::font(14) },
        { "caption", Theme::font(13) },
        { "problem", Theme::font(13, QFont::Medium) },
        { "title", Theme::font(28, QFont::DemiBold) },
    };
    const QStringList texts {
        QStringLiteral("Gmail"),
        QStringLiteral("maya@acme-corp.test"),
        QStringLiteral("Last sync 2 minutes ago"),
        QStringLiteral("Letzte Synchronisierung vor 5 Minuten"),
        QStringLiteral("Dernière synchronisation il y a 2 jours — « échec »"),
        QStringLiteral("Sync failed: Google answered 401 (token revoked) and the grant is gone"),
        QStringLiteral("Connecting…"),
        QStringLiteral("同步失败"), // another script: drawn by a fallback font
        QStringLiteral("two\nlines"),
        QStringLiteral("tab\tstop"),
    };
    for (const auto &[fontName, font] : fonts) {
        for (const QString &text : texts)
            QTest::addRow("%s: %s", fontName, qPrintable(text.left(24))) << font << text;
    }
}

void TestTextMetrics::sameAsQLabel()
{
    QFETCH(QFont, font);
    QFETCH(QString, text);
    QCOMPARE(textAdvance(font, text), QFontMetrics(font).horizontalAdvance(text));
    for (int width : { 60, 200, 531 }) {
        QCOMPARE(wrappedTextHeight(font, text, width),
            QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height());
    }

    QLabel reference;
    reference.setFont(font);
    reference.setWordWrap(true);
    reference.setTextFormat(Qt::PlainText);
    reference.setText(text);
    TextLabel label;
    label.setFont(font);
    label.setWordWrap(true);
    label.setText(text);
    const int natural = label.naturalWidth();
    for (int width : { natural - 8, natural - 1, natural, natural + 1, natural + 40, 40, 880 }) {
        const int w = qMax(1, width);
        QCOMPARE(label.heightForWidth(w), reference.heightForWidth(w));
        QCOMPARE(label.heightForWidth(w), reference.heightForWidth(w)); // the remembered answer too
    }
}

void TestTextMetrics::followsTextChanges()
{
    TextLabel label;
    label.setFont(Theme::font(14));
    label.setWordWrap(true);
    label.setText(QStringLiteral("short"));
    const int oneLine = label.heightForWidth(120);
    label.setText(QStringLiteral("a text long enough to need three or four lines at this width"));
    QVERIFY(label.heightForWidth(120) > oneLine);
    label.setFont(Theme::font(28));
    QVERIFY(label.heightForWidth(120) > 2 * oneLine);
}

QTEST_MAIN(TestTextMetrics)
#include "tst_textmetrics.moc"
