// SIGKILL drills: the real binary killed at deterministic points of connect and disconnect
// (Composio simulator and direct OAuth against oidc-provider), then started again. The peers
// hold one request (a fault with a delay, or the OAuth peer's delayPath); the test waits until
// that request shows in the peer's log, then kills. After the next run the local rows match
// the server: nothing lost, nothing duplicated, no row left "connecting", no listener left.
// (SIGKILL mid-push to Supabase: tst_supabasecli.)
#include "composiosim.h"
#include "drillkit.h"
#include "oauthpeer.h"
#include "testhome.h"

#include "common/apppaths.h"
#include "common/settings.h"

#include <QElapsedTimer>

namespace {

const QString kApp = QStringLiteral(ARIA_APP_PATH);
const QString kComposioBrowser = QStringLiteral(ARIA_SOURCE_DIR "/tests/peers/composio/browser.js");

drill::Result app(const QStringList &args, const QByteArray &input = {})
{
    drill::Options o;
    o.input = input;
    return drill::run(kApp, args, o);
}

// Starts the app; the caller kills it.
void start(QProcess &p, const QStringList &args)
{
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(kApp, args);
    QVERIFY(p.waitForStarted(10000));
    p.closeWriteChannel();
}

QUrl readPrintedUrl(QProcess &p)
{
    if (!QTest::qWaitFor([&p] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 20000))
        return {};
    return QUrl(QString::fromUtf8(p.readLine()).trimmed());
}

// SIGKILL, and the loopback listener it had open is gone with it.
void killHard(QProcess &p, const QList<quint16> &listeners = {})
{
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    for (quint16 port : listeners)
        QVERIFY2(!drill::listening(port), qPrintable(QString::number(port)));
}

QString db() { return aria::AppPaths::databaseFile(); }

// "type=status" of the local row, or "" when there is none.
QString localRow(const QString &type)
{
    drill::Peek peek(db());
    return peek.column(QStringLiteral("SELECT status FROM connections WHERE integration_type='%1'").arg(type)).value(0);
}

QString localColumn(const QString &type, const QString &column)
{
    drill::Peek peek(db());
    return peek.column(QStringLiteral("SELECT %1 FROM connections WHERE integration_type='%2'").arg(column, type)).value(0);
}

int countWhere(const QStringList &lines, const QString &prefix)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); }));
}

} // namespace

class TestKillDrills : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void composioConnectKilledWhileWaitingForTheBrowser_data();
    void composioConnectKilledWhileWaitingForTheBrowser();
    void composioConnectKilledAfterConsentBeforeTheStoreWrite();
    void composioReconnectKilledAfterTheStoreWrite();
    void composioDisconnectKilledBeforeTheRevoke();
    void composioDisconnectKilledAfterTheRevoke();
    void composioSyncKilledWhileListing();

    void directConnectKilledWhileWaitingForTheBrowser();
    void directConnectKilledDuringTheTokenExchange();
    void directDisconnectKilledDuringTheRevoke();
    void directRefreshKilledAfterTheProviderRotated();

private:
    QJsonArray simAccounts(const QString &toolkit); // this user's, not deleted, any status
    QString connectComposio(const QString &id);     // connects for real; the account id
    bool addDirectPeer();
    QString userId() { return aria::Settings().localUserId(); }

    ComposioSim m_sim;
    OAuthPeer m_oauth;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TestHome> m_home;
};

void TestKillDrills::initTestCase()
{
    QVERIFY2(m_sim.start(), "cannot start the Composio simulator");
    QVERIFY2(m_oauth.start(), "cannot start the OAuth peer");
}

void TestKillDrills::init()
{
    m_sim.reset();
    m_sim.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    QVERIFY(m_oauth.configure({ { QStringLiteral("delayMs"), 0 }, { QStringLiteral("holdMs"), 0 },
        { QStringLiteral("accessTtl"), 3600 }, { QStringLiteral("deny"), false } }));
    m_home = std::make_unique<TestHome>();
    qputenv("ARIA_COMPOSIO_BASE_URL", m_sim.apiBase().toString().toUtf8());
    qputenv("ARIA_BROWSER", (QStringLiteral("node ") + kComposioBrowser).toUtf8());
    const drill::Result key = app({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("composio-api-key") },
        QByteArray(ComposioSim::kApiKey) + '\n');
    QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
}

