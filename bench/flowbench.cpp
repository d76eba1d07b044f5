// aria-bench-flows: the in-process parts of `make bench` (bench/README.md, rows 4 and 5), run
// by aria-bench, which reads the "key value" lines this prints on stdout.
//
//   connect RUNS  the Composio connect flow against the simulator (tests/peers/composio), real
//                 loopback listener and HTTP: time from the listener's callbackReceived to the
//                 ConnectionsModel's dataChanged showing the card's row Active, and on to an
//                 IntegrationCard repainted with that connection (offscreen). Floor: the
//                 simulator's own GET /connected_accounts/{id} round trip, timed alone.
//   keychain RUNS the per-request API key read from the real keychain, alone and with the GET
//                 (by hand, inside tests/with-keyring.sh).
//   sync RUNS N   SyncEngine push of N changed rows to the Supabase peer (PostgreSQL): HTTP
//                 requests per cycle (push POSTs and all) and the cycle's wall time.
//
// Blocking waits are fine here: this is a bench driver, not the UI path. The timed ones use
// waitUntil() below, never QTest::qWaitFor: that one sleeps 10 ms between passes of the event
// loop, so anything timed across it comes out in steps of ~10 ms (bench/README.md).
#include "../tests/common/supabasepeer.h"
#include "../tests/common/testhome.h"
#include "../tests/common/testprofile.h"
#include "../tests/integration/composiosim.h"

#include "common/settings.h"
#include "composio/composioclient.h"
#include "composio/composiokeytransport.h"
#include "connect/browserlauncher.h"
#include "connect/composioconnector.h"
#include "connect/connectionmanager.h"
#include "connect/loopbackreplyhandler.h"
#include "domain/integration.h"
#include "model/connectionsmodel.h"
#include "secrets/keychainsecretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/restclient.h"
#include "supabase/supabasebackend.h"
#include "sync/syncengine.h"
#include "integrationcard.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace aria;
using namespace aria::supabase;
using aria::sync::SyncEngine;
using aria::ui::IntegrationCard;

namespace {

void put(const char *key, double value) { std::printf("%s %.3f\n", key, value); std::fflush(stdout); }

double ms(qint64 ns) { return double(ns) / 1e6; }

// Runs a real event loop, blocking in poll() like the app's, until done() holds when the loop
// is about to sleep (all posted work handled), or timeoutMs passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop,
        [&] {
            if (done())
                loop.quit();
        });
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

// ---- 4: connect ------------------------------------------------------------------------------

