// The command line's connect / disconnect / sync / secret against the Composio simulator, with
// the real keychain (KEYRING) and a scripted browser (ARIA_BROWSER), in a throwaway HOME.
#include "composiosim.h"
#include "processrun.h"
#include "testhome.h"

#include <QJsonArray>
#include <QProcess>
#include <QtTest>


namespace {

using Run = ProcessRun;

QJsonObject rowOf(const QString &listJson, const QString &id)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(listJson.toUtf8()).array()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliComposio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutKeyConnectSaysHowToSetIt();
    void secretSetReadsStdinAndNeverEchoes();
    void secretRejectsBadInput_data();
    void secretRejectsBadInput();
    void connectSyncDisconnectWithScriptedBrowser();
    void secondAccountIsAddedAndDisconnectedAlone();
    void printUrlThenBrowseElsewhere();
    void ctrlCCancelsCleanly();
    void abandonedAddLeavesNoTrace_data();
    void abandonedAddLeavesNoTrace();
    void timeoutExitsWith5();
    void denialExitsWith3();
    void unreachableExitsWith4();
    void hostileTextNeverReachesTheTerminal();
    void plainHttpElsewhereIsRefused();

private:
    QProcessEnvironment env() const;
    Run run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000);
    void setKey();
    void startProcess(QProcess &p, const QStringList &args);
    QUrl readPrintedUrl(QProcess &p);

    ComposioSim m_sim;
    std::unique_ptr<TestHome> m_home;
    QString m_baseUrl;
    QString m_browser;
    QStringList m_outputs; // everything the app printed, checked for the key
};

void TestCliComposio::initTestCase()
{
    QVERIFY2(m_sim.start(), "cannot start the Composio simulator");
}

void TestCliComposio::init()
{
    m_sim.reset();
    m_sim.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    m_home = std::make_unique<TestHome>();
    m_baseUrl = m_sim.apiBase().toString();
    m_browser = QStringLiteral("node " ARIA_SOURCE_DIR "/tests/peers/composio/browser.js");
    m_outputs.clear();
}

void TestCliComposio::cleanup()
{
    // After every flow: the key is nowhere in the data dir, the settings, or anything printed.
    const QStringList hits = filesContaining(m_home->path(), ComposioSim::kApiKey);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u',')));
    for (const QString &text : std::as_const(m_outputs))
        QVERIFY(!text.contains(QLatin1String(ComposioSim::kApiKey)));
    // Leave the keychain empty for the next test.
    run({ QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    m_home.reset();
}

QProcessEnvironment TestCliComposio::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment(); // HOME/XDG from TestHome
    e.insert(QStringLiteral("ARIA_COMPOSIO_BASE_URL"), m_baseUrl);
    e.insert(QStringLiteral("ARIA_BROWSER"), m_browser);
    return e;
}

Run TestCliComposio::run(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    ProcessOptions options;
    options.env = env();
    options.input = input;
    options.timeoutMs = timeoutMs;
    const Run r = runApp(args, options);
    m_outputs << r.out << r.err;
    return r;
}

