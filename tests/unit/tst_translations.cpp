// The shipped catalogues are complete: every message translated (all plural forms), the same
// placeholders as the source, nothing unfinished or vanished, and no source string missing.
// "Missing" is decided by lupdate itself: it is run, with the options the build uses, over a
// scratch copy of each catalogue, and the message sets before and after must be equal.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;  // the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList forms;  // the translation, or its numerus forms
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

struct Catalogue {
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = QStringLiteral("cannot read ") + path;
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            c.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            c.messages << m;
        }
    }
    if (xml.hasError())
        c.error = path + QStringLiteral(": ") + xml.errorString();
    return c;
}

// %1..%99 (also %L1) and %n, as a sorted multiset.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

// Keyboard accelerators: a single '&' (a doubled "&&" is a literal ampersand).
int accelerators(const QString &text)
{
    return int(text.count(QLatin1Char('&')) - 2 * text.count(QStringLiteral("&&")));
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void catalogueHasEverySourceString_data() { catalogueIsComplete_data(); }
    void catalogueHasEverySourceString();
    void checkerFindsProblems();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    // Qt's plural rules: English, German and Spanish 2 forms (n == 1); French 2 (n <= 1).
    QTest::newRow("en") << QStringLiteral("en") << 2;
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
    QTest::newRow("es") << QStringLiteral("es") << 2;
}

// Returns the problems of one catalogue, one line each (empty: none).
static QStringList problemsOf(const Catalogue &c, const QString &code, int pluralForms)
{
    QStringList problems;
    if (!c.error.isEmpty())
        return {c.error};
    if (!c.language.startsWith(code))
        problems << QStringLiteral("language attribute is \"%1\"").arg(c.language);
    if (c.messages.size() < 10)
        problems << QStringLiteral("only %1 messages").arg(c.messages.size());
    QSet<QString> seen;
    for (const Message &m : c.messages) {
        const QString where = QStringLiteral("[%1] \"%2\": ").arg(m.context, m.source);
        if (seen.contains(m.key()))
            problems << where + QStringLiteral("duplicate message");
        seen.insert(m.key());
        if (!m.type.isEmpty())
            problems << where + QStringLiteral("translation is %1").arg(m.type);
        if (m.numerus && m.forms.size() != pluralForms)
            problems << where + QStringLiteral("%1 plural forms, %2 expected").arg(m.forms.size()).arg(pluralForms);
        if (!m.numerus && m.forms.size() != 1)
            problems << where + QStringLiteral("no translation");
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << where + QStringLiteral("empty translation");
            else if (placeholders(form) != placeholders(m.source))
                problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(form);
            else if (accelerators(form) != accelerators(m.source))
                problems << where + QStringLiteral("keyboard accelerators differ in \"%1\"").arg(form);
            else if (form.endsWith(QLatin1Char(' ')) != m.source.endsWith(QLatin1Char(' ')))
                problems << where + QStringLiteral("trailing space differs in \"%1\"").arg(form);
        }
    }
    return problems;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);
    const Catalogue c = readCatalogue(QStringLiteral(ARIA_SOURCE_DIR "/translations/aria_%1.ts").arg(code));
    const QStringList problems = problemsOf(c, code, pluralForms);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueHasEverySourceString()
{
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The lupdate project the build uses (sources, include paths), regenerated from the
    // configure-time description so that the test does not depend on a previous lupdate run.
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(ARIA_CMAKE_COMMAND),
                   {QStringLiteral("-DIN_FILE=" ARIA_LUPDATE_PROJECT_DESCRIPTION), QStringLiteral("-DOUT_FILE=") + project,
                    QStringLiteral("-P"), QStringLiteral(ARIA_LUPDATE_PROJECT_GENERATOR)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    const QString original = QStringLiteral(ARIA_SOURCE_DIR "/translations/aria_%1.ts").arg(code);
    const QString copy = dir.filePath(QStringLiteral("aria_%1.ts").arg(code));
    QVERIFY(QFile::copy(original, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(ARIA_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QSet<QString> before, after;
    for (const Message &m : readCatalogue(original).messages)
        before.insert(m.key());
    for (const Message &m : readCatalogue(copy).messages)
        after.insert(m.key());
    QVERIFY(after.size() > 10);
    QStringList missing, stale;
    for (const QString &key : after - before)
        missing << QString(key).replace(QLatin1Char('\x1f'), QStringLiteral(" | "));
    for (const QString &key : before - after)
        stale << QString(key).replace(QLatin1Char('\x1f'), QStringLiteral(" | "));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in aria_%1.ts (run the update_translations target and translate):\n").arg(code)
                        + missing.join(QLatin1Char('\n'))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the sources:\n") + stale.join(QLatin1Char('\n'))));
}

// The checks above must be able to fail: feed them a catalogue with each kind of defect.
void TestTranslations::checkerFindsProblems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aria_de.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString messages;
    const auto add = [&messages](const QString &source, const QString &translation, bool numerus = false) {
        messages += QStringLiteral("<message%1><source>%2</source>%3</message>\n")
                        .arg(numerus ? QStringLiteral(" numerus=\"yes\"") : QString(), source, translation);
    };
    for (int i = 0; i < 10; ++i)
        add(QStringLiteral("Fine %1").arg(i), QStringLiteral("<translation>Gut %1</translation>").arg(i));
    add(QStringLiteral("Unfinished"), QStringLiteral("<translation type=\"unfinished\">Offen</translation>"));
    add(QStringLiteral("Vanished"), QStringLiteral("<translation type=\"vanished\">Weg</translation>"));
    add(QStringLiteral("Empty"), QStringLiteral("<translation></translation>"));
    add(QStringLiteral("Cannot open %1: %2"), QStringLiteral("<translation>Kann %1 nicht öffnen</translation>"));
    add(QStringLiteral("%n minute(s) ago"),
        QStringLiteral("<translation><numerusform>vor %n Minute</numerusform></translation>"), true);
    add(QStringLiteral("%n hour(s) ago"),
        QStringLiteral("<translation><numerusform>vor einer Stunde</numerusform><numerusform>vor %n Stunden</numerusform></translation>"),
        true);
    add(QStringLiteral("Password: "), QStringLiteral("<translation>Passwort:</translation>"));
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TS version=\"2.1\" language=\"de_DE\">"
                              "<context><name>Test</name>\n%1</context></TS>\n")
                   .arg(messages)
                   .toUtf8());
    file.close();
    const QStringList problems = problemsOf(readCatalogue(path), QStringLiteral("de"), 2);
    const QStringList expected{QStringLiteral("\"Unfinished\": translation is unfinished"),
                               QStringLiteral("\"Vanished\": translation is vanished"),
                               QStringLiteral("\"Empty\": empty translation"),
                               QStringLiteral("\"Cannot open %1: %2\": placeholders differ"),
                               QStringLiteral("\"%n minute(s) ago\": 1 plural forms, 2 expected"),
                               QStringLiteral("\"%n hour(s) ago\": placeholders differ"),
                               QStringLiteral("\"Password: \": trailing space differs")};
    for (const QString &e : expected) {
        const bool found = std::any_of(problems.cbegin(), problems.cend(), [&e](const QString &p) { return p.contains(e); });
        QVERIFY2(found, qPrintable(e + QStringLiteral(" not reported; got:\n") + problems.join(QLatin1Char('\n'))));
    }
    QCOMPARE(problems.size(), expected.size());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
