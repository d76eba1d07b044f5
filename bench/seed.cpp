// aria-bench-seed: fills the profile of the current HOME/XDG dirs with five connected
// integrations that were just synced and have nothing waiting to be pushed — the state the
// idle benchmark measures. Uses aria_core directly (no network, no keychain).
#include "common/apppaths.h"
#include "common/settings.h"
#include "domain/integration.h"
#include "store/connectionstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    aria::Settings settings;
    aria::ConnectionStore store;
    store.setUserId(settings.localUserId());
    if (!store.open(aria::AppPaths::databaseFile())) {
        err << store.errorString() << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const aria::IntegrationSpec &spec : aria::builtInIntegrations()) {
        aria::Connection c;
        c.integrationType = spec.id;
        c.status = aria::ConnectionStatus::Active;
        c.syncStatus = aria::SyncStatus::Success;
        c.lastSyncAt = now;
        c.displayName = QStringLiteral("bench.user%1@example.com").arg(++n);
        c.composioConnectionId = QStringLiteral("ca_bench_%1").arg(spec.id);
        if (!store.upsert(c)) {
            err << store.errorString() << Qt::endl;
            return 1;
        }
    }
    // As after a successful push: nothing pending.
    QSqlQuery clear(store.database().handle());
    if (!clear.exec(QStringLiteral("DELETE FROM outbox")) || !store.pendingChanges().isEmpty()) {
        err << "cannot empty the outbox" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << n << " connections seeded in " << store.database().path() << Qt::endl;
    return n == 5 ? 0 : 1;
}
