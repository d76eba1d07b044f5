// SupabaseAccount with and without its sync engine: restoring a saved session starts a sync
// only with one. `account status` and `account logout` build it without (app/cli), so that
// reading the account never refreshes the session or touches the table behind the user's back.
#include "secrets/keynames.h"
#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/supabaseaccount.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;
using aria::supabase::SupabaseAccount;

Q_DECLARE_METATYPE(aria::supabase::SupabaseAccount::Sync)

namespace {

// Counts the requests made, at the moment they are made (nothing answers at the project URL).
class CountingNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestSupabaseAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoringStartsASyncOnlyWithTheEngine_data();
    void restoringStartsASyncOnlyWithTheEngine();
};

void TestSupabaseAccount::restoringStartsASyncOnlyWithTheEngine_data()
{
    QTest::addColumn<SupabaseAccount::Sync>("sync");
    QTest::addColumn<int>("requests");
    // With the engine: the first cycle asks for a fresh access token at once.
    QTest::newRow("with sync") << SupabaseAccount::Sync::On << 1;
    QTest::newRow("without sync") << SupabaseAccount::Sync::Off << 0;
}

void TestSupabaseAccount::restoringStartsASyncOnlyWithTheEngine()
{
    QFETCH(SupabaseAccount::Sync, sync);
    QFETCH(int, requests);
    QTemporaryDir dir;
    ConnectionStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("aria.sqlite"))));
    MemorySecretStore secrets; // a session saved by an earlier sign-in
    secrets.write(keys::supabaseAccount(), QStringLiteral(R"({"id":"user-1","email":"me@example.com"})"), nullptr,
        [](const SecretStore::Reply &) {});
    secrets.write(keys::supabaseRefreshToken(), QStringLiteral("refresh-1"), nullptr, [](const SecretStore::Reply &) {});
    CountingNetwork network;
    SupabaseAccount account(&store, &secrets, &network, nullptr, sync);
    account.configure(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("anon"));
    QCOMPARE(account.sync() != nullptr, sync == SupabaseAccount::Sync::On);

    QSignalSpy restored(account.auth(), &supabase::AuthClient::restored);
    account.auth()->restore();
    QVERIFY(restored.wait(5000));
    QCOMPARE(restored.first().at(0).toBool(), true);
    QCOMPARE(account.userId(), QStringLiteral("user-1"));
    QCOMPARE(network.requests, requests);
}

QTEST_GUILESS_MAIN(TestSupabaseAccount)
#include "tst_supabaseaccount.moc"