bool connectOnce(ComposioSim &sim, int rep)
{
    sim.reset();
    sim.configure({ { QStringLiteral("apiKey"), QString::fromLatin1(ComposioSim::kApiKey) } });
    TestHome home;
    TestProfile profile;
    if (!profile.opened)
        return false;
    Settings &settings = profile.settings;
    ConnectionStore &store = profile.store;
    MemorySecretStore secrets;
    secrets.write(QStringLiteral("composio-api-key"), QString::fromLatin1(ComposioSim::kApiKey), nullptr,
        [](const auto &) {});
    QNetworkAccessManager network;
    ComposioClient client(&network, &secrets);
    client.setBaseUrl(sim.apiBase());
    client.setRequestTimeout(5000);
    BrowserLauncher browser;
    ComposioKeyTransport transport(&client, &settings);
    ComposioConnector connector(&transport, &store, &settings, &browser);
    connector.setPollInterval(5000, 5000);  // the callback, not polling, must complete the flow
    ConnectionManager manager(&settings);
    manager.setConnector(ConnectMode::Composio, &connector);
    ConnectionsModel model(&store);

    const QString id = QStringLiteral("gmail");
    IntegrationSpec spec;
    for (const IntegrationSpec &s : builtInIntegrations())
        if (s.id == id)
            spec = s;
    IntegrationCard card(spec);
    card.resize(720, card.sizeHint().height());
    card.show();
    if (!QTest::qWaitFor([&card] { return card.isVisible(); }, 2000))
        return false;

    QElapsedTimer clock;
    qint64 callbackAt = -1, modelAt = -1, paintedAt = -1;
    QNetworkAccessManager browserNetwork;  // the "browser" has its own network stack
    QObject context;
    browser.setOpener([&](const QUrl &url) {
        // The listener exists once the link is opened; its connector slot runs first (it only
        // starts the account GET), ours right after, so the start is taken at the callback.
        if (const LoopbackReplyHandler *listener = connector.listener(id))
            QObject::connect(listener, &QAbstractOAuthReplyHandler::callbackReceived, &context,
                [&] { callbackAt = clock.nsecsElapsed(); });
        QTimer::singleShot(0, &context, [&browserNetwork, url] {
            QNetworkRequest request(url);  // consent page -> 302 -> loopback, like a browser
            request.setTransferTimeout(5000);
            QNetworkReply *reply = browserNetwork.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        return true;
    });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &context,
        [&](const QModelIndex &from, const QModelIndex &to) {
            const int row = model.rowOf(id);
            if (callbackAt < 0 || modelAt >= 0 || row < from.row() || row > to.row())
                return;
            if (model.data(model.index(row, 0), ConnectionsModel::StatusRole).toInt() != int(ConnectionStatus::Active))
                return;
            modelAt = clock.nsecsElapsed();
            card.setConnection(model.connectionAt(row));
            card.repaint();  // synchronous paint into the offscreen backing store
            paintedAt = clock.nsecsElapsed();
        });

    clock.start();
    manager.connectIntegration(id);
    if (!waitUntil([&] { return paintedAt >= 0; }, 15000)) {
        std::fprintf(stderr, "connect run %d did not complete\n", rep);
        return false;
    }

    // The floor: the simulator's GET /connected_accounts/{id} alone, the call the flow makes
    // between callback and store (same process, warm connection, median of 5).
    const QString accountId = store.get(id).value_or(Connection {}).composioConnectionId;
    QNetworkAccessManager raw;
    std::vector<double> floors;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl(sim.apiBase().toString() + QStringLiteral("/connected_accounts/") + accountId));
        request.setRawHeader("x-api-key", ComposioSim::kApiKey);
        request.setTransferTimeout(5000);
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = raw.get(request);
        if (!waitUntil([reply] { return reply->isFinished(); }, 5000))
            return false;
        floors.push_back(ms(t.nsecsElapsed()));
        reply->deleteLater();
    }
    std::sort(floors.begin(), floors.end());
    // The same GET through the app's ComposioClient, the way the flow makes it.
    std::vector<double> viaClient;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        client.getAccount(accountId, &context, [&done](const ComposioError &, const ComposioAccount &) { done = true; });
        if (!waitUntil([&done] { return done; }, 5000))
            return false;
        viaClient.push_back(ms(t.nsecsElapsed()));
    }
    std::sort(viaClient.begin(), viaClient.end());
    put("connect.client_get_account_ms", viaClient[viaClient.size() / 2]);
    // What the flow adds to that round trip besides Qt: one committed SQLite upsert of the row.
    Connection probe;
    probe.integrationType = QStringLiteral("bench_probe");
    probe.status = ConnectionStatus::Active;
    QElapsedTimer upsert;
    upsert.start();
    if (!store.upsert(probe))
        return false;
    put("connect.store_upsert_ms", ms(upsert.nsecsElapsed()));
    put("connect.callback_to_model_ms", ms(modelAt - callbackAt));
    put("connect.callback_to_card_ms", ms(paintedAt - callbackAt));
    put("connect.floor_get_account_ms", floors[floors.size() / 2]);
    return true;
}

int benchConnect(int runs)
{
    ComposioSim sim;
    if (!sim.start()) {
        std::fprintf(stderr, "cannot start the Composio simulator\n");
        return 1;
    }
    connectOnce(sim, -1);  // warm-up: first-use costs (SQLite driver, sockets, fonts)
    for (int i = 0; i < runs; ++i)
        if (!connectOnce(sim, i))
            return 1;
    return 0;
}

// What the per-request key read costs in the app, where the key is in the keychain (run by
// hand inside tests/with-keyring.sh; aria-bench does not run it): the read alone, and the
// same GET as above through a ComposioClient reading from the keychain.
int benchKeychain(int runs)
{
    ComposioSim sim;
    if (!sim.start()) {
        std::fprintf(stderr, "cannot start the Composio simulator\n");
        return 1;
    }
    const QString accountId = sim.seedAccount({ { QStringLiteral("toolkit"), QStringLiteral("gmail") },
                                                  { QStringLiteral("user_id"), QStringLiteral("bench") } })
                                  .value(QLatin1String("id"))
                                  .toString();
    KeychainSecretStore secrets(nullptr, QStringLiteral("aria-bench"));
    QObject context;
    bool written = false;
    secrets.write(QStringLiteral("composio-api-key"), QString::fromLatin1(ComposioSim::kApiKey), &context,
        [&written](const SecretStore::Reply &r) { written = r.result == SecretStore::Result::Ok; });
    if (!waitUntil([&written] { return written; }, 20000)) {
        std::fprintf(stderr, "cannot write to the keychain (run inside tests/with-keyring.sh)\n");
        return 1;
    }
    QNetworkAccessManager network;
    ComposioClient client(&network, &secrets);
    client.setBaseUrl(sim.apiBase());
    client.setRequestTimeout(5000);
    for (int i = 0; i <= runs; ++i) {  // i == 0: warm-up
        QElapsedTimer t;
        t.start();
        bool read = false;
        secrets.read(QStringLiteral("composio-api-key"), &context, [&read](const SecretStore::Reply &) { read = true; });
        if (!waitUntil([&read] { return read; }, 20000))
            return 1;
        const double readMs = ms(t.nsecsElapsed());
        t.restart();
        bool done = false;
        client.getAccount(accountId, &context, [&done](const ComposioError &, const ComposioAccount &) { done = true; });
        if (!waitUntil([&done] { return done; }, 20000))
            return 1;
        if (i > 0) {
            put("keychain.read_ms", readMs);
            put("keychain.client_get_account_ms", ms(t.nsecsElapsed()));
        }
    }
    return 0;
}