void TestCliComposio::setKey()
{
    const Run r = run({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("composio-api-key") },
        QByteArray(ComposioSim::kApiKey) + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliComposio::startProcess(QProcess &p, const QStringList &args)
{
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(ARIA_APP_PATH), args);
    QVERIFY(p.waitForStarted(10000));
    p.closeWriteChannel();
}

QUrl TestCliComposio::readPrintedUrl(QProcess &p)
{
    if (!QTest::qWaitFor([&p] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 20000))
        return {};
    return QUrl(QString::fromUtf8(p.readLine()).trimmed());
}

void TestCliComposio::withoutKeyConnectSaysHowToSetIt()
{
    const Run r = run({ QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--timeout"),
        QStringLiteral("10") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(
        r.err.contains(QLatin1String("aria-integrations secret set composio-api-key")), qPrintable(r.err));
    QVERIFY(m_sim.log().isEmpty());
}

void TestCliComposio::secretSetReadsStdinAndNeverEchoes()
{
    setKey();
    QVERIFY(QTest::currentTestFailed() == false);
    // The stored key is the one sent: a sync lists accounts with it (200, not 401).
    const Run r = run({ QStringLiteral("sync") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_sim.log(), QStringList { QStringLiteral("GET /connected_accounts") });
}

void TestCliComposio::secretRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("unknown name") << QStringList { QStringLiteral("set"), QStringLiteral("password") }
                                  << QByteArray("x\n");
    QTest::newRow("empty value") << QStringList { QStringLiteral("set"), QStringLiteral("composio-api-key") }
                                 << QByteArray("\n");
    QTest::newRow("missing name") << QStringList { QStringLiteral("set") } << QByteArray("x\n");
    QTest::newRow("value on the command line")
        << QStringList { QStringLiteral("set"), QStringLiteral("composio-api-key"), QStringLiteral("k") }
        << QByteArray();
}

void TestCliComposio::secretRejectsBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const Run r = run(QStringList { QStringLiteral("secret") } + args, input);
    QCOMPARE(r.exitCode, 2);
}

void TestCliComposio::connectSyncDisconnectWithScriptedBrowser()
{
    setKey();
    Run r = run({ QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--timeout"),
        QStringLiteral("30") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("person@example.com")));
    QVERIFY(m_sim.log().contains(QStringLiteral("POST /connected_accounts/link")));

    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QJsonObject row = rowOf(r.out, QStringLiteral("gmail"));
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(row.value(QLatin1String("display_name")).toString(), QStringLiteral("person@example.com"));
    QCOMPARE(row.value(QLatin1String("mode")).toString(), QStringLiteral("composio"));

    r = run({ QStringLiteral("sync"), QStringLiteral("gmail") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("sync") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = run({ QStringLiteral("disconnect"), QStringLiteral("gmail") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList log = m_sim.log();
    qsizetype revoke = -1, del = -1;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i).endsWith(QLatin1String("/revoke")))
            revoke = i;
        if (log.at(i).startsWith(QLatin1String("DELETE ")))
            del = i;
    }
    QVERIFY(revoke >= 0);
    QVERIFY(del > revoke);
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail")).value(QLatin1String("status")).toString(),
        QStringLiteral("disconnected"));
}

// Issue 17: a second Gmail account through --add, refused without it, refused when it is the
// same person again; each connection is synced and disconnected alone.
void TestCliComposio::secondAccountIsAddedAndDisconnectedAlone()
{
    setKey();
    const QStringList connectGmail { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--timeout"),
        QStringLiteral("30") };
    Run r = run(connectGmail);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = run(connectGmail);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--add")), qPrintable(r.err));

    // The same provider account again is reported, not stored twice.
    r = run(connectGmail + QStringList { QStringLiteral("--add") });
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("already connected as gmail")), qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(rowOf(r.out, QStringLiteral("gmail-2")).isEmpty(), qPrintable(r.out)); // no trace of it

    m_sim.configure({ { QStringLiteral("email"), QStringLiteral("work@example.com") } });
    r = run(connectGmail + QStringList { QStringLiteral("--add") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("work@example.com")));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonObject first = rowOf(r.out, QStringLiteral("gmail"));
    const QJsonObject second = rowOf(r.out, QStringLiteral("gmail-2"));
    QCOMPARE(first.value(QLatin1String("display_name")).toString(), QStringLiteral("person@example.com"));
    QCOMPARE(second.value(QLatin1String("display_name")).toString(), QStringLiteral("work@example.com"));
    QCOMPARE(second.value(QLatin1String("integration")).toString(), QStringLiteral("gmail"));
    QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("active"));

    r = run({ QStringLiteral("sync"), QStringLiteral("gmail-2") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("gmail-2: ")), qPrintable(r.out));

    r = run({ QStringLiteral("disconnect"), QStringLiteral("gmail-2") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail-2")).value(QLatin1String("status")).toString(),
        QStringLiteral("disconnected"));
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail")).value(QLatin1String("status")).toString(),
        QStringLiteral("active"));
    // A full sync keeps the first connection on its own account.
    r = run({ QStringLiteral("sync") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail")).value(QLatin1String("display_name")).toString(),
        QStringLiteral("person@example.com"));

    r = run({ QStringLiteral("disconnect"), QStringLiteral("gmail") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail")).value(QLatin1String("status")).toString(),
        QStringLiteral("disconnected"));

    // The first connection gone and a further one active: a full sync does not hand the
    // further one's account to the first (it would show one account twice).
    m_sim.configure({ { QStringLiteral("email"), QStringLiteral("third@example.com") } });
    r = run(connectGmail + QStringList { QStringLiteral("--add") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("sync") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail")).value(QLatin1String("status")).toString(),
        QStringLiteral("disconnected"));
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail-3")).value(QLatin1String("status")).toString(),
        QStringLiteral("active"));
    m_sim.configure({ { QStringLiteral("email"), QStringLiteral("person@example.com") } });
}

void TestCliComposio::printUrlThenBrowseElsewhere()
{
    setKey();
    QProcess p;
    startProcess(p, { QStringLiteral("connect"), QStringLiteral("outlook"), QStringLiteral("--print-url") });
    const QUrl url = readPrintedUrl(p);
    QVERIFY2(url.isValid() && url.path().startsWith(QLatin1String("/link/")), qPrintable(url.toString()));
    // "Another computer" opens it: the scripted browser follows it to the loopback.
    QProcess browser;
    browser.start(QStringLiteral("node"),
        { QStringLiteral(ARIA_SOURCE_DIR "/tests/peers/composio/browser.js"), url.toString() });
    QVERIFY(browser.waitForFinished(20000));
    QVERIFY(p.waitForFinished(20000));
    m_outputs << QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 0);
    const Run r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("outlook")).value(QLatin1String("status")).toString(),
        QStringLiteral("active"));
}

