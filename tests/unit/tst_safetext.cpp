// Outside text made safe where it enters (core/common/safetext): no control characters, no
// bidirectional overrides, nothing else changed; notification text escaped for markup.
#include "common/safetext.h"
#include "composio/composiobrokerclient.h"
#include "composio/composioclient.h"
#include "oauth/providerhttp.h"
#include "supabase/rowcodec.h"

#include <QJsonObject>
#include <QtTest>

using namespace aria;

class TestSafeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void safeLine_data();
    void safeLine();
    void safeLineIsIdempotent_data() { safeLine_data(); }
    void safeLineIsIdempotent();
    void everyControlAndBidiCharacterGoes();
    void notificationText_data();
    void notificationText();
    void entryPointsClean_data();
    void entryPointsClean();
};

static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

void TestSafeText::safeLine_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u("person@example.com") << u("person@example.com");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("other scripts and emoji") << u("Jürgen Ω 山田 🙂 مرحبا") << u("Jürgen Ω 山田 🙂 مرحبا");
    QTest::newRow("clear screen") << u("\x1b[2Jme") << u("[2Jme");
    QTest::newRow("title set, OSC") << u("\x1b]0;pwned\x07me") << u("]0;pwnedme");
    QTest::newRow("clipboard, OSC 52") << u("\x1b]52;c;ZXZpbA==\x1b\\me") << u("]52;c;ZXZpbA==\\me");
    QTest::newRow("C1 CSI") << u("\xc2\x9b" "2Jme") << u("2Jme");
    QTest::newRow("C1 NEL and DEL") << u("a\xc2\x85" "b\x7f" "c") << u("abc");
    QTest::newRow("NUL and backspace") << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("c\bd")) << u("abcd");
    QTest::newRow("tab, newline, CR") << u("a\tb\nc\r\nd") << u("a b c  d");
    QTest::newRow("line and paragraph separators") << u("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c") << u("a b c");
    QTest::newRow("RLO") << u("\xe2\x80\xae" "moc.elpmaxe@bob") << u("moc.elpmaxe@bob");
    QTest::newRow("embeddings and PDF") << u("\xe2\x80\xaa" "a\xe2\x80\xab" "b\xe2\x80\xac" "c\xe2\x80\xad" "d") << u("abcd");
    QTest::newRow("isolates") << u("\xe2\x81\xa6" "a\xe2\x81\xa7" "b\xe2\x81\xa8" "c\xe2\x81\xa9") << u("abc");
    QTest::newRow("direction marks") << u("a\xe2\x80\x8e" "b\xe2\x80\x8f" "c\xd8\x9c" "d") << u("abcd");
    QTest::newRow("zero width joiner kept (emoji)") << u("👩\xe2\x80\x8d💻") << u("👩\xe2\x80\x8d💻");
    QTest::newRow("markup kept (not HTML here)") << u("<b>a & b</b>") << u("<b>a & b</b>");
}

void TestSafeText::safeLine()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(aria::safeLine(in), out);
}

void TestSafeText::safeLineIsIdempotent()
{
    QFETCH(QString, in);
    const QString once = aria::safeLine(in);
    QCOMPARE(aria::safeLine(once), once);
}

void TestSafeText::everyControlAndBidiCharacterGoes()
{
    QString all;
    for (char16_t c = 0; c < 0xA0; ++c) {
        if (c < 0x20 || c >= 0x7F)
            all.append(QChar(c));
    }
    for (char16_t c : { 0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 })
        all.append(QChar(c));
    const QString out = aria::safeLine(all);
    for (const QChar ch : out)
        QCOMPARE(ch, QLatin1Char(' ')); // only the whitespace ones remain, as spaces
}

void TestSafeText::notificationText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u("Signed in as bob@example.com.") << u("Signed in as bob@example.com.");
    QTest::newRow("markup") << u("<a href=\"x\">y</a> & z") << u("&lt;a href=&quot;x&quot;&gt;y&lt;/a&gt; &amp; z");
    QTest::newRow("control and bidi") << u("\x1b[31mred\xe2\x80\xae\n") << u("[31mred ");
}

void TestSafeText::notificationText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(aria::notificationText(in), out);
}

// The places outside text enters: each hands on the clean text.
void TestSafeText::entryPointsClean_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("composio account alias") << u("composio alias");
    QTest::newRow("composio account email") << u("composio email");
    QTest::newRow("composio error message") << u("composio error");
    QTest::newRow("ARIA broker error message") << u("broker error");
    QTest::newRow("oauth userinfo") << u("userinfo");
    QTest::newRow("supabase row") << u("row");
}

void TestSafeText::entryPointsClean()
{
    QFETCH(QString, where);
    const QString hostile = u("\x1b[2J\x1b]0;x\x07" "bob\xe2\x80\xae" "moc.elpmaxe@\tz");
    const QString clean = u("[2J]0;xbobmoc.elpmaxe@ z");
    QString got;
    if (where == u"composio alias") {
        got = ComposioClient::parseAccount(QJsonObject { { QStringLiteral("id"), QStringLiteral("ca_1") },
                                                   { QStringLiteral("alias"), hostile } })
                  .displayName;
    } else if (where == u"composio email") {
        got = ComposioClient::parseAccount(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("ca_1") },
                { QStringLiteral("data"), QJsonObject { { QStringLiteral("email"), hostile } } } })
                  .displayName;
    } else if (where == u"composio error") {
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("error"),
                                                  QJsonObject { { QStringLiteral("message"), hostile } } } })
                                    .toJson();
        got = ComposioClient::classify(QNetworkReply::ContentNotFoundError, 404, body, QString()).message;
        QVERIFY2(got.contains(clean), qPrintable(got));
        got = clean; // the message wraps it in a sentence
    } else if (where == u"broker error") {
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("error"),
                                                  QJsonObject { { QStringLiteral("message"), hostile } } } })
                                    .toJson();
        got = ComposioBrokerClient::classify(QNetworkReply::ContentNotFoundError, 404, body, QString()).message;
        QVERIFY2(got.contains(clean), qPrintable(got));
        got = clean;
    } else if (where == u"userinfo") {
        got = oauth::displayNameFrom(QJsonObject { { QStringLiteral("email"), hostile } });
    } else if (where == u"row") {
        Connection c;
        QVERIFY(supabase::fromRow(QJsonObject { { QStringLiteral("id"), QStringLiteral("r1") },
                                      { QStringLiteral("integration_type"), QStringLiteral("gmail") },
                                      { QStringLiteral("user_id"), QStringLiteral("u1") },
                                      { QStringLiteral("updated_at"), QStringLiteral("2026-12-07T10:00:00Z") },
                                      { QStringLiteral("status"), QStringLiteral("error") },
                                      { QStringLiteral("display_name"), hostile },
                                      { QStringLiteral("error_message"), hostile } },
            &c));
        QCOMPARE(c.errorMessage, clean);
        got = c.displayName;
    }
    QCOMPARE(got, clean);
}

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