// ---- 5: sync ---------------------------------------------------------------------------------

int benchSync(int runs, int rows)
{
    SupabasePeer peer;
    if (!peer.waitReady()) {
        std::fprintf(stderr, "the Supabase peer did not start\n");
        return 1;
    }
    const QString email = QStringLiteral("bench%1@example.com").arg(rows);
    const QString password = QStringLiteral("correct horse battery");
    if (peer.signUp(email, password).isEmpty())
        return 1;

    QTemporaryDir dir;
    ConnectionStore store;
    store.setUserId(QStringLiteral("bench-profile"));
    if (!store.open(dir.filePath(QStringLiteral("aria.sqlite"))))
        return 1;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    AuthClient auth(&network, &secrets);
    RestClient rest(&network, &auth);
    SupabaseBackend backend(&auth, &rest);
    SyncEngine engine(&store, &backend);
    auth.setProject(QUrl(peer.url()), peer.anonKey());
    engine.setPaused(true);  // only the timed syncNow() runs, not the debounce after each write
    QSignalSpy signedIn(&auth, &AuthClient::signInFinished);
    auth.signIn(email, password);
    if (!signedIn.wait(15000) || !signedIn.first().at(0).toBool())
        return 1;
    if (!QTest::qWaitFor([&] { return engine.state() != SyncEngine::State::Syncing; }, 15000))
        return 1;

    std::printf("sync.batch_size %d\n", SyncEngine::Timing {}.batchSize);
    // Run 0 is a warm-up that inserts the rows; every timed run changes all N of them.
    for (int run = 0; run <= runs; ++run) {
        for (int i = 0; i < rows; ++i) {
            const QString type = QStringLiteral("bench_%1").arg(i, 4, 10, QLatin1Char('0'));
            Connection c = store.get(type).value_or(Connection {});
            c.integrationType = type;
            c.status = ConnectionStatus::Active;
            c.displayName = QStringLiteral("run%1@example.com").arg(run);
            c.composioConnectionId = QStringLiteral("ca_") + type;
            if (!store.upsert(c))
                return 1;
        }
        if (store.pendingChanges().size() != rows) {
            std::fprintf(stderr, "expected %d pending rows, have %d\n", rows, int(store.pendingChanges().size()));
            return 1;
        }
        const int before = peer.countEvents(QStringLiteral("request"));
        const int postsBefore = peer.countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations"));
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QElapsedTimer t;
        t.start();
        engine.syncNow();
        if (!finished.wait(60000) || !finished.last().at(0).toBool()) {
            std::fprintf(stderr, "sync of %d rows failed\n", rows);
            return 1;
        }
        const double elapsed = ms(t.nsecsElapsed());
        if (!store.pendingChanges().isEmpty()) {
            std::fprintf(stderr, "rows left pending after the sync\n");
            return 1;
        }
        // The peer logs a request after answering it: wait until the count settles.
        QTest::qWait(200);
        if (run == 0)
            continue;
        put("sync.ms", elapsed);
        put("sync.push_requests",
            peer.countRequests(QStringLiteral("POST"), QStringLiteral("/rest/v1/user_integrations")) - postsBefore);
        put("sync.all_requests", peer.countEvents(QStringLiteral("request")) - before);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);  // QT_QPA_PLATFORM=offscreen is set by aria-bench
    const QStringList args = app.arguments();
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    if (args.size() > 2 && args.at(1) == u"connect")
        return benchConnect(runs);
    if (args.size() > 2 && args.at(1) == u"keychain")
        return benchKeychain(runs);
    if (args.size() > 3 && args.at(1) == u"sync")
        return benchSync(runs, args.at(3).toInt());
    std::fprintf(stderr, "usage: aria-bench-flows connect RUNS | keychain RUNS | sync RUNS ROWS\n");
    return 2;
}