void TestKillDrills::cleanup()
{
    app({ QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("composio-api-key") });
    app({ QStringLiteral("secret"), QStringLiteral("unset"), QStringLiteral("peer-client-secret") });
    // Not even the files a killed process left (WAL, -shm) hold a secret.
    QStringList leaks = filesContaining(m_home->path(), ComposioSim::kApiKey);
    for (const QJsonValue &v : m_oauth.issued()) {
        const QByteArray issued = v.toObject().value(QLatin1String("value")).toString().toUtf8();
        if (issued.size() >= 8)
            leaks << filesContaining(m_home->path(), issued);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u',')));
    // Whatever happened, no row may be left half-way.
    if (QFileInfo::exists(db())) {
        drill::Peek peek(db());
        QCOMPARE(peek.integrity(), QStringLiteral("ok"));
        QCOMPARE(peek.column(QStringLiteral("SELECT count(*) FROM connections WHERE status='connecting'")).value(0),
            QStringLiteral("0"));
    }
    m_home.reset();
}

QJsonArray TestKillDrills::simAccounts(const QString &toolkit)
{
    QUrl url(m_sim.apiBase().toString() + QStringLiteral("/connected_accounts"));
    url.setQuery(QStringLiteral("user_ids=%1&toolkit_slugs=%2&limit=50").arg(userId(), toolkit));
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", ComposioSim::kApiKey);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        reply->abort();
    const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("items")).toArray();
    reply->deleteLater();
    return items;
}

QString TestKillDrills::connectComposio(const QString &id)
{
    const drill::Result r = app({ QStringLiteral("connect"), id });
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return localColumn(id, QStringLiteral("composio_connection_id"));
}

// ---- Composio ----------------------------------------------------------------------------

void TestKillDrills::composioConnectKilledWhileWaitingForTheBrowser_data()
{
    QTest::addColumn<bool>("recoverWithWindow");
    QTest::newRow("restart: sync") << false;
    QTest::newRow("restart: the window") << true;
}

