// aria-bench-live: how fast a change on one device shows on another through Supabase Realtime
// (issue 18), and what the live socket costs at idle. Not a test; prints a table and the
// "key value" lines of the other benches. Needs the Supabase peer (tests/peers/supabase, npm ci).
//
//   latency RUNS  Device A is the window of profile A: store, SupabaseAccount live, and a
//                 DatabaseWatcher on the store wired to the sync engine as app/ wires it.
//                 The command line is a second SQLite connection to A's file that writes the
//                 connection as `connect` does (status Active, outbox entry, one commit).
//                 Device B is the window of profile B (same user): SupabaseAccount live and
//                 the ConnectionsModel its cards paint from. Timed: from the CLI's commit
//                 returning to B's model reporting the row with the new status (the card
//                 repaints from that signal). Runs alternate connect / disconnect. Chain:
//                 inotify -> A's push (live debounce 150 ms) -> PostgreSQL -> Realtime event
//                 -> B's coalescing (100 ms) -> B's incremental pull -> B's store -> model.
//   idle SECONDS  B alone, signed in and live, nothing changing: wakeups (timeslices of all
//                 threads, /proc/self/task/*/schedstat) and CPU time over the window, with
//                 the heartbeats counted from the peer's side by the socket's traffic.
//
// Blocking waits are fine in a bench driver (bench/README.md); waitUntil() wakes on the
// event loop's aboutToBlock, so timings are not rounded to a polling step.
#include "../tests/common/supabasepeer.h"

#include "model/connectionsmodel.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "store/databasewatcher.h"
#include "supabase/authclient.h"
#include "supabase/realtimeclient.h"
#include "supabase/supabaseaccount.h"
#include "sync/syncengine.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace aria;
using namespace aria::supabase;
using aria::sync::SyncEngine;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

struct Window {
    QTemporaryDir dir;
    ConnectionStore store;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    SupabaseAccount account { &store, &secrets, &network };
    ConnectionsModel model { &store };
    std::unique_ptr<DatabaseWatcher> watcher;

    explicit Window(SupabasePeer &peer)
    {
        store.setUserId(QStringLiteral("local-profile-id"));
        if (!store.open(path()))
            qFatal("cannot open store");
        account.configure(QUrl(peer.url()), peer.anonKey());
        account.setLive(true);
        // As app/desktopintegration.cpp + guiapp.cpp: the CLI's commits reach the sync engine.
        watcher = std::make_unique<DatabaseWatcher>(store.database().handle(), path());
        QObject::connect(watcher.get(), &DatabaseWatcher::changedExternally, &model, &ConnectionsModel::reload);
        QObject::connect(watcher.get(), &DatabaseWatcher::changedExternally, account.sync(),
            &SyncEngine::storeChangedExternally);
    }
    QString path() const { return dir.filePath(QStringLiteral("aria.sqlite")); }
    bool signIn(const QString &email)
    {
        bool finished = false, ok = false;
        QObject::connect(account.auth(), &AuthClient::signInFinished, &model, [&](bool success) {
            finished = true;
            ok = success;
        });
        account.auth()->signIn(email, kPassword);
        return waitUntil([&] { return finished; }, 20000) && ok;
    }
    bool settled()
    {
        return account.realtime()->isLive() && account.sync()->state() == SyncEngine::State::Idle
            && store.pendingChanges().isEmpty() && !account.sync()->hasTimerRunning();
    }
    int status(const QString &type)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            if (i.data(ConnectionsModel::IdRole).toString() == type)
                return i.data(ConnectionsModel::StatusRole).toInt();
        }
        return -1;
    }
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

// Sum over the process's threads of (run ns, timeslices) from /proc/self/task/*/schedstat.
std::pair<qint64, qint64> schedstat()
{
    qint64 run = 0, slices = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
        if (parts.size() >= 3) {
            run += parts[0].toLongLong();
            slices += parts[2].toLongLong();
        }
    }
    return { run, slices };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 20;
    const int idleSeconds = args.size() > 2 ? args.at(2).toInt() : 60;

    SupabasePeer peer;
    if (!peer.waitReady())
        qFatal("the Supabase peer did not start");
    const QString email = QStringLiteral("bench-live@example.com");
    if (peer.signUp(email, kPassword).isEmpty())
        qFatal("sign-up failed");

    Window a(peer);
    Window b(peer);
    if (!a.signIn(email) || !b.signIn(email))
        qFatal("sign-in failed");
    if (!waitUntil([&] { return a.settled() && b.settled(); }, 30000))
        qFatal("the devices did not go live");

    // The command line's connection to A's database file.
    auto cliStore = std::make_unique<ConnectionStore>();
    ConnectionStore &cli = *cliStore;
    cli.setUserId(QStringLiteral("local-profile-id"));
    if (!cli.open(a.path()))
        qFatal("cannot open A's store a second time");

    QList<double> latencies;
    const QString type = QStringLiteral("gmail");
    for (int i = 0; i < runs; ++i) {
        const ConnectionStatus next = i % 2 == 0 ? ConnectionStatus::Active : ConnectionStatus::Disconnected;
        Connection c = cli.get(type).value_or(Connection {});
        c.integrationType = type;
        c.status = next;
        c.displayName = QStringLiteral("bench%1@example.com").arg(i);
        c.composioConnectionId = QStringLiteral("ca_bench");
        QElapsedTimer clock;
        if (!cli.upsert(c))
            qFatal("the CLI's write failed");
        clock.start(); // `connect` returns once its commit is done
        if (!waitUntil([&] { return b.status(type) == int(next); }, 30000))
            qFatal("run %d: device B never showed the change", i);
        latencies.append(double(clock.nsecsElapsed()) / 1e6);
        // Both back at rest before the next run (A's own echo pull included).
        if (!waitUntil([&] { return a.settled() && b.settled(); }, 30000))
            qFatal("run %d: the devices did not settle", i);
    }
    std::printf("live latency over %d runs (ms): median %.1f  p95 %.1f  min %.1f  max %.1f\n", runs,
        percentile(latencies, 0.5), percentile(latencies, 0.95),
        *std::min_element(latencies.begin(), latencies.end()),
        *std::max_element(latencies.begin(), latencies.end()));
    std::printf("live_latency_median_ms %.1f\nlive_latency_p95_ms %.1f\n", percentile(latencies, 0.5),
        percentile(latencies, 0.95));
    std::fflush(stdout);

    // Idle: A leaves, B stays live with nothing to do.
    cliStore.reset();
    a.account.setLive(false);
    waitUntil([] { return false; }, 2000);
    const int beatsBefore = peer.countEvents(QStringLiteral("request"));
    const auto [run0, slices0] = schedstat();
    QElapsedTimer idle;
    idle.start();
    waitUntil([] { return false; }, idleSeconds * 1000);
    const auto [run1, slices1] = schedstat();
    const double minutes = double(idle.elapsed()) / 60000.0;
    std::printf("idle, live, %d s: %.1f wakeups/min, %.2f ms CPU/min, live=%d, HTTP requests meanwhile %d\n",
        idleSeconds, double(slices1 - slices0) / minutes, double(run1 - run0) / 1e6 / minutes,
        int(b.account.realtime()->isLive()), peer.countEvents(QStringLiteral("request")) - beatsBefore);
    std::printf("live_idle_wakeups_per_min %.1f\n", double(slices1 - slices0) / minutes);
    return 0;
}