void TestCliComposio::ctrlCCancelsCleanly()
{
    setKey();
    QProcess p;
    startProcess(p, { QStringLiteral("connect"), QStringLiteral("hubspot"), QStringLiteral("--print-url") });
    const QUrl url = readPrintedUrl(p);
    QVERIFY(url.isValid());
    if (!sendCtrlC(p))
        QSKIP(kNoCtrlC);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(p.exitCode(), 130);
    m_outputs << QString::fromUtf8(p.readAllStandardError());
    QVERIFY(m_outputs.last().contains(QLatin1String("cancelled")));
    const Run r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("hubspot")).value(QLatin1String("status")).toString(),
        QStringLiteral("not_connected"));
}

void TestCliComposio::abandonedAddLeavesNoTrace_data()
{
    QTest::addColumn<bool>("interrupt"); // Ctrl-C, else the --timeout runs out
    QTest::newRow("Ctrl-C") << true;
    QTest::newRow("timeout") << false;
}

// A `connect gmail --add` that never finishes (Ctrl-C, timeout) leaves no gmail-2 in `list`,
// and the next --add gets gmail-2 again; the first connection is untouched.
void TestCliComposio::abandonedAddLeavesNoTrace()
{
    QFETCH(bool, interrupt);
    setKey();
    Run r = run({ QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--timeout"), QStringLiteral("30") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcess p;
    startProcess(p, { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--add"),
                        QStringLiteral("--print-url"), QStringLiteral("--timeout"), QString::number(interrupt ? 60 : 2) });
    QVERIFY(readPrintedUrl(p).isValid());
    if (interrupt) {
        // While it waits, the account being added is listed as connecting.
        r = run({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(rowOf(r.out, QStringLiteral("gmail-2")).value(QLatin1String("status")).toString(),
            QStringLiteral("connecting"));
        if (!sendCtrlC(p))
            QSKIP(kNoCtrlC);
    }
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), interrupt ? 130 : 5);
    m_outputs << QString::fromUtf8(p.readAllStandardError());
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(rowOf(r.out, QStringLiteral("gmail-2")).isEmpty(), qPrintable(r.out));
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail")).value(QLatin1String("status")).toString(), QStringLiteral("active"));

    m_sim.configure({ { QStringLiteral("email"), QStringLiteral("work@example.com") } });
    r = run({ QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--add"), QStringLiteral("--timeout"),
        QStringLiteral("30") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(r.out, QStringLiteral("gmail-2")).value(QLatin1String("display_name")).toString(),
        QStringLiteral("work@example.com"));
    QVERIFY(rowOf(r.out, QStringLiteral("gmail-3")).isEmpty());
    m_sim.configure({ { QStringLiteral("email"), QStringLiteral("person@example.com") } });
}

void TestCliComposio::timeoutExitsWith5()
{
    setKey();
    const Run r = run({ QStringLiteral("connect"), QStringLiteral("salesforce"),
        QStringLiteral("--print-url"), QStringLiteral("--timeout"), QStringLiteral("2") });
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.startsWith(QLatin1String("http://127.0.0.1:")));
}

void TestCliComposio::denialExitsWith3()
{
    setKey();
    m_sim.configure({ { QStringLiteral("consent"), QStringLiteral("deny") } });
    const Run r = run({ QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--timeout"),
        QStringLiteral("30") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("denied")), qPrintable(r.err));
    const Run list = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(rowOf(list.out, QStringLiteral("gmail")).value(QLatin1String("status")).toString(),
        QStringLiteral("error"));
}

void TestCliComposio::unreachableExitsWith4()
{
    setKey();
    m_baseUrl = QStringLiteral("http://127.0.0.1:1/api/v3.1");
    const Run r = run({ QStringLiteral("sync") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QLatin1String("cannot be reached")));
}

// A provider's display name and a server's error message with terminal escapes (clear screen,
// set the title) and a right-to-left override: `connect`, `list`, `status` and `sync` print
// the readable rest and none of the control (issue 16, finding 6).
void TestCliComposio::hostileTextNeverReachesTheTerminal()
{
    const QString hostile = QString::fromUtf8("\x1b[2J\x1b]0;pwned\x07" "evil\xe2\x80\xae" "moc.elpmaxe@\xe2\x81\xa6" "bob\xe2\x81\xa9");
    const QString clean = QStringLiteral("[2J]0;pwnedevilmoc.elpmaxe@bob");
    auto controlFree = [](const QString &text) {
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if ((c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F)
                return false;
        }
        return true;
    };
    setKey();
    m_sim.configure({ { QStringLiteral("email"), hostile } });
    Run r = run({ QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--timeout"), QStringLiteral("30") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(clean), qPrintable(r.out));
    QVERIFY2(controlFree(r.out) && controlFree(r.err), qPrintable(r.out + r.err));

    for (const QStringList &args : { QStringList { QStringLiteral("list") }, QStringList { QStringLiteral("status") },
             QStringList { QStringLiteral("list"), QStringLiteral("--json") } }) {
        r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + r.err));
        QVERIFY2(controlFree(r.out) && controlFree(r.err), qPrintable(args.join(u' ') + r.out));
    }
    QCOMPARE(rowOf(run({ QStringLiteral("list"), QStringLiteral("--json") }).out, QStringLiteral("gmail"))
                 .value(QLatin1String("display_name"))
                 .toString(),
        clean);

    // A server's error message takes the same way to the terminal.
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("GET") }, { QStringLiteral("path"), QStringLiteral("^/connected_accounts") },
        { QStringLiteral("status"), 400 }, { QStringLiteral("message"), hostile } });
    r = run({ QStringLiteral("sync") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(clean), qPrintable(r.err));
    QVERIFY2(controlFree(r.out) && controlFree(r.err), qPrintable(r.err));
}

void TestCliComposio::plainHttpElsewhereIsRefused()
{
    // The environment bypasses `config set`; the key must not go out in clear text all the same.
    setKey();
    m_baseUrl = QStringLiteral("http://composio.invalid/api/v3.1");
    const Run r = run({ QStringLiteral("sync") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("ARIA_COMPOSIO_BASE_URL"))
            && r.err.contains(QLatin1String("Plain http is allowed only on this computer")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliComposio)
#include "tst_cli_composio.moc"