void TestKillDrills::composioConnectKilledWhileWaitingForTheBrowser()
{
    QFETCH(bool, recoverWithWindow);
    QProcess p;
    start(p, { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--print-url") });
    const QUrl url = readPrintedUrl(p);
    QVERIFY2(url.path().startsWith(QLatin1String("/link/")), qPrintable(url.toString()));
    const QList<quint16> listeners = drill::listeningPortsOf(p.processId());
    QCOMPARE(listeners.size(), 1);
    QCOMPARE(localRow(QStringLiteral("gmail")), QStringLiteral("connecting"));
    killHard(p, listeners);
    QVERIFY(QFileInfo(db() + QLatin1String("-wal")).size() > 0); // left as a crash leaves it
    QCOMPARE(simAccounts(QStringLiteral("gmail")).size(), 1);  // INITIATED, never finished

    QElapsedTimer timer;
    timer.start();
    if (recoverWithWindow) {
        // The window reconciles after its first frame; it is stopped once the row is fixed.
        QProcess window;
        start(window, {});
        QVERIFY(QTest::qWaitFor([] { return localRow(QStringLiteral("gmail")) == u"not_connected"; }, 20000));
        // ... and deleted the abandoned account at Composio (below) before it is stopped.
        QVERIFY(QTest::qWaitFor([this] { return simAccounts(QStringLiteral("gmail")).isEmpty(); }, 10000));
        QCOMPARE(window.state(), QProcess::Running); // fixed it, did not crash on it
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
    } else {
        const drill::Result sync = app({ QStringLiteral("sync") });
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QCOMPARE(localRow(QStringLiteral("gmail")), QStringLiteral("not_connected"));
    }
    qInfo("stale 'connecting' row reset %lld ms after the restart", timer.elapsed());
    // The killed run's account, left INITIATED, was deleted at Composio by the same reconcile,
    // and its link no longer leads anywhere.
    QVERIFY(QTest::qWaitFor([this] { return simAccounts(QStringLiteral("gmail")).isEmpty(); }, 10000));
    QVERIFY(m_sim.log().filter(QRegularExpression(QStringLiteral("^DELETE /connected_accounts/ca_"))).size() == 1);
    QNetworkReply *page = m_nam.get(QNetworkRequest(url));
    QVERIFY(QTest::qWaitFor([page] { return page->isFinished(); }, 10000));
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 410);
    page->deleteLater();

    // Connecting again works, and leaves one active account, the one the row points at.
    const QString account = connectComposio(QStringLiteral("gmail"));
    QVERIFY(!account.isEmpty());
    QStringList active;
    int abandoned = 0;
    for (const QJsonValue &v : simAccounts(QStringLiteral("gmail"))) {
        const QString status = v.toObject().value(QLatin1String("status")).toString();
        if (status == u"ACTIVE")
            active << v.toObject().value(QLatin1String("id")).toString();
        else
            abandoned += status == u"INITIATED";
    }
    QCOMPARE(active, QStringList { account });
    QCOMPARE(abandoned, 0); // nothing left waiting at Composio
    QCOMPARE(localRow(QStringLiteral("gmail")), QStringLiteral("active"));
}

void TestKillDrills::composioConnectKilledAfterConsentBeforeTheStoreWrite()
{
    // Every look at an account is held (then answered 503): consent completes at Composio,
    // the browser returns to the loopback, and the app's confirming GET hangs.
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("GET") },
        { QStringLiteral("path"), QStringLiteral("^/connected_accounts/ca_") },
        { QStringLiteral("delayMs"), 20000 }, { QStringLiteral("status"), 503 }, { QStringLiteral("count"), 100 } });
    QProcess p;
    start(p, { QStringLiteral("connect"), QStringLiteral("gmail"), QStringLiteral("--print-url") });
    const QUrl url = readPrintedUrl(p);
    QVERIFY(url.isValid());
    const QList<quint16> listeners = drill::listeningPortsOf(p.processId());
    QProcess browser;
    browser.start(QStringLiteral("node"), { kComposioBrowser, url.toString() });
    QVERIFY(browser.waitForFinished(20000));
    QCOMPARE(browser.exitCode(), 0);
    // The GET after the consent page is the confirmation (or a poll) the app is waiting on.
    QVERIFY2(QTest::qWaitFor(
                 [this] {
                     const QStringList log = m_sim.log();
                     const qsizetype consent = log.indexOf(QRegularExpression(QStringLiteral("GET /link/.*")));
                     return consent >= 0
                         && log.indexOf(QRegularExpression(QStringLiteral("GET /connected_accounts/ca_[^/]*")), consent)
                         > consent;
                 },
                 20000),
        qPrintable(m_sim.log().join(QStringLiteral(" | ")) + QString::fromUtf8(p.readAllStandardError())));
    QCOMPARE(localRow(QStringLiteral("gmail")), QStringLiteral("connecting"));
    killHard(p, listeners);
    m_sim.clearFaults();
    const QJsonArray atComposio = simAccounts(QStringLiteral("gmail"));
    QCOMPARE(atComposio.size(), 1);
    QCOMPARE(atComposio.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));

    // The restart finds the account the killed run made and shows it: no second consent.
    QElapsedTimer timer;
    timer.start();
    const drill::Result sync = app({ QStringLiteral("sync") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    qInfo("connection recovered by sync in %lld ms", timer.elapsed());
    QCOMPARE(localRow(QStringLiteral("gmail")), QStringLiteral("active"));
    QCOMPARE(localColumn(QStringLiteral("gmail"), QStringLiteral("composio_connection_id")),
        atComposio.first().toObject().value(QLatin1String("id")).toString());
    QCOMPARE(localColumn(QStringLiteral("gmail"), QStringLiteral("display_name")), QStringLiteral("person@example.com"));
    QCOMPARE(simAccounts(QStringLiteral("gmail")).size(), 1);
    QCOMPARE(countWhere(m_sim.log(), QStringLiteral("POST /connected_accounts/link")), 1);
}

void TestKillDrills::composioReconnectKilledAfterTheStoreWrite()
{
    // A reconnect stores the new account, then deletes the old one at Composio: hold that
    // DELETE and kill. The row already points at the new account.
    const QString old = connectComposio(QStringLiteral("outlook"));
    QVERIFY(!old.isEmpty());
    m_sim.patchAccount(old, { { QStringLiteral("status"), QStringLiteral("EXPIRED") } });
    QCOMPARE(app({ QStringLiteral("sync"), QStringLiteral("outlook") }).exitCode, 3);
    QCOMPARE(localRow(QStringLiteral("outlook")), QStringLiteral("expired"));
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("DELETE") }, { QStringLiteral("delayMs"), 20000 },
        { QStringLiteral("status"), 503 } });
    QProcess p;
    start(p, { QStringLiteral("connect"), QStringLiteral("outlook") });
    const bool held = QTest::qWaitFor(
        [this, &p, &old] { return m_sim.log().contains(QStringLiteral("DELETE /connected_accounts/") + old) || p.state() == QProcess::NotRunning; },
        30000);
    QVERIFY(held);
    QVERIFY2(p.state() == QProcess::Running,
        qPrintable(QStringLiteral("the reconnect exited (%1) before tidying the old account: ").arg(p.exitCode())
            + QString::fromUtf8(p.readAllStandardError())));
    const QString fresh = localColumn(QStringLiteral("outlook"), QStringLiteral("composio_connection_id"));
    QVERIFY(fresh != old);
    QCOMPARE(localRow(QStringLiteral("outlook")), QStringLiteral("active"));
    killHard(p);
    m_sim.clearFaults();

    const drill::Result sync = app({ QStringLiteral("sync") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    QCOMPARE(localRow(QStringLiteral("outlook")), QStringLiteral("active"));
    QCOMPARE(localColumn(QStringLiteral("outlook"), QStringLiteral("composio_connection_id")), fresh);
    QStringList active;
    for (const QJsonValue &v : simAccounts(QStringLiteral("outlook"))) {
        if (v.toObject().value(QLatin1String("status")).toString() == u"ACTIVE")
            active << v.toObject().value(QLatin1String("id")).toString();
    }
    QCOMPARE(active, QStringList { fresh });
}

void TestKillDrills::composioDisconnectKilledBeforeTheRevoke()
{
    const QString account = connectComposio(QStringLiteral("hubspot"));
    QVERIFY(!account.isEmpty());
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("POST") }, { QStringLiteral("path"), QStringLiteral("/revoke$") },
        { QStringLiteral("delayMs"), 20000 }, { QStringLiteral("status"), 503 } });
    QProcess p;
    start(p, { QStringLiteral("disconnect"), QStringLiteral("hubspot") });
    QVERIFY(QTest::qWaitFor(
        [this, &account] { return m_sim.log().contains(QStringLiteral("POST /connected_accounts/%1/revoke").arg(account)); },
        20000));
    killHard(p);
    m_sim.clearFaults();
    // Nothing happened anywhere: both sides still say connected, and a sync agrees.
    QCOMPARE(m_sim.patchAccount(account, {}).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(localRow(QStringLiteral("hubspot")), QStringLiteral("active"));
    QCOMPARE(app({ QStringLiteral("sync") }).exitCode, 0);
    QCOMPARE(localRow(QStringLiteral("hubspot")), QStringLiteral("active"));

    // Disconnecting again finishes the job on both sides.
    const drill::Result again = app({ QStringLiteral("disconnect"), QStringLiteral("hubspot") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QJsonObject server = m_sim.patchAccount(account, {});
    QCOMPARE(server.value(QLatin1String("status")).toString(), QStringLiteral("REVOKED"));
    QCOMPARE(server.value(QLatin1String("deleted")).toBool(), true);
    QCOMPARE(localRow(QStringLiteral("hubspot")), QStringLiteral("disconnected"));
    QVERIFY(simAccounts(QStringLiteral("hubspot")).isEmpty());
}

void TestKillDrills::composioDisconnectKilledAfterTheRevoke()
{
    const QString account = connectComposio(QStringLiteral("salesforce"));
    QVERIFY(!account.isEmpty());
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("DELETE") }, { QStringLiteral("delayMs"), 20000 },
        { QStringLiteral("status"), 503 } });
    QProcess p;
    start(p, { QStringLiteral("disconnect"), QStringLiteral("salesforce") });
    QVERIFY(QTest::qWaitFor(
        [this, &account] { return m_sim.log().contains(QStringLiteral("DELETE /connected_accounts/") + account); },
        20000));
    killHard(p);
    m_sim.clearFaults();
    // Revoked at Composio, not yet deleted; the local row did not hear about it.
    QCOMPARE(m_sim.patchAccount(account, {}).value(QLatin1String("status")).toString(), QStringLiteral("REVOKED"));
    QCOMPARE(localRow(QStringLiteral("salesforce")), QStringLiteral("active"));

    // The restart's sync learns the truth; a disconnect then completes the delete.
    const drill::Result sync = app({ QStringLiteral("sync") });
    QVERIFY2(sync.exitCode != 0, qPrintable(sync.describe())); // not healthy: revoked
    QCOMPARE(localRow(QStringLiteral("salesforce")), QStringLiteral("disconnected"));
    const drill::Result again = app({ QStringLiteral("disconnect"), QStringLiteral("salesforce") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(localRow(QStringLiteral("salesforce")), QStringLiteral("disconnected"));
    const QJsonObject server = m_sim.patchAccount(account, {});
    QCOMPARE(server.value(QLatin1String("status")).toString(), QStringLiteral("REVOKED"));
    QCOMPARE(server.value(QLatin1String("deleted")).toBool(), true);
    QCOMPARE(countWhere(m_sim.log(), QStringLiteral("DELETE /connected_accounts/") + account), 2);
    // A second disconnect of what is gone everywhere still succeeds.
    QCOMPARE(app({ QStringLiteral("disconnect"), QStringLiteral("salesforce") }).exitCode, 0);
}

void TestKillDrills::composioSyncKilledWhileListing()
{
    const QString account = connectComposio(QStringLiteral("google_calendar"));
    QVERIFY(!account.isEmpty());
    m_sim.patchAccount(account, { { QStringLiteral("status"), QStringLiteral("EXPIRED") },
                                    { QStringLiteral("status_reason"), QStringLiteral("refresh failed") } });
    m_sim.fault({ { QStringLiteral("method"), QStringLiteral("GET") }, { QStringLiteral("path"), QStringLiteral("^/connected_accounts$") },
        { QStringLiteral("delayMs"), 20000 }, { QStringLiteral("status"), 503 } });
    const int listsBefore = countWhere(m_sim.log(), QStringLiteral("GET /connected_accounts"));
    QProcess p;
    start(p, { QStringLiteral("sync") });
    QVERIFY(QTest::qWaitFor([&] { return countWhere(m_sim.log(), QStringLiteral("GET /connected_accounts")) > listsBefore; }, 20000));
    killHard(p);
    m_sim.clearFaults();
    QCOMPARE(localRow(QStringLiteral("google_calendar")), QStringLiteral("active")); // not yet known here

    const drill::Result again = app({ QStringLiteral("sync") });
    QCOMPARE(again.exitCode, 3); // expired: reconnect needed
    QCOMPARE(localRow(QStringLiteral("google_calendar")), QStringLiteral("expired"));
    QVERIFY(localColumn(QStringLiteral("google_calendar"), QStringLiteral("error_message")).contains(QLatin1String("refresh failed")));
}

// ---- direct OAuth ---------------------------------------------------------------------------

bool TestKillDrills::addDirectPeer()
{
    qputenv("ARIA_BROWSER", (QStringLiteral("node ") + OAuthPeer::directory() + QStringLiteral("/browser.mjs")).toUtf8());
    const drill::Result r = app({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("peer"),
        QStringLiteral("--discovery"), m_oauth.issuer() + QStringLiteral("/.well-known/openid-configuration"),
        QStringLiteral("--client-id"), QStringLiteral("aria-native"), QStringLiteral("--name"), QStringLiteral("Peer") });
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.exitCode == 0;
}

void TestKillDrills::directConnectKilledWhileWaitingForTheBrowser()
{
    QVERIFY(addDirectPeer());
    QProcess p;
    start(p, { QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--print-url") });
    const QUrl url = readPrintedUrl(p);
    QVERIFY2(url.toString().startsWith(m_oauth.issuer()), qPrintable(url.toString()));
    const QList<quint16> listeners = drill::listeningPortsOf(p.processId());
    QCOMPARE(listeners.size(), 1);
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("connecting"));
    killHard(p, listeners);

    QElapsedTimer timer;
    timer.start();
    const drill::Result sync = app({ QStringLiteral("sync") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("not_connected"));
    qInfo("stale direct 'connecting' row reset in %lld ms", timer.elapsed());
    const drill::Result again = app({ QStringLiteral("connect"), QStringLiteral("peer") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("active"));
}

void TestKillDrills::directConnectKilledDuringTheTokenExchange()
{
    QVERIFY(addDirectPeer());
    QVERIFY(m_oauth.configure({ { QStringLiteral("delayPath"), QStringLiteral("/token") }, { QStringLiteral("delayMs"), 20000 } }));
    const qsizetype tokenRequests = m_oauth.requestsTo(QStringLiteral("/token"), QStringLiteral("POST")).size();
    QProcess p;
    start(p, { QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--print-url") });
    const QUrl url = readPrintedUrl(p);
    QVERIFY(url.isValid());
    const QList<quint16> listeners = drill::listeningPortsOf(p.processId());
    QProcess browser;
    browser.start(QStringLiteral("node"), { OAuthPeer::directory() + QStringLiteral("/browser.mjs"), url.toString() });
    // The code came back to the loopback and the app is exchanging it: kill then.
    QVERIFY(QTest::qWaitFor(
        [&] { return m_oauth.requestsTo(QStringLiteral("/token"), QStringLiteral("POST")).size() > tokenRequests; }, 20000));
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("connecting"));
    killHard(p, listeners);
    QVERIFY(browser.waitForFinished(20000));
    QVERIFY(m_oauth.configure({ { QStringLiteral("delayMs"), 0 } }));

    const drill::Result sync = app({ QStringLiteral("sync") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("not_connected"));
    const drill::Result again = app({ QStringLiteral("connect"), QStringLiteral("peer") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("active"));
    QCOMPARE(app({ QStringLiteral("sync"), QStringLiteral("peer") }).exitCode, 0);
}

void TestKillDrills::directDisconnectKilledDuringTheRevoke()
{
    QVERIFY(addDirectPeer());
    QVERIFY2(app({ QStringLiteral("connect"), QStringLiteral("peer") }).exitCode == 0, "first connect failed");
    QVERIFY(m_oauth.configure(
        { { QStringLiteral("delayPath"), QStringLiteral("/token/revocation") }, { QStringLiteral("delayMs"), 20000 } }));
    const qsizetype revocations = m_oauth.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).size();
    QProcess p;
    start(p, { QStringLiteral("disconnect"), QStringLiteral("peer") });
    QVERIFY(QTest::qWaitFor(
        [&] { return m_oauth.requestsTo(QStringLiteral("/token/revocation"), QStringLiteral("POST")).size() > revocations; },
        20000));
    killHard(p);
    QVERIFY(m_oauth.configure({ { QStringLiteral("delayMs"), 0 } }));
    // The revoke never reached the provider (dropped with the killed client): the grant still
    // works, and the row still says so.
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("active"));
    const drill::Result sync = app({ QStringLiteral("sync"), QStringLiteral("peer") });
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));

    const drill::Result again = app({ QStringLiteral("disconnect"), QStringLiteral("peer") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("disconnected"));
    // Nothing is left to use: the sync has no tokens and says so.
    QVERIFY(app({ QStringLiteral("sync"), QStringLiteral("peer") }).exitCode != 0);
}

void TestKillDrills::directRefreshKilledAfterTheProviderRotated()
{
    QVERIFY(addDirectPeer());
    QVERIFY(m_oauth.configure({ { QStringLiteral("accessTtl"), 1 } })); // every sync refreshes
    QVERIFY2(app({ QStringLiteral("connect"), QStringLiteral("peer") }).exitCode == 0, "first connect failed");
    const int before = m_oauth.refreshGrants();
    const qsizetype issuedBefore = m_oauth.issued().size();
    // The provider rotates the refresh token at once but holds its answer; the app dies
    // before it can keep the new one.
    QVERIFY(m_oauth.configure({ { QStringLiteral("holdPath"), QStringLiteral("/token") }, { QStringLiteral("holdMs"), 20000 } }));
    QProcess p;
    start(p, { QStringLiteral("sync"), QStringLiteral("peer") });
    QVERIFY(QTest::qWaitFor([&] { return m_oauth.refreshGrants() > before && m_oauth.issued().size() > issuedBefore; }, 20000));
    killHard(p);
    QVERIFY(m_oauth.configure({ { QStringLiteral("holdMs"), 0 }, { QStringLiteral("accessTtl"), 3600 } }));

    // The refresh token the app kept was used up by the killed run: the next sync cannot
    // refresh, and says that a reconnect is needed rather than leaving the row as it was.
    const drill::Result sync = app({ QStringLiteral("sync"), QStringLiteral("peer") });
    qInfo("sync after a lost rotation: exit %d, row %s: %s", sync.exitCode, qPrintable(localRow(QStringLiteral("peer"))),
        qPrintable(sync.err.trimmed().split(QLatin1Char('\n')).last()));
    QCOMPARE(sync.exitCode, 3);
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("expired"));
    const drill::Result again = app({ QStringLiteral("connect"), QStringLiteral("peer") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(app({ QStringLiteral("sync"), QStringLiteral("peer") }).exitCode, 0);
    QCOMPARE(localRow(QStringLiteral("peer")), QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestKillDrills)
#include "tst_killdrills.moc"
